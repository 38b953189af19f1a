import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  audienceSchema,
  bundleSchema,
  capturedPostSchema,
  describeZodError,
  draftSchema,
  entrySchema,
  settingsSchema,
  sightingSchema,
  spokespersonSchema,
} from '.';

const entry = entrySchema.parse({
  id: 'example-entry',
  title: 'Example',
  topics: ['jobs'],
  scope: 'UK',
  language: 'en',
  myth: { statement: 'Immigrants take jobs.', phrasings: ['they took our jobs'] },
  fact: 'Employment of UK-born workers rose alongside immigration.',
  explanation: { text: 'Newcomers also create demand.', technique: 'logical-fallacies', fallacy: 'lump of labour' },
  translations: { fr: { warning: 'Une rumeur prétend que' } },
  sources: [
    {
      title: 'Report',
      publisher: 'Example Observatory',
      url: 'https://example.org/report',
      year: 2024,
      quote: 'A supporting sentence of the report.',
    },
  ],
  status: 'vetted',
  author: 'A. Writer',
  reviews: [{ reviewer: 'B. Reviewer', date: '2026-11-30', status: 'vetted' }],
  reviewBy: '2027-05-31',
  updated: '2026-11-30',
});
const audience = audienceSchema.parse({
  id: 'parents',
  name: 'Parents',
  description: 'Parents of school children.',
  values: ['safety'],
  concerns: ['school places'],
  tone: 'Warm',
  readingLevel: 'plain',
});
const spokesperson = spokespersonSchema.parse({
  id: 'head-teacher',
  name: 'Head teacher',
  organisation: 'School',
  trustedBy: ['parents'],
  voice: 'Warm',
  signOff: '— A head teacher',
});
const post = capturedPostSchema.parse({
  text: 'They get everything for free!',
  url: 'https://social.example/post/1',
  platform: 'mastodon',
  capturedAt: '2026-11-30T10:00:00Z',
});
const draft = draftSchema.parse({
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  title: 'Reply',
  channel: 'mastodon',
  language: 'en',
  status: 'draft',
  sections: { fact: 'Fact.', myth: 'A myth says…', explanation: 'Because…', factAgain: 'Fact again.' },
  entryId: entry.id,
  audienceIds: ['parents'],
  spokespersonId: 'head-teacher',
  capturedPost: post,
  createdAt: '2026-11-30T10:00:00Z',
  updatedAt: '2026-11-30T10:01:00Z',
});
const sighting = sightingSchema.parse({
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  post,
  matchedEntryIds: [entry.id],
  decision: 'hold',
  decidedAt: '2026-11-30T10:02:00Z',
});
const bundle = bundleSchema.parse({
  format: 'fact-sandwich-library',
  formatVersion: 1,
  name: 'Test library',
  version: '2026.11.0',
  publisher: { name: 'Tests' },
  date: '2026-11-30',
  entries: [entry],
  audiences: [audience],
  spokespeople: [spokesperson],
});

const settings = settingsSchema.parse({
  userName: 'Amira',
  defaultLanguage: 'fr',
  defaultChannel: 'mastodon',
  model: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', apiKey: '' },
  lint: { rules: { readability: 'off', 'myth-brief': { severity: 'error', options: { maxWords: 25 } } } },
});

describe('schema round trip through JSON (as stored and as shipped in bundles)', () => {
  const cases: [string, z.ZodType, unknown][] = [
    ['entry', entrySchema, entry],
    ['audience', audienceSchema, audience],
    ['spokesperson', spokespersonSchema, spokesperson],
    ['captured post', capturedPostSchema, post],
    ['draft', draftSchema, draft],
    ['sighting', sightingSchema, sighting],
    ['bundle', bundleSchema, bundle],
    ['settings', settingsSchema, settingsSchema.parse({})],
    ['filled-in settings', settingsSchema, settings],
  ];
  it.each(cases)('%s', (_name, schema, value) => {
    expect(schema.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });
});

describe('invalid input is rejected with the field named', () => {
  const cases: [string, z.ZodType, unknown, string][] = [
    ['entry without sources', entrySchema, { ...entry, sources: [] }, 'sources: cite at least one source'],
    [
      'entry with a javascript: source',
      entrySchema,
      { ...entry, sources: [{ ...entry.sources[0], url: 'javascript:alert(1)' }] },
      'sources[0].url: must be a full http(s) URL',
    ],
    ['entry in an unsupported language', entrySchema, { ...entry, language: 'xx' }, 'language:'],
    [
      'entry translated into its own language',
      entrySchema,
      { ...entry, translations: { en: { fact: 'x' } } },
      'translations.en: the entry is already written in "en"',
    ],
    ['vetted entry without a vetting review', entrySchema, { ...entry, reviews: [] }, 'reviews: a vetted entry needs a review record'],
    ['audience with an id that is not a slug', audienceSchema, { ...audience, id: 'Parents of kids' }, 'id: must be a slug'],
    ['spokesperson trusted by nobody', spokespersonSchema, { ...spokesperson, trustedBy: [] }, 'trustedBy: list the audiences'],
    ['draft missing a section', draftSchema, { ...draft, sections: { fact: '', myth: '', explanation: '' } }, 'sections.factAgain:'],
    ['draft for an unknown channel', draftSchema, { ...draft, channel: 'myspace' }, 'channel:'],
    ['captured post with no text', capturedPostSchema, { ...post, text: '   ' }, 'text: the captured post has no text'],
    ['sighting with an unknown decision', sightingSchema, { ...sighting, decision: 'ignore' }, 'decision:'],
    ['bundle of another format', bundleSchema, { ...bundle, format: 'other' }, 'format: must be "fact-sandwich-library"'],
    ['bundle with duplicate entries', bundleSchema, { ...bundle, entries: [entry, entry] }, 'entries[1].id: duplicate id "example-entry"'],
    [
      'settings with a javascript: model URL',
      settingsSchema,
      { ...settings, model: { ...settings.model, baseUrl: 'javascript:alert(1)' } },
      'model.baseUrl: must be a full http(s) URL',
    ],
    [
      'settings configuring an unknown rule',
      settingsSchema,
      { ...settings, lint: { rules: { 'no-such-rule': 'off' } } },
      'lint.rules.no-such-rule: unknown rule "no-such-rule"',
    ],
    [
      'bundle naming an unknown audience',
      bundleSchema,
      { ...bundle, audiences: [] },
      'spokespeople[0].trustedBy[0]: spokesperson "head-teacher" names an unknown audience "parents"',
    ],
  ];
  it.each(cases)('%s', (_name, schema, value, message) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(describeZodError(result.error!)).toContain(message);
  });
});
