import { describe, expect, it } from 'vitest';
import { loadedTermKinds } from '../../shared/language/cues/loaded-terms';
import { rules } from '../../shared/lint/registry';
import type { Rule } from '../../shared/lint/rule';
import { english } from '../../shared/lint/rule-messages';
import type { MessageData } from '../../shared/schema/diagnostic';
import { interfaceLanguageSchema } from '../../shared/schema/interface-language';
import { instanceIn } from './testing/instance-in';
import en from './locales/en';
import { ruleTextIn } from './rule-text';

const easeBands = ['veryHard', 'hard', 'fairlyHard', 'plain', 'fairlyEasy', 'easy'];
const all = rules as readonly Rule<object>[];

/**
 * Values for each message that takes any, chosen so that every word a code stands for is said at
 * least once. Messages without values are said with none.
 */
const samples: Record<string, Record<string, MessageData[]>> = {
  structure: {},
  'fact-first': {},
  'question-frame': {},
  'fact-truncation': { cutOff: [{ previewLength: 125, end: 212 }] },
  'myth-warned': {
    startWithWarningLike: [{ phrase: 'A common myth claims that' }],
    startWith: [{ phrase: 'Une rumeur prétend que' }],
    warningInOtherLanguage: [
      { warningLanguage: 'en', mythLanguage: 'fr' },
      { warningLanguage: 'de', mythLanguage: 'nl' },
    ],
    replaceWarning: [{ written: 'A common myth:', phrase: 'Une rumeur prétend que' }],
    replaceWarningBeforeMyth: [{ written: 'A common myth:', phrase: 'Een veelgehoorde mythe luidt:' }],
    startSectionWithWarning: [{ phrase: 'Ein verbreiteter Mythos lautet:' }],
    moveWarningFirst: [{ phrase: 'Circula el bulo de que' }],
  },
  'myth-brief': {
    tooManySentences: [
      { sentences: 3, count: 1 },
      { sentences: 4, count: 2 },
    ],
    tooManyWords: [{ words: 41, maxWords: 35 }],
    longerThanFact: [{ mythWords: 22, factWords: 14 }],
    asLongAsFact: [{ mythWords: 14, factWords: 14 }],
  },
  'myth-once': {},
  'loaded-language': {
    loaded: Object.keys(loadedTermKinds).map((kind) => ({ term: 'invasion', kind })),
    useInstead: [{ replacement: 'people without legal status' }],
    sayInstead: [{ neutral: 'undocumented immigrants' }],
  },
  'fallacy-named': { nameTrickWith: [{ opening: 'This is cherry-picking.' }] },
  'alternative-explanation': {},
  overkill: {
    tooManyPoints: [2, 3, 4, 5, 6, 7, 8, 9, 10, 12].map((maxPoints) => ({ points: maxPoints + 2, maxPoints })),
    tooManyPointsForOne: [{ points: 3 }],
  },
  readability: {
    tooHardForAudience: [
      { ease: 'veryHard', audience: 'the general public', level: 'plain' },
      { ease: 'hard', audience: 'local councillors', level: 'general' },
      { ease: 'fairlyHard', audience: 'researchers', level: 'specialist' },
    ],
    harderThanFact: easeBands.map((ease, index) => ({ ease, factEase: easeBands[(index + 2) % easeBands.length]! })),
  },
  'bare-negation': {},
  'fact-repeated': {},
  'truth-ratio': {
    mythMoreOften: [
      { myth: 1, fact: 1 },
      { myth: 2, fact: 2 },
      { myth: 3, fact: 2 },
      { myth: 4, fact: 3 },
    ],
  },
  sourced: { citePublisher: [{ publisher: 'Full Fact' }] },
  'unsupported-figure': { mythsFigure: [{ figure: '£1,000' }], unsourcedFigure: [{ figure: '37%' }] },
  'stale-entry': { overdue: [{ reviewBy: '2025-01-31' }] },
  'link-to-myth': {},
  'channel-length': {
    tooLong: [
      { length: 2_240, limit: 2_200, over: 40, unit: 'characters', channel: 'Instagram' },
      { length: 3_012, limit: 3_000, over: 12, unit: 'bytes', channel: 'Bluesky' },
    ],
    tooLongForThread: [
      { length: 312, limit: 280, over: 32, unit: 'weightedCharacters', channel: 'X' },
      { length: 1_212, limit: 500, over: 712, unit: 'characters', channel: 'Mastodon' },
    ],
    tooLongForComment: [{ length: 1_318, limit: 1_250, over: 68, unit: 'characters', channel: 'LinkedIn', postLimit: 3_000 }],
    threadPostTooLong: [{ post: 2, posts: 4, channel: 'Bluesky' }],
  },
};

const samplesOf = (ruleId: string) => samples[ruleId] ?? {};

/** Every message of every rule, with its values: one case per sample, one with none where a message takes none. */
const said = all.flatMap((rule) =>
  Object.keys(rule.messages).flatMap((messageId) => {
    const data = samplesOf(rule.id)[messageId];
    return (data ?? [undefined]).map((values) => ({ rule, messageId, data: values }));
  }),
);

const asFinding = (ruleId: string, messageId: string, data: MessageData | undefined) => ({
  ruleId,
  severity: 'warning' as const,
  section: 'fact' as const,
  start: 0,
  end: 0,
  message: '(the English the finding came with)',
  messageId,
  ...(data ? { data } : {}),
});

describe('the rules catalogue', () => {
  const englishText = ruleTextIn(instanceIn('en'));
  const catalogue = en.rules as Record<string, { messages: Record<string, string>; values?: Record<string, Record<string, string>> }>;

  it('has every rule, and no other (and so do the samples here)', () => {
    expect(Object.keys(catalogue).sort()).toEqual(all.map((rule) => rule.id).sort());
    expect(Object.keys(samples).sort()).toEqual(all.map((rule) => rule.id).sort());
  });

  it.each(all.map((rule) => [rule.id, rule] as const))(
    '%s: its title, description and rationale in English are the rule’s own',
    (_, rule) => {
      expect([englishText.title(rule), englishText.description(rule), englishText.rationale(rule)]).toEqual([
        rule.meta.title,
        rule.meta.description,
        rule.meta.rationale,
      ]);
    },
  );

  it.each(all.map((rule) => [rule.id, rule] as const))('%s: has the messages the rule can give, and no other', (id, rule) => {
    const inCatalogue = new Set(Object.keys(catalogue[id]!.messages).map((key) => key.replace(/_(one|other)$/, '')));
    expect([...inCatalogue].sort()).toEqual(Object.keys(rule.messages).sort());
    // A message that takes values has samples here, so that its English is checked below.
    for (const [messageId, message] of Object.entries(rule.messages)) {
      if (message.length > 0) expect(samplesOf(id)[messageId], `${id} ${messageId}`).toBeDefined();
    }
  });

  it.each(
    said.map(({ rule, messageId, data }) => [`${rule.id} ${messageId} ${JSON.stringify(data ?? {})}`, rule, messageId, data] as const),
  )('says %s as the rule does', (_, rule, messageId, data) => {
    const finding = asFinding(rule.id, messageId, data);
    expect(englishText.message(finding)).toBe(english(rule.messages, messageId, data));
    // Said as a fix too, where suggestions' ids live beside the messages.
    expect(englishText.fix(finding, { description: '(English)', messageId, ...(data ? { data } : {}) })).toBe(
      english(rule.messages, messageId, data),
    );
  });

  it('puts every word of its value tables in some sample', () => {
    const unused = Object.entries(catalogue).flatMap(([id, { values }]) =>
      Object.entries(values ?? {}).flatMap(([name, table]) =>
        Object.keys(table)
          .filter((code) => !Object.values(samplesOf(id)).some((data) => data.some((sample) => codeOf(sample[name], table) === code)))
          .map((code) => `${id} values.${name}.${code}`),
      ),
    );
    expect(unused).toEqual([]);
  });

  it('keeps the English a finding came with when the catalogue has no such message (stored before message ids)', () => {
    const old = { ...asFinding('myth-brief', 'noSuchMessage', undefined), message: 'An older wording.' };
    expect(englishText.message(old)).toBe('An older wording.');
    const { messageId: _, ...withoutId } = asFinding('structure', 'factEmpty', undefined);
    expect(englishText.message(withoutId)).toBe('(the English the finding came with)');
  });
});

describe.each(interfaceLanguageSchema.options.filter((language) => language !== 'en'))('the rules in %s', (language) => {
  const text = ruleTextIn(instanceIn(language));
  const englishText = ruleTextIn(instanceIn('en'));

  it.each(
    said.map(({ rule, messageId, data }) => [`${rule.id} ${messageId} ${JSON.stringify(data ?? {})}`, rule, messageId, data] as const),
  )('says %s in its own words, every value filled in', (_, rule, messageId, data) => {
    const finding = asFinding(rule.id, messageId, data);
    const shown = text.message(finding);
    expect(shown).not.toBe(englishText.message(finding));
    expect(shown).not.toMatch(/\{\{|\}\}|rules:|values\.|\$t\(/);
    for (const value of Object.values(data ?? {})) {
      // Words the person wrote (a term, a publisher) are quoted as written.
      // Codes and dates are put in words and written the language's way.
      if (typeof value === 'string' && !/^[a-z][a-zA-Z]*$|^\d{4}-\d{2}-\d{2}$/.test(value)) expect(shown).toContain(value);
    }
  });
});

/** The table entry a sample's value is said with: its own, or `other` for a number the table does not list. */
function codeOf(value: string | number | undefined, table: Record<string, string>): string | undefined {
  if (value === undefined) return undefined;
  if (String(value) in table) return String(value);
  return typeof value === 'number' && 'other' in table ? 'other' : undefined;
}
