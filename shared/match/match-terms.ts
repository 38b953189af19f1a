import type { Language } from '../schema/language';
import { languageSchema } from '../schema/language';
import { foldInPlace } from '../language/fold-in-place';
import { stem } from '../language/stem';
import { isStopword } from '../language/stopwords';
import { detectLanguage } from '../language/detect-language';
import { splitHashtag } from './split-hashtag';

/** A content word of a post or phrasing: where it is, and the stem it is compared by. */
export type MatchToken = { stem: string; folded: string; start: number; end: number };

const wordPattern = /#[\p{L}\p{N}_]+|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const languages = languageSchema.options;

/** Function words of any supported language: posts mix languages, and none of these carries a myth. */
export function isAnyStopword(folded: string): boolean {
  for (const language of languages) if (isStopword(folded, language)) return true;
  return false;
}

/**
 * The content words of a text for matching: case and accents folded, hashtags split into words,
 * function words of every supported language dropped, each word stemmed for the text's language.
 */
export function matchTerms(text: string, isKnownWord: (folded: string) => boolean = () => false, language?: Language): MatchToken[] {
  const folded = foldInPlace(text);
  const words: { folded: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].startsWith('#')) {
      for (const part of splitHashtag(match[0], (word) => isKnownWord(foldInPlace(word)) || isAnyStopword(foldInPlace(word)))) {
        words.push({ folded: foldInPlace(part), start, end });
      }
    } else {
      words.push({ folded: folded.slice(start, end).replace(/’/g, "'"), start, end });
    }
  }
  const textLanguage = language ?? detectLanguage(words.map((word) => word.folded));
  return words
    .filter((word) => (word.folded.length > 1 || /\d/.test(word.folded)) && !isAnyStopword(word.folded))
    .map((word) => ({ ...word, stem: stem(word.folded, textLanguage) }));
}

/** Runs of two consecutive content words: "luxury hotel" is stronger evidence than either word. */
export function bigramsOf(tokens: readonly MatchToken[]): string[] {
  const bigrams: string[] = [];
  for (let index = 1; index < tokens.length; index++) bigrams.push(`${tokens[index - 1]!.stem} ${tokens[index]!.stem}`);
  return bigrams;
}
