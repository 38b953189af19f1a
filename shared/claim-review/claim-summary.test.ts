import { describe, expect, it } from 'vitest';
import { claimSummary } from './claim-summary';

describe('claimSummary', () => {
  it('keeps a short statement as it is', () => {
    expect(claimSummary('Asylum seekers get luxury hotels, new phones and generous cash handouts.')).toBe(
      'Asylum seekers get luxury hotels, new phones and generous cash handouts.',
    );
  });

  it('cuts a long statement at a word boundary, under 75 characters, with an ellipsis', () => {
    const summary = claimSummary('Europe is being overrun by migrants, who are far more numerous than official figures admit.');
    expect(summary).toBe('Europe is being overrun by migrants, who are far more numerous than…');
    expect([...summary].length).toBeLessThan(75);
  });

  it('drops a trailing comma before the ellipsis, and a verdict label in front', () => {
    expect(claimSummary(`Myth: ${'word '.repeat(13)}comma, and then more words that go past the limit`)).toBe(
      `${'word '.repeat(13)}comma…`,
    );
    expect(claimSummary('FALSE – migrants cause it.')).toBe('migrants cause it.');
  });

  it('cuts a single very long word by characters, counting emoji as one', () => {
    expect([...claimSummary('🙂'.repeat(100))]).toHaveLength(74);
  });
});
