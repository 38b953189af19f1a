import { useState } from 'react';
import type { Entry } from '../../shared/schema';
import { EntryPicker } from '../compose/EntryPicker';
import { useTranslation } from '../i18n/use-translation';

type Props = { entries: Entry[]; onUse(entry: Entry): void; onCreateEntry(): void };

/**
 * Said plainly: the library has no answer to this post. The person can look for one in other
 * words, or start a new entry from the post (a gap for the team to research).
 */
export function NoMatch({ entries, onUse, onCreateEntry }: Props) {
  const { t } = useTranslation('sidepanel');
  const [searching, setSearching] = useState(false);
  return (
    <section aria-labelledby="no-match-heading" className="no-match">
      <h2 id="no-match-heading">{t('noMatch.heading')}</h2>
      <p>{t('noMatch.explanation')}</p>
      {searching ? (
        <EntryPicker entries={entries} onSelect={onUse} />
      ) : (
        <button type="button" onClick={() => setSearching(true)}>
          {t('noMatch.search')}
        </button>
      )}
      <button type="button" onClick={onCreateEntry}>
        {t('noMatch.createEntry')}
      </button>
    </section>
  );
}
