import type { Entry } from '../schema/entry';
import type { Language } from '../schema/language';

/**
 * The languages an entry can be drafted in: its own, and each translation with the fact, the
 * myth and the explanation (a draft never mixes languages). A translation of the myth alone lets
 * the matcher find the entry in that language (issue 17) but is not a language to draft in.
 * Kept here, below compose/, so the library's own coverage table counts the same way.
 */
export function draftableLanguages(entry: Entry): Language[] {
  const translated = Object.entries(entry.translations).flatMap(([language, translation]) =>
    translation?.fact && translation.myth && translation.explanation ? [language as Language] : [],
  );
  return [entry.language, ...translated.filter((language) => language !== entry.language)];
}
