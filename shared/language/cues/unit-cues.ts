import { compileWordCues } from './word-cues';

/**
 * Units that measure a claim rather than make it: time ("a week", "per year", "al giorno") and
 * money ("euros", "dollars"). "£49.18 a week" and "£1,000 a week" share "week" and nothing they
 * claim; the figures are what differ.
 */
export const unitWords = compileWordCues({
  en: [
    'week',
    'weeks',
    'weekly',
    'day',
    'days',
    'daily',
    'month',
    'months',
    'monthly',
    'year',
    'years',
    'yearly',
    'annually',
    'pound',
    'pounds',
    'euro',
    'euros',
    'dollar',
    'dollars',
  ],
  fr: ['semaine', 'semaines', 'jour', 'jours', 'mois', 'an', 'ans', 'annee', 'annees', 'annuel', 'euro', 'euros', 'dollars', 'livres'],
  de: ['woche', 'wochen', 'tag', 'tage', 'taglich', 'monat', 'monate', 'monatlich', 'jahr', 'jahre', 'jahrlich', 'euro', 'dollar', 'pfund'],
  es: ['semana', 'semanas', 'dia', 'dias', 'mes', 'meses', 'ano', 'anos', 'anual', 'euro', 'euros', 'dolares', 'libras'],
  it: ['settimana', 'settimane', 'giorno', 'giorni', 'mese', 'mesi', 'anno', 'anni', 'annuo', 'euro', 'dollari', 'sterline'],
});
