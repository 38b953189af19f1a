import { z } from 'zod';
import { describeZodError } from '../schema';
import type { Entry } from '../schema/entry';
import { FactSide } from './fact-side';
import { libraryContentHash } from './library-content-hash';
import { type LibraryIndex, type LibraryIndexParts, libraryIndexOf, mythTexts } from './library-index';
import { matchTerms, negationMark } from './match-terms';
import { PackedPairs } from './pair-table';
import { TermTable } from './term-table';
import { WordingTable } from './wording-table';

/**
 * The version of how the matcher reads text and numbers its index. A prebuilt index of another
 * version is not loaded: bump it with any change to tokenising, stemming, the word lists, term
 * weights or the index's arrays. (Word lists change often, so loading also re-reads a sample of
 * the library and refuses the index if it reads differently: see `readsAsBuilt`.)
 */
export const matcherVersion = 1;

/**
 * A 10,000-entry library with translations takes seconds to index in a browser; its prebuilt
 * index loads in a fraction of that (issue 17). `library build` writes it beside the bundle
 * (library.index.bin); an app loads it when it was built from exactly the entries it matches
 * against (`contentHash`) by this matcher (`matcherVersion`), and builds the index itself otherwise.
 *
 * The file: "FSMI", the header's length (4 bytes, little-endian), the header as JSON, then the
 * index's typed arrays as their bytes, each at a multiple of 8 bytes, so that they are used where
 * they lie instead of being parsed (about 40 MB for 10,000 entries; as JSON numbers, several
 * times that and seconds to parse). Bytes are in the machine's order: little-endian on every
 * platform the apps run on.
 */
const arrayTypes = { i32: Int32Array, f32: Float32Array, f64: Float64Array, u8: Uint8Array } as const;
const arrayNames = [
  'stemNumbers',
  'pairKeys',
  'pairValues',
  'offsets',
  'postingEntries',
  'postingWeights',
  'flags',
  'termWeightCodes',
  'factEntryStarts',
  'factWords',
  'factNegatedStarts',
  'factNegated',
  'factLengths',
  'factStemEntries',
  'factPhraseKeys',
  'factPhraseEntries',
  'wordingEntryStarts',
  'wordingTermStarts',
  'wordingTerms',
  'wordingStatements',
] as const;
type ArrayName = (typeof arrayNames)[number];
const arrayPlace = z.object({
  type: z.enum(['i32', 'f32', 'f64', 'u8']),
  /** Bytes from the end of the header, padded to 8. */
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
});

export const prebuiltIndexHeaderSchema = z.object({
  format: z.literal('fact-sandwich-match-index'),
  matcherVersion: z.number().int(),
  contentHash: z.string(),
  entryCount: z.number().int().nonnegative(),
  termCount: z.number().int().nonnegative(),
  /** The stems and negated stems ("¬pay"), beside their numbers in `stemNumbers`. */
  stems: z.array(z.string()),
  /** Folded surface words of the library, for splitting hashtags. */
  words: z.array(z.string()),
  termWeightValues: z.array(z.number()),
  averageFactLength: z.number().nonnegative(),
  arrays: z.object(Object.fromEntries(arrayNames.map((name) => [name, arrayPlace])) as Record<ArrayName, typeof arrayPlace>),
});
export type PrebuiltIndexHeader = z.infer<typeof prebuiltIndexHeaderSchema>;

const magic = 'FSMI';

/** The index as the bytes of a prebuilt index file, to be written beside the bundle it was built from. */
export function serialiseLibraryIndex(index: LibraryIndex, entries: readonly Entry[]): Uint8Array {
  const { terms, facts, wordings, termWeights } = index;
  const arrays: Record<ArrayName, Int32Array | Float32Array | Float64Array | Uint8Array> = {
    stemNumbers: Int32Array.from(terms.stems.values()),
    pairKeys: terms.phrases.keys,
    pairValues: terms.phrases.values,
    offsets: terms.offsets,
    postingEntries: terms.entries,
    postingWeights: terms.weights,
    flags: terms.flags,
    termWeightCodes: termWeights.codes,
    factEntryStarts: facts.entryStarts,
    factWords: facts.words,
    factNegatedStarts: facts.negatedStarts,
    factNegated: facts.negated,
    factLengths: facts.lengths,
    factStemEntries: facts.stemEntries,
    factPhraseKeys: facts.phraseKeys,
    factPhraseEntries: facts.phraseEntries,
    wordingEntryStarts: wordings.entryStarts,
    wordingTermStarts: wordings.termStarts,
    wordingTerms: wordings.terms,
    wordingStatements: wordings.statements,
  };
  let size = 0;
  const places = {} as PrebuiltIndexHeader['arrays'];
  for (const name of arrayNames) {
    const array = arrays[name];
    const type = (Object.keys(arrayTypes) as (keyof typeof arrayTypes)[]).find((key) => array instanceof arrayTypes[key])!;
    places[name] = { type, offset: size, length: array.length };
    size += Math.ceil(array.byteLength / 8) * 8;
  }
  const header: PrebuiltIndexHeader = {
    format: 'fact-sandwich-match-index',
    matcherVersion,
    contentHash: libraryContentHash(entries),
    entryCount: entries.length,
    termCount: termWeights.codes.length,
    stems: [...terms.stems.keys()],
    words: [...index.words],
    termWeightValues: Array.from(termWeights.values),
    averageFactLength: facts.averageLength,
    arrays: places,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = Math.ceil((8 + headerBytes.length) / 8) * 8;
  const bytes = new Uint8Array(dataStart + size);
  bytes.set(new TextEncoder().encode(magic));
  new DataView(bytes.buffer).setUint32(4, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  for (const name of arrayNames) {
    const array = arrays[name];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + places[name].offset);
  }
  return bytes;
}

export type LoadedIndex = { ok: true; index: LibraryIndex } | { ok: false; reason: string };

/**
 * The prebuilt index for these entries, or why it cannot be used: absent, not an index, of
 * another matcher version, built from other entries, or inconsistent. The caller then builds.
 */
export function loadPrebuiltIndex(file: Uint8Array | undefined, entries: readonly Entry[]): LoadedIndex {
  if (!file) return { ok: false, reason: 'There is no prebuilt index.' };
  const read = readHeader(file);
  if (!read.ok) return read;
  const { header, data } = read;
  if (header.matcherVersion !== matcherVersion)
    return { ok: false, reason: `The prebuilt index is for matcher version ${header.matcherVersion}, not ${matcherVersion}.` };
  if (header.entryCount !== entries.length || header.contentHash !== libraryContentHash(entries))
    return { ok: false, reason: 'The prebuilt index was built from other entries, or before they were last edited.' };
  try {
    const index = libraryIndexOf(entries, partsOf(header, data));
    if (!readsAsBuilt(index, entries))
      return { ok: false, reason: 'The prebuilt index reads the library differently from this matcher (its word lists changed).' };
    return { ok: true, index };
  } catch (error) {
    return { ok: false, reason: `The prebuilt index is not consistent: ${(error as Error).message}` };
  }
}

function readHeader(file: Uint8Array): { ok: true; header: PrebuiltIndexHeader; data: Uint8Array } | { ok: false; reason: string } {
  const notIndex = {
    ok: false,
    reason: 'The prebuilt index file is not a matcher index (it does not start with FSMI and a header).',
  } as const;
  if (file.length < 8 || new TextDecoder().decode(file.subarray(0, 4)) !== magic) return notIndex;
  const headerLength = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(4, true);
  if (8 + headerLength > file.length) return notIndex;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(file.subarray(8, 8 + headerLength)));
  } catch {
    return notIndex;
  }
  const parsed = prebuiltIndexHeaderSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `The prebuilt index's header is not valid:\n${describeZodError(parsed.error)}` };
  // The arrays are used where they lie: their buffer must start at a multiple of 8 bytes.
  const aligned = file.byteOffset % 8 === 0 ? file : file.slice();
  return { ok: true, header: parsed.data, data: aligned.subarray(Math.ceil((8 + headerLength) / 8) * 8) };
}

function partsOf(header: PrebuiltIndexHeader, data: Uint8Array): LibraryIndexParts {
  const { termCount, entryCount } = header;
  const array = <T extends keyof typeof arrayTypes>(name: ArrayName, type: T, length?: number): InstanceType<(typeof arrayTypes)[T]> => {
    const place = header.arrays[name];
    if (place.type !== type) throw new Error(`${name} holds ${place.type} numbers, not ${type}.`);
    if (length !== undefined && place.length !== length) throw new Error(`${name} holds ${place.length} numbers, not ${length}.`);
    const ArrayType = arrayTypes[type];
    if (place.offset % 8 !== 0 || place.offset + place.length * ArrayType.BYTES_PER_ELEMENT > data.length)
      throw new Error(`${name} lies outside the file.`);
    return new ArrayType(data.buffer as ArrayBuffer, data.byteOffset + place.offset, place.length) as InstanceType<(typeof arrayTypes)[T]>;
  };

  const stemNumbers = array('stemNumbers', 'i32', header.stems.length);
  const stems = new Map<string, number>();
  for (const [at, stem] of header.stems.entries()) stems.set(stem, inRange(stemNumbers[at]!, termCount, 'stemNumbers'));
  const pairKeys = array('pairKeys', 'f64');
  const offsets = array('offsets', 'i32', termCount + 1);
  const postings = offsets[termCount]!;
  const postingEntries = array('postingEntries', 'i32', postings);
  for (const position of postingEntries) inRange(position, entryCount, 'postingEntries');
  const terms = new TermTable(
    stems,
    new PackedPairs(pairKeys, array('pairValues', 'i32', pairKeys.length)),
    offsets,
    postingEntries,
    array('postingWeights', 'f32', postings),
    array('flags', 'u8', termCount),
  );
  const factEntryStarts = array('factEntryStarts', 'i32', entryCount + 1);
  const factWords = array('factWords', 'i32', factEntryStarts[entryCount]);
  for (const word of factWords) if (word >= 0) inRange(word, termCount, 'factWords');
  const factNegatedStarts = array('factNegatedStarts', 'i32', entryCount + 1);
  const factPhraseKeys = array('factPhraseKeys', 'f64');
  const facts = new FactSide(
    factEntryStarts,
    factWords,
    factNegatedStarts,
    array('factNegated', 'i32', factNegatedStarts[entryCount]),
    array('factLengths', 'f64', entryCount),
    header.averageFactLength,
    array('factStemEntries', 'i32', termCount),
    factPhraseKeys,
    array('factPhraseEntries', 'i32', factPhraseKeys.length),
  );
  const wordingEntryStarts = array('wordingEntryStarts', 'i32', entryCount + 1);
  const wordingCount = wordingEntryStarts[entryCount]!;
  const wordingTermStarts = array('wordingTermStarts', 'i32', wordingCount + 1);
  const wordingTerms = array('wordingTerms', 'i32', wordingTermStarts[wordingCount]);
  for (const term of wordingTerms) inRange(term, termCount, 'wordingTerms');
  const termWeightCodes = array('termWeightCodes', 'u8', termCount);
  for (const code of termWeightCodes) inRange(code, header.termWeightValues.length, 'termWeightCodes');
  return {
    terms,
    facts,
    words: new Set(header.words),
    wordings: new WordingTable(wordingEntryStarts, wordingTermStarts, wordingTerms, array('wordingStatements', 'u8', wordingCount)),
    termWeights: { codes: termWeightCodes, values: Float64Array.from(header.termWeightValues) },
    termCount,
  };
}

function inRange(value: number, limit: number, name: string): number {
  if (!(value >= 0 && value < limit)) throw new Error(`${name} holds ${value}, outside 0–${limit - 1}.`);
  return value;
}

/** How many entries, spread over the library, are read again to check the word lists have not changed. */
const sampledEntries = 24;

/**
 * Whether this matcher reads a sample of the library's myth wordings into the same stem numbers
 * the prebuilt index holds. A word list edited since the index was built (a new synonym in
 * concepts.ts, a stop word) changes how some wordings read, which `matcherVersion` alone would
 * only catch if someone remembered to bump it.
 */
function readsAsBuilt(index: LibraryIndex, entries: readonly Entry[]): boolean {
  const { stems } = index.terms;
  const { entryStarts, termStarts, terms } = index.wordings;
  const step = Math.max(1, Math.floor(entries.length / sampledEntries));
  for (let position = 0; position < entries.length; position += step) {
    for (const [offset, text] of mythTexts(entries[position]!).entries()) {
      const wording = entryStarts[position]! + offset;
      if (wording >= entryStarts[position + 1]!) return false;
      const tokens = matchTerms(text);
      const expected: number[] = [];
      const add = (term: string) => {
        const id = stems.get(term);
        if (id === undefined) return false;
        if (!expected.includes(id)) expected.push(id);
        return true;
      };
      for (const token of tokens) if (!add(token.stem)) return false;
      for (const token of tokens) if (token.negated && !add(negationMark + token.stem)) return false;
      const from = termStarts[wording]!;
      if (termStarts[wording + 1]! - from !== expected.length) return false;
      for (const [at, id] of expected.entries()) if (terms[from + at] !== id) return false;
    }
  }
  return true;
}
