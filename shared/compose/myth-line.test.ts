import { describe, expect, it } from 'vitest';
import type { Language } from '../schema/language';
import type { EntryWords } from './draft-language';
import { mythLine } from './myth-line';

const words = (language: Language, myth: string, warning?: string): EntryWords => ({
  language,
  original: false,
  fact: '',
  myth,
  explanation: '',
  ...(warning ? { warning } : {}),
  caveats: [],
  guidance: [],
  // The myth's own words, as the library has them: its first word is an ordinary word, not a name.
  casingReference: { vetted: [myth.charAt(0).toLocaleLowerCase(language) + myth.slice(1)], circulating: [] },
});

describe('the myth line', () => {
  it.each([
    ['en', 'Asylum seekers live in luxury.', 'A common myth claims that', 'A common myth claims that asylum seekers live in luxury.'],
    ['fr', 'Immigrés touchent plus.', 'Une rumeur prétend que', "Une rumeur prétend qu'immigrés touchent plus."],
    // German, Dutch and Swedish put a main clause after a colon instead of "dass", "dat", "att"…
    ['de', 'Flüchtlinge bekommen mehr.', 'Es kursiert das Gerücht, dass', 'Es kursiert das Gerücht: Flüchtlinge bekommen mehr.'],
    ['nl', 'Asielzoekers krijgen voorrang.', 'Er gaat een gerucht rond dat', 'Er gaat een gerucht rond: asielzoekers krijgen voorrang.'],
    // …and leave no preposition hanging before it ("ett rykte om: …" is not Swedish).
    ['sv', 'Invandrare får mer bidrag.', 'Det sprids ett rykte om att', 'Det sprids ett rykte: Invandrare får mer bidrag.'],
    ['pl', 'Imigranci dostają więcej.', 'Krąży plotka, że', 'Krąży plotka, że imigranci dostają więcej.'],
  ] as const)('%s: “%s” after “%s”', (language, myth, warning, expected) => {
    expect(mythLine(words(language, myth, warning), 'full')).toBe(expected);
  });

  it.each([
    ['en', 'Asylum seekers live in luxury.', 'Myth: Asylum seekers live in luxury.'],
    ['fr', 'Les immigrés touchent plus.', 'Rumeur : les immigrés touchent plus.'],
  ] as const)('%s: the compact line is a label', (language, myth, expected) => {
    expect(mythLine(words(language, myth), 'compact')).toBe(expected);
  });
});
