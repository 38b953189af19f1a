import { languageSchema, type Language, type ReadingLanguage } from '../../schema/language';

/**
 * Cue words and phrases per language, written folded (lower case, no accents): "ne", "not only".
 * Written for the languages the claim reader reads; another language without its own list finds none.
 */
export type WordCueList = Record<ReadingLanguage, readonly string[]> & Partial<Record<Language, readonly string[]>>;

/**
 * Cue phrases looked up word by word over a sentence's folded tokens, which is cheaper than a
 * pattern per clause and keeps the claim reader's decisions at the level of whole words.
 */
export type WordCues = {
  /** How many tokens from `index` on form a cue (the longest one), or 0. */
  matchAt(words: readonly string[], index: number): number;
  /** Every word a cue starts with: a word outside it starts none, whatever follows. */
  firstWords: ReadonlySet<string>;
};

export function compileWordCues(list: WordCueList): Record<Language, WordCues> {
  const compiled = {} as Record<Language, WordCues>;
  for (const language of languageSchema.options) {
    const phrases = list[language] ?? [];
    const byFirstWord = new Map<string, string[][]>();
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const entries = byFirstWord.get(words[0]!) ?? [];
      entries.push(words);
      byFirstWord.set(words[0]!, entries);
    }
    // Longest phrase first, so "not only" wins over "not".
    for (const entries of byFirstWord.values()) entries.sort((a, b) => b.length - a.length);
    compiled[language] = {
      firstWords: new Set(byFirstWord.keys()),
      matchAt(words, index) {
        const candidates = byFirstWord.get(words[index]!);
        if (!candidates) return 0;
        for (const phrase of candidates) {
          if (phrase.every((word, offset) => words[index + offset] === word)) return phrase.length;
        }
        return 0;
      },
    };
  }
  return compiled;
}
