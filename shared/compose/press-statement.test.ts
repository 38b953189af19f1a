import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { foldText } from '../language/normalise';
import { splitSentences } from '../language/sentences';
import type { Entry } from '../schema/entry';
import type { Language } from '../schema/language';
import type { Spokesperson } from '../schema/spokesperson';
import { composeTemplateDraft } from './compose-template-draft';
import { draftableLanguages } from './draft-language';
import { buildPressStatement, type PressStatement } from './press-statement';
import { pressStatementPhrases } from './press-statement-phrases';

const { window } = new JSDOM('');
const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { entries, spokespeople } = assembled.bundle;
const entry = (id: string) => entries.find((candidate) => candidate.id === id)!;
const person = (id: string) => spokespeople.find((candidate) => candidate.id === id)!;

/** The press statement of the template's e-mail draft, as the editor builds it. */
function statementFor(subject: Entry, spokesperson: Spokesperson | undefined, language: Language = subject.language): PressStatement {
  const draft = composeTemplateDraft({ entry: subject, channel: 'email', language, ...(spokesperson ? { spokesperson } : {}) });
  return buildPressStatement(
    { sandwich: draft.sections, channel: 'email', entry: subject, spokesperson, language, date: '2026-11-02' },
    window,
  );
}

const paragraphsOf = (statement: PressStatement) => statement.text.trim().split('\n\n');
const keyOf = (sentence: string) =>
  foldText(sentence)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Every sentence from the headline to the last paragraph before the sources, said more than once. */
function repeatedSentences(statement: PressStatement, sourcesLabel: string): string[] {
  const paragraphs = paragraphsOf(statement);
  const body = paragraphs.slice(
    1,
    paragraphs.findIndex((paragraph) => paragraph.startsWith(`${sourcesLabel}\n`)),
  );
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const sentence of body.flatMap((paragraph) => splitSentences(paragraph).map((part) => part.text))) {
    // The quote's marks and attribution are not the sentence: “X,” said … → X
    const key = keyOf(sentence.replace(/[“”«»„]|\s(?:said|a déclaré|sagte|declaró|ha dichiarato)\s.*$/g, ''));
    if (seen.has(key)) repeated.push(sentence);
    seen.add(key);
  }
  return repeated;
}

/** Checks every statement must pass, whoever speaks and in whatever language. */
function expectAPressStatement(statement: PressStatement, subject: Entry, spokesperson: Spokesperson, language: Language) {
  const phrases = pressStatementPhrases[language];
  const [kicker, headline, lead, quote] = paragraphsOf(statement);
  expect(kicker).toBe(`${phrases.kind} · ${spokesperson.organisation} · `.toLocaleUpperCase(phrases.locale) + kicker!.split(' · ')[2]);
  expect(headline).toBe(statement.headline);
  expect(statement.headline.length).toBeGreaterThan(10);
  expect(statement.headline.length).toBeLessThanOrEqual(120);
  // A headline to write only in a translation with no short fact, where the fact's one sentence would be said twice.
  const toWrite = statement.headline === phrases.headlineToFill;
  if (toWrite) expect(language === subject.language || Boolean(subject.translations[language]?.short)).toBe(false);
  // The lead is the fact; the quote is the myth warned of and the explanation, never the fact.
  const fact = language === subject.language ? subject.fact : subject.translations[language]!.fact!;
  expect(keyOf(lead!)).toBe(keyOf(fact));
  expect(quote).toContain(`${phrases.said} ${phrases.nameToFill}, ${spokesperson.name}`);
  expect(quote!.startsWith(phrases.open)).toBe(true);
  expect(keyOf(quote!)).not.toContain(keyOf(splitSentences(fact)[0]!.text));
  expect(repeatedSentences(statement, phrases.sources)).toEqual([]);
  for (const source of subject.sources) expect(statement.text).toContain(`- ${source.publisher}, “`);
  for (const source of subject.sources) expect(statement.text).toContain(source.url);
  expect(statement.text).toMatch(new RegExp(`^${phrases.contact}\\S.*$`, 'm'));
  expect(statement.text.trimEnd().endsWith(phrases.ends)).toBe(true);
  expect(statement.toFill).toEqual([...(toWrite ? [phrases.headlineToFill] : []), phrases.nameToFill, phrases.contactToFill]);
  expect(statement.html).toContain(
    toWrite ? `<h1><mark>${statement.headline}</mark></h1>` : `<h1>${statement.headline.replace(/&/g, '&amp;')}</h1>`,
  );
  expect(statement.html).toContain(`<mark>${phrases.contactToFill}</mark>`);
}

describe('buildPressStatement over the starter library', () => {
  const combinations = entries.flatMap((subject) => spokespeople.map((spokesperson) => [subject.id, spokesperson.id] as const));

  it.each(combinations)('%s, said by %s: headline, attributed quote, no sentence twice, sources, contact', (entryId, personId) => {
    expectAPressStatement(statementFor(entry(entryId), person(personId)), entry(entryId), person(personId), entry(entryId).language);
  });

  const translated = entries.flatMap((subject) =>
    draftableLanguages(subject)
      .filter((language) => language !== subject.language)
      .map((language) => [subject.id, language] as const),
  );
  it.each(translated)('%s in %s: the statement is in the draft’s language', (entryId, language) => {
    const council = person('city-communications');
    const statement = statementFor(entry(entryId), council, language);
    expectAPressStatement(statement, entry(entryId), council, language);
    const { open, warning } = pressStatementPhrases[language];
    const quote = paragraphsOf(statement)[3]!;
    expect([warning.organisation.clause, warning.organisation.colon].some((lead) => quote.startsWith(`${open}${lead}`))).toBe(true);
  });
});

describe('buildPressStatement', () => {
  const taxes = entry('us-undocumented-taxes');

  it('answers the issue: the fact once at the start, the quote in the council’s words, never the fact quoted back', () => {
    const statement = statementFor(taxes, person('city-communications'));
    const [, headline, lead, quote] = paragraphsOf(statement);
    expect(`${headline}.`).toBe(taxes.short!.fact);
    expect(lead).toBe(taxes.fact.replace(/\s+/g, ' '));
    expect(quote).toMatch(
      /^“We are aware of the false claim that undocumented immigrants in the US do not pay taxes,” said \[Name\], City communications officer, City council\. “.+”$/,
    );
    expect(statement.text).not.toContain('”, said');
  });

  it.each<[string, string, string]>([
    ['a person speaks in the first person', 'head-teacher', '“I keep hearing the false claim that '],
    ['the council’s team says “we”', 'city-communications', '“We are aware of the false claim that '],
    [
      'an organisation already in the role is not named twice',
      'business-association-chair',
      'said [Name], Chair of the local business association.',
    ],
  ])('%s', (_, personId, expected) => {
    expect(statementFor(taxes, person(personId)).text).toContain(expected);
  });

  it('quotes a named spokesperson with role and organisation, with their contact and nothing to fill in', () => {
    const named: Spokesperson = {
      ...person('public-health-officer'),
      name: 'Dr Amina Yusuf',
      role: 'Director of Public Health',
      contact: 'press@health.example, 01234 567890',
    };
    const statement = statementFor(entry('europe-migrants-disease-outbreaks'), named);
    expect(statement.text).toContain(',” said Dr Amina Yusuf, Director of Public Health, Local public health service. “');
    expect(statement.text).toContain('\n\nMedia contact: press@health.example, 01234 567890\n\n');
    expect(statement.toFill).toEqual([]);
    expect(statement.html).not.toContain('<mark>');
  });

  it('without a spokesperson, leaves the organisation, the speaker and the contact to fill in', () => {
    const statement = statementFor(taxes, undefined);
    expect(statement.toFill).toEqual(['[organisation]', '[Name]', '[role, organisation]', '[name, email, phone]']);
    expect(statement.text).toContain('said [Name], [role, organisation].');
    expect(statement.text.startsWith('PRESS STATEMENT · [ORGANISATION] · 2 NOVEMBER 2026\n\n')).toBe(true);
  });

  it('builds from the entry’s full wording when the draft is cut down for X, and says so', () => {
    const council = person('city-communications');
    const short = composeTemplateDraft({ entry: taxes, channel: 'x', spokesperson: council });
    const statement = buildPressStatement(
      { sandwich: short.sections, channel: 'x', entry: taxes, spokesperson: council, date: '2026-11-02' },
      window,
    );
    expect(statement.notes).toEqual(["Built from the entry's full wording: the draft is written for X, too short for the press."]);
    expect(statement.text).toContain(taxes.fact.replace(/\s+/g, ' '));
    expect(statement.text).not.toContain('$96.7bn in 2022, according to an ITEP estimate.');
  });

  it('keeps the writer’s own words: an edited myth warning stays as written, an edited fact leads', () => {
    const council = person('city-communications');
    const draft = composeTemplateDraft({ entry: taxes, channel: 'email', spokesperson: council }).sections;
    const sandwich = { ...draft, fact: 'Undocumented immigrants paid $96.7 billion in taxes in 2022.', myth: 'Some say they pay nothing.' };
    const statement = buildPressStatement({ sandwich, channel: 'email', entry: taxes, spokesperson: council, date: '2026-11-02' }, window);
    const [, , lead, quote] = paragraphsOf(statement);
    expect(lead).toBe('Undocumented immigrants paid $96.7 billion in taxes in 2022.');
    expect(quote!.startsWith('“Some say they pay nothing,” said [Name]')).toBe(true);
  });

  it('sanitises the HTML: markup typed into a draft is text, never a tag', () => {
    const council = person('city-communications');
    const draft = composeTemplateDraft({ entry: taxes, channel: 'email', spokesperson: council }).sections;
    const sandwich = { ...draft, explanation: `${draft.explanation} <script>alert(1)</script><img src=x onerror=alert(1)>` };
    const { html } = buildPressStatement({ sandwich, channel: 'email', entry: taxes, spokesperson: council, date: '2026-11-02' }, window);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain(`<a href="${taxes.sources[0]!.url}">`);
  });

  it('keeps an ISO date on its day in every time zone, and refuses a non-date', () => {
    const sandwich = composeTemplateDraft({ entry: taxes, channel: 'email' }).sections;
    const base = { sandwich, channel: 'email', entry: taxes } as const;
    expect(buildPressStatement({ ...base, date: '2026-01-01' }, window).text).toContain('1 JANUARY 2026');
    expect(() => buildPressStatement({ ...base, date: 'soon' }, window)).toThrow(RangeError);
  });
});
