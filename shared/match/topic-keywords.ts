import type { Topic } from '../schema/topic';

/**
 * Words that signal a topic in the five languages: weak evidence on their own (a post about
 * benefits is not necessarily a myth), a tie-breaker between entries that share myth words.
 */
export const topicKeywords: Record<Topic, string> = {
  crime:
    'crime criminal criminals violent violence rape murder police arrests jail prison delitos crimen délinquance criminalité Kriminalität Verbrechen criminalità',
  'benefits-welfare':
    'benefits welfare handouts allowance free money cash payments paid ayudas paguitas subsidios prestations aides allocations Sozialleistungen Bürgergeld Geld sussidi bonus',
  healthcare: 'NHS health healthcare hospital doctors Medicaid insurance treatment sanidad santé Gesundheit Krankenversicherung sanità',
  'taxes-fiscal': 'taxes tax taxpayers cost costs pay drain billions budget impuestos impôts contribuables Steuern Steuerzahler tasse',
  wages: 'wages pay salaries undercut cheap labour salarios salaires Löhne salari',
  jobs: 'jobs work workers employment unemployment trabajo empleo travail emploi Arbeit Arbeitsplätze lavoro',
  'numbers-invasion':
    'numbers millions invasion overrun flood arrivals population border boats crossings llegadas invasión invasion submersion Flut Grenze invasione sbarchi',
  'culture-values':
    'culture values Muslim Islam sharia religion replacement identity cultura valores musulmanes Kultur Islamisierung islamisation',
  'language-integration': 'language English speak learn integrate integration idioma langue français Sprache Deutsch lingua',
  'schools-education': 'school schools pupils children classes places teachers colegio escuela école élèves Schule Schüler scuola',
  disease:
    'disease diseases infection infectious TB TBC tuberculosis tuberculose Tuberkulose tuberculosis measles Masern rougeole sarampión morbillo scabies Krätze gale sarna scabbia outbreak epidemic virus enfermedades maladies Krankheiten Seuchen malattie',
  'voting-elections': 'vote voting votes voters elections election ballot register votar élections Wahl wählen voto',
  housing: 'housing homes council social housing rent waiting list queue vivienda logement HLM Wohnung Sozialwohnung case popolari',
  citizenship:
    'citizenship passport nationality naturalisation nacionalidad ciudadanía naturalisation Staatsbürgerschaft Einbürgerung cittadinanza',
  other: '',
};
