import type { Language } from '../schema/language';

/**
 * A deliberately light stemmer: enough for "takes/taking/take" or "Flüchtlinge/Flüchtling" to
 * meet when comparing a draft with a myth, cheap enough to run on every keystroke. Dutch, Polish,
 * Swedish, Greek and Portuguese have none yet: their words are compared as written (folded), which
 * misses some matches between inflected forms but never makes a false one.
 */
export function stem(folded: string, language: Language): string {
  const key = language + folded;
  let stemmed = cache.get(key);
  if (stemmed === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(key, (stemmed = stemWord(folded, language)));
  }
  return stemmed;
}

// Words repeat: a draft of 5,000 words has perhaps 1,000 distinct ones.
const cache = new Map<string, string>();

function stemWord(folded: string, language: Language): string {
  let word = folded;
  if (language === 'fr' || language === 'it') word = word.replace(/^(?:l|d|qu|n|s|j|c|m|t|un|dell|all|nell|sull)'/, '');
  if (word.length <= 3) return word;
  switch (language) {
    case 'en':
      word = word.replace(/'s$/, '');
      if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
      if (word.endsWith('ing') && word.length > 5) word = word.slice(0, -3);
      else if (word.endsWith('ed') && word.length > 4) word = word.slice(0, -2);
      else if (word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
      return word.length > 3 && word.endsWith('e') ? word.slice(0, -1) : word;
    case 'de':
      return word.replace(/(?:innen|ern|en|er|es|e|n|s)$/, '') || word;
    case 'fr':
      return word.replace(/(?:ements|ement|euses|euse|eux|aux|es|s|e|x)$/, '') || word;
    case 'es':
    case 'it':
      return word.replace(/(?:mente|iones|ione|es|os|as|i|e|o|a|s)$/, '') || word;
    default:
      return word;
  }
}
