import type { ReadingLanguage } from '../../schema/language';

/**
 * The few things myths about immigration are about, each with the words people use for it: a
 * paraphrase rarely keeps the myth's noun. "Vivent des allocations" restates "vivent des aides
 * sociales", "delinquen" asks "cometen delitos", "reati" is "criminalità", "la casa" is "le case
 * popolari". Written as a person would (singular and plural); compared after stemming, like the
 * predicates (predicate-synonyms.ts). Deliberately short: a word that is not here is compared
 * as itself.
 */
export const objectSynonyms: Record<string, Record<ReadingLanguage, readonly string[]>> = {
  benefit: {
    en: [
      'benefit',
      'benefits',
      'welfare',
      'handout',
      'handouts',
      'allowance',
      'allowances',
      'aid',
      'subsidy',
      'subsidies',
      'cheque',
      'cheques',
    ],
    fr: [
      'aide',
      'aides',
      'allocation',
      'allocations',
      'allocs',
      'prestation',
      'prestations',
      'subvention',
      'subventions',
      'cheque',
      'cheques',
    ],
    de: [
      'sozialleistung',
      'sozialleistungen',
      'leistungen',
      'sozialhilfe',
      'stutze',
      'burgergeld',
      'hartz',
      'hilfen',
      'scheck',
      'schecks',
      'sozialstaat',
      'sozialsystem',
      'sozialkassen',
      'transferleistungen',
    ],
    es: [
      'ayuda',
      'ayudas',
      'subsidio',
      'subsidios',
      'paguita',
      'paguitas',
      'prestacion',
      'prestaciones',
      'cheque',
      'cheques',
      'subvencion',
      'subvenciones',
    ],
    it: ['sussidio', 'sussidi', 'aiuto', 'aiuti', 'assegno', 'assegni', 'sostegno', 'bonus', 'welfare'],
  },
  crime: {
    en: ['crime', 'crimes', 'criminal', 'criminals', 'criminality', 'offence', 'offences', 'offense', 'offenses', 'offend', 'offending'],
    fr: ['crime', 'crimes', 'criminalite', 'criminel', 'criminels', 'delinquance', 'delinquants', 'delit', 'delits'],
    de: ['kriminalitat', 'kriminell', 'kriminelle', 'straftat', 'straftaten', 'verbrechen', 'delikte', 'delikt'],
    es: [
      'delito',
      'delitos',
      'delincuencia',
      'delincuente',
      'delincuentes',
      'delinquir',
      'delinquen',
      'crimen',
      'crimenes',
      'criminalidad',
    ],
    it: ['reato', 'reati', 'criminalita', 'crimine', 'crimini', 'criminale', 'criminali', 'delinquenza', 'delinquono'],
  },
  disease: {
    en: ['disease', 'diseases', 'illness', 'illnesses', 'infection', 'infections', 'epidemic', 'epidemics'],
    fr: ['maladie', 'maladies', 'infection', 'infections', 'epidemie', 'epidemies'],
    de: ['krankheit', 'krankheiten', 'infektion', 'infektionen', 'seuche', 'seuchen', 'epidemie', 'epidemien'],
    es: ['enfermedad', 'enfermedades', 'infeccion', 'infecciones', 'epidemia', 'epidemias'],
    it: ['malattia', 'malattie', 'infezione', 'infezioni', 'epidemia', 'epidemie'],
  },
  housing: {
    en: ['house', 'houses', 'housing', 'home', 'homes', 'flat', 'flats', 'accommodation'],
    fr: ['logement', 'logements', 'maison', 'maisons', 'appartement', 'appartements', 'hlm'],
    de: ['wohnung', 'wohnungen', 'wohnraum', 'sozialwohnung', 'sozialwohnungen', 'haus', 'hauser'],
    // Not "vivienda": its stem is that of "viviendo" (living).
    es: ['casa', 'casas', 'piso', 'pisos', 'hogar', 'hogares', 'alojamiento'],
    it: ['casa', 'case', 'alloggio', 'alloggi', 'abitazione', 'abitazioni', 'appartamento', 'appartamenti'],
  },
};
