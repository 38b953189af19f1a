import { z } from 'zod';

/** What the injected insert function reports back: it runs in a web page, so it is checked. */
export const insertReplyResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), into: z.enum(['textarea', 'input', 'contenteditable']) }),
  z.strictObject({ ok: z.literal(false), message: z.string().max(500) }),
]);
export type InsertReplyResultMessage = z.infer<typeof insertReplyResultSchema>;
