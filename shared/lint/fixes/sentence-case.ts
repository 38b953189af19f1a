import type { Language } from '../../schema/language';

// Names that keep their capital when a sentence becomes the second half of another: peoples,
// faiths, places and institutions a myth about immigration names ("Muslims", "the Home Office").
const properName =
  /^(?:[\p{Lu}\d]{2,}|(?:Muslim|Islam|Christian|Jew|Hindu|Sikh|Arab|Afghan|Syria|Iraq|Iran|Eritrea|Sudan|Somali|Albania|Romania|Bulgaria|Polish|Poles\b|Ukrain|Russia|Turk|Africa|Asia\b|Asian|Europ|America|Mexic|Latin|Hispanic|Brit|English|England|Scot|Welsh|Wales|Irish|Ireland|France|French|German|Deutsch|Spain|Spanish|Espa|Ital|Dutch|Chin|India|Pakistan|Bangladesh|Nigeria|Morocc|Maroc|Marrue|Alger|Argel|Tunis|London|Paris|Berlin|Madrid|Rome\b|Roma\b|Brussels|Bruxelles|Christmas|Sharia|Brexit|Frontex|Lampedusa|Calais|Dover|Home Office|NHS|Labour|Tory|Tories|Congress|Parliament|Allemagne|Espagne|Italie|Francia|Frankreich|Spanien|Italien|Alemania|Germania|Spagna|Nederland|Belgi|Vlaander|Wallon|Polsk|Polska|Polen|Sverige|Svensk|Zweden|Österreich|Oostenrijk|Portugal|Portugu|Lisboa|Warszaw|Stockholm|Amsterdam|Ελλάδ|Έλλην|Ελλην|Αθήν|Grécia|Grecia|Irland|Dublin|Unia|UE\b|EU\b))/u;

/**
 * A sentence made to follow a warning ("A common myth claims that …"): its first letter is
 * lower-cased unless it starts a name. German keeps its capitals (nouns, and a whole sentence
 * after a colon); opening quotes and brackets are stepped over.
 */
export function continueSentence(sentence: string, language: Language): string {
  if (language === 'de') return sentence;
  const first = sentence.search(/\p{L}/u);
  const rest = sentence.slice(first);
  if (first === -1 || properName.test(rest) || (language === 'en' && /^I\b/.test(rest))) return sentence;
  return sentence.slice(0, first) + sentence.charAt(first).toLocaleLowerCase() + sentence.slice(first + 1);
}

/**
 * A warning phrase followed by the writer's sentence: the sentence continues after it, French
 * "que" elides before a vowel ("Une rumeur prétend qu’ils…"), and after a German or Swedish
 * colon a whole sentence starts with a capital ("Ein verbreiteter Mythos lautet: Sie bekommen…",
 * "En vanlig myt lyder: De får…").
 */
export function afterWarning(phrase: string, sentence: string, language: Language): string {
  if (language === 'de')
    return phrase.endsWith(': ') ? phrase + sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1) : phrase + sentence;
  if (language === 'sv' && phrase.endsWith(': ')) return phrase + sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
  const rest = continueSentence(sentence, language);
  if (language === 'fr' && phrase.endsWith('que ') && /^[aeiouyhàâéèêëîïôûü]/i.test(rest)) return `${phrase.slice(0, -2)}’${rest}`;
  return phrase + rest;
}
