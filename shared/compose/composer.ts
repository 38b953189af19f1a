import { z } from 'zod';
import { audienceSchema } from '../schema/audience';
import { channelIdSchema } from '../schema/channel';
import { draftFormatSchema, sandwichSchema, type DraftFormat } from '../schema/draft';
import { entrySchema } from '../schema/entry';
import { languageSchema } from '../schema/language';
import { spokespersonSchema } from '../schema/spokesperson';

/** What a composer needs: vetted material only (the entry and the profiles), never the post's words. */
export const composeRequestSchema = z.strictObject({
  entry: entrySchema,
  audience: audienceSchema.optional(),
  spokesperson: spokespersonSchema.optional(),
  channel: channelIdSchema.default('x'),
  language: languageSchema.optional(),
  /** How the draft goes out (a reply unless said otherwise); composers write one post when they can. */
  format: draftFormatSchema.optional(),
  /** Light humour where it helps (evidence is mixed: offer it, never force it). */
  humour: z.boolean().default(false),
  /**
   * Entries for the post's other claims (see otherClaimsInPost): the draft answers the main claim
   * and gives each of these a sentence of its own fact.
   */
  alsoAnswer: z.array(entrySchema).max(2).default([]),
});
export type ComposeRequest = z.input<typeof composeRequestSchema>;

export const composedDraftSchema = z.strictObject({
  /** The four sections, in order, ready for the editor. */
  sections: sandwichSchema,
  language: languageSchema,
  /** Whether the four sections fit the channel as one post. */
  fitsChannel: z.boolean(),
  /**
   * When they do not: the same sandwich as numbered posts ("1/3 …"), each within the channel's
   * limit and still in the order fact, myth, explanation, fact again.
   */
  thread: z.array(z.string()).optional(),
  /**
   * How it is offered: as one reply or post (the request's), or as a thread when the template
   * composer could fit no single post. A model draft keeps the request's format even when too
   * long: its thread is a fallback for review, not the offer.
   */
  format: draftFormatSchema,
  /** Plain notes for the person: why a thread is offered, which fallback was used… */
  notes: z.array(z.string()),
  composer: z.enum(['template', 'model']),
});
export type ComposedDraft = z.infer<typeof composedDraftSchema>;

/** The format of a draft written as one post: a thread asked for is redrafted as one reply when it fits. */
export function singlePostFormat(requested: DraftFormat | undefined): 'reply' | 'post' {
  return requested === 'post' ? 'post' : 'reply';
}
