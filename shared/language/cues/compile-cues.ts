import { languageSchema, type Language, type ReadingLanguage } from '../../schema/language';

/** Cue phrases in every language: for the cues a good draft needs to pass a rule (a warning, a source). */
export type CueList = Record<Language, string[]>;

/**
 * Cue phrases written for the languages the linter reads in full (the claim reader's): the other
 * languages may have their own or none, and then the cue is never found there.
 */
export type ReadingCueList = Record<ReadingLanguage, string[]> & Partial<Record<Language, string[]>>;

/**
 * Compiles cue phrases (written folded: lower case, no accents) into one pattern per language,
 * matched on whole words against text folded by `foldInPlace`. A language without phrases gets
 * a pattern that matches nothing, so every language can be looked up.
 */
export function compileCues(cues: ReadingCueList, flags = 'gu'): Record<Language, RegExp> {
  const compiled = {} as Record<Language, RegExp>;
  for (const language of languageSchema.options) {
    const phrases = cues[language] ?? [];
    compiled[language] =
      phrases.length === 0 ? new RegExp('(?!)', flags) : new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, flags);
  }
  return compiled;
}

/** The first match of a cue pattern in `folded` at or after `from`, or undefined. */
export function firstCue(pattern: RegExp, folded: string, from = 0): { start: number; end: number } | undefined {
  pattern.lastIndex = from;
  const match = pattern.exec(folded);
  pattern.lastIndex = 0;
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
