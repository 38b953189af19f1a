import { z } from 'zod';
import { platformSchema } from './platform';
import { isoDateTimeSchema, webUrlSchema } from './primitives';

/** One post of several that a selection covered: enough to recognise it and answer it instead. */
export const postInSelectionSchema = z.strictObject({
  text: z.string().trim().min(1, 'a selected post has no text').max(20_000, 'a selected post is too long'),
  author: z.string().max(200).optional(),
  authorName: z.string().max(200).optional(),
  permalink: webUrlSchema.optional(),
  postedAt: isoDateTimeSchema.optional(),
  shownInPart: z.literal(true).optional(),
});
export type PostInSelection = z.infer<typeof postInSelectionSchema>;

/** The text a person highlighted, with where and when. Untrusted: it comes from any web page. */
export const capturedPostSchema = z.strictObject({
  text: z.string().trim().min(1, 'the captured post has no text').max(20_000, 'the captured post is too long'),
  /** The page it was captured on. */
  url: webUrlSchema.optional(),
  pageTitle: z.string().max(500).optional(),
  /** The post's own address, when the page showed one: the source link for a reply further down a page. */
  permalink: webUrlSchema.optional(),
  /** When the post was published, as the page said. */
  postedAt: isoDateTimeSchema.optional(),
  platform: platformSchema,
  /** The handle ("@alice", "u/name"), else the display name. */
  author: z.string().max(200).optional(),
  /** The display name the author chose, when there is a handle too ("Rumour Mill" for @rumourmill). */
  authorName: z.string().max(200).optional(),
  /** Set when the post was longer than the capture keeps: the person should read it on the page. */
  truncated: z.literal(true).optional(),
  /** The platform showed only part of the post ("See more"): what was not on the page was not read. */
  shownInPart: z.literal(true).optional(),
  /** A post this one quotes, kept apart from its own text. */
  quoted: z.strictObject({ text: z.string().trim().min(1).max(20_000), author: z.string().max(200).optional() }).optional(),
  /** The highlight was in the quoted post: the quote is matched with the post. */
  selectionInQuote: z.literal(true).optional(),
  /** Every post the selection covered, in page order, when there were several: the person picks one. */
  inSelection: z.array(postInSelectionSchema).min(2).max(10).optional(),
  capturedAt: isoDateTimeSchema,
});
export type CapturedPost = z.infer<typeof capturedPostSchema>;

/** The words to match against the library: the post's own, and the quoted post's when that is what was highlighted. */
export function textToMatch(post: Pick<CapturedPost, 'text' | 'quoted' | 'selectionInQuote'>): string {
  return post.selectionInQuote && post.quoted ? `${post.text}\n${post.quoted.text}` : post.text;
}
