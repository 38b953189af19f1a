import type { Entry } from '../schema/entry';
import { bigramsOf, matchTerms } from './match-terms';
import { topicKeywords } from './topic-keywords';
import { TypoIndex } from './typo-index';

/** How much a word counts by where it appears in an entry (topic words are weak evidence). */
const fieldWeights = { myth: 1, topic: 0.3 } as const;

export type IndexedEntry = {
  entry: Entry;
  /** Weighted term frequencies of the entry's myth wording and topic words (unigrams and bigrams). */
  length: number;
  /** The myth statement and phrasings, each as stems, for reporting which wording matched. */
  wordings: { text: string; stems: ReadonlySet<string> }[];
};

/**
 * An inverted index over the library's myth wording (statements, phrasings, translations) and
 * topic words, built once per library and reused for every post (BM25 needs document lengths,
 * term frequencies per entry and document frequencies).
 */
export type LibraryIndex = {
  entries: IndexedEntry[];
  /** term → [entry position, weighted frequency] */
  postings: Map<string, [number, number][]>;
  averageLength: number;
  /** The same over each entry's fact side (fact, angles, source quotes): what a true post would say. */
  factPostings: Map<string, [number, number][]>;
  factLengths: number[];
  averageFactLength: number;
  /** Folded surface words of the library, for splitting hashtags such as #stoptheboats. */
  words: ReadonlySet<string>;
  typos: TypoIndex;
};

export function buildLibraryIndex(entries: readonly Entry[]): LibraryIndex {
  const postings = new Map<string, [number, number][]>();
  const factPostings = new Map<string, [number, number][]>();
  const factLengths: number[] = [];
  const words = new Set<string>();
  const indexed: IndexedEntry[] = entries.map((entry, position) => {
    const frequencies = new Map<string, number>();
    const add = (term: string, weight: number) => frequencies.set(term, (frequencies.get(term) ?? 0) + weight);
    const mythTexts = [entry.myth.statement, ...Object.values(entry.translations).map((translation) => translation?.myth), ...entry.myth.phrasings].filter(
      (text): text is string => !!text,
    );
    const wordings = mythTexts.map((text) => {
      const tokens = matchTerms(text);
      for (const token of tokens) {
        add(token.stem, fieldWeights.myth);
        words.add(token.folded);
      }
      for (const bigram of bigramsOf(tokens)) add(bigram, fieldWeights.myth);
      return { text, stems: new Set(tokens.map((token) => token.stem)) };
    });
    for (const topic of entry.topics) {
      for (const token of matchTerms(topicKeywords[topic], undefined, 'en')) add(token.stem, fieldWeights.topic);
    }
    const factFrequencies = new Map<string, number>();
    for (const text of factTexts(entry)) {
      const tokens = matchTerms(text);
      for (const term of [...tokens.map((token) => token.stem), ...bigramsOf(tokens)]) factFrequencies.set(term, (factFrequencies.get(term) ?? 0) + 1);
    }
    factLengths[position] = addPostings(factPostings, factFrequencies, position);
    return { entry, length: addPostings(postings, frequencies, position), wordings };
  });
  const average = (lengths: number[]) => lengths.reduce((sum, length) => sum + length, 0) / Math.max(lengths.length, 1);
  return {
    entries: indexed,
    postings,
    averageLength: average(indexed.map((entry) => entry.length)),
    factPostings,
    factLengths,
    averageFactLength: average(factLengths),
    words,
    typos: new TypoIndex([...postings.keys()].filter((term) => !term.includes(' '))),
  };
}

/** Adds one entry's term frequencies to an inverted index; returns the entry's length. */
function addPostings(index: Map<string, [number, number][]>, frequencies: Map<string, number>, position: number): number {
  let length = 0;
  for (const [term, frequency] of frequencies) {
    length += frequency;
    let list = index.get(term);
    if (!list) index.set(term, (list = []));
    list.push([position, frequency]);
  }
  return length;
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
