import { describe, expect, it } from 'vitest';
import type { Sandwich } from '../schema/draft';
import { exportPressStatement, type PressStatementOptions } from './export-press-statement';

const sandwich: Sandwich = {
  fact: 'People seeking asylum get £49.18 a week.',
  myth: 'You may have seen claims of luxury hotels.',
  explanation: 'Hotels are used because of a backlog.',
  factAgain: 'It is £49.18 a week — about £7 a day.',
};
const options: PressStatementOptions = {
  title: 'Asylum support',
  organisation: 'Refugee Council',
  date: '2026-11-02',
  spokesperson: { name: 'Policy director', organisation: 'Refugee Council' },
  sources: [{ title: 'Asylum support', url: 'https://www.gov.uk/asylum-support', publisher: 'GOV.UK', year: 2025 }],
};

describe('exportPressStatement', () => {
  it('lays out headline, dateline, body, attributed quote, sources and ENDS as plain text', () => {
    expect(exportPressStatement(sandwich, options).text).toBe(
      `${[
        'PRESS STATEMENT: ASYLUM SUPPORT',
        'People seeking asylum get £49.18 a week.',
        'Refugee Council, 2 November 2026 — People seeking asylum get £49.18 a week.',
        'You may have seen claims of luxury hotels.',
        'Hotels are used because of a backlog.',
        '“It is £49.18 a week — about £7 a day.”, said Policy director, Refugee Council.',
        'Sources\n- Asylum support, GOV.UK, 2025: https://www.gov.uk/asylum-support',
        'ENDS',
      ].join('\n\n')}\n`,
    );
  });

  it('and as Markdown', () => {
    expect(exportPressStatement(sandwich, options).markdown).toBe(
      `${[
        '*Press statement: Asylum support*',
        '# People seeking asylum get £49.18 a week.',
        '**Refugee Council, 2 November 2026** — People seeking asylum get £49.18 a week.',
        'You may have seen claims of luxury hotels.',
        'Hotels are used because of a backlog.',
        '“It is £49.18 a week — about £7 a day.”, said Policy director, Refugee Council.',
        '## Sources\n\n- [Asylum support](<https://www.gov.uk/asylum-support>) — GOV.UK, 2025',
        '**ENDS**',
      ].join('\n\n')}\n`,
    );
  });

  it.each<[string, Partial<PressStatementOptions>, Partial<Sandwich>, string[], string[]]>([
    [
      'no spokesperson: the fact again closes unquoted',
      { spokesperson: undefined },
      {},
      ['\n\nIt is £49.18 a week — about £7 a day.\n\nSources'],
      ['said'],
    ],
    ['no sources: no Sources heading', { sources: [] }, {}, ['\n\nENDS\n'], ['Sources']],
    ['a Date and another locale', { date: new Date(2026, 10, 2), locale: 'en-US' }, {}, ['Refugee Council, November 2, 2026 — '], []],
    ['blank sections left out', {}, { myth: ' ', factAgain: '' }, ['week.\n\nHotels are used'], ['“', 'said']],
  ])('%s', (_, changes, sections, present, absent) => {
    const { text, markdown } = exportPressStatement({ ...sandwich, ...sections }, { ...options, ...changes });
    for (const part of present) expect(text).toContain(part);
    for (const part of absent) {
      expect(text).not.toContain(part);
      expect(markdown).not.toContain(part);
    }
    expect(text.endsWith('ENDS\n')).toBe(true);
  });

  it('keeps an ISO date on its day in every time zone, and refuses a non-date', () => {
    expect(exportPressStatement(sandwich, { ...options, date: '2026-01-01' }).text).toContain('1 January 2026');
    expect(() => exportPressStatement(sandwich, { ...options, date: 'soon' })).toThrow(RangeError);
  });

  it('keeps Markdown syntax in a section from reshaping the statement', () => {
    const { markdown } = exportPressStatement({ ...sandwich, myth: '# Shouting myth' }, options);
    expect(markdown).toContain('\n\n\\# Shouting myth\n\n');
  });
});
