import './match-evidence.css';

/** "Show more matches (N)": gone once everything is shown, so it never promises nothing. */
export function ShowMoreMatches({ remaining, onShowMore }: { remaining: number; onShowMore(): void }) {
  if (remaining <= 0) return null;
  return (
    <button type="button" className="show-more-matches" onClick={onShowMore}>
      Show more matches ({remaining})
    </button>
  );
}
