import type { Sandwich } from '../schema/draft';
import type { Entry } from '../schema/entry';
import type { Language } from '../schema/language';
import { warningPhrases } from '../language/cues/warning-phrases';
import { splitSentences } from '../language/sentences';

/**
 * The sandwich an entry makes on its own, with no audience or channel: its fact, a warning and
 * its myth statement, its explanation, and its fact's first sentence again with the source.
 * The template composer builds on this; the linter's tests use it to check the library itself.
 */
export function entrySandwich(entry: Entry, language: Language = entry.language): Sandwich {
  const translation = language === entry.language ? undefined : entry.translations[language];
  const fact = translation?.fact ?? entry.fact;
  const warning = translation?.warning ? `${translation.warning.trim()} ` : warningPhrases[language];
  const myth = translation?.myth ?? entry.myth.statement;
  const firstSentence = splitSentences(fact)[0]?.text ?? fact;
  const source = entry.sources[0]!;
  return {
    fact,
    myth: `${warning}${language === 'de' ? myth : myth.charAt(0).toLocaleLowerCase() + myth.slice(1)}`,
    explanation: translation?.explanation ?? entry.explanation.text,
    factAgain: `${firstSentence} (${source.publisher}, ${source.year})`,
  };
}
