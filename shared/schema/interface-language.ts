import { z } from 'zod';

/**
 * The languages the interface itself speaks (issue 20): the five reading languages. Library text
 * and drafts have their own, longer list (language.ts); the two are chosen apart, since an officer
 * in Brussels may work in French and answer posts in Dutch.
 */
export const interfaceLanguageSchema = z.enum(['en', 'fr', 'de', 'es', 'it']);
export type InterfaceLanguage = z.infer<typeof interfaceLanguageSchema>;

/** What Settings stores: a language, or 'auto' for the browser's own preference. */
export const interfaceLanguageChoiceSchema = z.enum(['auto', ...interfaceLanguageSchema.options]);
export type InterfaceLanguageChoice = z.infer<typeof interfaceLanguageChoiceSchema>;
