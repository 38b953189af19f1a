import { z } from 'zod';
import { platformSchema } from './platform';
import { isoDateTimeSchema, webUrlSchema } from './primitives';

/** The text a person highlighted, with where and when. Untrusted: it comes from any web page. */
export const capturedPostSchema = z.strictObject({
  text: z.string().trim().min(1, 'the captured post has no text').max(20_000, 'the captured post is too long'),
  url: webUrlSchema.optional(),
  pageTitle: z.string().max(500).optional(),
  platform: platformSchema,
  author: z.string().max(200).optional(),
  /** Set when the post was longer than the capture keeps: the person should read it on the page. */
  truncated: z.literal(true).optional(),
  capturedAt: isoDateTimeSchema,
});
export type CapturedPost = z.infer<typeof capturedPostSchema>;
