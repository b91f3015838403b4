// ESLint with the project's configuration, some of its rules only, and no type
// information (the tests' files do not exist): what a piece of code at a path gets.
import path from 'node:path';
import { ESLint } from 'eslint';

/** The project's root, whichever folder the tests run from. */
export const ROOT = path.resolve(import.meta.dirname, '..');

export function lintText(rules: ReadonlySet<string>) {
  const eslint = new ESLint({
    cwd: ROOT,
    ruleFilter: ({ ruleId }) => rules.has(ruleId),
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
    },
  });
  return {
    eslint,
    /** The messages for `code` as if it were the file at `filePath`. */
    messagesFor: async (filePath: string, code: string): Promise<string[]> => {
      const [result] = await eslint.lintText(code, { filePath });
      return (result?.messages ?? []).map((m) => m.message);
    },
  };
}
