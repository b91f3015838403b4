// Servers that scripts start (the mock Glue server, `vite preview`) run through
// wrappers such as `npx`, which start the real server as a child of their own. Killing
// the wrapper leaves that child running (seen: a stale mock server on port 3120 after
// `npm run bench`). So each server gets a process group of its own, and stopping means
// signalling the whole group — on success, on failure, and on Ctrl-C.
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';

export interface ServerProcess {
  readonly child: ChildProcess;
  /** SIGTERM to the whole group; resolves when the group leader has exited. */
  stop(): Promise<void>;
}

const running = new Set<ServerProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

let hooked = false;
function stopAllOnExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const server of running) killGroup(server.child, 'SIGTERM');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const server of running) killGroup(server.child, 'SIGTERM');
      process.exit(130);
    });
  }
}

/** Starts `command` in a new process group that is stopped with the script, whatever happens. */
export function startServer(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): ServerProcess {
  stopAllOnExit();
  const child = spawn(command, args, { stdio: 'ignore', ...options, detached: true });
  const server: ServerProcess = {
    child,
    stop: () =>
      new Promise((resolve) => {
        running.delete(server);
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        killGroup(child, 'SIGTERM');
      }),
  };
  running.add(server);
  return server;
}
