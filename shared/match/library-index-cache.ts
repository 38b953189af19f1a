import type { Entry } from '../schema/entry';
import { buildLibraryIndex, indexedText, type LibraryIndex } from './library-index';
import { loadPrebuiltIndex } from './prebuilt-index';

let cached: { fingerprints: string[]; index: LibraryIndex } | undefined;
let prebuilt: Uint8Array | undefined;

/**
 * A prebuilt index file (library.index.bin, written by `library build` beside the bundle): the
 * next time the index has to be made, it is loaded from this file if it was built from exactly
 * those entries by this matcher, and built as before otherwise (prebuilt-index.ts).
 */
export function offerPrebuiltIndex(file: Uint8Array | undefined): void {
  prebuilt = file;
}

/**
 * The index for these entries, built once and reused while everything it reads is unchanged.
 *
 * The key is a fingerprint of exactly what the index reads (each entry's id, myth wording,
 * phrasings, translations, topics and fact side, in order), compared whole. Not a date: an entry
 * edited twice in a day kept its old wording in the index (issue 13). Not a revision counter:
 * every writer (editor, seeding, imports, subscriptions, another extension context with its own
 * cache) would have to remember to bump it, and one that forgot would serve old wording
 * silently. Not a hash: hashing reads the same text as comparing it, and comparing cannot collide.
 *
 * Edits the index does not read (title, status, review-by date…) keep the index; the entries it
 * holds are swapped for the ones given, so a match always carries the entry as it is now.
 */
export function libraryIndexFor(entries: readonly Entry[]): LibraryIndex {
  const fingerprints = entries.map(fingerprintOf);
  if (!cached || !sameStrings(cached.fingerprints, fingerprints)) {
    const loaded = loadPrebuiltIndex(prebuilt, entries);
    cached = { fingerprints, index: loaded.ok ? loaded.index : buildLibraryIndex(entries) };
    return cached.index;
  }
  const { index } = cached;
  for (const [position, indexed] of index.entries.entries()) indexed.entry = entries[position]!;
  return index;
}

// Entries are values (zod output, database reads, React state): an edit makes a new object,
// nothing changes one in place. So an entry's fingerprint is worked out once per object, and the
// picker, which asks again at every keystroke, compares ten thousand entries in about a
// millisecond instead of serialising the library's text each time.
const fingerprintsByEntry = new WeakMap<Entry, string>();

function fingerprintOf(entry: Entry): string {
  let fingerprint = fingerprintsByEntry.get(entry);
  if (fingerprint === undefined) {
    fingerprint = JSON.stringify([entry.id, indexedText(entry)]);
    fingerprintsByEntry.set(entry, fingerprint);
  }
  return fingerprint;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, position) => text === b[position]);
}
