import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LibraryFiles } from './assemble-library';

/** Reads a library folder from disk (Node only: the CLI, tests and the build). */
export function readLibraryFolder(folder: string, cwd = process.cwd()): LibraryFiles {
  const shown = (path: string) => {
    const fromCwd = relative(cwd, path);
    return fromCwd && !fromCwd.startsWith('..') ? fromCwd : path;
  };
  const read = (path: string) => ({ path: shown(path), text: readFileSync(path, 'utf8') });
  // Subfolders are allowed (entries/uk/…, entries/us/…) so large libraries can be organised by region.
  const markdownFiles = (subfolder: string) => {
    const directory = join(folder, subfolder);
    if (!existsSync(directory)) return [];
    return readdirSync(directory, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => read(join(directory, name)));
  };
  const metaPath = join(folder, 'library.yaml');
  return {
    meta: existsSync(metaPath) ? read(metaPath) : { path: shown(metaPath), text: '' },
    entries: markdownFiles('entries'),
    audiences: markdownFiles('audiences'),
    spokespeople: markdownFiles('spokespeople'),
  };
}
