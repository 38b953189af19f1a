import { compileCues } from './compile-cues';

/**
 * Words that warn the reader a myth follows ("A common myth claims…"). The warning primes people
 * to read the myth sceptically (Debunking Handbook 2020: "warn that a myth is coming").
 */
export const warningCues = compileCues({
  en: [
    'myths?', 'false(?:ly)? (?:claims?|claimed|stories|story|rumou?rs?|ideas?)', 'falsely',
    'misleading (?:claims?|posts?|stories|story|figures?)', 'rumou?rs?', 'hoax(?:es)?', 'misconceptions?',
    'misinformation', 'disinformation', 'untrue', 'you (?:may|might) have (?:seen|heard|read)',
    '(?:some|many) (?:people )?(?:claim|say|believe|argue|insist)', 'it is (?:often |sometimes |widely )?(?:claimed|said|suggested)',
    "(?:it's|it has been) (?:claimed|said)", "don't be fooled", 'a (?:viral )?(?:post|video|claim|story) (?:claims|says|suggests)',
    '(?:viral )?posts? (?:claim|say)', 'claims? (?:circulating|going round|going around)', 'contrary to',
  ],
  fr: [
    'mythes?', 'rumeurs?', 'idees? recues?', 'fausses? (?:informations?|affirmations?|idees?|nouvelles?)', 'intox', 'infox',
    'desinformation', 'canulars?', 'on (?:entend|lit) (?:souvent|parfois|partout)', 'certains (?:pretendent|affirment|disent|croient)',
    'il est (?:souvent |parfois )?(?:dit|affirme|pretendu)', 'pretend(?:ent)?', 'une (?:publication|video|rumeur) (?:affirme|pretend)',
    'contrairement a', 'a tort',
  ],
  de: [
    'mythos', 'mythen', 'geruchte?', 'falschbehauptung(?:en)?', 'falsche (?:behauptung|information|meldung|vorstellung)(?:en)?',
    'irrglaube[n]?', 'man hort (?:oft|haufig|immer wieder)', '(?:manche|einige|viele) (?:behaupten|sagen|glauben)',
    'es wird (?:oft |haufig |immer wieder )?behauptet', 'angeblich', 'desinformation', 'falschmeldung(?:en)?',
    'ein (?:beitrag|video|post) (?:behauptet|suggeriert)', 'entgegen', 'falschlicherweise',
  ],
  es: [
    'bulos?', 'mitos?', 'falsas? (?:afirmaciones|afirmacion|informaciones|informacion|creencias?|noticias?)', 'rumor(?:es)?',
    'se (?:dice|afirma|repite) que', 'circula(?:n)?', '(?:algunos|muchos) (?:dicen|afirman|aseguran|creen)',
    '(?:hay|existe) quien (?:dice|afirma)', 'desinformacion', 'enganos[oa]s?', 'falsamente',
    'una? (?:publicacion|video|mensaje) (?:afirma|asegura|dice)', 'contrariamente a',
  ],
  it: [
    'miti', 'mito', 'bufal[ae]', 'false? (?:affermazioni|affermazione|notizie|notizia|credenze|credenza)', 'voci? (?:che )?circola(?:no)?',
    'si sente (?:spesso )?dire', '(?:alcuni|molti) (?:dicono|sostengono|affermano|credono)', 'disinformazione', 'fake news',
    'notizi[ae] fals[ae]', 'erroneamente', 'contrariamente a', 'circola(?:no)? (?:la|una|le) (?:voce|voci|notizia|notizie|bufala)',
    'voci? infondat[ae]', 'infondat[oaie]',
  ],
});
