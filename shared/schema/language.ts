import { z } from 'zod';

/** The languages the matcher, the lint rules and the templates support. */
export const languageSchema = z.enum(['en', 'fr', 'de', 'es', 'it']);
export type Language = z.infer<typeof languageSchema>;

export const languageNames: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
};
