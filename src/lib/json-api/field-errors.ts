// Glue reports each invalid attribute as a 901 error "<field> => <message>".
// Forms put those messages on their fields, so nothing the user typed is lost.
import { GlueError } from './glue-error';

export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof GlueError)) return {};
  const result: Record<string, string> = {};
  for (const { code, detail } of error.errors) {
    if (code !== '901') continue;
    const match = /^(\w+) => (.+)$/.exec(detail);
    if (match?.[1] && match[2] && !(match[1] in result)) result[match[1]] = match[2];
  }
  return result;
}
