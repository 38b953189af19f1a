import type { Entry } from '../schema/entry';
import { isGenericTerm, termWeight } from './generic-words';
import { matchTerms, negationMark, type MatchToken } from './match-terms';
import { type FactSide, FactSideBuilder } from './fact-side';
import { PairTable } from './pair-table';
import { termFlags, TermTable } from './term-table';
import { topicKeywords } from './topic-keywords';
import { TypoIndex } from './typo-index';
import { type WordingTable, WordingTableBuilder } from './wording-table';

export { TermTable, type TermPostings } from './term-table';

/** How much a word counts by where it appears in an entry (topic words are weak evidence). */
const fieldWeights = { myth: 1, topic: 0.3 } as const;
// BM25 parameters: k1 saturates repeated words; b < 0.75 because entries differ in length
// mostly by how many phrasings they collect, not by how much they are about a topic.
const k1 = 1.2;
const b = 0.5;

/**
 * A myth wording of an entry (statement, translation or phrasing): its stems and negated stems
 * ("¬pay"), and whether it is the statement or a translation of it rather than a phrasing.
 */
export type Wording = { text: string; stems: ReadonlySet<string>; statement: boolean };

export type IndexedEntry = {
  /** The entry as the caller last gave it: the cache swaps in current copies (library-index-cache.ts). */
  entry: Entry;
  /**
   * The myth statement and phrasings, each as its stems and negated stems, for reporting which
   * wording matched: made from `LibraryIndex.wordings` when first asked for (only the few entries a
   * post matches ever are), then kept.
   */
  readonly wordings: readonly Wording[];
};

/**
 * An inverted index over the library's myth wording (statements, phrasings, translations) and
 * topic words, built once per library and reused for every post, plus each entry's fact side as
 * it reads (fact-side.ts), consulted only for the few entries that make the final list. Both
 * number their stems from one vocabulary.
 */
export type LibraryIndex = {
  entries: IndexedEntry[];
  terms: TermTable;
  /** Each entry's fact side (fact, angles, source quotes), read per final candidate. */
  facts: FactSide;
  /** Folded surface words of the library, for splitting hashtags such as #stoptheboats. */
  words: ReadonlySet<string>;
  typos: TypoIndex;
  /** Every entry's myth wordings as term numbers, for coverage and density without strings. */
  wordings: WordingTable;
  /**
   * `termWeight` of each stem by its number, -1 for a negated stem ("¬pay") and 0 for a phrase:
   * `values[codes[number]]` (a handful of distinct weights, one byte per term).
   */
  termWeights: { codes: Uint8Array; values: Float64Array };
  /** Score accumulators, one slot per entry, reused by every query (JavaScript runs one at a time). */
  scratch: { scores: Float64Array; words: Uint16Array; phrases: Uint16Array; touched: Int32Array; marks: Uint8Array };
};

/**
 * Reads every entry once, numbering terms as it goes: a stem by the stem, a phrase by its two
 * stems' numbers. Each entry's term frequencies go to flat arrays (term, then frequency, in the
 * order first seen), then BM25 weights are worked out per term and sorted into one postings
 * array by counting: no map or array per entry or per term is kept (issue 17).
 */
export function buildLibraryIndex(entries: readonly Entry[]): LibraryIndex {
  const words = new Set<string>();
  const vocabulary = new Vocabulary(entries.length * 200);
  const myth = new FrequencyTable(entries.length);
  const facts = new FactSideBuilder();
  const stemsOfTopic = new Map<Entry['topics'][number], string[]>();

  const wordings = new WordingTableBuilder();

  for (const entry of entries) {
    const read = indexedText(entry);
    const statements = 1 + Object.values(entry.translations).filter((translation) => translation?.myth).length;
    for (const [position, text] of read.myth.entries()) {
      const tokens = matchTerms(text);
      for (const token of tokens) words.add(token.folded);
      wordings.add(addTerms(tokens, vocabulary, myth, fieldWeights.myth), position < statements);
    }
    wordings.endEntry();
    for (const topic of read.topics) {
      let stems = stemsOfTopic.get(topic);
      if (!stems) stemsOfTopic.set(topic, (stems = matchTerms(topicKeywords[topic], undefined, 'en').map((token) => token.stem)));
      for (const stem of stems) myth.add(vocabulary.stem(stem), fieldWeights.topic);
    }
    myth.endEntry();
    for (const text of read.facts) addFactText(matchTerms(text), vocabulary, facts);
    facts.endEntry();
  }

  const terms = invertedIndex(vocabulary, myth);
  return libraryIndexOf(entries, {
    terms,
    facts: facts.build(vocabulary.texts.length),
    words,
    wordings: wordings.build(),
    termWeights: stemWeights(vocabulary),
    termCount: vocabulary.texts.length,
  });
}

/** What an index is made of, built from the entries or loaded prebuilt (prebuilt-index.ts). */
export type LibraryIndexParts = Pick<LibraryIndex, 'terms' | 'facts' | 'words' | 'wordings' | 'termWeights'> & {
  /** How many terms (stems, negated stems, phrases) are numbered. */
  termCount: number;
};

/** The index over `entries` from its parts: the entries, the typo index and the scratch space are added. */
export function libraryIndexOf(entries: readonly Entry[], parts: LibraryIndexParts): LibraryIndex {
  const { terms, wordings, termCount } = parts;
  const count = entries.length;
  // Stems by number, for the wordings as text: made only if some caller asks for them.
  let stemNames: string[] | undefined;
  const nameOf = (id: number) => {
    if (!stemNames) {
      stemNames = [];
      for (const [stem, number] of terms.stems) stemNames[number] = stem;
    }
    return stemNames[id]!;
  };
  return {
    entries: entries.map((entry, position) => indexedEntry(entry, position, wordings, nameOf)),
    terms,
    facts: parts.facts,
    words: parts.words,
    // Negated stems ("¬pay") are no words to correct a post's word to.
    typos: new TypoIndex(() => [...terms.stems.keys()].filter((stem) => !stem.startsWith(negationMark) && terms.has(stem))),
    wordings,
    termWeights: parts.termWeights,
    scratch: {
      scores: new Float64Array(count),
      words: new Uint16Array(count),
      phrases: new Uint16Array(count),
      touched: new Int32Array(count),
      // One slot per term number: an entry's wording terms, marked while a post's words are read against them.
      marks: new Uint8Array(termCount),
    },
  };
}

/**
 * A text's claim terms (as `claimTerms` reads it: its stems, its negated stems, then its phrases) into the
 * table, in the order BM25 has always summed them. Returns the numbers of its stems and negated
 * stems (the wording's terms), in a scratch array reused from text to text.
 */
function addTerms(tokens: readonly MatchToken[], vocabulary: Vocabulary, table: FrequencyTable, weight: number): readonly number[] {
  const ids = vocabulary.scratch;
  ids.length = 0;
  for (const token of tokens) {
    const id = vocabulary.stem(token.stem);
    ids.push(id);
    table.add(id, weight);
  }
  const stems = tokens.length;
  for (const token of tokens) {
    if (!token.negated) continue;
    const id = vocabulary.stem(negationMark + token.stem);
    ids.push(id);
    table.add(id, weight);
  }
  for (let at = 1; at < stems; at++) table.add(vocabulary.phrase(ids[at - 1]!, ids[at]!), weight);
  return ids;
}

function stemWeights(vocabulary: Vocabulary): LibraryIndex['termWeights'] {
  const codes = new Uint8Array(vocabulary.texts.length);
  const values = [0];
  for (const [stem, id] of vocabulary.stems) {
    const weight = stem.startsWith(negationMark) ? -1 : termWeight(stem);
    let code = values.indexOf(weight);
    if (code < 0) code = values.push(weight) - 1;
    if (code > 255) throw new Error('termWeight gives more than 255 distinct weights: the index keeps one byte per term.');
    codes[id] = code;
  }
  return { codes, values: Float64Array.from(values) };
}

/** A fact text's stem numbers in order, and its negated stems' numbers: its phrases are counted per query. */
function addFactText(tokens: readonly MatchToken[], vocabulary: Vocabulary, facts: FactSideBuilder): void {
  const stems = vocabulary.scratch;
  stems.length = 0;
  const negated: number[] = [];
  for (const token of tokens) stems.push(vocabulary.stem(token.stem));
  for (const token of tokens) if (token.negated) negated.push(vocabulary.stem(negationMark + token.stem));
  facts.addText(stems, negated);
}

/** Numbers for terms: a stem by its text, a phrase by its two stems' numbers. */
class Vocabulary {
  readonly stems = new Map<string, number>();
  readonly phrases: PairTable;
  /** Each term's text, kept only while building (for `termWeight`). */
  readonly texts: string[] = [];
  readonly isPhrase: boolean[] = [];
  /** One text's term numbers, reused from text to text. */
  readonly scratch: number[] = [];

  constructor(expectedPhrases: number) {
    this.phrases = new PairTable(expectedPhrases);
  }

  stem(stem: string): number {
    let id = this.stems.get(stem);
    if (id === undefined) {
      this.stems.set(stem, (id = this.texts.length));
      this.texts.push(stem);
      this.isPhrase.push(false);
    }
    return id;
  }

  phrase(first: number, second: number): number {
    const id = this.phrases.getOrSet(first, second, this.texts.length);
    if (id === this.texts.length) {
      this.texts.push(`${this.texts[first]} ${this.texts[second]}`);
      this.isPhrase.push(true);
    }
    return id;
  }
}

/** Term frequencies of every entry, flat: each entry's terms in the order first seen, with their frequencies. */
class FrequencyTable {
  readonly entryStarts: Int32Array;
  readonly terms: number[] = [];
  readonly frequencies: number[] = [];
  readonly lengths: Float64Array;
  #entry = 0;
  #current = new Float64Array(1024);
  readonly #seen: number[] = [];

  constructor(entries: number) {
    this.entryStarts = new Int32Array(entries + 1);
    this.lengths = new Float64Array(entries);
  }

  add(term: number, weight: number): void {
    if (term >= this.#current.length) {
      const grown = new Float64Array(Math.max(term + 1, this.#current.length * 2));
      grown.set(this.#current);
      this.#current = grown;
    }
    if (this.#current[term] === 0) this.#seen.push(term);
    this.#current[term]! += weight;
  }

  endEntry(): void {
    let length = 0;
    for (const term of this.#seen) {
      const frequency = this.#current[term]!;
      length += frequency;
      this.terms.push(term);
      this.frequencies.push(frequency);
      this.#current[term] = 0;
    }
    this.#seen.length = 0;
    this.lengths[this.#entry] = length;
    this.entryStarts[++this.#entry] = this.terms.length;
  }
}

/** BM25 weight of every term in every entry (idf × saturated, length-normalised frequency), as flat postings. */
function invertedIndex(vocabulary: Vocabulary, table: FrequencyTable): TermTable {
  const { entryStarts, terms, frequencies, lengths } = table;
  const entryCount = lengths.length;
  const termCount = vocabulary.texts.length;
  const offsets = new Int32Array(termCount + 1);
  for (const term of terms) offsets[term + 1]!++;
  const idf = new Float64Array(termCount);
  const flags = new Uint8Array(termCount);
  for (let term = 0; term < termCount; term++) {
    const df = offsets[term + 1]!;
    if (df > 0) {
      const text = vocabulary.texts[term]!;
      idf[term] = termWeight(text) * Math.log(1 + (entryCount - df + 0.5) / (df + 0.5));
      flags[term] = (isGenericTerm(text) ? 0 : termFlags.specific) | (vocabulary.isPhrase[term] ? termFlags.phrase : 0);
    }
    offsets[term + 1]! += offsets[term]!;
  }
  let totalLength = 0;
  for (const length of lengths) totalLength += length;
  const averageLength = totalLength / Math.max(entryCount, 1);
  const postingEntries = new Int32Array(terms.length);
  const postingWeights = new Float32Array(terms.length);
  const filled = offsets.slice(0, termCount);
  for (let position = 0; position < entryCount; position++) {
    const norm = k1 * (1 - b + (b * lengths[position]!) / averageLength);
    for (let at = entryStarts[position]!; at < entryStarts[position + 1]!; at++) {
      const term = terms[at]!;
      const frequency = frequencies[at]!;
      const slot = filled[term]!++;
      postingEntries[slot] = position;
      postingWeights[slot] = (idf[term]! * frequency * (k1 + 1)) / (frequency + norm);
    }
  }
  return new TermTable(vocabulary.stems, vocabulary.phrases.pack(), offsets, postingEntries, postingWeights, flags);
}

function indexedEntry(entry: Entry, position: number, table: WordingTable, nameOf: (id: number) => string): IndexedEntry {
  let wordings: Wording[] | undefined;
  return {
    entry,
    get wordings() {
      wordings ??= mythTexts(this.entry).map((text, offset) => {
        const wording = table.entryStarts[position]! + offset;
        const terms = table.terms.subarray(table.termStarts[wording]!, table.termStarts[wording + 1]!);
        return { text, stems: new Set(Array.from(terms, nameOf)), statement: table.statements[wording] === 1 };
      });
      return wordings;
    },
  };
}

/**
 * Everything of an entry the index reads. The cache fingerprints the library with this same
 * function, so what invalidates the index cannot drift from what the index is built from.
 */
export function indexedText(entry: Entry): { myth: string[]; topics: Entry['topics']; facts: string[] } {
  return { myth: mythTexts(entry), topics: entry.topics, facts: factTexts(entry) };
}

export function mythTexts(entry: Entry): string[] {
  return [
    entry.myth.statement,
    ...Object.values(entry.translations).map((translation) => translation?.myth),
    ...entry.myth.phrasings,
  ].filter((text): text is string => !!text);
}

/**
 * What the library says is true: the fact, its angles and the sources' quotes (not the
 * explanation, which describes the myth in order to take it apart).
 */
function factTexts(entry: Entry): string[] {
  return [
    entry.fact,
    ...entry.audienceAngles.map((angle) => angle.angle),
    ...entry.sources.map((source) => source.quote),
    ...Object.values(entry.translations).map((translation) => translation?.fact),
  ].filter((text): text is string => !!text);
}
