import { z } from 'zod';
import { audienceSchema } from '../schema/audience';
import { channelIdSchema } from '../schema/channel';
import { entrySchema } from '../schema/entry';
import { languageSchema } from '../schema/language';
import { isoDateTimeSchema, nonEmptyTextSchema, slugSchema } from '../schema/primitives';
import { spokespersonSchema } from '../schema/spokesperson';

export const sharedReplyFormat = 'fact-sandwich-shared-reply';
/** Bump when a shared reply written by this code could not be read by the previous release. */
export const sharedReplyFormatVersion = 1;
export const maxSharedVariants = 10;

/** A shared reply is finished work for an ally to post: every section written, none a whole article. */
const sectionTextSchema = nonEmptyTextSchema.max(5_000, 'keep each section under 5,000 characters');

export const sharedSectionsSchema = z.strictObject({
  fact: sectionTextSchema,
  myth: sectionTextSchema,
  explanation: sectionTextSchema,
  factAgain: sectionTextSchema,
});

/**
 * One ready reply: for whom (audience), in whose voice (spokesperson), where, in which language.
 * The audience and spokesperson travel whole when the ally's library may not have them.
 */
export const sharedReplyVariantSchema = z
  .strictObject({
    audienceId: slugSchema.optional(),
    spokespersonId: slugSchema.optional(),
    audience: audienceSchema.optional(),
    spokesperson: spokespersonSchema.optional(),
    channel: channelIdSchema,
    language: languageSchema,
    sections: sharedSectionsSchema,
  })
  .superRefine((variant, ctx) => {
    if (variant.audience && variant.audienceId && variant.audience.id !== variant.audienceId) {
      ctx.addIssue({
        code: 'custom',
        path: ['audienceId'],
        message: `names audience "${variant.audienceId}" but the audience given is "${variant.audience.id}"`,
      });
    }
    if (variant.spokesperson && variant.spokespersonId && variant.spokesperson.id !== variant.spokespersonId) {
      ctx.addIssue({
        code: 'custom',
        path: ['spokespersonId'],
        message: `names spokesperson "${variant.spokespersonId}" but the spokesperson given is "${variant.spokesperson.id}"`,
      });
    }
  });

/**
 * A reply passed to allies ("work with allies"): the library entry it rests on, so they can check
 * the sources, and one to ten ready variants. Plain data, no signature: it is advice from someone
 * the recipient knows, and everything in it is validated like any file from outside.
 */
export const sharedReplySchema = z.strictObject({
  format: z.literal(sharedReplyFormat, { message: `must be "${sharedReplyFormat}"` }),
  formatVersion: z.literal(sharedReplyFormatVersion, {
    message: `this app reads shared replies of format version ${sharedReplyFormatVersion}`,
  }),
  sharedAt: isoDateTimeSchema,
  from: z.strictObject({
    name: nonEmptyTextSchema.max(200, 'keep the name under 200 characters'),
    organisation: nonEmptyTextSchema.max(200, 'keep the organisation under 200 characters').optional(),
  }),
  entry: entrySchema,
  variants: z
    .array(sharedReplyVariantSchema)
    .min(1, 'share at least one reply')
    .max(maxSharedVariants, `share at most ${maxSharedVariants} variants at once`),
  note: nonEmptyTextSchema.max(2_000, 'keep the note under 2,000 characters').optional(),
});

export type SharedReply = z.infer<typeof sharedReplySchema>;
export type SharedReplyVariant = z.infer<typeof sharedReplyVariantSchema>;
