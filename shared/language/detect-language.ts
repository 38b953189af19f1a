import { languageSchema, type Language } from '../schema/language';
import { isStopword } from './stopwords';

const languages = languageSchema.options;

/**
 * Guesses a text's language from its function words ("the", "les", "und", "los", "gli"). Posts
 * are short and informal, so it is a vote, with English winning ties (the library's default).
 */
export function detectLanguage(foldedWords: readonly string[], fallback: Language = 'en'): Language {
  let best = fallback;
  let bestVotes = 0;
  for (const language of languages) {
    let votes = 0;
    for (const word of foldedWords) if (isStopword(word, language)) votes++;
    if (votes > bestVotes || (votes === bestVotes && votes > 0 && language === fallback)) {
      best = language;
      bestVotes = votes;
    }
  }
  return best;
}
