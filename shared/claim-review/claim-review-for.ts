import { z } from 'zod';
import { describeIssues } from '../schema/describe-issues';
import { fieldName } from '../schema/describe-issues';
import { isoDateSchema, nonEmptyTextSchema, webUrlSchema } from '../schema/primitives';
import type { Entry } from '../schema';
import { archiveLinkSchema } from './archive-link';
import type { ClaimReview } from './claim-review-schema';
import { claimSummary } from './claim-summary';
import { claimRatings, ratingForEntry } from './rating-for-entry';

export const claimReviewOptionsSchema = z.strictObject({
  /** The published rebuttal page that will carry this markup. */
  url: webUrlSchema,
  /** Who publishes the fact check. */
  organisation: z.strictObject({ name: nonEmptyTextSchema, url: webUrlSchema }),
  /** Archived copies of posts that make the claim (never the posts themselves). */
  appearances: z.array(archiveLinkSchema).max(20, 'list at most 20 appearances').optional(),
  /** An archived copy of the earliest known appearance. */
  firstAppearance: archiveLinkSchema.optional(),
  /** Who made the claim, if the publisher chooses to name them. */
  claimAuthor: z.strictObject({ name: nonEmptyTextSchema, type: z.enum(['Person', 'Organization']).default('Person') }).optional(),
  /** When the rebuttal page was published; the entry's last update when left out. */
  datePublished: isoDateSchema.optional(),
  /** The publisher's own verdict, when it reads the entry differently from ratingForEntry. */
  rating: z.enum(claimRatings).optional(),
});
export type ClaimReviewOptions = z.input<typeof claimReviewOptionsSchema>;

export type ClaimReviewResult = { ok: true; claimReview: ClaimReview } | { ok: false; message: string };

/**
 * schema.org ClaimReview JSON-LD for a vetted entry's published rebuttal, so search engines and
 * fact-check tools can show the verdict beside the claim. Only vetted entries are published: the
 * markup is a public statement in the organisation's name.
 */
export function claimReviewFor(entry: Entry, options: ClaimReviewOptions): ClaimReviewResult {
  if (entry.status !== 'vetted') {
    return {
      ok: false,
      message: `No ClaimReview: the entry "${entry.id}" is ${entry.status}, and only vetted entries are published as fact checks.`,
    };
  }
  const parsed = claimReviewOptionsSchema.safeParse(options);
  if (!parsed.success) {
    return { ok: false, message: `No ClaimReview:\n${describeIssues(parsed.error.issues, (path) => fieldName(path) || 'options')}` };
  }
  const { url, organisation, appearances = [], firstAppearance, claimAuthor, datePublished, rating } = parsed.data;
  const creativeWork = (link: string) => ({ '@type': 'CreativeWork' as const, url: link });
  return {
    ok: true,
    claimReview: {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url,
      claimReviewed: claimSummary(entry.myth.statement),
      datePublished: datePublished ?? entry.updated,
      author: { '@type': 'Organization', name: organisation.name, url: organisation.url },
      reviewRating: { '@type': 'Rating', alternateName: rating ?? ratingForEntry(entry) },
      itemReviewed: {
        '@type': 'Claim',
        ...(appearances.length > 0 ? { appearance: appearances.map(creativeWork) } : {}),
        ...(firstAppearance ? { firstAppearance: creativeWork(firstAppearance) } : {}),
        ...(claimAuthor ? { author: { '@type': claimAuthor.type, name: claimAuthor.name } } : {}),
      },
      inLanguage: entry.language,
    },
  };
}

/**
 * The markup as a page embeds it, inside `<script type="application/ld+json">`. "<" is escaped so
 * that no text in the entry can close the script element early.
 */
export function claimReviewJsonLd(claimReview: ClaimReview): string {
  return JSON.stringify(claimReview, null, 2).replace(/</g, '\\u003c');
}
