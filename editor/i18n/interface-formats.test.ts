import { describe, expect, it } from 'vitest';
import { formatsFor } from './interface-formats';

describe('formats in the interface language', () => {
  it.each([
    ['en', '7 Dec 2026', 'Dec 7, 2026'],
    ['fr', '7 déc. 2026', '7 déc. 2026'],
    ['de', '07.12.2026', '07.12.2026'],
    ['es', '7 dic 2026', '7 dic 2026'],
    ['it', '7 dic 2026', '7 dic 2026'],
  ])('writes a calendar date in %s', (locale, british, american) => {
    expect([british, american]).toContain(formatsFor(locale).date('2026-12-07'));
  });

  it('keeps a calendar date on its day whatever the time zone', () => {
    expect(formatsFor('en-GB').date('2026-01-01')).toBe('1 Jan 2026');
  });

  it('writes durations, numbers and relative days', () => {
    const fr = formatsFor('fr');
    expect(fr.duration(45)).toMatch(/^45\smin$/);
    expect(fr.duration(150)).toMatch(/^2,5\sh$/);
    expect(fr.number(1234)).toBe('1\u202f234');
    expect(fr.percent(0.25)).toBe('25\u00a0%');
    expect(formatsFor('de').daysFromNow('2026-12-10', new Date(2026, 11, 7, 15))).toBe('in 3 Tagen');
    expect(fr.period('2026-12')).toBe('déc. 2026');
    expect(fr.list(['English', 'Deutsch', 'Italiano'])).toBe('English, Deutsch et Italiano');
    expect(formatsFor('en-GB').list(['English', 'Deutsch', 'Italiano'])).toBe('English, Deutsch and Italiano');
    expect(formatsFor('en-GB').duration(30)).toBe('30 min');
    expect(formatsFor('en-GB').duration(90)).toBe('90 min');
    expect(fr.period('2026-W49')).toBe('2026-W49');
    expect(formatsFor('en').daysFromNow('2026-12-06', new Date(2026, 11, 7, 9))).toBe('yesterday');
  });
});
