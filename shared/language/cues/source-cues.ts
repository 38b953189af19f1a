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
});
