import { describe, expect, it } from 'vitest';
import { exampleEntry } from '../lint/testing/example-entry';
import { entrySchema } from '../schema/entry';
import { retireEntry, sendToReview, vetEntry } from './review-actions';

const inReview = { ...exampleEntry, status: 'in-review' as const, reviews: [] };
const today = new Date(2026, 11, 3, 9, 30);

describe('the review workflow steps', () => {
  it('vets with a review record naming the reviewer and the day', () => {
    const vetted = vetEntry(inReview, ' Bea ', today);
    expect(vetted).toEqual({
      ...inReview,
      status: 'vetted',
      reviews: [{ reviewer: 'Bea', date: '2026-12-03', status: 'vetted' }],
      updated: '2026-12-03',
    });
    expect(entrySchema.parse(vetted)).toEqual(vetted);
  });

  it('moves the review-by date when the reviewer sets a new one, and keeps earlier reviews', () => {
    const earlier = { reviewer: 'Cy', date: '2026-01-01', status: 'in-review' as const };
    const vetted = vetEntry({ ...inReview, reviews: [earlier] }, 'Bea', today, { reviewBy: '2027-06-03' });
    expect(vetted.reviewBy).toBe('2027-06-03');
    expect(vetted.reviews).toEqual([earlier, { reviewer: 'Bea', date: '2026-12-03', status: 'vetted' }]);
  });

  it.each([
    ['sends to review', sendToReview, 'in-review'],
    ['retires', retireEntry, 'retired'],
  ] as const)('%s, keeping the review records', (_name, step, status) => {
    expect(step(exampleEntry, today)).toEqual({ ...exampleEntry, status, updated: '2026-12-03' });
    expect(entrySchema.safeParse(step(exampleEntry, today)).success).toBe(true);
  });

  it('changes nothing in place', () => {
    const copy = structuredClone(inReview);
    vetEntry(inReview, 'Bea', today);
    retireEntry(inReview, today);
    expect(inReview).toEqual(copy);
  });
});
