import type { Entry } from '../schema/entry';
import type { LibraryIndex } from './library-index';
import { isGenericTerm, termWeight } from './generic-words';
import { bigramsOf, matchTerms, type MatchToken } from './match-terms';

export type Match = {
  entry: Entry;
  /** BM25 score: comparable between entries for one post, not between posts. */
  score: number;
  /** 0–1: how sure the match is, comparable between posts; matches under the threshold are not returned. */
  confidence: number;
  /** Why: the words and phrases of the post that matched, and the library wording closest to the post. */
  reasons: { terms: string[]; phrasing: string };
};

export type MatchOptions = { top?: number; minConfidence?: number };

// BM25 parameters: k1 saturates repeated words; b < 0.75 because entries differ in length
// mostly by how many phrasings they collect, not by how much they are about a topic.
const k1 = 1.2;
const b = 0.5;
/** Calibrated on the development posts (see `npm run eval:match`), with a margin: see README. */
export const defaultMinConfidence = 0.5;
/** Score at which confidence is one half: a post sharing a distinctive phrase, or several distinctive words. */
const halfConfidenceScore = 7;
const scatteredWordsDiscount = 0.85;

/**
 * Ranks library entries for a post: BM25 over the myth wording (each post term counted once,
 * two-word phrases counted as terms too), with hashtags split, accents folded and light
 * stemming, typos of one letter forgiven. Returns the entries above the confidence threshold,
 * best first, each with the reasons it matched.
 */
export function matchPost(post: string, index: LibraryIndex, options: MatchOptions = {}): Match[] {
  const { top = 5, minConfidence = defaultMinConfidence } = options;
  const tokens = correctTypos(matchTerms(post, (word) => index.words.has(word)), index);
  const terms = new Set([...tokens.map((token) => token.stem), ...bigramsOf(tokens)]);
  const scores = new Map<number, { score: number; matched: Set<string> }>();
  bm25(terms, index.postings, index.entries.length, (position) => index.entries[position]!.length, index.averageLength, (position, weight, term) => {
    let entry = scores.get(position);
    if (!entry) scores.set(position, (entry = { score: 0, matched: new Set() }));
    entry.score += weight;
    entry.matched.add(term);
  });
  // A post that says what the entry's fact says ("asylum seekers are not allowed to work") is not
  // the myth, though it shares the topic: it must sound more like the myth than like the fact.
  const factScores = new Map<number, number>();
  bm25(terms, index.factPostings, index.entries.length, (position) => index.factLengths[position]!, index.averageFactLength, (position, weight) => {
    if (scores.has(position)) factScores.set(position, (factScores.get(position) ?? 0) + weight);
  });

  return [...scores.entries()]
    .map(([position, { score, matched }]) => ({
      position,
      score,
      matched,
      confidence: (factScores.get(position) ?? 0) >= score ? 0 : confidenceOf(score, matched),
    }))
    .filter((candidate) => candidate.confidence >= minConfidence)
    .sort((a, b) => b.score - a.score)
    .slice(0, top)
    .map(({ position, score, matched, confidence }) => {
      const indexed = index.entries[position]!;
      return { entry: indexed.entry, score, confidence, reasons: reasonsFor(post, tokens, matched, indexed.wordings) };
    });
}

/** BM25 for every entry sharing a query term (each term of the post counted once). */
function bm25(
  terms: Set<string>,
  postings: Map<string, [number, number][]>,
  documentCount: number,
  lengthOf: (position: number) => number,
  averageLength: number,
  add: (position: number, weight: number, term: string) => void,
): void {
  for (const term of terms) {
    const list = postings.get(term);
    if (!list) continue;
    const idf = termWeight(term) * Math.log(1 + (documentCount - list.length + 0.5) / (list.length + 0.5));
    for (const [position, frequency] of list) {
      add(position, (idf * frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * lengthOf(position)) / averageLength)), term);
    }
  }
}

/**
 * A match needs the claim's own words, not only who it is about: two distinct specific words, or
 * a specific two-word phrase ("luxury hotels"), and a high enough score.
 */
function confidenceOf(score: number, matched: Set<string>): number {
  const specific = [...matched].filter((term) => !isGenericTerm(term));
  const words = specific.filter((term) => !term.includes(' ')).length;
  const phrases = specific.length - words;
  if (words < 2 && phrases === 0) return 0;
  // Scattered single words ("food", "park") are weaker evidence than a phrase the myth uses.
  const evidence = phrases > 0 ? score : score * scatteredWordsDiscount;
  return evidence / (evidence + halfConfidenceScore);
}

function correctTypos(tokens: MatchToken[], index: LibraryIndex): MatchToken[] {
  return tokens.map((token) => {
    if (index.postings.has(token.stem)) return token;
    const corrected = index.typos.correct(token.stem);
    return corrected ? { ...token, stem: corrected } : token;
  });
}

/** The post's matching words, merged into phrases where they stand together ("4 Star hotels"). */
function reasonsFor(post: string, tokens: MatchToken[], matched: Set<string>, wordings: { text: string; stems: ReadonlySet<string> }[]): Match['reasons'] {
  const spans: { start: number; end: number }[] = [];
  for (const token of tokens) {
    if (!matched.has(token.stem)) continue;
    const last = spans.at(-1);
    const gap = last ? post.slice(last.end, token.start) : '';
    if (last && (token.start <= last.end || /^[\s'’-]{1,3}$/u.test(gap))) last.end = Math.max(last.end, token.end);
    else spans.push({ start: token.start, end: token.end });
  }
  const terms = [...new Set(spans.map(({ start, end }) => withCurrency(post, start, end)))];
  const stems = new Set(tokens.map((token) => token.stem));
  const closest = wordings.reduce(
    (best, wording) => {
      let shared = 0;
      for (const stem of wording.stems) if (stems.has(stem)) shared++;
      return shared > best.shared ? { shared, text: wording.text } : best;
    },
    { shared: -1, text: '' },
  );
  return { terms, phrasing: closest.text };
}

/** "£45" rather than "45": the currency is part of what a reader recognises. */
function withCurrency(post: string, start: number, end: number): string {
  const from = /[£$€]/.test(post[start - 1] ?? '') ? start - 1 : start;
  return post.slice(from, end).trim();
}

