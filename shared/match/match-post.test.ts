import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Entry } from '../schema/entry';
import { buildLibraryIndex, libraryIndexFor, matchPost } from '.';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { entries } = assembled.bundle;
const index = buildLibraryIndex(entries);

describe('matchPost on the starter library', () => {
  // Posts written for this test (not from the development set), in the ways such posts circulate.
  it.each([
    [
      'English, with emoji and a hashtag',
      'They put them up in 4-star HOTELS with free phones 😡😡 while our vets sleep rough #StopTheBoats',
      'asylum-luxury-support',
    ],
    ['all caps', 'IMMIGRANTS ARE STEALING OUR JOBS!!!', 'jobs'],
    ['German', 'Die Asylanten bekommen mehr Geld als unsere Rentner, die 45 Jahre gearbeitet haben!', 'benefits-welfare'],
    ['Spanish', 'Los inmigrantes ilegales cobran ayudas nada más llegar a España', 'benefits-welfare'],
    ['French', 'Les immigrés passent devant tout le monde pour les logements sociaux', 'housing'],
    ['a typo', 'ilegal immigrants voting in our electons by the millions', 'voting-elections'],
  ])('%s', (_name, post, expected) => {
    const [best] = matchPost(post, index);
    expect(best).toBeDefined();
    expect(best!.entry.id === expected || (best!.entry.topics as string[]).includes(expected)).toBe(true);
  });

  it.each([
    ['Train cancelled AGAIN. Third time this week!!'],
    ['Lovely evening at the Eritrean food festival in the park, thanks to all the volunteers 🎉'],
    ['Council tax is going up 5% in April, says the finance committee.'],
    ['Asylum seekers in the UK wait months for a decision on their claim.'],
  ])('finds no myth in: %s', (post) => {
    expect(matchPost(post, index)).toEqual([]);
  });

  it('says why: the post’s own words, merged into phrases, with the currency', () => {
    const [best] = matchPost('4 star hotels, new iPhones and £45 a week, living the dream', index);
    expect(best!.entry.id).toBe('asylum-luxury-support');
    expect(best!.reasons.terms).toEqual(expect.arrayContaining(['4 star hotels', '£45']));
    expect(best!.reasons.phrasing).not.toBe('');
  });

  it('ranks best first, with confidence between 0 and 1', () => {
    const matches = matchPost('immigrants take our jobs and push down wages', index, { top: 5 });
    expect(matches.length).toBeGreaterThan(1);
    expect(matches.map((match) => match.confidence)).toEqual([...matches.map((match) => match.confidence)].sort((a, b) => b - a));
    for (const match of matches) expect(match.confidence).toBeGreaterThan(0.4);
    for (const match of matches) expect(match.confidence).toBeLessThan(1);
  });
});

describe('libraryIndexFor', () => {
  // Copies, as the database hands out entries; the same `updated` date throughout.
  const changed = (change: (entry: Entry) => Partial<Entry>) =>
    entries.map((entry, position) => (position === 0 ? { ...entry, ...change(entry) } : { ...entry }));

  it('reuses the index while what it reads is unchanged, holding the entries as given', () => {
    const first = libraryIndexFor(entries);
    const retitled = changed(() => ({ title: 'Retitled', status: 'draft' }));
    expect(libraryIndexFor(retitled)).toBe(first);
    expect(first.entries[0]!.entry).toBe(retitled[0]);
  });

  it.each<[string, (entry: Entry) => Partial<Entry>]>([
    ['the myth statement', (entry) => ({ myth: { ...entry.myth, statement: 'Something else entirely.' } })],
    ['a phrasing', (entry) => ({ myth: { ...entry.myth, phrasings: [...entry.myth.phrasings, 'one more way to say it'] } })],
    ['a translated myth', (entry) => ({ translations: { ...entry.translations, it: { myth: 'Un altro modo di dirlo' } } })],
    ['the topics', () => ({ topics: ['crime'] })],
    ['the fact', () => ({ fact: 'A different fact.' })],
    ['the id', () => ({ id: 'another-id' })],
  ])('rebuilds when %s changes, on the same day', (_what, change) => {
    const before = libraryIndexFor(entries);
    expect(libraryIndexFor(changed(change))).not.toBe(before);
  });

  it('rebuilds when an entry leaves the library', () => {
    const before = libraryIndexFor(entries);
    const rebuilt = libraryIndexFor(entries.slice(1));
    expect(rebuilt).not.toBe(before);
    expect(rebuilt.entries).toHaveLength(entries.length - 1);
  });
});
