import { z } from 'zod';

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

export const panelResponseSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), message: z.string() }),
  z.strictObject({ ok: z.literal(false), message: z.string() }),
]);
export type PanelResponse = z.infer<typeof panelResponseSchema>;
