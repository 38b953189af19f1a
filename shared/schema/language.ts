import { z } from 'zod';

/**
 * The languages library text is written in and drafts are composed in: the five the project
 * started with, and the languages of the EU countries the starter library covers (issue 16).
 */
export const languageSchema = z.enum(['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'sv', 'el', 'pt']);
export type Language = z.infer<typeof languageSchema>;

/**
 * The languages the linter reads in full: the claim reader, its cue lists and the stemmer were
 * written and evaluated for these. In the others, rules that need a cue to pass (a warning, a
 * source, a technique) have minimal lists, and rules that need deep reading stay silent rather
 * than guess.
 */
export const readingLanguageSchema = languageSchema.extract(['en', 'fr', 'de', 'es', 'it']);
export type ReadingLanguage = z.infer<typeof readingLanguageSchema>;

const readingLanguages: ReadonlySet<Language> = new Set(readingLanguageSchema.options);

export function isReadingLanguage(language: Language): language is ReadingLanguage {
  return readingLanguages.has(language);
}

/** Each language's name in English, the interface's language and the model instructions' (issue 16 keeps the interface English). */
export const englishLanguageNames: Record<Language, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pl: 'Polish',
  sv: 'Swedish',
  el: 'Greek',
  pt: 'Portuguese',
};

/** Each language's name in that language, for the selects where library text and drafts are written. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  sv: 'Svenska',
  el: 'Ελληνικά',
  pt: 'Português',
};
