import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { deleteAudience, listAudiences } from '../../shared/db';
import type { Audience } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { useToast } from '../ui/toast/use-toast';
import { AudienceForm } from './AudienceForm';
import { ProfileActions } from './ProfileActions';
import '../library/library.css';
import './profiles.css';

/** Who replies are for: the audiences the composer fits angle, tone and reading level to. */
export function AudiencesView() {
  const db = useDatabase();
  const { t } = useTranslation('profiles');
  const audiences = useLiveQuery(() => listAudiences(db), [db]);
  const [editing, setEditing] = useState<Audience | 'new' | null>(null);
  const toast = useToast();
  const [problem, setProblem] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  function close(message: string) {
    setEditing(null);
    if (message) toast(message);
    headingRef.current?.focus();
  }

  async function remove(audience: Audience) {
    const result = await deleteAudience(db, audience.id);
    if (!result.deleted) {
      setProblem(t('audiences.stillUsed', { name: audience.name, usedBy: result.usedBy.join(', ') }));
      return;
    }
    setProblem('');
    close(t('deleted', { name: audience.name }));
  }

  return (
    <section className="profiles" aria-labelledby="audiences-heading">
      <h1 id="audiences-heading" ref={headingRef} tabIndex={-1}>
        {t('audiences.heading')}
      </h1>
      <p className="profiles-intro">{t('audiences.intro')}</p>
      {problem && (
        <p role="alert" className="form-problems">
          {problem}
        </p>
      )}
      {editing ? (
        <AudienceForm
          key={editing === 'new' ? 'new' : editing.id}
          existing={editing === 'new' ? undefined : editing}
          onSaved={(saved) => close(t('saved', { name: saved.name }))}
          onCancel={() => close('')}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('audiences.new')}
        </button>
      )}
      {audiences === undefined ? (
        <p>{t('audiences.loading')}</p>
      ) : (
        <ul className="profile-list" aria-label={t('audiences.heading')}>
          {audiences.map((audience) => (
            <li key={audience.id}>
              <h2>{audience.name}</h2>
              <p>{audience.description}</p>
              <dl>
                <dt>{t('audiences.values')}</dt>
                <dd>{audience.values.join('; ')}</dd>
                <dt>{t('audiences.concerns')}</dt>
                <dd>{audience.concerns.join('; ')}</dd>
                <dt>{t('audiences.tone')}</dt>
                <dd>{audience.tone}</dd>
                <dt>{t('audiences.readingLevel')}</dt>
                <dd>{t(`audiences.readingLevels.${audience.readingLevel}`)}</dd>
              </dl>
              <ProfileActions name={audience.name} onEdit={() => setEditing(audience)} onDelete={() => remove(audience)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
