import { z } from 'zod';
import { countryCodeSchema } from './country';
import { languageSchema } from './language';
import { isoDateSchema, nonEmptyTextSchema, slugSchema } from './primitives';
import { sourceSchema } from './source';
import { techniqueSchema } from './technique';
import { topicSchema } from './topic';
import { fieldMessage } from './field-reasons';

/**
 * The myth as the library holds it. `statement` is the neutral wording a draft may use once,
 * in the myth section; `phrasings` are the ways it circulates (slogans, slang, other languages)
 * and are used only to recognise posts, never to write replies.
 */
export const mythSchema = z.strictObject({
  statement: nonEmptyTextSchema,
  phrasings: z.array(nonEmptyTextSchema).min(1, fieldMessage('phrasings')),
});

export const explanationSchema = z.strictObject({
  text: nonEmptyTextSchema,
  technique: techniqueSchema,
  /** A named fallacy within the technique, e.g. "false equivalence", "anecdote as data". */
  fallacy: nonEmptyTextSchema.optional(),
});

/**
 * Notes for the person writing the reply, kept apart from the words a reply may use and never
 * posted: `caveats` are the limits of the evidence (a dated figure, an estimate, a secondary
 * source, what not to claim); `guidance` says how to use it ("check the current figure").
 */
export const authorNotesSchema = z.array(nonEmptyTextSchema);

/** How one audience hears the fact best: the angle that speaks to its values. */
export const audienceAngleSchema = z.strictObject({
  audience: slugSchema,
  angle: nonEmptyTextSchema,
  /**
   * The angle in one short sentence that states the fact for this audience: it opens the X and
   * Bluesky reply in place of the short form's fact, so each audience gets its own reply there.
   */
  short: nonEmptyTextSchema.max(90, fieldMessage('shortAngle')).optional(),
});

/**
 * The sandwich in a few words for short channels (X, Bluesky): all four parts must fit one post
 * of 280 characters together, so each is written short on purpose and reviewed like the rest.
 * The myth line is the neutral statement shortened; the last line restates the fact and names
 * the source.
 */
export const shortSandwichSchema = z
  .strictObject({
    fact: nonEmptyTextSchema.max(90, fieldMessage('shortFact')),
    myth: nonEmptyTextSchema.max(60, fieldMessage('shortMyth')),
    explanation: nonEmptyTextSchema.max(100, fieldMessage('shortExplanation')),
    factAgain: nonEmptyTextSchema.max(70, fieldMessage('shortFactAgain')),
  })
  .refine((short) => short.fact.length + short.myth.length + short.explanation.length + short.factAgain.length <= 250, {
    message: fieldMessage('shortTotal'),
  });

/** A translation is reviewed like the original; any part may be missing and falls back to it. */
export const entryTranslationSchema = z.strictObject({
  myth: nonEmptyTextSchema.optional(),
  fact: nonEmptyTextSchema.optional(),
  explanation: nonEmptyTextSchema.optional(),
  warning: nonEmptyTextSchema.optional(),
  /** The short form in this language (see shortSandwichSchema): without it, short channels get a longer draft or a thread. */
  short: shortSandwichSchema.optional(),
  /** The translation's own caveats and guidance for writers; when missing, the original's apply. */
  caveats: authorNotesSchema.optional(),
  guidance: authorNotesSchema.optional(),
  /**
   * The language this text was translated from, when it is a translation; a version written
   * directly in the language (the country's own words) leaves it out.
   */
  translatedFrom: languageSchema.optional(),
  /** Who checked the translation against the original: a translation is reviewed like the original. */
  reviewer: nonEmptyTextSchema.optional(),
});

export const entryStatusSchema = z.enum(['draft', 'in-review', 'vetted', 'retired']);
export type EntryStatus = z.infer<typeof entryStatusSchema>;

export const reviewSchema = z.strictObject({
  reviewer: nonEmptyTextSchema,
  date: isoDateSchema,
  status: entryStatusSchema,
  note: nonEmptyTextSchema.optional(),
});

export const entrySchema = z
  .strictObject({
    id: slugSchema,
    title: nonEmptyTextSchema,
    topics: z.array(topicSchema).min(1, fieldMessage('topics')),
    /** Where the fact holds: "UK", "US (Texas)", "EU-wide"… A fact is only as good as its scope. */
    scope: nonEmptyTextSchema,
    /** The countries the myth circulates in and the fact answers for (ISO codes, or "EU"): coverage is counted per country. */
    countries: z.array(countryCodeSchema).optional(),
    language: languageSchema,
    myth: mythSchema,
    fact: nonEmptyTextSchema,
    explanation: explanationSchema,
    /** Limits of the evidence, for the writer: never posted (public text stays in fact, explanation…). */
    caveats: authorNotesSchema.default([]),
    /** Instructions to the writer ("present it as an estimate"): never posted. */
    guidance: authorNotesSchema.default([]),
    /** Optional compact wording for short channels (X, Bluesky), in the entry's language; each translation may carry its own. */
    short: shortSandwichSchema.optional(),
    audienceAngles: z.array(audienceAngleSchema).default([]),
    translations: z.partialRecord(languageSchema, entryTranslationSchema).default({}),
    sources: z.array(sourceSchema).min(1, fieldMessage('sources')),
    status: entryStatusSchema,
    author: nonEmptyTextSchema,
    reviews: z.array(reviewSchema).default([]),
    reviewBy: isoDateSchema,
    updated: isoDateSchema,
    /** Free notes for reviewers (the Markdown body of the library file). */
    notes: z.string().default(''),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'vetted' && !entry.reviews.some((review) => review.status === 'vetted')) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviews'],
        message: fieldMessage('vettedNeedsReview'),
      });
    }
    for (const [language, translation] of Object.entries(entry.translations)) {
      const from = translation?.translatedFrom;
      if (from && from !== entry.language && !entry.translations[from]) {
        ctx.addIssue({
          code: 'custom',
          path: ['translations', language, 'translatedFrom'],
          message: `the entry has no "${from}" text to translate from: name "${entry.language}" or one of its translations`,
        });
      }
      if (from === language) {
        ctx.addIssue({
          code: 'custom',
          path: ['translations', language, 'translatedFrom'],
          message: fieldMessage('translatedFromItself'),
        });
      }
    }
    if (entry.translations[entry.language]) {
      ctx.addIssue({
        code: 'custom',
        path: ['translations', entry.language],
        message: `the entry is already written in "${entry.language}"; translations are for other languages`,
      });
    }
  });

export type Entry = z.infer<typeof entrySchema>;
/** What a library file holds before defaults are applied. */
export type EntryInput = z.input<typeof entrySchema>;
