import type { Entry } from '../schema/entry';
import { buildLibraryIndex, type LibraryIndex } from './library-index';

let cached: { key: string; entries: readonly Entry[]; index: LibraryIndex } | undefined;

/**
 * The index for a library, built once and reused until the library changes. `key` names the
 * library version (a bundle's version, or a database change counter); the same array of entries
 * is reused as is.
 */
export function libraryIndexFor(entries: readonly Entry[], key = ''): LibraryIndex {
  if (cached && cached.key === key && (cached.entries === entries || key !== '')) return cached.index;
  const index = buildLibraryIndex(entries);
  cached = { key, entries, index };
  return index;
}
