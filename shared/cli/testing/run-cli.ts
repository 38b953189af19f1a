import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export type CliRun = { code: number; stdout: string; stderr: string };

/**
 * Runs `factsandwich` from its source in a new Node process, as the bin does, and gives its exit
 * code and output. Node runs it directly (`--import tsx`): going through `npx` costs seconds a
 * call, which dozens of calls turned into minutes of the CI run. That `npx factsandwich` finds
 * the bin is checked once, by factsandwich.test.ts.
 */
export function runCli(...args: string[]): Promise<CliRun> {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'shared/cli/factsandwich.ts', ...args]).then(
    (output) => ({ code: 0, ...output }),
    (error: CliRun) => error,
  );
}
