import { describe, expect, it } from 'vitest';
import { type EntryInput, entrySchema } from '../schema/entry';
import { mythLanguageWarnings } from './check-myth-languages';

const base: EntryInput = {
  id: 'example',
  title: 'Example',
  topics: ['benefits-welfare'],
  scope: 'France',
  language: 'fr',
  myth: { statement: 'Les migrants touchent une allocation généreuse.', phrasings: ['les migrants touchent tout'] },
  fact: 'Les demandeurs d’asile touchent une allocation modeste.',
  explanation: { technique: 'cherry-picking', text: 'Le montant dépend de la situation de chacun.' },
  sources: [{ title: 'Report', publisher: 'Institute', url: 'https://example.org/report', year: 2024, quote: 'The allowance is modest.' }],
  status: 'draft',
  author: 'Tests',
  reviewBy: '2027-01-01',
  updated: '2026-01-01',
};

const myth = (text: string) => ({ myth: text, translatedFrom: 'fr' as const });
const everyOtherLanguage = {
  en: myth('Migrants get a generous allowance.'),
  de: myth('Migranten bekämen eine großzügige Beihilfe.'),
  es: myth('Los migrantes cobran una ayuda generosa.'),
  it: myth('I migranti ricevono un sussidio generoso.'),
};
const located = { file: 'entries/fr/example.md', lineOf: (path: readonly PropertyKey[]) => path.length };
const says = (language: string, name: string) =>
  `no ${name} (${language}) wording of the myth — a post in ${name} will not find this entry; add translations.${language}.myth`;

// Which reading languages lack a myth wording, and where each warning points.
const rows: { case: string; translations: EntryInput['translations']; expected: { field: string; problem: string }[] }[] = [
  {
    case: 'no translations: every other reading language, at the myth',
    translations: undefined,
    expected: [
      { field: 'myth.statement', problem: says('en', 'English') },
      { field: 'myth.statement', problem: says('de', 'German') },
      { field: 'myth.statement', problem: says('es', 'Spanish') },
      { field: 'myth.statement', problem: says('it', 'Italian') },
    ],
  },
  {
    case: 'the myth in every other reading language: nothing, whatever else is missing',
    translations: everyOtherLanguage,
    expected: [],
  },
  {
    case: 'a translation without its myth: at that translation',
    translations: { ...everyOtherLanguage, de: { fact: 'Asylsuchende erhalten eine bescheidene Leistung.' } },
    expected: [{ field: 'translations.de', problem: says('de', 'German') }],
  },
  {
    case: 'a reading language missing altogether: at the translations',
    translations: { en: everyOtherLanguage.en, de: everyOtherLanguage.de, es: everyOtherLanguage.es },
    expected: [{ field: 'translations', problem: says('it', 'Italian') }],
  },
  {
    case: 'other library languages are not asked for: only the five the matcher reads',
    translations: { ...everyOtherLanguage, nl: myth('Migranten krijgen een royale uitkering.') },
    expected: [],
  },
];

describe('mythLanguageWarnings', () => {
  it.each(rows)('$case', ({ translations, expected }) => {
    const entry = entrySchema.parse(translations ? { ...base, translations } : base);
    const warnings = mythLanguageWarnings(entry, located);
    expect(warnings.map(({ field, problem }) => ({ field, problem }))).toEqual(expected);
    for (const warning of warnings) expect(warning.file).toBe('entries/fr/example.md');
  });

  it('never asks for the entry’s own language', () => {
    const english = entrySchema.parse({
      ...base,
      language: 'en',
      translations: { fr: { myth: 'Les migrants touchent tout.', translatedFrom: 'en' } },
    });
    expect(mythLanguageWarnings(english, located).map(({ problem }) => problem)).toEqual([
      says('de', 'German'),
      says('es', 'Spanish'),
      says('it', 'Italian'),
    ]);
  });
});
