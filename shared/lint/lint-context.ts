import { z } from 'zod';
import { audienceSchema } from '../schema/audience';
import { channelIdSchema } from '../schema/channel';
import { draftFormatSchema } from '../schema/draft';
import { entrySchema } from '../schema/entry';
import { languageSchema } from '../schema/language';
import { isoDateSchema } from '../schema/primitives';

/**
 * What the linter may know besides the four sections. Everything is optional: a sandwich typed
 * from scratch is linted against itself (its own myth section is the myth).
 */
export const lintContextSchema = z.strictObject({
  /** The library entry the draft rebuts: its myth wording, fact, figures and sources. */
  entry: entrySchema.optional(),
  /**
   * Other library entries the draft also answers (the post's other claims, one point each): their
   * facts and figures are the draft's to use too.
   */
  alsoAnswered: z.array(entrySchema).max(3).optional(),
  /** The text of the post being answered (untrusted; used only for comparison). */
  post: z.string().max(20_000).optional(),
  /** The post's address, to catch replies that link straight to it. */
  postUrl: z.string().optional(),
  /** The page the post was captured on, when that is not the post's own address (a thread, a feed): linking to it sends readers to the post too. */
  pageUrl: z.string().optional(),
  channel: channelIdSchema.optional(),
  /** A reply unless said otherwise: see draftFormatSchema. */
  format: draftFormatSchema.optional(),
  audience: audienceSchema.optional(),
  language: languageSchema.optional(),
  /**
   * The day of the draft (YYYY-MM-DD), for rules that depend on the date, such as an entry past
   * its review-by date. Without it those rules stay silent, so the same input always lints the same.
   */
  today: isoDateSchema.optional(),
});
export type LintContext = z.infer<typeof lintContextSchema>;
