import { z } from 'zod';

/** The kind of field a reply went into: the panel says "reply box" or "reply field". */
export const replyFieldSchema = z.enum(['textarea', 'input', 'contenteditable']);

/** Why the page could not take the reply; the side panel words each one (issue 20). */
export const insertProblemInPageSchema = z.enum([
  'no-text',
  /** No field is focused and the page has no single reply box to choose. */
  'no-reply-box',
  /** The page broke a DOM method the insert function called. */
  'page-refused',
]);

/** What the injected insert function reports back: it runs in a web page, so it is checked. */
export const insertReplyResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), into: replyFieldSchema }),
  z.strictObject({ ok: z.literal(false), problem: insertProblemInPageSchema }),
]);
export type InsertReplyResultMessage = z.infer<typeof insertReplyResultSchema>;
