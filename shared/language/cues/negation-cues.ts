import type { Language, ReadingLanguage } from '../../schema/language';
import { compileWordCues } from './word-cues';

/**
 * Words that negate the clause they stand in. Romance languages (and informal English) stack
 * negations without cancelling them ("ne … jamais rien", "no … nunca nada", "don't pay nothing"),
 * so a clause is negated when it holds any of them: negative concord, not double negation.
 * "Without", "sans", "ohne", "sin" and "senza" are left out on purpose: "people without legal
 * status", "sans-papiers" name people, they do not negate a claim.
 */
export const negationWords = compileWordCues({
  en: ['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'cannot', 'nowhere', 'zero', 'nope'],
  fr: ['pas', 'jamais', 'rien', 'aucun', 'aucune', 'nul', 'nulle', 'zero', 'ni', 'et non', 'non pas', 'mais non'],
  de: [
    'nicht',
    'kein',
    'keine',
    'keinen',
    'keinem',
    'keiner',
    'keines',
    'nie',
    'niemals',
    'nichts',
    'niemand',
    'nirgends',
    'weder',
    'null',
  ],
  es: ['no', 'nunca', 'jamas', 'nada', 'nadie', 'ningun', 'ninguno', 'ninguna', 'ningunos', 'ningunas', 'tampoco', 'ni', 'cero'],
  it: ['non', 'mai', 'niente', 'nulla', 'nessuno', 'nessuna', 'nessun', 'neanche', 'nemmeno', 'neppure', 'zero'],
  // The claim reader does not read these languages; the words serve the rules that only ask
  // whether a figure is denied ("niet 45 euro, maar…").
  nl: ['niet', 'geen', 'nooit', 'niets', 'niemand', 'nergens', 'noch'],
  pl: ['nie', 'nigdy', 'nic', 'nikt', 'zaden', 'zadna', 'zadne', 'zadnych', 'ani'],
  sv: ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'ingenting', 'ingen', 'varken'],
  el: ['δεν', 'μην', 'ποτε', 'τιποτα', 'κανεις', 'καμια', 'κανενα', 'ουτε'],
  pt: ['nao', 'nunca', 'jamais', 'nada', 'ninguem', 'nenhum', 'nenhuma', 'nem'],
});

/**
 * Predicates that deny by their meaning: refusing and failing ("refuse to learn English"), being
 * kept out ("closed to police", "interdits à la police", "no-go"), being far from. Unlike "not",
 * they cancel a negation: "no area is closed to police" says police go everywhere.
 */
export const negativePredicates = compileWordCues({
  en: [
    'refuse',
    'refuses',
    'refused',
    'refusing',
    'fail to',
    'fails to',
    'failed to',
    'unwilling',
    'unable',
    'far from',
    'closed to',
    'off limits',
    'forbidden',
    'banned',
    'barred',
    'impossible',
  ],
  fr: [
    'refusent',
    'refuse',
    'incapables',
    'impossible',
    'loin de',
    'interdit',
    'interdits',
    'interdite',
    'interdites',
    'ferme',
    'fermes',
    'fermee',
    'fermees',
  ],
  de: ['weigern', 'weigert', 'verweigern', 'unmoglich', 'weit entfernt', 'verboten', 'gesperrt', 'unzuganglich', 'tabu'],
  es: [
    'se niegan',
    'se niega',
    'rechazan',
    'imposible',
    'lejos de',
    'prohibido',
    'prohibidos',
    'prohibida',
    'prohibidas',
    'vetado',
    'vetados',
    'cerrado',
    'cerrados',
  ],
  it: [
    'rifiutano',
    'rifiuta',
    'si rifiutano',
    'impossibile',
    'lontano da',
    'lontani da',
    'vietato',
    'vietati',
    'vietata',
    'vietate',
    'chiuso',
    'chiusi',
    'interdetto',
    'interdetti',
  ],
});

/**
 * "Without" negates what follows it ("use the NHS without paying in", "go without health
 * insurance", "sans payer", "ohne zu zahlen"), except where it names people by their papers
 * ("people without legal status", "sans-papiers", "sin papeles").
 */
export const privativeWords: Record<ReadingLanguage, { word: string; naming: RegExp }> = {
  en: { word: 'without', naming: /^(?:papers|documents?|legal|status|permission|a)$/ },
  fr: { word: 'sans', naming: /^(?:papiers|titre|documents?|statut|permis|abri)$/ },
  de: { word: 'ohne', naming: /^(?:papiere|aufenthalt\w*|status|dokumente|pass|papieren)$/ },
  es: { word: 'sin', naming: /^(?:papeles|documentos?|permiso|estatus|techo)$/ },
  it: { word: 'senza', naming: /^(?:permesso|documenti|documento|status|fissa|tetto)$/ },
};

/** Contracted negations inside a word: English "don't", "isn't"; French "n'ont", "n'est". */
export const contractedNegation: Partial<Record<Language, RegExp>> = {
  en: /n't$/,
  fr: /^n'/,
};

/**
 * French "ne" is a negation on its own in writing ("ne … que" aside), and turns "plus",
 * "personne" and "guère" into negations: without it they mean "more", "person", "hardly".
 */
export const negationParticles: Partial<Record<Language, { particle: string; completes: readonly string[] }>> = {
  fr: { particle: 'ne', completes: ['plus', 'personne', 'guere'] },
};

/**
 * Word runs that look like a negation and are not one: "not only", "nada más llegar" (as soon as
 * they arrive), "for nothing" (free: "they don't get the NHS for nothing" says they pay), "close to
 * zero" (an amount: "the net effect is close to zero").
 */
export const notNegations = compileWordCues({
  en: [
    'not only',
    'not just',
    'not least',
    'no doubt',
    'no wonder',
    'no matter',
    'nothing new',
    'no go',
    'for nothing',
    'close to zero',
    'near zero',
    'around zero',
  ],
  fr: ['non seulement', 'pas seulement', 'ni plus ni moins', 'pour rien', 'proche de zero', 'pres de zero', 'autour de zero'],
  de: ['nicht nur', 'nicht zuletzt', 'nicht umsonst', 'no go', 'etwa null', 'nahe null', 'nahezu null', 'rund null', 'um null'],
  es: ['no solo', 'no solamente', 'no obstante', 'nada mas', 'no cabe duda', 'cercano a cero', 'cerca de cero', 'proximo a cero'],
  it: ['non solo', 'non soltanto', 'non solamente', 'non a caso', 'vicino allo zero', 'prossimo allo zero', 'intorno allo zero'],
});

/**
 * Bare answers that deny what came before ("No.", "Not really.", "Pas du tout."): said at the
 * start of a sentence, they deny the question or the claim, not the words that follow them.
 */
export const denialAnswers = compileWordCues({
  en: ['no', 'nope', 'nah', 'not really', 'not at all', 'absolutely not', 'of course not', 'certainly not', 'definitely not', 'hardly'],
  fr: ['non', 'pas du tout', 'absolument pas', 'bien sur que non', 'pas vraiment', 'que nenni'],
  de: ['nein', 'keineswegs', 'gar nicht', 'auf keinen fall', 'naturlich nicht', 'nicht wirklich', 'mitnichten'],
  es: ['no', 'para nada', 'en absoluto', 'claro que no', 'de ninguna manera', 'no realmente', 'nada de eso'],
  it: ['no', 'per niente', 'affatto', 'assolutamente no', 'certo che no', 'niente affatto', 'non proprio', 'macche'],
});
