import type { Entry } from '../schema/entry';
import type { IndexedEntry, LibraryIndex } from './library-index';
import { bigramsOf, matchTerms, type MatchToken } from './match-terms';
import { termFlags } from './term-table';

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

/** Calibrated on the development posts (see `npm run eval:match`), with a margin: see README. */
export const defaultMinConfidence = 0.5;
/** Score at which confidence is one half: a post sharing a distinctive phrase, or several distinctive words. */
const halfConfidenceScore = 7;
/**
 * A post is set aside as saying the entry's fact when it scores this much more on the fact side
 * than on the myth side: 1.5 keeps 33/36 development myths in the top 3 (leave one out) while
 * setting aside half of the research set's true statements (1.0 cost three myths, gaining two).
 */
const factLikeness = 1.5;
/**
 * Scattered single words ("food", "park") are weaker evidence than a phrase the myth uses, and two
 * of them weaker still: in a library of a hundred entries, some myth shares any two ordinary words
 * with an ordinary post.
 */
const scatteredWordsDiscount = 0.85;
const twoScatteredWordsDiscount = 0.7;

/**
 * Ranks library entries for a post: BM25 over the myth wording (each post term counted once,
 * two-word phrases counted as terms too), with hashtags split, accents folded and light
 * stemming, typos of one letter forgiven. Returns the entries above the confidence threshold,
 * best first, each with the reasons it matched. A post that says what an entry's fact says is
 * not that myth, however many words it shares with it.
 */
export function matchPost(post: string, index: LibraryIndex, options: MatchOptions = {}): Match[] {
  const { top = 5, minConfidence = defaultMinConfidence } = options;
  const tokens = correctTypos(
    matchTerms(post, (word) => index.words.has(word)),
    index,
  );
  const terms = new Set([...tokens.map((token) => token.stem), ...bigramsOf(tokens)]);
  const candidates = scoreCandidates(terms, index, minConfidence);

  const matches: Match[] = [];
  for (let candidate = candidates.next(); candidate && matches.length < top; candidate = candidates.next()) {
    const indexed = index.entries[candidate.position]!;
    if (factScore(terms, index, candidate.position) >= factLikeness * candidate.score) continue; // it says the fact, not the myth
    matches.push({
      entry: indexed.entry,
      score: candidate.score,
      confidence: candidate.confidence,
      reasons: reasonsFor(post, tokens, indexed),
    });
  }
  candidates.release();
  return matches;
}

type Candidate = { position: number; score: number; confidence: number };

/**
 * Adds up each term's precomputed weights in typed arrays (no allocation per entry), then hands
 * out the entries that clear the evidence bar, best first, one at a time: usually only the first
 * few are ever asked for, so there is no sorting of thousands of candidates.
 */
function scoreCandidates(terms: Set<string>, index: LibraryIndex, minConfidence: number) {
  const { scores, words, phrases, touched } = index.scratch;
  const { offsets, entries, weights, flags } = index.terms;
  let count = 0;
  const ids: number[] = [];
  for (const term of terms) {
    const id = index.terms.idOf(term);
    if (id !== undefined) ids.push(id);
  }
  // Specific terms first: only they can make an entry a candidate (see confidenceOf). Generic
  // words ("immigrants", "UK") then only add to those, instead of touching most of the library.
  for (const id of ids) {
    if ((flags[id]! & termFlags.specific) === 0) continue;
    const phrase = (flags[id]! & termFlags.phrase) !== 0;
    for (let i = offsets[id]!; i < offsets[id + 1]!; i++) {
      const position = entries[i]!;
      if (scores[position] === 0) touched[count++] = position;
      scores[position] = scores[position]! + weights[i]!;
      if (phrase) phrases[position] = phrases[position]! + 1;
      else words[position] = words[position]! + 1;
    }
  }
  for (const id of ids) {
    if ((flags[id]! & termFlags.specific) !== 0) continue;
    for (let i = offsets[id]!; i < offsets[id + 1]!; i++) {
      const position = entries[i]!;
      if (scores[position] !== 0) scores[position] = scores[position]! + weights[i]!;
    }
  }
  // Keep only the entries that clear the bar, in place at the front of `touched`.
  let passing = 0;
  for (let i = 0; i < count; i++) {
    const position = touched[i]!;
    if (confidenceOf(scores[position]!, words[position]!, phrases[position]!) >= minConfidence) touched[passing++] = position;
    else clear(position);
  }
  return {
    next(): Candidate | undefined {
      let best = -1;
      for (let i = 0; i < passing; i++) if (best < 0 || scores[touched[i]!]! > scores[touched[best]!]!) best = i;
      if (best < 0) return undefined;
      const position = touched[best]!;
      const candidate = {
        position,
        score: scores[position]!,
        confidence: confidenceOf(scores[position]!, words[position]!, phrases[position]!),
      };
      clear(position);
      touched[best] = touched[--passing]!;
      return candidate;
    },
    /** Resets the scratch space for the next query. */
    release(): void {
      for (let i = 0; i < passing; i++) clear(touched[i]!);
      passing = 0;
    },
  };

  function clear(position: number): void {
    scores[position] = 0;
    words[position] = 0;
    phrases[position] = 0;
  }
}

/**
 * A match needs the claim's own words, not only who it is about: two distinct specific words, or
 * a specific two-word phrase ("luxury hotels"), and a high enough score.
 */
function confidenceOf(score: number, words: number, phrases: number): number {
  if (words < 2 && phrases === 0) return 0;
  const evidence = phrases > 0 ? score : score * (words > 2 ? scatteredWordsDiscount : twoScatteredWordsDiscount);
  return evidence / (evidence + halfConfidenceScore);
}

/** How much the post sounds like the entry's fact side (fact, angles, source quotes). */
function factScore(terms: Set<string>, index: LibraryIndex, position: number): number {
  let score = 0;
  for (const term of terms) {
    const id = index.factTerms.idOf(term);
    if (id !== undefined) score += index.factTerms.weightIn(id, position);
  }
  return score;
}

function correctTypos(tokens: MatchToken[], index: LibraryIndex): MatchToken[] {
  return tokens.map((token) => {
    if (index.terms.has(token.stem)) return token;
    const corrected = index.typos.correct(token.stem);
    return corrected ? { ...token, stem: corrected } : token;
  });
}

/** The post's matching words, merged into phrases where they stand together ("4 Star hotels"). */
function reasonsFor(post: string, tokens: MatchToken[], indexed: IndexedEntry): Match['reasons'] {
  const entryStems = new Set(indexed.wordings.flatMap((wording) => [...wording.stems]));
  const spans: { start: number; end: number }[] = [];
  for (const token of tokens) {
    if (!entryStems.has(token.stem)) continue;
    const last = spans.at(-1);
    const gap = last ? post.slice(last.end, token.start) : '';
    if (last && (token.start <= last.end || /^[\s'’-]{1,3}$/u.test(gap))) last.end = Math.max(last.end, token.end);
    else spans.push({ start: token.start, end: token.end });
  }
  const terms = [...new Set(spans.map(({ start, end }) => withCurrency(post, start, end)))];
  const stems = new Set(tokens.map((token) => token.stem));
  const closest = indexed.wordings.reduce(
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
