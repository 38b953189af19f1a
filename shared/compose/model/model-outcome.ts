import { z } from 'zod';
import { diagnosticSchema } from '../../schema/diagnostic';
import { sandwichSchema, sectionIdSchema } from '../../schema/draft';
import { composedDraftSchema } from '../composer';

/** Why a model draft did not arrive. Each has its own plain message (model-problems.ts). */
export const modelProblemSchema = z.enum([
  'unauthorized',
  'forbidden',
  'model-not-found',
  'rate-limited',
  'server-error',
  'bad-request',
  'timeout',
  'network',
  'stream-cut',
  'too-long',
  'invalid-json',
  'schema-mismatch',
  'refusal',
  'cancelled',
]);
export type ModelProblem = z.infer<typeof modelProblemSchema>;

/** The draft as it streams in: the sections read so far and those the model has finished. */
export const modelProgressSchema = z.strictObject({
  stage: z.enum(['drafting', 'repairing']),
  sections: sandwichSchema.partial(),
  complete: z.array(sectionIdSchema),
});
export type ModelProgress = z.infer<typeof modelProgressSchema>;

/**
 * How a model draft ended. A draft with error-level findings is never 'ready': it is offered
 * for review beside the template draft. Failures carry a message that ends "Your draft is
 * unchanged." — a failed call never touches what the person has written. A schema, so the
 * outcome can cross from the extension's background to its pages and be checked on arrival.
 */
export const modelOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ready'), draft: composedDraftSchema, findings: z.array(diagnosticSchema), repaired: z.boolean() }),
  z.strictObject({
    status: z.literal('needs-review'),
    draft: composedDraftSchema,
    findings: z.array(diagnosticSchema),
    template: composedDraftSchema,
    repaired: z.boolean(),
  }),
  z.strictObject({ status: z.literal('not-configured'), template: composedDraftSchema, message: z.string() }),
  z.strictObject({
    status: z.literal('failed'),
    problem: modelProblemSchema,
    message: z.string(),
    retryAfterSeconds: z.number().nonnegative().optional(),
  }),
  z.strictObject({ status: z.literal('cancelled'), message: z.string() }),
]);
export type ModelOutcome = z.infer<typeof modelOutcomeSchema>;
