import { compileCues } from './compile-cues';

/**
 * Names of misleading techniques (FLICC) and common fallacies. Naming how a myth misleads
 * inoculates against the next myth that uses the same trick (John Cook, FLICC).
 */
export const techniqueCues = compileCues({
  en: [
    'cherry[- ]?pick\\w*', 'selective\\w*', 'fake experts?', '(?:logical )?fallac\\w*', 'conspirac\\w*', 'impossible expectations?',
    '(?:misleading|false|unfair) (?:comparison|equivalence|dilemma|choice|cause)s?', 'apples (?:and|with|to) oranges', 'anecdot\\w*',
    'correlation', '(?:leaves|leave|left|leaving) out', 'ignor(?:es|ing|e|ed)', 'out of context', 'exaggerat\\w*', 'misrepresent\\w*',
    'generali[sz]\\w*', 'straw ?man', 'scapegoat\\w*', 'double[- ]count\\w*', 'outdated', 'out of date', 'made[- ]up', 'invented',
    'single (?:case|example|incident)', 'one[- ]off', 'doctored', 'old (?:video|photo|footage|image)',
  ],
  fr: [
    'cueillette (?:de|des) cerises', 'selecti\\w*', 'faux experts?', 'sophism\\w*', 'complot\\w*', 'comparaisons? (?:trompeuses?|fallacieuses?|biaisees?|fausses?)',
    'generalis\\w*', 'anecdot\\w*', 'hors (?:de son )?contexte', 'exager\\w*', 'amalgam\\w*', 'bouc emissaire', 'omet\\w*', 'ignore\\w*',
    'passe sous silence', 'invente\\w*', 'perime\\w*',
  ],
  de: [
    'rosinenpick\\w*', 'selektiv\\w*', 'scheinexpert\\w*', 'falsche experten', 'fehlschluss\\w*', 'trugschluss\\w*', 'verschworung\\w*',
    '(?:irrefuhrend|falsch|schief)\\w* vergleich\\w*', 'verallgemeiner\\w*', 'anekdot\\w*', 'aus dem zusammenhang', 'ubertrieb\\w*',
    'ubertreib\\w*', 'sundenbock', 'verschweigt', 'ignoriert', 'lasst (?:weg|aus)', 'erfunden\\w*', 'veraltet\\w*',
  ],
  es: [
    'seleccion\\w*', 'cherry picking', 'falsos expertos', 'falacia\\w*', 'conspira\\w*', 'comparacion(?:es)? (?:enganosas?|falsas?|tramposas?)',
    'generaliza\\w*', 'anecdot\\w*', 'fuera de contexto', 'exager\\w*', 'chivo expiatorio', 'omite\\w*', 'ignora\\w*', 'oculta\\w*',
    'inventad\\w*', 'desfasad\\w*',
  ],
  it: [
    'cherry picking', 'selezion\\w*', 'falsi esperti', 'fallaci\\w*', 'complott\\w*', 'confront\\w* (?:fuorviant\\w*|fals\\w*)',
    'generalizz\\w*', 'aneddot\\w*', 'fuori (?:dal )?contesto', 'esager\\w*', 'capro espiatorio', 'omette\\w*', 'ignora\\w*', 'tace',
    'inventat\\w*', 'superat\\w*',
  ],
});
