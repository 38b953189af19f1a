import { z } from 'zod';
import { isoDateSchema, nonEmptyTextSchema, webUrlSchema } from '../schema/primitives';
import { archiveLinkSchema } from './archive-link';
import { maxClaimSummaryLength } from './claim-summary';
import { claimRatings } from './rating-for-entry';

/**
 * The schema.org ClaimReview this app publishes, shaped by Google's fact-check guidance:
 * required `claimReviewed`, `reviewRating` (with `alternateName`) and `url`; recommended `author`
 * and `itemReviewed` (a Claim with archived `appearance`s). JSON-LD as a page embeds it.
 */
export const claimReviewSchema = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  url: webUrlSchema,
  claimReviewed: nonEmptyTextSchema.refine(
    (text) => [...text].length <= maxClaimSummaryLength,
    `must be under ${maxClaimSummaryLength + 1} characters`,
  ),
  datePublished: isoDateSchema,
  author: z.strictObject({ '@type': z.literal('Organization'), name: nonEmptyTextSchema, url: webUrlSchema }),
  reviewRating: z.strictObject({ '@type': z.literal('Rating'), alternateName: z.enum(claimRatings) }),
  itemReviewed: z.strictObject({
    '@type': z.literal('Claim'),
    appearance: z
      .array(z.strictObject({ '@type': z.literal('CreativeWork'), url: archiveLinkSchema }))
      .min(1)
      .optional(),
    firstAppearance: z.strictObject({ '@type': z.literal('CreativeWork'), url: archiveLinkSchema }).optional(),
    author: z.strictObject({ '@type': z.enum(['Person', 'Organization']), name: nonEmptyTextSchema }).optional(),
  }),
  inLanguage: z.string().optional(),
});

export type ClaimReview = z.infer<typeof claimReviewSchema>;
