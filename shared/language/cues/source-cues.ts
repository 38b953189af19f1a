import { compileCues } from './compile-cues';

/**
 * Words that attribute a figure to a source. Corrections that cite a source work better
 * (Vraga & Bode 2017); a link counts too.
 */
export const sourceCues = compileCues({
  en: [
    'according to',
    'sources?:?',
    '(?:data|figures|statistics|numbers) (?:from|by|published by)',
    'published by',
    'reports?(?:ed)? by',
    '(?:a|the) (?:study|report|survey|census|review|analysis) (?:by|from|of)',
    'official (?:figures|statistics|data)',
    'fact[- ]check\\w*',
  ],
  fr: [
    'selon',
    "d'apres",
    'sources?',
    '(?:donnees|chiffres|statistiques) (?:de|du|des|publiees)',
    'une etude',
    'le rapport',
    'rapport (?:de|du)',
    'officiel\\w*',
  ],
  de: [
    'laut',
    'quellen?',
    'zufolge',
    '(?:daten|zahlen|statistiken) (?:des|der|von|vom)',
    'studie',
    'bericht',
    'amtlich\\w*',
    'offiziell\\w*',
  ],
  es: [
    'segun',
    'fuentes?',
    '(?:datos|cifras|estadisticas) (?:de|del|oficiales)',
    'un estudio',
    'el informe',
    'informe (?:de|del)',
    'oficial\\w*',
  ],
  it: [
    'secondo',
    'font[ei]',
    '(?:dati|cifre|statistiche) (?:di|del|della|dell|ufficiali)',
    'uno studio',
    'il rapporto',
    'rapporto (?:di|del)',
    'ufficial\\w*',
  ],
  nl: [
    'volgens',
    'bron(?:nen)?:?',
    '(?:cijfers|gegevens|statistieken) (?:van|uit)',
    'een (?:studie|onderzoek)',
    'het rapport',
    'rapport van',
    'officiele?',
    'factcheck\\w*',
  ],
  // Folded "źródło", "źródła", "źródeł": "ł" stays.
  pl: ['według', 'wg', 'zrodł(?:o|a)', 'zrodeł', '(?:dane|statystyki|liczby) (?:z|ze)', 'badanie', 'raport', 'oficjaln\\p{L}*'],
  sv: [
    'enligt',
    'kall(?:a|or):?',
    '(?:siffror|data|statistik|uppgifter) (?:fran|ur)',
    'en (?:studie|undersokning|rapport)',
    'rapporten',
    'officiell\\w*',
    'faktagransk\\w*',
  ],
  el: ['συμφωνα με', 'πηγ(?:η|ες)', '(?:στοιχεια|αριθμοι|δεδομενα) (?:της|του|των|απο)', 'μελετη', 'εκθεση', 'επισημ\\p{L}*'],
  pt: [
    'segundo',
    'de acordo com',
    'fontes?',
    '(?:dados|numeros|estatisticas) (?:d[oa]s?|de|oficiais)',
    'um estudo',
    'o relatorio',
    'relatorio d[oa]',
    'oficia\\w*',
  ],
});
