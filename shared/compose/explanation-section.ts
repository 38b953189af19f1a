import type { Entry } from '../schema/entry';
import { causalCues } from '../language/cues/causal-cues';
import { foldInPlace } from '../language/fold-in-place';
import { splitSentences } from '../language/sentences';
import type { EntryWords } from './draft-language';
import { draftPhrases } from './draft-phrases';
import { capitalise, continueSentence } from './sentence-case';
import { readerFacing } from './writer-guidance';

/** How much of the entry's explanation a draft keeps: at most three points, fewer for short posts. */
export type ExplanationForm = 'three-points' | 'two-points' | 'one-point';

export type ExplanationSection = { text: string; guidance: string[]; pointsKept: number; pointsAvailable: number };

/**
 * The explanation section: names the technique, then gives the entry's own alternative
 * explanation, trimmed by whole sentences. Entries put how the myth misleads first and the real
 * cause next (their caveats and guidance live apart, in the notes), so three points keep the first
 * two and the last; two points keep how it misleads and the cause; one point keeps the cause, cut
 * to its first clause. Clauses that instruct the writer are still taken out here, as a safety net
 * for libraries written before caveats and guidance had fields of their own.
 */
export function explanationSection(entry: Entry, words: EntryWords, form: ExplanationForm): ExplanationSection {
  const phrases = draftPhrases[words.language];
  const guidance: string[] = [];
  const sentences = splitSentences(words.explanation)
    .map((sentence) => readerFacing(sentence.text, words.language))
    .flatMap((sentence) => {
      guidance.push(...sentence.guidance);
      return sentence.text ? [sentence.text] : [];
    });
  if (sentences.length === 0) sentences.push(...splitSentences(words.explanation).map((sentence) => sentence.text));
  // Entries give how the myth misleads first and the real cause second (fact-library/README.md).
  const causeAt = Math.min(1, sentences.length - 1);

  const technique = techniqueName(entry, words, form === 'three-points');
  let points: string[];
  if (form === 'one-point' || sentences.length === 1) {
    const cause = standalone(sentences[causeAt]!);
    points = [phrases.techniqueSentence(technique), markCause(form === 'one-point' ? firstClause(cause) : cause, words)];
  } else {
    const chosen = pointIndices(sentences.length, causeAt, form === 'three-points' ? 3 : 2).map((index) => sentences[index]!);
    const first = chosen[0]!;
    // "The trick is cherry picking: the posts count…: …" — a sentence with a colon of its own reads
    // badly after the technique's colon, so the technique gets a sentence of its own instead.
    const opening = /\s?:\s/.test(first)
      ? [phrases.techniqueSentence(technique), first]
      : [phrases.techniqueIntro(technique) + continueSentence(first, words.language, words.casingReference)];
    points = [...opening, ...chosen.slice(1)];
    const causeIndex = opening.length === 2 ? 2 : 1;
    if (!points.some((point) => hasCausalCue(point, words)) && points[causeIndex])
      points[causeIndex] = markCause(standalone(points[causeIndex]!), words);
  }
  const labelOnly = points.length > 0 && points[0] === phrases.techniqueSentence(technique) ? 1 : 0;
  return {
    text: points.join(' '),
    guidance,
    pointsKept: form === 'one-point' || sentences.length === 1 ? 1 : points.length - labelOnly,
    pointsAvailable: sentences.length,
  };
}

/** Which sentences to keep, in the entry's order: how it misleads, the cause, then the last. */
function pointIndices(count: number, causeAt: number, wanted: number): number[] {
  if (count <= wanted) return [...Array(count).keys()];
  const indices = new Set(wanted === 3 ? [0, causeAt, count - 1] : [0, causeAt]);
  for (let index = 1; indices.size < wanted; index++) indices.add(index);
  return [...indices].sort((a, b) => a - b);
}

/** The FLICC technique in the draft's language, with the entry's named fallacy when it is in the same language. */
function techniqueName(entry: Entry, words: EntryWords, withFallacy: boolean): string {
  const name = draftPhrases[words.language].techniques[entry.explanation.technique];
  const fallacy = entry.explanation.fallacy?.trim();
  if (!withFallacy || !fallacy || !words.original || name.includes(fallacy)) return name;
  return `${name} (${fallacy.replace(/\s*\((.*)\)$/, ': $1')})`;
}

/** Puts "In fact, …" in front of the cause when the entry's words have no causal cue of their own. */
function markCause(sentence: string, words: EntryWords): string {
  if (hasCausalCue(sentence, words)) return sentence;
  const marker = draftPhrases[words.language].alternativeMarker;
  return marker.text + (marker.keepsCase ? sentence : continueSentence(sentence, words.language, words.casingReference));
}

function hasCausalCue(text: string, words: EntryWords): boolean {
  const pattern = causalCues[words.language];
  pattern.lastIndex = 0;
  const found = pattern.test(foldInPlace(text));
  pattern.lastIndex = 0;
  return found;
}

/**
 * Clause ends a one-point explanation may be cut at; never before "so" or "which", which carry
 * the cause, nor at a colon, which introduces it ("the real total is not all cash: it covers…").
 */
const clauseEnds = /\s?;\s|,\s(?=(?:and|but|while|et|mais|und|aber|y|pero|e|ma)\s)/gu;
const shortSentence = 160;

/** A long sentence cut after its longest opening run of whole clauses that stays short. */
function firstClause(sentence: string): string {
  if (sentence.length <= shortSentence) return sentence;
  let cut = 0;
  for (const end of sentence.matchAll(clauseEnds)) {
    if (end.index > shortSentence) break;
    if (end.index >= 50) cut = end.index;
  }
  return cut > 0 ? `${sentence.slice(0, cut).trimEnd()}.` : sentence;
}

/** "But newcomers also spend…" stands alone as "Newcomers also spend…". */
const leadingConjunction = /^(?:but|and|so|yet|mais|et|aber|und|pero|y|ma|e)\s+(?=\p{L})/iu;

function standalone(sentence: string): string {
  return leadingConjunction.test(sentence) ? capitalise(sentence.replace(leadingConjunction, '')) : sentence;
}
