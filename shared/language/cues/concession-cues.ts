import { compileWordCues } from './word-cues';

/**
 * Words that open a concession: the writer grants a point that is true before going on ("To be
 * fair, some groups are exempt…", « Certes, les chiffres ont augmenté », „Zwar sind die Zahlen
 * gestiegen“). What follows is the writer's own admission, not the myth said again, even where it
 * uses the myth's words. Written folded; matched at the start of a sentence.
 */
export const concessionWords = compileWordCues({
  en: [
    'to be fair',
    'admittedly',
    'granted',
    'of course',
    'it is true that',
    "it's true that",
    'it is true',
    "it's true",
    'true',
    'yes',
    'note that',
    'to be clear',
    'fair enough',
    'it is fair to say',
  ],
  fr: [
    'certes',
    'il est vrai que',
    "c'est vrai que",
    "c'est vrai",
    'bien sur',
    'evidemment',
    'precisons que',
    'soyons clairs',
    'reconnaissons',
  ],
  de: ['zwar', 'naturlich', 'freilich', 'zugegeben', 'zugegebenermassen', 'es stimmt', 'richtig ist', 'fairerweise', 'klar ist'],
  es: ['es cierto que', 'es verdad que', 'desde luego', 'por supuesto', 'eso si', 'hay que reconocer', 'conviene aclarar', 'claro que'],
  it: ['certo', 'e vero che', 'e vero', 'va detto che', 'per carita', 'bisogna riconoscere', 'ovviamente', 'naturalmente', 'senza dubbio'],
});
