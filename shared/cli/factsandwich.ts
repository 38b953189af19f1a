#!/usr/bin/env -S npx tsx
import { draftUsage, runDraftCommand } from './draft-command';
import { libraryUsage, runLibraryCommand } from './library-command';
import { lintUsage, runLintCommand } from './lint-command';
import { matchUsage, runMatchCommand } from './match-command';

const usage = `Usage:\n${libraryUsage}\n${lintUsage}\n${matchUsage}\n${draftUsage}`;

/** The command line for library repositories, CI and scripting. Exit codes: 0 ok, 1 problems found, 2 bad usage. */
function main([command, ...rest]: string[]): number | Promise<number> {
  if (command === 'library') return runLibraryCommand(rest[0], rest.slice(1));
  if (command === 'lint') return runLintCommand(rest);
  if (command === 'match') return runMatchCommand(rest);
  if (command === 'draft') return runDraftCommand(rest);
  console.error(usage);
  return 2;
}

// Signing and verifying are asynchronous (WebCrypto SHA-512), so the exit code may arrive later.
void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
