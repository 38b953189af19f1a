import { detectLanguage } from '../language/detect-language';
import { foldInPlace } from '../language/fold-in-place';
import { isStopword } from '../language/stopwords';
import type { Language } from '../schema/language';
import { languageSchema } from '../schema/language';
import { isFiller, isNegator, isQuantity, negationMark } from './claim-words';

export { negationMark } from './claim-words';
import { conceptOf } from './concepts';
import { matchStem } from './snowball-stem';
import { plainWord } from './slang';
import { splitHashtag } from './split-hashtag';

/**
 * A content word of a post or phrasing: where it is, the stem it is compared by, and whether a
 * negation governs it ("do not pay" → `pay`, negated).
 */
export type MatchToken = { stem: string; folded: string; start: number; end: number; negated: boolean };

/** A text read for matching: its content words and the language they were stemmed in. */
export type ReadText = { tokens: MatchToken[]; language: Language };

const wordPattern = /#[\p{L}\p{N}_]+|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const languages = languageSchema.options;
/** A negation reaches this many words ahead, past function words: "do not even pay", "ne paient pas". */
const negationReach = 3;

/** Function words of any supported language: posts mix languages, and none of these carries a myth. */
export function isAnyStopword(folded: string): boolean {
  for (const language of languages) if (isStopword(folded, language)) return true;
  return false;
}

/**
 * The content words of a text for matching: case and accents folded, hashtags split into words,
 * slang read as the plain word ("curro" as "trabajo"), function words and fillers of every supported language dropped (except quantities such as
 * "most", which change the claim), each word stemmed for the text's language and marked when a
 * negation governs it.
 */
export function readText(text: string, isKnownWord: (folded: string) => boolean = () => false, language?: Language): ReadText {
  const folded = foldInPlace(text);
  const words: { folded: string; start: number; end: number; reading: WordReading }[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (text.charCodeAt(start) === hash) {
      for (const part of splitHashtag(match[0], (word) => isKnownWord(foldInPlace(word)) || isAnyStopword(foldInPlace(word)))) {
        const partFolded = foldInPlace(part);
        words.push({ folded: partFolded, start, end, reading: readingOf(partFolded) });
      }
    } else {
      const sliced = folded.slice(start, end);
      const word = sliced.includes('’') ? sliced.replace(/’/g, "'") : sliced;
      words.push({ folded: word, start, end, reading: readingOf(word) });
    }
  }
  // Only function words vote on the language: the others are left out of the vote, which it does
  // not change, so the detector's per-word cache holds function words, not a library's every word.
  const textLanguage = language ?? detectLanguage(words.filter((word) => word.reading.functionWord).map((word) => word.folded));
  const languageNumber = languages.indexOf(textLanguage);
  const tokens: MatchToken[] = [];
  let negationLeft = 0;
  for (const word of words) {
    const reading = word.reading;
    if (reading.negator) {
      negationLeft = negationReach;
      continue;
    }
    if (!reading.content) {
      negationLeft = Math.max(0, negationLeft - 1);
      continue;
    }
    const stem = (reading.stems[languageNumber] ??= conceptOf(matchStem(reading.plain, textLanguage), textLanguage));
    tokens.push({ folded: word.folded, start: word.start, end: word.end, stem, negated: negationLeft > 0 });
    negationLeft = 0;
  }
  return { tokens, language: textLanguage };
}

const hash = '#'.charCodeAt(0);

/**
 * What reading a folded word decides, worked out once per word: whether it negates, whether it is
 * a content word, and its stem in each language it has been read in. A 10,000-entry library has
 * four million words but some fifty thousand distinct ones, and posts reuse them; each decision
 * took a dozen set lookups and the stem a string key per word (issue 17).
 */
type WordReading = { negator: boolean; functionWord: boolean; content: boolean; plain: string; stems: (string | undefined)[] };
const readings = new Map<string, WordReading>();

function readingOf(folded: string): WordReading {
  let reading = readings.get(folded);
  if (reading === undefined) {
    if (readings.size > 200_000) readings.clear();
    const functionWord = isAnyStopword(folded);
    reading = {
      negator: isNegator(folded),
      functionWord,
      content: (folded.length > 1 || /\d/.test(folded)) && (isQuantity(folded) || (!functionWord && !isFiller(folded))),
      plain: plainWord(folded),
      stems: [],
    };
    readings.set(folded, reading);
  }
  return reading;
}

/** The content words of a text (see readText). */
export function matchTerms(text: string, isKnownWord: (folded: string) => boolean = () => false, language?: Language): MatchToken[] {
  return readText(text, isKnownWord, language).tokens;
}

/** Runs of two consecutive content words: "luxury hotel" is stronger evidence than either word. */
export function bigramsOf(tokens: readonly MatchToken[]): string[] {
  const bigrams: string[] = [];
  for (let index = 1; index < tokens.length; index++) bigrams.push(`${tokens[index - 1]!.stem} ${tokens[index]!.stem}`);
  return bigrams;
}

/** The negated stems as terms of their own ("¬pay"): a claim's "not" is part of what it says. */
export function negatedTermsOf(tokens: readonly MatchToken[]): string[] {
  return tokens.filter((token) => token.negated).map((token) => negationMark + token.stem);
}

/** Everything a text is matched by: stems, negated stems and two-word phrases. */
export function claimTerms(tokens: readonly MatchToken[]): string[] {
  return [...tokens.map((token) => token.stem), ...negatedTermsOf(tokens), ...bigramsOf(tokens)];
}
