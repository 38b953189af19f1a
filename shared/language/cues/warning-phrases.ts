import type { Language } from '../../schema/language';

/**
 * Ready-made openings for the myth section, per language. Each keeps the word order of the
 * sentence that follows, so it can be put in front of an existing sentence.
 */
export const warningPhrases: Record<Language, string> = {
  en: 'A common myth claims that ',
  fr: 'Une rumeur prétend que ',
  de: 'Ein verbreiteter Mythos lautet: ',
  es: 'Circula el bulo de que ',
  it: 'Circola la falsa notizia che ',
};
