import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleLibrary, describeLibraryProblems } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';

export const libraryUsage = `  factsandwich library check [folder]            validate every library file (default folder: fact-library)
  factsandwich library build [folder] [--out F]  write the versioned JSON bundle (default: <folder>/dist/library.json)`;

/** `library check` and `library build`: exit 0 when valid, 1 when any file has a problem. */
export function runLibraryCommand(command: 'check' | 'build', args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true });
  const folder = positionals[0] ?? 'fact-library';

  const assembled = assembleLibrary(readLibraryFolder(folder));
  if (!assembled.ok) {
    console.error(describeLibraryProblems(assembled.problems));
    console.error(`\n${assembled.problems.length} problem(s) in ${folder}; nothing was written.`);
    return 1;
  }
  const { bundle } = assembled;
  const summary = `${bundle.entries.length} entries, ${bundle.audiences.length} audiences, ${bundle.spokespeople.length} spokespeople`;
  if (command === 'check') {
    console.log(`${folder}: ${summary} — all valid.`);
    return 0;
  }
  const outFile = values.out ?? join(folder, 'dist', 'library.json');
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(bundle, null, 2)}\n`);
  // The version alone, beside the bundle: an app checks it at start-up without loading the bundle.
  const versionFile = versionFileFor(outFile);
  writeFileSync(versionFile, `${JSON.stringify({ version: bundle.version })}\n`);
  console.log(`Wrote ${outFile}: ${bundle.name} ${bundle.version} (${summary}), and its version to ${versionFile}.`);
  return 0;
}

/** `library.json` → `library.version.json`. */
export function versionFileFor(bundleFile: string): string {
  return bundleFile.replace(/(\.json)?$/, '.version.json');
}
