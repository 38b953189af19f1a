import type { Entry } from '../schema/entry';
import { isGenericTerm, termWeight } from './generic-words';
import { claimTerms, matchTerms, negationMark } from './match-terms';
import { topicKeywords } from './topic-keywords';
import { TypoIndex } from './typo-index';

/** How much a word counts by where it appears in an entry (topic words are weak evidence). */
const fieldWeights = { myth: 1, topic: 0.3 } as const;
// BM25 parameters: k1 saturates repeated words; b < 0.75 because entries differ in length
// mostly by how many phrasings they collect, not by how much they are about a topic.
const k1 = 1.2;
const b = 0.5;

/** One term's postings, flat and with each entry's BM25 weight precomputed: a query only adds. */
export type TermPostings = { entries: Int32Array; weights: Float32Array; specific: boolean; phrase: boolean };

export type IndexedEntry = {
  /** The entry as the caller last gave it: the cache swaps in current copies (library-index-cache.ts). */
  entry: Entry;
  /** The myth statement and phrasings, each as its stems and negated stems ("¬pay"), for coverage and reasons. */
  wordings: { text: string; stems: ReadonlySet<string>; statement: boolean }[];
};

/**
 * An inverted index over the library's myth wording (statements, phrasings, translations) and
 * topic words, built once per library and reused for every post, plus a forward index of each
 * entry's fact side, consulted only for the few entries that make the final list.
 */
export type LibraryIndex = {
  entries: IndexedEntry[];
  terms: Map<string, TermPostings>;
  /** The same over each entry's fact side (fact, angles, source quotes), looked up per final candidate. */
  factTerms: Map<string, TermPostings>;
  /** Folded surface words of the library, for splitting hashtags such as #stoptheboats. */
  words: ReadonlySet<string>;
  typos: TypoIndex;
  /** Score accumulators, one slot per entry, reused by every query (JavaScript runs one at a time). */
  scratch: { scores: Float64Array; words: Uint16Array; phrases: Uint16Array; touched: Int32Array };
};

export function buildLibraryIndex(entries: readonly Entry[]): LibraryIndex {
  const words = new Set<string>();
  const mythFrequencies: Map<string, number>[] = [];
  const factFrequencies: Map<string, number>[] = [];
  const indexed = entries.map((entry) => {
    const read = indexedText(entry);
    const frequencies = new Map<string, number>();
    const add = (term: string, weight: number) => frequencies.set(term, (frequencies.get(term) ?? 0) + weight);
    const statements = 1 + Object.values(entry.translations).filter((translation) => translation?.myth).length;
    const wordings = read.myth.map((text, position) => {
      const tokens = matchTerms(text);
      for (const token of tokens) words.add(token.folded);
      const wordingTerms = claimTerms(tokens);
      for (const term of wordingTerms) add(term, fieldWeights.myth);
      return { text, stems: new Set(wordingTerms.filter((term) => !term.includes(' '))), statement: position < statements };
    });
    for (const topic of read.topics) {
      for (const token of matchTerms(topicKeywords[topic], undefined, 'en')) add(token.stem, fieldWeights.topic);
    }
    mythFrequencies.push(frequencies);
    const facts = new Map<string, number>();
    for (const text of read.facts) {
      const tokens = matchTerms(text);
      for (const term of claimTerms(tokens)) facts.set(term, (facts.get(term) ?? 0) + 1);
    }
    factFrequencies.push(facts);
    return { entry, wordings };
  });

  const terms = invert(bm25Weights(mythFrequencies));
  const count = indexed.length;
  return {
    entries: indexed,
    terms,
    factTerms: invert(bm25Weights(factFrequencies)),
    words,
    typos: new TypoIndex([...terms.keys()].filter((term) => !term.includes(' ') && !term.startsWith(negationMark))),
    scratch: {
      scores: new Float64Array(count),
      words: new Uint16Array(count),
      phrases: new Uint16Array(count),
      touched: new Int32Array(count),
    },
  };
}

/** From per-entry weights to flat postings per term, entries in ascending order (binary-searchable). */
function invert(documents: Map<string, number>[]): Map<string, TermPostings> {
  const lists = new Map<string, [number, number][]>();
  for (const [position, weights] of documents.entries()) {
    for (const [term, weight] of weights) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = []));
      list.push([position, weight]);
    }
  }
  // One buffer for all postings, each term a view into it: a few hundred thousand small typed
  // arrays would each carry their own allocation.
  let total = 0;
  for (const list of lists.values()) total += list.length;
  const allEntries = new Int32Array(total);
  const allWeights = new Float32Array(total);
  const terms = new Map<string, TermPostings>();
  let offset = 0;
  for (const [term, list] of lists) {
    for (const [index, [position, weight]] of list.entries()) {
      allEntries[offset + index] = position;
      allWeights[offset + index] = weight;
    }
    terms.set(term, {
      entries: allEntries.subarray(offset, offset + list.length),
      weights: allWeights.subarray(offset, offset + list.length),
      specific: !isGenericTerm(term),
      phrase: term.includes(' '),
    });
    offset += list.length;
  }
  return terms;
}

/** BM25 weight of every term in every document: idf × saturated, length-normalised frequency. */
function bm25Weights(documents: Map<string, number>[]): Map<string, number>[] {
  const frequencyIn = new Map<string, number>();
  const lengths = documents.map((terms) => {
    let length = 0;
    for (const [term, frequency] of terms) {
      length += frequency;
      frequencyIn.set(term, (frequencyIn.get(term) ?? 0) + 1);
    }
    return length;
  });
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(lengths.length, 1);
  return documents.map((terms, position) => {
    const weights = new Map<string, number>();
    const norm = k1 * (1 - b + (b * lengths[position]!) / averageLength);
    for (const [term, frequency] of terms) {
      const df = frequencyIn.get(term)!;
      const idf = termWeight(term) * Math.log(1 + (documents.length - df + 0.5) / (df + 0.5));
      weights.set(term, (idf * frequency * (k1 + 1)) / (frequency + norm));
    }
    return weights;
  });
}

/**
 * Everything of an entry the index reads. The cache fingerprints the library with this same
 * function, so what invalidates the index cannot drift from what the index is built from.
 */
export function indexedText(entry: Entry): { myth: string[]; topics: Entry['topics']; facts: string[] } {
  return { myth: mythTexts(entry), topics: entry.topics, facts: factTexts(entry) };
}

function mythTexts(entry: Entry): string[] {
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
