import { afterAll, describe, expect, it } from 'vitest';
import { switchInterfaceLanguage } from '../i18n/load-catalogue';
import { draftLabel } from './draft-label';

const sections = (fact: string) => ({ fact, myth: 'Myth.', explanation: '', factAgain: '' });

describe('draftLabel', () => {
  it.each([
    ['Hotel reply', sections('Anything'), 'Hotel reply'],
    ['  ', sections('  People seeking asylum get £49.18 a week. '), 'People seeking asylum get £49.18 a week.'],
    ['', sections('One two three four five six seven eight nine ten'), 'One two three four five six seven eight…'],
    ['', sections('Line one\nline two'), 'Line one line two'],
    ['', sections(''), 'Untitled draft'],
  ])('title %j, fact %j → %j', (title, draftSections, expected) => {
    expect(draftLabel({ title, sections: draftSections })).toBe(expected);
  });
});

describe('draftLabel in another interface language', () => {
  afterAll(() => switchInterfaceLanguage('en'));

  it('names an empty draft in that language', async () => {
    await switchInterfaceLanguage('fr');
    expect(draftLabel({ title: '', sections: sections('') })).toBe('Brouillon sans titre');
  });
});
