import { describe, expect, it } from 'vitest';
import { entrySchema } from '../schema/entry';
import type { Language } from '../schema/language';
import { publicTextProblems, reviewerLanguageIn } from './check-public-text';

type Row = { language: Language; text: string; cue?: string; moveTo?: 'caveats' | 'guidance' };

// Reviewer language found in text a reply may post: what is flagged and where it belongs.
const flagged: Row[] = [
  {
    language: 'en',
    text: 'The $96.7 billion is a model estimate by ITEP, a left-leaning think tank.',
    cue: 'left-leaning',
    moveTo: 'caveats',
  },
  { language: 'en', text: 'The figure was read here from a secondary summary.', cue: 'read here from a secondary', moveTo: 'caveats' },
  { language: 'en', text: 'The 90% figure should be confirmed against the latest release.', cue: 'should be confirmed', moveTo: 'caveats' },
  { language: 'en', text: 'We could not verify the original report.', cue: 'We could not verify', moveTo: 'caveats' },
  { language: 'en', text: 'A think tank estimated the total.', cue: 'think tank', moveTo: 'caveats' },
  { language: 'en', text: 'It is a model estimate, so present it as an estimate.', cue: 'present it as', moveTo: 'guidance' },
  {
    language: 'en',
    text: 'These rates were set in 2024; check the current Home Office figure.',
    cue: 'check the current',
    moveTo: 'guidance',
  },
  { language: 'en', text: 'A minority did not, so do not claim that everyone is fluent.', cue: 'do not claim', moveTo: 'guidance' },
  {
    language: 'en',
    text: 'Be honest about tuberculosis: a share of cases are in people born abroad.',
    cue: 'Be honest about',
    moveTo: 'guidance',
  },
  { language: 'fr', text: 'Le chiffre de 2019 est à confirmer.', cue: 'à confirmer', moveTo: 'caveats' },
  { language: 'fr', text: 'Le montant reste à vérifier.', cue: 'reste à vérifier', moveTo: 'caveats' },
  { language: 'fr', text: "Nous n'avons pas pu vérifier la source.", cue: "Nous n'avons pas pu vérifier", moveTo: 'caveats' },
  { language: 'fr', text: 'Ces informations datent de 2019 ; vérifiez les règles actuelles.', cue: 'vérifiez les', moveTo: 'guidance' },
  {
    language: 'fr',
    text: 'Pour être honnête : une part des cas concerne des personnes nées à l’étranger.',
    cue: 'Pour être honnête',
    moveTo: 'guidance',
  },
  { language: 'de', text: 'Die Zahl sollte geprüft werden.', cue: 'sollte geprüft werden', moveTo: 'caveats' },
  { language: 'de', text: 'Die Schätzung stammt von einer linksgerichteten Denkfabrik.', cue: 'linksgerichteten', moveTo: 'caveats' },
  { language: 'de', text: 'Die Angaben stammen von 2019; aktuelle Regeln prüfen.', cue: 'Regeln prüfen', moveTo: 'guidance' },
  { language: 'de', text: 'Prüfen Sie die neuesten Zahlen.', cue: 'Prüfen Sie', moveTo: 'guidance' },
  { language: 'es', text: 'La cifra está pendiente de confirmar.', cue: 'pendiente de confirmar', moveTo: 'caveats' },
  {
    language: 'es',
    text: 'Es una estimación de un centro de estudios de tendencia progresista.',
    cue: 'de tendencia progresista',
    moveTo: 'caveats',
  },
  { language: 'es', text: 'Los datos son de 2019; conviene comprobar las normas actuales.', cue: 'conviene comprobar', moveTo: 'guidance' },
  { language: 'es', text: 'Fue un piloto de 2024; compruebe si sigue vigente.', cue: 'compruebe', moveTo: 'guidance' },
  { language: 'it', text: 'Il dato del 2% è da verificare.', cue: 'da verificare', moveTo: 'caveats' },
  { language: 'it', text: 'Non abbiamo potuto verificare la fonte originale.', cue: 'Non abbiamo potuto verificare', moveTo: 'caveats' },
  { language: 'it', text: 'Il dato è del 2007: conviene verificare quello attuale.', cue: 'conviene verificare', moveTo: 'guidance' },
  { language: 'it', text: 'È una stima: presentatela come tale.', cue: 'presentatela come', moveTo: 'guidance' },
];

// Public prose that talks about checks, estimates and claims without being a note for the writer.
const clean: Row[] = [
  { language: 'en', text: 'Undocumented immigrants paid an estimated $96.7 billion in taxes in 2022.' },
  { language: 'en', text: 'None of it was confirmed when officials checked.' },
  { language: 'en', text: 'The figures do not suggest that wages fell.' },
  { language: 'en', text: 'If a new claim appears, ask the city or the police before sharing it.' },
  { language: 'en', text: 'Registering requires swearing to be a citizen.' },
  { language: 'fr', text: 'La police suédoise recense bien des zones vulnérables, mais elle y patrouille.' },
  { language: 'fr', text: 'Les demandeurs d’asile ne reçoivent qu’une modeste allocation journalière.' },
  { language: 'de', text: 'Die Behörden prüfen jeden Antrag einzeln.' },
  { language: 'de', text: 'Die Zahlen erfassen die Staatsangehörigkeit, nicht das Geburtsland.' },
  { language: 'es', text: 'Nada se confirmó cuando las autoridades lo comprobaron.' },
  { language: 'es', text: 'La cifra es una estimación de un instituto de investigación fiscal.' },
  { language: 'it', text: 'Le case si assegnano in base al bisogno e spesso al legame con il territorio.' },
  { language: 'it', text: 'La polizia verifica ogni segnalazione.' },
];

describe('reviewer language in public text', () => {
  it.each(flagged)('flags [$language] “$text”', ({ text, language, cue, moveTo }) => {
    expect(reviewerLanguageIn(text, language)).toEqual({ cue, moveTo });
  });

  it.each(clean)('lets [$language] “$text” stand', ({ text, language }) => {
    expect(reviewerLanguageIn(text, language)).toBeUndefined();
  });
});

describe('publicTextProblems', () => {
  const entry = entrySchema.parse({
    id: 'example',
    title: 'Example',
    topics: ['taxes-fiscal'],
    scope: 'US',
    language: 'en',
    myth: { statement: 'They pay no taxes.', phrasings: ['they pay nothing'] },
    fact: 'They paid an estimated $96.7 billion in taxes in 2022.',
    explanation: { technique: 'cherry-picking', text: 'Everyone pays sales tax. The estimate comes from a left-leaning think tank.' },
    caveats: ['The estimate comes from a left-leaning think tank, read here from a secondary summary.'],
    guidance: ['Present it as an estimate.'],
    short: {
      fact: 'They paid $96.7bn in 2022.',
      myth: 'they pay no taxes.',
      explanation: 'Everyone pays sales tax.',
      factAgain: 'Present it as an estimate.',
    },
    audienceAngles: [{ audience: 'local-workers', angle: 'Tax comes out of every pay packet; check the current rate.' }],
    translations: {
      de: { explanation: 'Alle zahlen Umsatzsteuer. Die Zahl sollte geprüft werden.', caveats: ['Die Zahl sollte geprüft werden.'] },
      es: { fact: 'Pagaron unos 96.700 millones; conviene comprobar la cifra.' },
    },
    sources: [
      {
        title: 'Report',
        publisher: 'Institute',
        url: 'https://example.org/report',
        year: 2024,
        quote: 'They paid $96.7 billion in taxes in 2022.',
      },
    ],
    status: 'draft',
    author: 'Tests',
    reviewBy: '2027-01-01',
    updated: '2026-01-01',
  });
  const located = { file: 'entries/example.md', lineOf: (path: readonly PropertyKey[]) => path.length };

  it('reports each public field that carries reviewer language, and none of the caveats or guidance', () => {
    const problems = publicTextProblems(entry, located);
    expect(problems.map(({ field, problem }) => `${field}: ${problem.split(' is a note')[0]}`)).toEqual([
      'explanation.text: “left-leaning”',
      'short.factAgain: “Present it as”',
      'audienceAngles[0].angle: “check the current”',
      'translations.de.explanation: “sollte geprüft werden”',
      'translations.es.fact: “conviene comprobar”',
    ]);
    expect(problems[0]).toEqual({
      file: 'entries/example.md',
      line: 2,
      field: 'explanation.text',
      problem:
        '“left-leaning” is a note for the writer, not text to post: move that sentence or clause to `caveats` (limits of the evidence, for the writer) and keep what remains a complete sentence a reader can take as it stands',
    });
  });
});
