import { compileWordCues } from './word-cues';

/**
 * Words that turn from what was said to what is so ("but", "in fact", "en réalité",
 * "tatsächlich"): they open a clause, and what follows is asserted again, no longer reported.
 */
export const contrastWords = compileWordCues({
  en: ['but', 'however', 'actually', 'in fact', 'in reality', 'instead', 'yet', 'rather', 'the truth is', 'the reality is', 'really'],
  fr: ['mais', 'pourtant', 'en fait', 'en realite', 'cependant', 'au contraire', 'en verite', 'or'],
  de: ['aber', 'sondern', 'doch', 'jedoch', 'tatsachlich', 'in wirklichkeit', 'in wahrheit', 'vielmehr', 'stattdessen'],
  es: ['pero', 'sino', 'sin embargo', 'en realidad', 'de hecho', 'en cambio', 'al contrario'],
  it: ['ma', 'pero', 'invece', 'tuttavia', 'in realta', 'infatti', 'anzi', 'al contrario'],
});

/**
 * Words that correct what was just said ("In reality, …", "En réalité, …", "Tatsächlich …",
 * "En realidad, …", "In realtà …"): a sentence that opens with one, or has one among its first
 * words, answers the sentence before it, which was therefore a claim being corrected. Italian
 * "infatti" confirms rather than corrects, so it is not listed.
 */
export const correctionWords = compileWordCues({
  en: [
    'in fact',
    'in reality',
    'actually',
    'the truth is',
    'the reality is',
    'in truth',
    'truth is',
    'on the contrary',
    'quite the opposite',
    'the answer is no',
    'the numbers say no',
    'the data say no',
  ],
  fr: [
    'en realite',
    'en fait',
    'en verite',
    'la verite est',
    'la realite est',
    'au contraire',
    'bien au contraire',
    'la reponse est non',
    'les chiffres disent non',
  ],
  de: [
    'tatsachlich',
    'in wirklichkeit',
    'in wahrheit',
    'die wahrheit ist',
    'dabei',
    'im gegenteil',
    'ganz im gegenteil',
    'die antwort ist nein',
    'die zahlen sagen nein',
  ],
  es: [
    'en realidad',
    'de hecho',
    'la verdad es',
    'lo cierto es',
    'la realidad es',
    'al contrario',
    'todo lo contrario',
    'la respuesta es no',
    'los datos dicen que no',
  ],
  it: [
    'in realta',
    'infatti',
    'di fatto',
    'la verita e',
    'in verita',
    'la realta e',
    'al contrario',
    'anzi',
    'la risposta e no',
    'dicono di no',
  ],
});
