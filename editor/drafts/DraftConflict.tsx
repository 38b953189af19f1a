import { useState } from 'react';
import { sectionIds, type Draft } from '../../shared/schema';
import { useSectionLabels } from '../i18n/use-section-labels';
import { useTranslation } from '../i18n/use-translation';

type Props = { mine: Draft; theirs: Draft; onReloadTheirs: () => void; onKeepMine: () => void };

/**
 * The choice after a save was refused because another window saved this draft first: nothing is
 * overwritten until the person picks. Not modal and not focus-stealing: it appears while someone
 * types, and a keystroke must not land on one of its buttons.
 */
export function DraftConflict({ mine, theirs, onReloadTheirs, onKeepMine }: Props) {
  const sectionLabels = useSectionLabels();
  const { t } = useTranslation('drafts');
  const [comparing, setComparing] = useState(false);
  return (
    <section className="draft-conflict" aria-labelledby="draft-conflict-heading">
      <h2 id="draft-conflict-heading">{t('conflict.heading')}</h2>
      <p role="alert">{t('conflict.alert')}</p>
      <p className="draft-conflict-actions">
        <button type="button" onClick={onReloadTheirs}>
          {t('conflict.reloadTheirs')}
        </button>
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
          {t('conflict.compare')}
        </button>
      </p>
      {comparing && (
        <table>
          <caption>{t('conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.section')}</th>
              <th scope="col">{t('conflict.yours')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {sectionIds.map((id) => (
              <tr key={id} className={mine.sections[id] === theirs.sections[id] ? undefined : 'differs'}>
                <th scope="row">{sectionLabels[id]}</th>
                <td>{mine.sections[id]}</td>
                <td>{theirs.sections[id]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
