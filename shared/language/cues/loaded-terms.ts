import type { Language } from '../../schema/language';

/**
 * Slurs, dehumanising metaphors and the myth-spreaders' own lingo. Repeating them spreads their
 * frame even in a rebuttal: "stories should not employ the aggressors' insider lingo"
 * (Phillips, The Oxygen of Amplification, 2018). Patterns are folded (lower case, no accents).
 */
export type LoadedTerm = {
  pattern: string;
  kind: 'dehumanising' | 'slur' | 'lingo' | 'conspiracy';
  /** A neutral wording per language; missing when the term should simply go. */
  replacement?: Partial<Record<Language, string>>;
};

const arrivals = { en: 'arrivals', fr: 'arrivées', de: 'Zuwanderung', es: 'llegadas', it: 'arrivi' };
const withoutStatus = {
  en: 'people without legal status',
  fr: 'personnes sans titre de séjour',
  de: 'Menschen ohne Aufenthaltsstatus',
  es: 'personas en situación irregular',
  it: 'persone senza permesso di soggiorno',
};

export const loadedTerms: LoadedTerm[] = [
  // English
  { pattern: 'illegals', kind: 'slur', replacement: withoutStatus },
  { pattern: 'illegal (?:aliens?|immigrants?|migrants?)', kind: 'lingo', replacement: { ...withoutStatus, en: 'undocumented immigrants' } },
  { pattern: '(?:invasion|invaders?|invading|invade[sd]?)', kind: 'lingo', replacement: arrivals },
  { pattern: 'swarm(?:s|ing|ed)?', kind: 'dehumanising', replacement: { en: 'large numbers' } },
  { pattern: 'flood(?:s|ing|ed)? of (?:migrants|immigrants|refugees|asylum seekers)', kind: 'dehumanising', replacement: arrivals },
  { pattern: '(?:migrants?|immigrants?|refugees?) (?:are )?flooding', kind: 'dehumanising', replacement: { en: 'more people arriving' } },
  { pattern: 'hordes?', kind: 'dehumanising', replacement: { en: 'groups' } },
  { pattern: '(?:cockroach(?:es)?|vermin|infest\\w*|parasites?)', kind: 'dehumanising' },
  { pattern: 'great replacement', kind: 'conspiracy', replacement: { en: 'a conspiracy theory' } },
  { pattern: 're-?migration', kind: 'lingo', replacement: { en: 'mass deportation' } },
  { pattern: 'anchor bab(?:y|ies)', kind: 'slur', replacement: { en: 'children born in the country' } },
  { pattern: 'chain migration', kind: 'lingo', replacement: { en: 'family reunification' } },
  { pattern: 'boat people', kind: 'lingo', replacement: { en: 'people crossing by boat' } },
  { pattern: '(?:benefit |welfare )?scroungers?', kind: 'slur', replacement: { en: 'people claiming benefits' } },
  { pattern: 'welfare queens?', kind: 'slur', replacement: { en: 'people receiving welfare' } },
  { pattern: 'migrant crime', kind: 'lingo', replacement: { en: 'crime' } },
  { pattern: 'rapefugees?', kind: 'slur' },
  { pattern: '(?:eurabia|londonistan)', kind: 'conspiracy' },
  { pattern: 'fake refugees?', kind: 'lingo', replacement: { en: 'people whose asylum claims were refused' } },
  // French
  { pattern: 'clandestins?', kind: 'lingo', replacement: withoutStatus },
  { pattern: '(?:envahisseurs?|envahir|envahissement)', kind: 'lingo', replacement: arrivals },
  { pattern: 'grand remplacement', kind: 'conspiracy', replacement: { fr: 'une théorie du complot' } },
  { pattern: 'submersion(?: migratoire)?', kind: 'dehumanising', replacement: arrivals },
  { pattern: 'racailles?', kind: 'slur' },
  { pattern: 'ensauvagement', kind: 'lingo' },
  { pattern: 'francais de papier', kind: 'slur' },
  // German
  { pattern: 'asylant(?:en|in|innen)?', kind: 'slur', replacement: { de: 'Asylsuchende' } },
  { pattern: '(?:umvolkung|bevolkerungsaustausch)', kind: 'conspiracy', replacement: { de: 'eine Verschwörungserzählung' } },
  { pattern: 'uberfremdung', kind: 'lingo', replacement: { de: 'Zuwanderung' } },
  { pattern: '(?:fluchtlings|asyl|migranten)flut', kind: 'dehumanising', replacement: arrivals },
  { pattern: '(?:sozialtourist|sozialschmarotzer)\\w*', kind: 'slur', replacement: { de: 'Menschen, die Sozialleistungen beziehen' } },
  { pattern: 'messer(?:migrant|mann|manner)\\w*', kind: 'slur' },
  { pattern: 'goldstucke', kind: 'slur' },
  { pattern: 'passdeutsche', kind: 'slur' },
  { pattern: 'illegale', kind: 'slur', replacement: withoutStatus },
  // Spanish
  { pattern: 'ilegales', kind: 'slur', replacement: withoutStatus },
  { pattern: 'menas?', kind: 'slur', replacement: { es: 'menores extranjeros no acompañados' } },
  { pattern: 'invasores', kind: 'lingo', replacement: arrivals },
  { pattern: 'avalanchas?', kind: 'dehumanising', replacement: arrivals },
  { pattern: 'paguitas?', kind: 'lingo', replacement: { es: 'ayudas' } },
  { pattern: 'gran (?:reemplazo|sustitucion)', kind: 'conspiracy', replacement: { es: 'una teoría conspirativa' } },
  { pattern: 'moros', kind: 'slur' },
  // Italian
  { pattern: 'clandestin[io]', kind: 'lingo', replacement: withoutStatus },
  { pattern: 'invasione|invasori', kind: 'lingo', replacement: arrivals },
  { pattern: 'sostituzione etnica', kind: 'conspiracy', replacement: { it: 'una teoria del complotto' } },
  { pattern: 'risorse boldriniane', kind: 'slur' },
  { pattern: 'finti profughi', kind: 'lingo', replacement: { it: 'persone la cui domanda di asilo è stata respinta' } },
];

export const loadedTermKinds: Record<LoadedTerm['kind'], string> = {
  dehumanising: 'dehumanising language',
  slur: 'a slur',
  lingo: "the myth-spreaders' own lingo",
  conspiracy: 'the name of a conspiracy theory',
};
