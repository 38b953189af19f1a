import { decideLanguage, languageVotes } from '../language/detect-language';
import { tokenize } from '../language/tokenize';
import type { Entry } from '../schema/entry';
import { type Language, languageNames, languageSchema } from '../schema/language';
import { isOnPublisherSite, knownPublisher } from './known-publishers';
import type { LibraryProblem } from './library-problem';
import { problemAt, type LocatedFile } from './parse-library-file';

const isLanguage = (code: string | undefined): code is Language => languageSchema.safeParse(code).success;

/** The language a source is written in: as the entry says, else its publisher's usual language. */
export function sourceLanguage(source: Entry['sources'][number]): string | undefined {
  return source.language ?? knownPublisher(source.publisher)?.language;
}

/**
 * What a reviewer would catch in a source before anyone relies on it: a page credited to a
 * publisher we know but hosted elsewhere (a copy on a document-sharing site can be altered and
 * vanish), and a quote that is not in the language the source is written in (a translation passed
 * off as a quote cannot be found on the page).
 */
export function sourceProblems(entry: Entry, located: LocatedFile): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  entry.sources.forEach((source, index) => {
    const publisher = knownPublisher(source.publisher);
    if (publisher && !isOnPublisherSite(source.url, publisher)) {
      problems.push(
        problemAt(
          located,
          ['sources', index, 'url'],
          `is not on ${publisher.name}'s own site (${publisher.sites.join(', ')}): cite the page where ${publisher.name} published it, not a copy`,
        ),
      );
    }
    const declared = sourceLanguage(source);
    if (!isLanguage(declared)) return;
    const found = decideLanguage(languageVotes(tokenize(source.quote).map((token) => token.folded)), declared);
    if (found !== declared) {
      problems.push(
        problemAt(
          located,
          ['sources', index, 'quote'],
          `reads as ${languageNames[found]}, but the source is written in ${languageNames[declared]}: copy the quote as the page has it, never a translation (or correct the source's "language")`,
        ),
      );
    }
  });
  return problems;
}
