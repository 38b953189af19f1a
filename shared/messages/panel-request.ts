import { z } from 'zod';
import { insertProblemInPageSchema, replyFieldSchema } from './insert-reply-result';

/**
 * What an extension page (the side panel) may ask the background to do. The background is the
 * only context that reaches into web pages, so every request is validated before it acts.
 */
export const panelRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('insert-reply'),
    /** The sighting whose page gets the reply: the background remembers which tab it came from. */
    sightingId: z.uuid(),
    text: z.string().trim().min(1, 'the reply is empty').max(20_000, 'the reply is too long'),
  }),
]);
export type PanelRequest = z.infer<typeof panelRequestSchema>;

/** Why an insert failed: the page's own reasons, and the background's. */
export const insertProblemSchema = z.enum([
  ...insertProblemInPageSchema.options,
  /** The browser was restarted: the sighting's tab is not remembered. */
  'tab-unknown',
  /** The tab was closed, reloaded or navigated away. */
  'page-unreachable',
  /** The page answered something other than the insert function's result. */
  'not-confirmed',
  /** The request came from a web page or another extension. */
  'refused-sender',
  /** The request did not match panelRequestSchema; `detail` names the fields. */
  'refused-invalid',
]);
export type InsertProblem = z.infer<typeof insertProblemSchema>;

/**
 * The background's answer, as codes the side panel words in the interface language (issue 20):
 * the background does not know it, and a sentence built there would reach a French panel in English.
 */
export const panelResponseSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), into: replyFieldSchema }),
  z.strictObject({ ok: z.literal(false), problem: insertProblemSchema, detail: z.string().max(2_000).optional() }),
]);
export type PanelResponse = z.infer<typeof panelResponseSchema>;
