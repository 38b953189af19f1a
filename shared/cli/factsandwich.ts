#!/usr/bin/env -S npx tsx
import { version } from '../../package.json';
import { draftUsage, runDraftCommand } from './draft-command';
import { libraryUsage, runLibraryCommand } from './library-command';
import { lintUsage, runLintCommand } from './lint-command';
import { matchUsage, runMatchCommand } from './match-command';

const commandUsage = { library: libraryUsage, lint: lintUsage, match: matchUsage, draft: draftUsage } as const;
type Command = keyof typeof commandUsage;

const exitCodes = 'Exit codes: 0 ok, 1 problems found (or nothing matched), 2 the input or the options cannot be used.';
const usage = `Usage:\n${Object.values(commandUsage).join('\n')}
  factsandwich --version                         print the version
  factsandwich [command] --help                  print this help, or one command's

${exitCodes}`;

const isHelp = (arg: string) => arg === '--help' || arg === '-h';
const isCommand = (name: string | undefined): name is Command => name !== undefined && Object.hasOwn(commandUsage, name);

/** The command line for library repositories, CI and scripting. Exit codes: 0 ok, 1 problems found, 2 bad usage. */
function main([command, ...rest]: string[]): number | Promise<number> {
  if (command === '--version' || command === '-V') {
    console.log(version);
    return 0;
  }
  // Help goes to standard output and succeeds: it was asked for.
  if (command !== undefined && (isHelp(command) || command === 'help')) {
    console.log(isCommand(rest[0]) ? `Usage:\n${commandUsage[rest[0]]}\n\n${exitCodes}` : usage);
    return 0;
  }
  if (isCommand(command) && rest.some(isHelp)) {
    console.log(`Usage:\n${commandUsage[command]}\n\n${exitCodes}`);
    return 0;
  }
  if (command === 'library') return runLibraryCommand(rest[0], rest.slice(1));
  if (command === 'lint') return runLintCommand(rest);
  if (command === 'match') return runMatchCommand(rest);
  if (command === 'draft') return runDraftCommand(rest);
  console.error(command === undefined ? usage : `factsandwich: unknown command "${command}"\n\n${usage}`);
  return 2;
}

// Signing and verifying are asynchronous (WebCrypto SHA-512), so the exit code may arrive later.
void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
