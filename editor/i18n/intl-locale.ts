import type { InterfaceLanguage } from '../../shared/schema/interface-language';

/**
 * The locale Intl formats with for an interface language. English is British English: the people
 * this is for work in Europe, and write "7 Dec 2026" and "a, b and c", not "Dec 7, 2026" and "a, b, and c".
 */
export function intlLocale(language: string): string {
  return language === ('en' satisfies InterfaceLanguage) ? 'en-GB' : language;
}
