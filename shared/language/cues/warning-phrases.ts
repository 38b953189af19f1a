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
  // Dutch and Swedish put the verb elsewhere after "dat" and "att" ("dat migranten … krijgen"):
  // after a colon the myth keeps its own word order, as in German.
  nl: 'Een veelgehoorde mythe luidt: ',
  pl: 'Krąży mit, że ',
  sv: 'En vanlig myt lyder: ',
  el: 'Κυκλοφορεί ο μύθος ότι ',
  pt: 'Circula o mito de que ',
};

/**
 * What joins a warning to the myth it introduces, matched on folded text right after the warning
 * words: a verb of saying and "that", or a colon, comma or dash ("A common myth:", "Une rumeur
 * prétend que", "Ein Gerücht besagt, dass", "Un bulo dice que").
 */
export const warningJoins: Record<Language, RegExp> = {
  en: /(?:[ \t]+(?:claims?|says?|suggests?|goes|holds|is|has it))?(?:[ \t]+that\b|[ \t]*[:,–—-])[ \t]*|[ \t]+(?:claims?|says?|suggests?)[ \t]+/y,
  fr: /(?:[ \t]+(?:pretend(?:ent)?|affirme(?:nt)?|dit|disent|veut|raconte(?:nt)?|circule))?(?:[ \t]+(?:que|qu')|[ \t]*[:,–—-])[ \t]*/y,
  de: /(?:[ \t]+(?:lautet|besagt|behauptet|sagt|hei(?:ss|ß)t))?[ \t]*(?:,[ \t]*dass\b|[:,–—-])[ \t]*/y,
  es: /(?:[ \t]+(?:dice|dicen|afirma|afirman|asegura|aseguran|sostiene|cuenta|cuentan))?(?:[ \t]+(?:de[ \t]+)?que\b|[ \t]*[:,–—-])[ \t]*/y,
  it: /(?:[ \t]+(?:dice|dicono|afferma|affermano|sostiene|sostengono|racconta))?(?:[ \t]+(?:che|ch')|[ \t]*[:,–—-])[ \t]*/y,
  nl: /(?:[ \t]+(?:luidt|zegt|stelt|beweert|is))?(?:[ \t]+dat\b|[ \t]*[:,–—-])[ \t]*/y,
  pl: /(?:[ \t]+(?:mowi|głosi|twierdzi|brzmi))?(?:[ \t]*,?[ \t]*(?:ze|iz)\b|[ \t]*[:,–—-])[ \t]*/y,
  sv: /(?:[ \t]+(?:lyder|sager|pastar|ar))?(?:[ \t]+att\b|[ \t]*[:,–—-])[ \t]*/y,
  el: /(?:[ \t]+(?:λεει|λενε|υποστηριζει|ισχυριζεται))?(?:[ \t]+(?:οτι|πως)(?!\p{L})|[ \t]*[:,–—-])[ \t]*/uy,
  pt: /(?:[ \t]+(?:diz|dizem|afirma|afirmam|garante|garantem|sustenta))?(?:[ \t]+(?:de[ \t]+)?que\b|[ \t]*[:,–—-])[ \t]*/y,
};
