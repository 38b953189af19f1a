import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Entry } from '../schema';
import { claimReviewFor, claimReviewJsonLd, type ClaimReviewOptions } from './claim-review-for';
import { claimReviewSchema } from './claim-review-schema';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const entries = assembled.bundle.entries;
const vetted = entries.filter((entry) => entry.status === 'vetted');
const byId = (id: string) => entries.find((entry) => entry.id === id)!;

const options: ClaimReviewOptions = {
  url: 'https://city.example/facts/asylum-support',
  organisation: { name: 'City of Example', url: 'https://city.example/' },
};

const review = (entry: Entry, extra: Partial<ClaimReviewOptions> = {}) => {
  const result = claimReviewFor(entry, { ...options, ...extra });
  if (!result.ok) throw new Error(result.message);
  return result.claimReview;
};

describe('claimReviewFor', () => {
  it('writes the ClaimReview Google asks for', () => {
    const entry = byId('asylum-luxury-support');
    expect(
      review(entry, { appearances: ['https://web.archive.org/web/2024/https://x.com/a/status/1'], datePublished: '2026-12-04' }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://city.example/facts/asylum-support',
      claimReviewed: 'Asylum seekers get luxury hotels, new phones and generous cash handouts.',
      datePublished: '2026-12-04',
      author: { '@type': 'Organization', name: 'City of Example', url: 'https://city.example/' },
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: [{ '@type': 'CreativeWork', url: 'https://web.archive.org/web/2024/https://x.com/a/status/1' }],
      },
      inLanguage: 'en',
    });
  });

  it.each(vetted.map((entry) => [entry.id, entry] as const))(
    '%s: has every required field, a short claim without a verdict',
    (_id, entry) => {
      const claimReview = review(entry);
      expect(claimReviewSchema.safeParse(claimReview).success).toBe(true);
      // Google's required properties, and the Rating's required alternateName.
      expect(claimReview.claimReviewed.trim()).not.toBe('');
      expect(claimReview.url).toMatch(/^https:\/\//);
      expect(claimReview.reviewRating.alternateName).toMatch(/^(False|Misleading)$/);
      expect([...claimReview.claimReviewed].length).toBeLessThan(75);
      expect(claimReview.claimReviewed).not.toMatch(/\b(false|myth|misleading|debunked|untrue)\b/i);
      // The library's neutral wording, never a circulating phrasing.
      expect(entry.myth.statement.startsWith(claimReview.claimReviewed.replace(/…$/, ''))).toBe(true);
      expect(claimReview.datePublished).toBe(entry.updated);
    },
  );

  it('adds the first appearance and the claim author when given, and the publisher’s own verdict', () => {
    const claimReview = review(byId('us-noncitizens-vote-illegally'), {
      firstAppearance: 'https://archive.ph/abcde',
      claimAuthor: { name: 'A campaign account', type: 'Organization' },
      rating: 'Misleading',
    });
    expect(claimReview.itemReviewed).toEqual({
      '@type': 'Claim',
      firstAppearance: { '@type': 'CreativeWork', url: 'https://archive.ph/abcde' },
      author: { '@type': 'Organization', name: 'A campaign account' },
    });
    expect(claimReview.reviewRating.alternateName).toBe('Misleading');
    expect(review(byId('us-noncitizens-vote-illegally')).reviewRating.alternateName).toBe('False');
  });

  it('refuses a direct link to the post, naming which one', () => {
    expect(
      claimReviewFor(byId('asylum-luxury-support'), {
        ...options,
        appearances: ['https://perma.cc/AB12-CD34', 'https://x.com/someone/status/123'],
      }),
    ).toEqual({
      ok: false,
      message:
        'No ClaimReview:\nappearances[1]: "https://x.com/someone/status/123" is not an archive link: archive the post first (web.archive.org, archive.ph or perma.cc) ' +
        'and give the archived copy, so the fact check does not send readers to the original post',
    });
  });

  it('refuses invalid options, naming the field', () => {
    expect(claimReviewFor(byId('asylum-luxury-support'), { ...options, organisation: { name: 'City', url: 'city.example' } })).toEqual({
      ok: false,
      message: 'No ClaimReview:\norganisation.url: must be a full http(s) URL',
    });
    expect(claimReviewFor(byId('asylum-luxury-support'), { ...options, datePublished: '4 Dec 2026' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('datePublished: must be a date written YYYY-MM-DD'),
    });
  });

  it('publishes vetted entries only', () => {
    const inReview = entries.find((entry) => entry.status !== 'vetted')!;
    expect(claimReviewFor(inReview, options)).toEqual({
      ok: false,
      message: `No ClaimReview: the entry "${inReview.id}" is ${inReview.status}, and only vetted entries are published as fact checks.`,
    });
  });

  it('embeds safely in a script element', () => {
    const entry = {
      ...byId('asylum-luxury-support'),
      myth: { ...byId('asylum-luxury-support').myth, statement: 'Hotels </script><script>alert(1)</script>' },
    };
    const jsonLd = claimReviewJsonLd(review(entry));
    expect(jsonLd).not.toContain('</script>');
    expect(JSON.parse(jsonLd).claimReviewed).toBe('Hotels </script><script>alert(1)</script>');
  });
});
