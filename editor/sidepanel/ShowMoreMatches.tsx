import { useTranslation } from '../i18n/use-translation';
import './match-evidence.css';

/** "Show more matches (N)": gone once everything is shown, so it never promises nothing. */
export function ShowMoreMatches({ remaining, onShowMore }: { remaining: number; onShowMore(): void }) {
  const { t } = useTranslation('sidepanel');
  if (remaining <= 0) return null;
  return (
    <button type="button" className="show-more-matches" onClick={onShowMore}>
      {t('matches.showMore', { remaining })}
    </button>
  );
}
