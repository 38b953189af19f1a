import type { Entry } from '../schema/entry';
import { englishLanguageNames, readingLanguageSchema } from '../schema/language';
import type { LibraryProblem } from './library-problem';
import { problemAt, type LocatedFile } from './parse-library-file';

/**
 * Where an entry has no myth wording in a language the matcher reads (issue 17): the matcher finds
 * an entry only through words in the post's own language, so a French post never reaches an entry
 * whose myth is worded only in English. A warning, not an error: a team whose library is written
 * in one language still builds and uses it.
 */
export function mythLanguageWarnings(entry: Entry, located: LocatedFile): LibraryProblem[] {
  return readingLanguageSchema.options
    .filter((language) => language !== entry.language && !entry.translations[language]?.myth)
    .map((language) => {
      const name = englishLanguageNames[language];
      // Point at the translation that lacks its myth, else where one would be added.
      const path = entry.translations[language]
        ? ['translations', language]
        : Object.keys(entry.translations).length > 0
          ? ['translations']
          : ['myth', 'statement'];
      return problemAt(
        located,
        path,
        `no ${name} (${language}) wording of the myth — a post in ${name} will not find this entry; add translations.${language}.myth`,
      );
    });
}
