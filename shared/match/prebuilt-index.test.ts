import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Entry } from '../schema/entry';
import { buildLibraryIndex, libraryIndexFor, matchPost, offerPrebuiltIndex } from '.';
import { loadPrebuiltIndex, matcherVersion, serialiseLibraryIndex } from './prebuilt-index';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { entries } = assembled.bundle;
const built = buildLibraryIndex(entries);
const file = serialiseLibraryIndex(built, entries);
const posts = readFileSync('tests/fixtures/posts-dev.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { post: string }).post);

/** The header of an index file, changed by `edit`, with the arrays as they were. */
function withHeader(bytes: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Record<string, unknown>;
  edit(header);
  // Same length, so the arrays stay where they were: padded with spaces, which JSON ignores.
  const text = new TextEncoder().encode(JSON.stringify(header));
  if (text.length > length) throw new Error('the edited header must not grow');
  const changed = bytes.slice();
  changed.fill(0x20, 8, 8 + length);
  changed.set(text, 8);
  return changed;
}

const loadFails = (bytes: Uint8Array | undefined, from: readonly Entry[] = entries) => {
  const loaded = loadPrebuiltIndex(bytes, from);
  expect(loaded.ok).toBe(false);
  return loaded.ok ? '' : loaded.reason;
};

describe('a prebuilt index', () => {
  it('matches every development post exactly as the index built from the entries', () => {
    const loaded = loadPrebuiltIndex(file, entries);
    if (!loaded.ok) throw new Error(loaded.reason);
    for (const post of posts) expect(matchPost(post, loaded.index)).toEqual(matchPost(post, built));
  });

  it('corrects typos as the built index does', () => {
    const loaded = loadPrebuiltIndex(file, entries);
    if (!loaded.ok) throw new Error(loaded.reason);
    const post = 'ilegal immigrants voting in our electons by the millions';
    expect(matchPost(post, loaded.index)[0]?.reasons).toEqual(matchPost(post, built)[0]?.reasons);
  });

  it('is not used when absent', () => {
    expect(loadFails(undefined)).toMatch(/no prebuilt index/);
  });

  it('is not used for entries edited since it was built', () => {
    const edited = entries.map((entry, position) =>
      position === 0 ? { ...entry, myth: { ...entry.myth, phrasings: [...entry.myth.phrasings, 'they get free caravans'] } } : entry,
    );
    expect(loadFails(file, edited)).toMatch(/built from other entries/);
    expect(loadFails(file, entries.slice(1))).toMatch(/built from other entries/);
  });

  it('is not used when another matcher version built it', () => {
    expect(loadFails(withHeader(file, (header) => (header.matcherVersion = matcherVersion + 1)))).toMatch(/matcher version/);
  });

  it('is not used when this matcher reads its library differently (a word list changed)', () => {
    // Two stems' numbers swapped: the index no longer numbers the words as this matcher reads them.
    const swapped = withHeader(file, (header) => {
      const stems = header.stems as string[];
      [stems[0], stems[1]] = [stems[1]!, stems[0]!];
    });
    expect(loadFails(swapped)).toMatch(/reads the library differently/);
  });

  it.each([
    ['not an index file', new TextEncoder().encode('{"entries": []}')],
    ['cut short', file.subarray(0, Math.floor(file.length / 2))],
    ['of another format', withHeader(file, (header) => (header.format = 'xyz'))],
    ['with a header that is not JSON', withHeader(file, () => {}).fill(0x21, 8, 9)],
  ])('is not used when %s', (_name, bytes) => {
    expect(loadFails(bytes)).toMatch(/not a matcher index|not valid|not consistent|outside the file/);
  });

  it('is not used when its arrays point outside the library', () => {
    const broken = withHeader(file, (header) => (header.entryCount = 3));
    expect(loadFails(broken, entries.slice(0, 3))).toMatch(/built from other entries/);
    const pointing = withHeader(file, (header) => {
      (header.arrays as Record<string, { length: number }>).postingEntries!.length += 1;
    });
    expect(loadFails(pointing)).toMatch(/not consistent: postingEntries holds/);
  });
});

describe('libraryIndexFor with a prebuilt index offered', () => {
  const post = 'They put them up in 4-star HOTELS with free phones while our vets sleep rough #StopTheBoats';

  it('matches from it, and from a built index when it no longer fits the entries', () => {
    offerPrebuiltIndex(withHeader(file, () => {}));
    expect(matchPost(post, libraryIndexFor(entries))).toEqual(matchPost(post, built));
    const edited = entries.map((entry) =>
      entry.id === 'asylum-luxury-support' ? { ...entry, myth: { ...entry.myth, phrasings: ['they hand out free caravans'] } } : entry,
    );
    expect(matchPost('they hand out free caravans', libraryIndexFor(edited))[0]?.entry.id).toBe('asylum-luxury-support');
    offerPrebuiltIndex(new TextEncoder().encode('damaged'));
    expect(matchPost(post, libraryIndexFor(entries))).toEqual(matchPost(post, built));
    offerPrebuiltIndex(undefined);
  });
});
