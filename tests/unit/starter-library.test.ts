import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
const readJsonLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
// Quotes as read on the publishers' pages: the research set, and those read for the EU library (issue 16).
const researchQuotes = [
  ...readJsonLines<{ url: string; quote: string }>('tests/fixtures/source-quotes.jsonl'),
  ...readJsonLines<{ url: string; quote: string }>('tests/fixtures/source-quotes-eu.jsonl'),
];
// The team's development posts and our evaluation posts (tests/eval/posts): a library phrasing that
// copied one would make the matcher's figures on it meaningless.
const devPosts = [
  ...readJsonLines<{ id: string; topic: string; post: string }>('tests/fixtures/posts-dev.jsonl'),
  ...['en', 'fr', 'de', 'es', 'it'].flatMap((language) => readJsonLines<{ id: string; topic: string; post: string }>(`tests/eval/posts/${language}.jsonl`)),
];

describe('the starter library', () => {
  if (!assembled.ok)
    throw new Error(
      assembled.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.problem}`).join('\n'),
    );
  const { entries, audiences, spokespeople } = assembled.bundle;

  it('has at least 20 entries across at least 10 topics', () => {
    expect(entries.length).toBeGreaterThanOrEqual(20);
    expect(new Set(entries.flatMap((entry) => entry.topics)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))(
    '%s cites sources with verbatim quotes as read on their pages',
    (_id, entry) => {
      expect(entry.sources.length).toBeGreaterThanOrEqual(1);
      for (const source of entry.sources) {
        expect(source.url).toMatch(/^https:\/\//);
        expect(researchQuotes.map(({ quote }) => quote)).toContain(source.quote);
      }
    },
  );

  it('has at least 5 entries translated into French, German and Spanish', () => {
    const translated = entries.filter((entry) =>
      (['fr', 'de', 'es'] as const).every((language) => {
        const translation = entry.translations[language];
        return translation?.myth && translation.fact && translation.explanation && translation.warning;
      }),
    );
    expect(translated.length).toBeGreaterThanOrEqual(5);
  });

  it('has at least 4 audiences and 3 spokespeople, each spokesperson trusted by a starter audience', () => {
    expect(audiences.length).toBeGreaterThanOrEqual(4);
    expect(spokespeople.length).toBeGreaterThanOrEqual(3);
    const audienceIds = audiences.map((audience) => audience.id);
    for (const person of spokespeople) expect(audienceIds).toEqual(expect.arrayContaining(person.trustedBy));
  });

  it('is vetted, or honestly held in review, and every entry is due for review in the future', () => {
    for (const entry of entries) {
      expect(['vetted', 'in-review']).toContain(entry.status);
      expect(entry.reviewBy > entry.updated).toBe(true);
    }
    expect(entries.filter((entry) => entry.status === 'vetted').length).toBeGreaterThanOrEqual(20);
  });

  // Issue 16: phrasings are our own paraphrases of how a myth circulates. A post used to develop or
  // evaluate the matcher copied into them would let the matcher "find" the post by its own words
  // and hide how it does on posts it has never seen.
  const normalise = (text: string) =>
    text
      .toLocaleLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/[^\p{L}\p{N}#' ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const phrasings = entries.flatMap((entry) => entry.myth.phrasings.map((phrasing) => ({ entry: entry.id, text: normalise(phrasing) })));
  it.each(devPosts.map((post) => [post.id, post] as const))('no circulating phrasing copies post %s word for word', (_id, { post }) => {
    const text = normalise(post);
    const copies = phrasings.filter(
      (phrasing) => (phrasing.text.split(' ').length >= 6 && text.includes(phrasing.text)) || phrasing.text.includes(text),
    );
    expect(copies.map((copy) => `${copy.entry}: ${copy.text}`)).toEqual([]);
  });
});
