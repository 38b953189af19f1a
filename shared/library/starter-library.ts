import { version } from '../../fact-library/dist/library.version.json';
import type { ParsedBundle } from './parse-bundle';

/** The starter library's version, from the small file `library:build` writes beside the bundle. */
export const starterLibraryVersion: unknown = version;

let parsed: Promise<ParsedBundle> | undefined;

/**
 * The starter library built by `npm run library:build`, validated like any other bundle. It is
 * loaded and checked only when it is about to be seeded: every page (the side panel above all)
 * opens faster when the database already holds this version.
 */
export function loadStarterLibrary(): Promise<ParsedBundle> {
  parsed ??= Promise.all([import('../../fact-library/dist/library.json'), import('./parse-bundle')]).then(([json, { parseBundle }]) =>
    parseBundle(json.default, 'shipped with the app (fact-library/dist/library.json)'),
  );
  return parsed;
}
