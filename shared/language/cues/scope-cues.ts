import { compileWordCues } from './word-cues';

/**
 * Words that open a sentence with its scope rather than its claim ("In the UK,", "Across the
 * EU,", "According to the ONS,"): a first clause that starts with one and ends at a comma is
 * where or by whom, not what.
 */
export const scopeOpeners = compileWordCues({
  en: ['in', 'across', 'at', 'among', 'for', 'since', 'according to', 'worldwide', 'globally', 'overall', 'nationally'],
  fr: ['en', 'au', 'aux', 'dans', 'a', 'pour', 'selon', "d'apres", 'depuis', 'parmi'],
  de: ['in', 'im', 'bei', 'fur', 'laut', 'seit', 'unter', 'weltweit', 'insgesamt'],
  es: ['en', 'para', 'segun', 'desde', 'entre', 'a nivel'],
  it: ['in', 'nel', 'nella', 'negli', 'nei', 'per', 'secondo', 'dal', 'dalla', 'tra', 'fra'],
});

/**
 * Words that say something exists ("there are", "es gibt", "il y a", "hay", "ci sono"). A
 * negated one reaches into the clause that describes what does not exist: "there are no areas
 * where police cannot go" says police can go everywhere.
 */
export const existentialWords = compileWordCues({
  en: ['there is', 'there are', "there's", 'there was', 'there were'],
  fr: ['il y a', "n'y a", 'il existe', "n'existe", "n'existent", 'existe', 'existent'],
  de: ['es gibt', 'gibt es'],
  es: ['hay', 'existe', 'existen', 'habia'],
  it: ['ci sono', "c'e", 'esiste', 'esistono', "c'era", "c'erano"],
});

/**
 * Words that say what a myth or a rumour is about ("a hoax about Sweden and rape", « la rumeur
 * sur les aides », „ein Gerücht über Flüchtlinge“, "el bulo sobre los menores", "una bufala
 * sulla Svezia"): straight after a warning or a hedge, what follows up to the next break names
 * the myth's topic, it does not claim anything.
 */
export const topicPrepositions = compileWordCues({
  en: ['about', 'on', 'regarding', 'concerning'],
  fr: ['sur', 'concernant', 'a propos de', 'au sujet de'],
  de: ['uber', 'zu', 'zum', 'zur', 'rund um'],
  es: ['sobre', 'acerca de', 'en torno a'],
  it: ['su', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'riguardo', 'riguardo a', 'circa'],
});

/** Question words that turn what follows a topic preposition into an indirect question ("about how many…", « sur ce que… »). */
export const indirectQuestions = compileWordCues({
  en: ['how', 'what', 'whether', 'who', 'why', 'which'],
  fr: ['ce que', 'combien', 'comment', 'qui', 'pourquoi', 'quoi'],
  de: ['wie', 'was', 'wer', 'warum', 'ob', 'wieviel', 'wie viel', 'wie viele'],
  es: ['cuanto', 'cuantos', 'cuanta', 'cuantas', 'lo que', 'como', 'quien', 'quienes', 'por que', 'que'],
  it: ['quanto', 'quanti', 'quante', 'quanta', 'cosa', 'che cosa', 'quello che', 'come', 'chi', 'perche'],
});
