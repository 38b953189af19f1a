import type { Language } from '../../schema/language';

export type CueList = Record<Language, string[]>;

/**
 * Compiles cue phrases (written folded: lower case, no accents) into one pattern per language,
 * matched on whole words against text folded by `foldInPlace`.
 */
export function compileCues(cues: CueList, flags = 'gu'): Record<Language, RegExp> {
  const compiled = {} as Record<Language, RegExp>;
  for (const [language, phrases] of Object.entries(cues) as [Language, string[]][]) {
    compiled[language] = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, flags);
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
