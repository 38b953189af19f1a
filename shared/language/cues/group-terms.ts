import { languageSchema, type Language, type ReadingLanguage } from '../../schema/language';
import { stem } from '../stem';

/**
 * The words for the people the myths are about. Drafts and myths name them in different words
 * ("immigrants", "migrants", "asylum seekers", "they"), so they are not what tells one claim from
 * another: "migrants take jobs" and "immigrants take jobs" are one claim. Compared as stems.
 */
const groupWords: Record<ReadingLanguage, readonly string[]> & Partial<Record<Language, readonly string[]>> = {
  en: [
    'migrant',
    'migrants',
    'immigrant',
    'immigrants',
    'refugee',
    'refugees',
    'asylum',
    'seeker',
    'seekers',
    'foreigner',
    'foreigners',
    'newcomer',
    'newcomers',
    'undocumented',
    'illegals',
    'alien',
    'aliens',
    'noncitizens',
    'non',
    'citizens',
    'immigration',
    'migration',
  ],
  fr: [
    'migrant',
    'migrants',
    'immigre',
    'immigres',
    'immigrant',
    'immigrants',
    'refugie',
    'refugies',
    'etranger',
    'etrangers',
    'demandeur',
    'demandeurs',
    'asile',
    "d'asile",
    'clandestin',
    'clandestins',
    'exile',
    'exiles',
    'arrivant',
    'arrivants',
    'sans',
    'papiers',
    'immigration',
    'migration',
    'migratoire',
  ],
  de: [
    'migrant',
    'migranten',
    'migrantinnen',
    'fluchtling',
    'fluchtlinge',
    'gefluchtete',
    'gefluchteten',
    'auslander',
    'asylbewerber',
    'asylsuchende',
    'asylsuchenden',
    'zuwanderer',
    'neuankommling',
    'neuankommlinge',
    'einwanderer',
    'zugewanderte',
    'zugewanderten',
    'asylant',
    'asylanten',
    'einwanderung',
    'zuwanderung',
    'migration',
    'masseneinwanderung',
  ],
  es: [
    'inmigrante',
    'inmigrantes',
    'migrante',
    'migrantes',
    'refugiado',
    'refugiados',
    'extranjero',
    'extranjeros',
    'solicitante',
    'solicitantes',
    'asilo',
    'indocumentado',
    'indocumentados',
    'ilegales',
    'irregulares',
    'fuera',
    'inmigracion',
    'migracion',
  ],
  it: [
    'immigrato',
    'immigrati',
    'migrante',
    'migranti',
    'profugo',
    'profughi',
    'rifugiato',
    'rifugiati',
    'straniero',
    'stranieri',
    'richiedente',
    'richiedenti',
    'asilo',
    'clandestino',
    'clandestini',
    'extracomunitari',
    'immigrazione',
    'migrazione',
  ],
  // The languages the claim reader does not read: the plain words, for telling a report about
  // the people ("Migranten beweren…") from a warning. No stemmer there, so with their plurals.
  nl: [
    'migrant',
    'migranten',
    'immigrant',
    'immigranten',
    'vluchteling',
    'vluchtelingen',
    'asielzoeker',
    'asielzoekers',
    'nieuwkomers',
    'statushouders',
    'buitenlanders',
    'migratie',
    'immigratie',
  ],
  pl: [
    'migrant',
    'migranci',
    'migrantow',
    'imigrant',
    'imigranci',
    'imigrantow',
    'uchodzca',
    'uchodzcy',
    'uchodzcow',
    'cudzoziemcy',
    'cudzoziemcow',
    'obcokrajowcy',
    'migracja',
    'imigracja',
  ],
  sv: [
    'migrant',
    'migranter',
    'invandrare',
    'invandrarna',
    'flykting',
    'flyktingar',
    'flyktingarna',
    'asylsokande',
    'nyanlanda',
    'utlanningar',
    'invandring',
    'migration',
  ],
  el: [
    'μεταναστης',
    'μεταναστες',
    'μεταναστων',
    'προσφυγας',
    'προσφυγες',
    'προσφυγων',
    'αιτουντες',
    'αλλοδαποι',
    'αλλοδαπων',
    'μεταναστευση',
  ],
  pt: [
    'migrante',
    'migrantes',
    'imigrante',
    'imigrantes',
    'refugiado',
    'refugiados',
    'requerentes',
    'estrangeiro',
    'estrangeiros',
    'imigracao',
    'migracao',
  ],
};

/**
 * The people the myths set the group against ("native-born workers", "British pensioners",
 * "les Français", "die Einheimischen"): also the frame, not the claim. "Immigration cuts
 * native-born workers' pay" and "migrants complement native-born workers" share these words and
 * nothing else.
 */
const nativeWords: Record<ReadingLanguage, readonly string[]> & Partial<Record<Language, readonly string[]>> = {
  en: ['native', 'natives', 'born', 'local', 'locals', 'british', 'brits', 'american', 'americans', 'nationals', 'citizen'],
  fr: ['francais', 'autochtones', 'natifs', 'nationaux', 'citoyens', 'allemands', 'espagnols', 'italiens', 'britanniques'],
  de: ['deutsche', 'deutschen', 'einheimische', 'einheimischen', 'einheimischer', 'burger', 'staatsburger', 'briten'],
  es: ['espanoles', 'autoctonos', 'nativos', 'nacionales', 'ciudadanos', 'estadounidenses', 'americanos'],
  it: ['italiani', 'autoctoni', 'nativi', 'cittadini', 'nazionali'],
};

const stemsOf = (words: Partial<Record<Language, readonly string[]>>) => {
  const stems = {} as Record<Language, ReadonlySet<string>>;
  for (const language of languageSchema.options) stems[language] = new Set((words[language] ?? []).map((word) => stem(word, language)));
  return stems;
};
const groupStems = stemsOf(groupWords);
const nativeStems = stemsOf(nativeWords);

/** Whether a content word's stem names the people the myths are about. */
export function namesGroup(stemmed: string, language: Language): boolean {
  return groupStems[language].has(stemmed);
}

/** Whether a content word's stem names the people the myths set them against ("local families", "les Français"). */
export function namesNatives(stemmed: string, language: Language): boolean {
  return nativeStems[language].has(stemmed) && !groupStems[language].has(stemmed);
}
