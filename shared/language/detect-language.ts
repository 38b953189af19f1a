import { languageSchema, type Language } from '../schema/language';
import { isStopword } from './stopwords';

const languages = languageSchema.options;

/**
 * The languages a word is a function word of, worked out once per word: with ten languages, a
 * lookup per language per word on every keystroke would add up. Drafts and posts reuse words.
 */
function languagesOf(word: string): readonly Language[] {
  let found = languagesByWord.get(word);
  if (!found) {
    if (languagesByWord.size > 50_000) languagesByWord.clear();
    languagesByWord.set(word, (found = languages.filter((language) => isStopword(word, language))));
  }
  return found;
}
const languagesByWord = new Map<string, readonly Language[]>();

/**
 * Guesses a text's language from its function words ("the", "les", "und", "los", "gli"). Posts
 * are short and informal, so it is a vote, with English winning ties (the library's default).
 */
export function detectLanguage(foldedWords: readonly string[], fallback: Language = 'en'): Language {
  const counts = {} as Record<Language, number>;
  for (const language of languages) counts[language] = 0;
  for (const word of foldedWords) for (const language of languagesOf(word)) counts[language]++;
  let best = fallback;
  let bestVotes = 0;
  for (const language of languages) {
    const votes = counts[language];
    if (votes > bestVotes || (votes === bestVotes && votes > 0 && language === fallback)) {
      best = language;
      bestVotes = votes;
    }
  }
  return best;
}

export type LanguageVotes = Record<Language, number>;

/**
 * How strongly a passage's function words point to each language: a word that is a function word
 * in several languages ("a", "de", "in") shares its vote among them, so "die Zahlen" weighs for
 * German more than "a" weighs for anything.
 */
export function languageVotes(foldedWords: readonly string[]): LanguageVotes {
  const votes = {} as LanguageVotes;
  for (const language of languages) votes[language] = 0;
  for (const word of foldedWords) {
    const of = languagesOf(word);
    for (const language of of) votes[language] += 1 / of.length;
  }
  return votes;
}

/**
 * The language a passage is written in, when it is not the one the draft declares: an English
 * section in a draft marked French is English. The declared language wins unless the votes
 * plainly say otherwise (at least two words' worth for another language, and half as much again
 * as for the declared one), so a short "Merci !" or a name does not switch it.
 */
export function decideLanguage(votes: LanguageVotes, declared: Language): Language {
  let best = declared;
  for (const language of languages) if (votes[language] > votes[best]) best = language;
  if (best === declared) return declared;
  return votes[best] >= 2 && votes[best] >= 1.5 * votes[declared] + 0.5 ? best : declared;
}

/** Adds up the votes of several passages (the sections of one draft). */
export function addVotes(all: readonly LanguageVotes[]): LanguageVotes {
  const sum = {} as LanguageVotes;
  for (const language of languages) sum[language] = all.reduce((total, votes) => total + votes[language], 0);
  return sum;
}
