// Export the mock data to a JSON file, import one back: an exact state to hand to a
// colleague or attach to a bug report. A file that does not fit says why and changes
// nothing; one that fits replaces the data and reloads the app (signed out: the file
// carries no sessions).
import { useId, useState } from 'react';
import { sessionStore } from '../../lib/glue/client';
import type { MockControls } from '../../lib/mock-mode/mock-controls';
import { Button } from '../../ui/button';

function download(fileName: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the address is not needed any more.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

export function DataTransfer({ mock }: { mock: MockControls }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    setBusy(true);
    setProblem(null);
    try {
      const result = await mock.importData(await file.text());
      if (result) {
        setProblem(result.problem);
      } else {
        sessionStore.end('logged-out');
      }
    } catch (error) {
      // The file could not be read, or the browser would not store it: say why.
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="toolbar-transfer">
      <Button
        size="small"
        onClick={() => {
          void mock.exportData().then(({ fileName, json }) => {
            download(fileName, json);
          });
        }}
      >
        Export data
      </Button>
      <label htmlFor={`${id}-import`}>Import data from a file</label>
      <input
        id={`${id}-import`}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file can be chosen again after fixing it.
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {problem && (
        <div id={`${id}-problem`} role="alert" className="field-error toolbar-problem">
          <p>This file cannot be imported; nothing was changed.</p>
          <p>{problem}</p>
        </div>
      )}
    </div>
  );
}
