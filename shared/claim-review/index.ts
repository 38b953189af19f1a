// schema.org ClaimReview markup for a published rebuttal page.
export * from './archive-link';
export * from './claim-review-for';
export * from './claim-review-schema';
export * from './claim-summary';
export * from './rating-for-entry';
