import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { CapturedPost } from '../schema';
import { composeTemplateDraft } from './compose-template-draft';
import {
  buildDraftContext,
  composedChoices,
  composedLintContext,
  DraftContextError,
  lintDraft,
  type DraftChoices,
  type DraftContext,
  type DraftContextInput,
} from './draft-context';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const library = assembled.bundle;
const entry = library.entries.find((candidate) => candidate.id === 'asylum-luxury-support')!;
// The post's other claim ("while pensioners freeze"), answered from its own entry.
const pensioners = library.entries.find((candidate) => candidate.id === 'uk-refugees-vs-pensioners')!;
const [audience] = library.audiences;
const [spokesperson] = library.spokespeople;
const today = '2026-03-14';
const post: CapturedPost = {
  text: 'Every single one gets a free room in a four-star hotel while pensioners freeze!',
  url: 'https://x.com/rumourmill/status/1790000000000000001',
  platform: 'x',
  capturedAt: '2026-03-14T09:30:00.000Z',
};

describe('buildDraftContext', () => {
  it.each<[string, DraftChoices, Partial<DraftContextInput>, Omit<DraftContext, 'entry' | 'audience' | 'spokesperson'>]>([
    [
      'a reply to a captured post: the post, its address, the audience, the channel, the language and today',
      { entryId: entry.id, audienceIds: [audience!.id], channel: 'x', language: 'en', format: 'reply', capturedPost: post },
      {},
      {
        lint: {
          entry,
          audience,
          channel: 'x',
          format: 'reply',
          language: 'en',
          post: post.text,
          alsoAnswered: [pensioners],
          postUrl: post.url!,
          today,
        },
        compose: { entry, audience, channel: 'x', language: 'en', format: 'reply', alsoAnswer: [pensioners] },
      },
    ],
    [
      'a thread in French with a sign-off and no post',
      { entryId: entry.id, audienceIds: [], spokespersonId: spokesperson!.id, channel: 'bluesky', language: 'fr', format: 'thread' },
      {},
      {
        lint: { entry, channel: 'bluesky', format: 'thread', language: 'fr', today },
        compose: { entry, spokesperson, channel: 'bluesky', language: 'fr', format: 'thread' },
      },
    ],
    [
      'a draft saved before drafts recorded their format: a reply',
      { entryId: entry.id, audienceIds: [], channel: 'mastodon', language: 'en' },
      {},
      {
        lint: { entry, channel: 'mastodon', format: 'reply', language: 'en', today },
        compose: { entry, channel: 'mastodon', language: 'en', format: 'reply' },
      },
    ],
    [
      'a draft file for the CLI: no channel or language, the post and its address given apart',
      { entryId: entry.id, format: 'post' },
      { post: { text: post.text, url: post.url! }, humour: true },
      {
        lint: { entry, format: 'post', post: post.text, alsoAnswered: [pensioners], postUrl: post.url!, today },
        compose: { entry, format: 'post', humour: true, alsoAnswer: [pensioners] },
      },
    ],
    [
      'a post given apart replaces the captured one, its address included',
      { audienceIds: [], channel: 'x', language: 'en', capturedPost: post },
      { post: { text: 'Another post.' } },
      { lint: { channel: 'x', format: 'reply', language: 'en', post: 'Another post.', today } },
    ],
    [
      'a sandwich typed from scratch: no entry, so nothing to compose from',
      { audienceIds: [audience!.id], channel: 'x', language: 'en' },
      {},
      { lint: { audience, channel: 'x', format: 'reply', language: 'en', today } },
    ],
    [
      'an entry or audience the library no longer has is left out',
      { entryId: 'deleted-entry', audienceIds: ['deleted-audience'], channel: 'x', language: 'en' },
      {},
      { lint: { channel: 'x', format: 'reply', language: 'en', today } },
    ],
    [
      'an empty post file counts as no post; its address still counts',
      { channel: 'x' },
      { post: { text: ' \n', url: post.url! } },
      { lint: { channel: 'x', format: 'reply', postUrl: post.url!, today } },
    ],
  ])('%s', (_case, draft, rest, expected) => {
    const context = buildDraftContext({ draft, library, today, ...rest });
    const { entry: _entry, audience: _audience, spokesperson: _spokesperson, ...judged } = context;
    expect(judged).toEqual(expected);
  });

  it('passes the library’s own entry and profiles through, so what the linter works out per entry is kept', () => {
    const context = buildDraftContext({
      draft: { entryId: entry.id, audienceIds: [audience!.id], spokespersonId: spokesperson!.id, channel: 'x', language: 'en' },
      library,
      today,
    });
    expect(context.entry).toBe(entry);
    expect(context.lint.entry).toBe(entry);
    expect(context.compose?.entry).toBe(entry);
    expect(context.audience).toBe(audience);
    expect(context.spokesperson).toBe(spokesperson);
  });

  it('carries the team’s rule levels to the linter', () => {
    const draft = { entryId: entry.id, channel: 'x', language: 'en', capturedPost: post } as const;
    const sections = {
      fact: entry.fact,
      myth: 'A common myth claims they get luxury hotels.',
      explanation: post.url!,
      factAgain: entry.fact,
    };
    const rules = (config: DraftContextInput['lintConfig']) =>
      lintDraft(sections, buildDraftContext({ draft, library, today, ...(config ? { lintConfig: config } : {}) }))
        .filter((finding) => finding.ruleId === 'link-to-myth')
        .map((finding) => finding.severity);
    expect(rules(undefined)).toEqual(['error']);
    expect(rules({ rules: { 'link-to-myth': 'warning' } })).toEqual(['warning']);
    expect(rules({ rules: { 'link-to-myth': 'off' } })).toEqual([]);
  });

  it.each([
    ['a post address that is not a web address', { post: { url: 'x.com/status/1' } }, 'post.url: must be a full http(s) URL'],
    ['a day that is not a date', { today: '14/03/2026' }, 'today: must be a date written YYYY-MM-DD'],
    ['an unknown format', { draft: { format: 'carousel' } }, 'draft.format: '],
    ['a post too long to be one', { post: { text: 'x'.repeat(20_001) } }, 'post.text: '],
  ])('refuses %s, naming the field', (_case, changes, message) => {
    const input = { draft: { channel: 'x' }, library, today, ...changes } as DraftContextInput;
    expect(() => buildDraftContext(input)).toThrow(DraftContextError);
    expect(() => buildDraftContext(input)).toThrow(message);
  });
});

describe('composedLintContext', () => {
  it('is the context the draft has once the composed text is put in it', () => {
    // French on X without the translation's short form: the template composer offers a thread;
    // a draft for an audience, with a post.
    const { short: _short, ...french } = entry.translations.fr!;
    const longEntry = { ...entry, translations: { ...entry.translations, fr: french } };
    const input: DraftContextInput = {
      draft: { entryId: entry.id, audienceIds: [audience!.id], channel: 'x', language: 'fr', capturedPost: post },
      library: { ...library, entries: library.entries.map((candidate) => (candidate.id === entry.id ? longEntry : candidate)) },
      today,
    };
    const before = buildDraftContext(input);
    const composed = composeTemplateDraft(before.compose!, { context: before.lint });
    expect(composedChoices(composed)).toEqual({ language: 'fr', format: 'thread' });
    const after = buildDraftContext({ ...input, draft: { ...input.draft, ...composedChoices(composed) } });
    expect(composedLintContext(before.lint, { entry: longEntry, audience: audience!, channel: 'x' }, composed)).toEqual(after.lint);
  });
});
