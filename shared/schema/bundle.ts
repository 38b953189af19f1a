import { z } from 'zod';
import { audienceSchema } from './audience';
import { entrySchema } from './entry';
import { isoDateSchema, nonEmptyTextSchema, webUrlSchema } from './primitives';
import { spokespersonSchema } from './spokesperson';
import { fieldMessage } from './field-reasons';

export const bundleFormat = 'fact-sandwich-library';
/** Bump when a bundle written by this code could not be read by the previous release. */
export const bundleFormatVersion = 1;

export const publisherSchema = z.strictObject({
  name: nonEmptyTextSchema,
  url: webUrlSchema.optional(),
});

/** Library versions are dotted numbers so that "newer" is decidable: 2026.11.1 > 2026.9.3. */
export const libraryVersionSchema = z.string().regex(/^\d+(\.\d+){0,3}$/, fieldMessage('libraryVersion'));

export const bundleSchema = z
  .strictObject({
    format: z.literal(bundleFormat, { message: `must be "${bundleFormat}"` }),
    formatVersion: z.literal(bundleFormatVersion, {
      message: `this app reads library bundles of format version ${bundleFormatVersion}`,
    }),
    name: nonEmptyTextSchema,
    version: libraryVersionSchema,
    publisher: publisherSchema,
    date: isoDateSchema,
    entries: z.array(entrySchema),
    audiences: z.array(audienceSchema),
    spokespeople: z.array(spokespersonSchema),
  })
  .superRefine((bundle, ctx) => {
    reportDuplicateIds(bundle.entries, 'entries', ctx);
    reportDuplicateIds(bundle.audiences, 'audiences', ctx);
    reportDuplicateIds(bundle.spokespeople, 'spokespeople', ctx);
    const audienceIds = new Set(bundle.audiences.map((audience) => audience.id));
    for (const [entryIndex, entry] of bundle.entries.entries()) {
      for (const [angleIndex, angle] of entry.audienceAngles.entries()) {
        if (audienceIds.has(angle.audience)) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['entries', entryIndex, 'audienceAngles', angleIndex, 'audience'],
          message: `entry "${entry.id}" names an unknown audience "${angle.audience}"`,
        });
      }
    }
    for (const [personIndex, person] of bundle.spokespeople.entries()) {
      for (const [audienceIndex, audienceId] of person.trustedBy.entries()) {
        if (audienceIds.has(audienceId)) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['spokespeople', personIndex, 'trustedBy', audienceIndex],
          message: `spokesperson "${person.id}" names an unknown audience "${audienceId}"`,
        });
      }
    }
  });

export type Bundle = z.infer<typeof bundleSchema>;

function reportDuplicateIds(items: { id: string }[], list: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `duplicate id "${item.id}"` });
    }
    seen.add(item.id);
  });
}
