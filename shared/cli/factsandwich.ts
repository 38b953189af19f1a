#!/usr/bin/env -S npx tsx
import { libraryUsage, runLibraryCommand } from './library-command';
import { lintUsage, runLintCommand } from './lint-command';

const usage = `Usage:\n${libraryUsage}\n${lintUsage}`;

/** The command line for library repositories, CI and scripting. Exit codes: 0 ok, 1 problems found, 2 bad usage. */
function main([command, ...rest]: string[]): number {
  if (command === 'library' && (rest[0] === 'check' || rest[0] === 'build')) return runLibraryCommand(rest[0], rest.slice(1));
  if (command === 'lint') return runLintCommand(rest);
  console.error(usage);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
