import type { Language } from '../../schema/language';

/**
 * Neutral words for a loaded term, written in the term's own grammatical form: its number, its
 * gender, its case and its first sound. Then the words around it still agree when it is swapped
 * in: "l'invasion" becomes "l'arrivée massive", "den Asylanten" becomes "den Menschen im
 * Asylverfahren", "i clandestini" becomes "i migranti irregolari". `$1` stands for the term's
 * first group (an ending kept as written: "Sozialschmarotzern" → "Leistungsbeziehern").
 */
export type NeutralWording =
  | string
  | {
      text: string;
      /**
       * English only, when the neutral words do not count as the term does: "an invasion" becomes
       * "large-scale immigration", a mass noun, so "an" goes.
       */
      countsAs?: 'singular' | 'plural' | 'mass';
      /** The wording where the term is an adjective beside a noun: "immigrati clandestini" → "immigrati irregolari". */
      asAdjective?: string;
      /** The term is a verb too ("they swarm the border"): replaced only where "a", "the"… or "of" shows it is the noun. */
      nounOnlyAfterDeterminer?: boolean;
    };

/**
 * Slurs, dehumanising metaphors and the myth-spreaders' own lingo. Repeating them spreads their
 * frame even in a rebuttal: "stories should not employ the aggressors' insider lingo"
 * (Phillips, The Oxygen of Amplification, 2018). Patterns are folded (lower case, no accents).
 */
export type LoadedTerm = {
  pattern: string;
  kind: 'dehumanising' | 'slur' | 'lingo' | 'conspiracy';
  /**
   * A neutral wording per language the term is used in; missing where the term should simply go,
   * or where no swap reads as a sentence (a verb: "they are invading" has no one-word neutral twin).
   */
  replacement?: Partial<Record<Language, NeutralWording>>;
  /** What to do instead where nothing can be swapped in: the rule says it in words (loaded-language's messages). */
  advice?: 'sayWhatHappens' | 'callItConspiracy';
  /** Only in sections in these languages: elsewhere the word means something else (Italian "illegale"). */
  languages?: Language[];
};

const sayWhatHappens = 'sayWhatHappens' as const;
const nameItAsConspiracy = 'callItConspiracy' as const;

export const loadedTerms: LoadedTerm[] = [
  // English
  { pattern: 'illegals', kind: 'slur', replacement: { en: 'people without legal status' } },
  { pattern: 'illegal (?:alien|immigrant|migrant)', kind: 'lingo', replacement: { en: 'undocumented immigrant' } },
  { pattern: 'illegal (?:aliens|immigrants|migrants)', kind: 'lingo', replacement: { en: 'undocumented immigrants' } },
  {
    // The same word in English, French, Spanish ("invasión") and German.
    pattern: 'invasion',
    kind: 'lingo',
    replacement: {
      en: { text: 'large-scale immigration', countsAs: 'mass' },
      fr: 'arrivée massive',
      es: 'llegada masiva',
      de: 'Zuwanderung in großem Umfang',
    },
  },
  { pattern: 'invasions', kind: 'lingo', replacement: { en: 'large-scale arrivals', fr: 'arrivées massives' } },
  { pattern: 'invader', kind: 'lingo', replacement: { en: 'newcomer' } },
  { pattern: 'invaders', kind: 'lingo', replacement: { en: 'newcomers' } },
  { pattern: 'invad(?:e|es|ed|ing)', kind: 'lingo', advice: sayWhatHappens },
  {
    pattern: 'swarm',
    kind: 'dehumanising',
    replacement: { en: { text: 'large group', nounOnlyAfterDeterminer: true } },
    advice: sayWhatHappens,
  },
  {
    pattern: 'swarms',
    kind: 'dehumanising',
    replacement: { en: { text: 'large groups', nounOnlyAfterDeterminer: true } },
    advice: sayWhatHappens,
  },
  { pattern: 'swarm(?:ing|ed)', kind: 'dehumanising', advice: sayWhatHappens },
  {
    pattern: 'flood(s?) of (migrants|immigrants|refugees|asylum seekers)',
    kind: 'dehumanising',
    replacement: { en: 'large number$1 of $2' },
  },
  { pattern: '(?:migrants?|immigrants?|refugees?) (?:are )?flooding', kind: 'dehumanising', advice: sayWhatHappens },
  { pattern: 'horde', kind: 'dehumanising', replacement: { en: 'large group' } },
  { pattern: 'hordes', kind: 'dehumanising', replacement: { en: 'large groups' } },
  { pattern: '(?:cockroach(?:es)?|vermin|infest\\w*|parasites?)', kind: 'dehumanising' },
  { pattern: 'great replacement', kind: 'conspiracy', advice: nameItAsConspiracy },
  {
    pattern: 're-?migration',
    kind: 'lingo',
    replacement: { en: 'mass deportation', fr: 'déportation massive', de: 'Massenabschiebung' },
  },
  { pattern: 'anchor baby', kind: 'slur', replacement: { en: 'child born in the country' } },
  { pattern: 'anchor babies', kind: 'slur', replacement: { en: 'children born in the country' } },
  { pattern: 'chain migration', kind: 'lingo', replacement: { en: 'family reunification' } },
  { pattern: 'boat people', kind: 'lingo', replacement: { en: 'people crossing by boat' } },
  { pattern: '(?:benefit |welfare )?scrounger', kind: 'slur', replacement: { en: 'person claiming benefits' } },
  { pattern: '(?:benefit |welfare )?scroungers', kind: 'slur', replacement: { en: 'people claiming benefits' } },
  { pattern: 'welfare queen', kind: 'slur', replacement: { en: 'person receiving welfare' } },
  { pattern: 'welfare queens', kind: 'slur', replacement: { en: 'people receiving welfare' } },
  { pattern: 'migrant crime', kind: 'lingo', replacement: { en: 'crime by migrants' } },
  { pattern: 'rapefugees?', kind: 'slur' },
  { pattern: '(?:eurabia|londonistan)', kind: 'conspiracy', advice: nameItAsConspiracy },
  { pattern: 'fake refugee', kind: 'lingo', replacement: { en: 'person whose asylum claim was refused' } },
  { pattern: 'fake refugees', kind: 'lingo', replacement: { en: 'people whose asylum claims were refused' } },
  // French
  { pattern: 'clandestins?', kind: 'lingo', replacement: { fr: 'sans-papiers' } },
  { pattern: 'envahisseur', kind: 'lingo', replacement: { fr: 'immigrant' } },
  { pattern: 'envahisseurs', kind: 'lingo', replacement: { fr: 'immigrants' } },
  { pattern: 'envahi(?:r|t|ssent|ssant)', kind: 'lingo', advice: sayWhatHappens },
  { pattern: 'envahissement', kind: 'lingo', replacement: { fr: 'afflux' } },
  { pattern: 'grand remplacement', kind: 'conspiracy', advice: nameItAsConspiracy },
  { pattern: 'submersion(?: migratoire)?', kind: 'dehumanising', replacement: { fr: 'forte immigration' } },
  { pattern: 'racailles?', kind: 'slur' },
  { pattern: 'ensauvagement', kind: 'lingo' },
  { pattern: 'francais de papier', kind: 'slur' },
  // German
  { pattern: 'asylant', kind: 'slur', replacement: { de: 'Mensch im Asylverfahren' } },
  { pattern: 'asylanten', kind: 'slur', replacement: { de: 'Menschen im Asylverfahren' } },
  { pattern: 'asylantin', kind: 'slur', replacement: { de: 'Frau im Asylverfahren' } },
  { pattern: 'asylantinnen', kind: 'slur', replacement: { de: 'Frauen im Asylverfahren' } },
  { pattern: '(?:umvolkung|bevolkerungsaustausch)', kind: 'conspiracy', advice: nameItAsConspiracy },
  { pattern: 'uberfremdung', kind: 'lingo', replacement: { de: 'Zuwanderung' } },
  { pattern: '(?:fluchtlings|asyl)flut', kind: 'dehumanising', replacement: { de: 'Fluchtmigration' } },
  { pattern: 'migrantenflut', kind: 'dehumanising', replacement: { de: 'Zuwanderung' } },
  { pattern: 'sozialschmarotzer(in|innen|n|s)?', kind: 'slur', replacement: { de: 'Leistungsbezieher$1' } },
  { pattern: 'sozialtourist\\w*', kind: 'slur' },
  { pattern: 'messer(?:migrant|mann|manner)\\w*', kind: 'slur' },
  { pattern: 'goldstucke', kind: 'slur' },
  { pattern: 'passdeutsche', kind: 'slur' },
  {
    pattern: 'illegal(e|en)',
    kind: 'lingo',
    replacement: { de: { text: 'Menschen ohne Aufenthaltsstatus', asAdjective: 'irregulär$1' } },
    languages: ['de'],
  },
  // Spanish
  {
    pattern: 'ilegales',
    kind: 'slur',
    replacement: { es: { text: 'migrantes en situación irregular', asAdjective: 'en situación irregular' } },
  },
  { pattern: 'mena', kind: 'slur', replacement: { es: 'menor extranjero no acompañado' }, languages: ['es'] },
  { pattern: 'menas', kind: 'slur', replacement: { es: 'menores extranjeros no acompañados' }, languages: ['es'] },
  { pattern: 'invasores', kind: 'lingo', replacement: { es: 'recién llegados' } },
  { pattern: 'invasiones', kind: 'lingo', replacement: { es: 'llegadas masivas' } },
  { pattern: 'avalancha', kind: 'dehumanising', replacement: { es: 'llegada masiva' } },
  { pattern: 'avalanchas', kind: 'dehumanising', replacement: { es: 'llegadas masivas' } },
  { pattern: 'paguita', kind: 'lingo', replacement: { es: 'ayuda' } },
  { pattern: 'paguitas', kind: 'lingo', replacement: { es: 'ayudas' } },
  { pattern: 'remigracion', kind: 'lingo', replacement: { es: 'deportación masiva' } },
  { pattern: 'gran (?:reemplazo|sustitucion)', kind: 'conspiracy', advice: nameItAsConspiracy },
  { pattern: 'moros', kind: 'slur', languages: ['es'] },
  // Italian
  { pattern: 'clandestino', kind: 'lingo', replacement: { it: { text: 'migrante irregolare', asAdjective: 'irregolare' } } },
  { pattern: 'clandestini', kind: 'lingo', replacement: { it: { text: 'migranti irregolari', asAdjective: 'irregolari' } } },
  { pattern: 'invasione', kind: 'lingo', replacement: { it: 'immigrazione su larga scala' } },
  { pattern: 'invasori', kind: 'lingo', replacement: { it: 'immigrati' } },
  { pattern: 'remigrazione', kind: 'lingo', replacement: { it: 'deportazione di massa' } },
  { pattern: 'sostituzione etnica', kind: 'conspiracy', advice: nameItAsConspiracy },
  { pattern: 'risorse boldriniane', kind: 'slur' },
  { pattern: 'finto profugo', kind: 'lingo', replacement: { it: 'richiedente asilo respinto' } },
  { pattern: 'finti profughi', kind: 'lingo', replacement: { it: 'richiedenti asilo respinti' } },
  // Dutch, Polish, Swedish, Greek, Portuguese: the plainest slurs and conspiracy names only, each
  // in its own language. Polish and Greek words change their endings by case, so where one
  // neutral word would not fit every form, the finding advises instead of swapping.
  { pattern: 'gelukszoekers?|gelukzoekers?', kind: 'slur', languages: ['nl'] },
  { pattern: 'omvolking', kind: 'conspiracy', advice: nameItAsConspiracy, languages: ['nl'] },
  { pattern: 'asieltsunami', kind: 'dehumanising', replacement: { nl: 'grote instroom van asielzoekers' }, languages: ['nl'] },
  { pattern: 'nachodzc\\p{L}*', kind: 'slur', languages: ['pl'] },
  { pattern: 'wielk\\p{L}* wymian\\p{L}*', kind: 'conspiracy', advice: nameItAsConspiracy, languages: ['pl'] },
  { pattern: 'lycksokare(?:n|na)?', kind: 'slur', languages: ['sv'] },
  { pattern: 'folkutbyte(?:t)?', kind: 'conspiracy', advice: nameItAsConspiracy, languages: ['sv'] },
  { pattern: 'λαθρομεταναστ\\p{L}*', kind: 'slur', languages: ['el'] },
  { pattern: 'λαθροεισβολε\\p{L}*', kind: 'slur', languages: ['el'] },
  { pattern: 'grande substituicao', kind: 'conspiracy', advice: nameItAsConspiracy, languages: ['pt'] },
];

/** Each kind of term in the words of loaded-language's message (its catalogue translates the kind). */
export const loadedTermKinds: Record<LoadedTerm['kind'], string> = {
  dehumanising: 'dehumanising language',
  slur: 'a slur',
  lingo: "the myth-spreaders' own lingo",
  conspiracy: 'the name of a conspiracy theory',
};
