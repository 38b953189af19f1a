import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { deleteSpokesperson, listAudiences, listSpokespeople } from '../../shared/db';
import type { Spokesperson } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { useToast } from '../ui/toast/use-toast';
import { ProfileActions } from './ProfileActions';
import { SpokespersonForm } from './SpokespersonForm';
import '../library/library.css';
import './profiles.css';

/** Trusted messengers: a correction from someone the audience trusts works better (Vraga & Bode 2017). */
export function SpokespeopleView() {
  const db = useDatabase();
  const { t } = useTranslation('profiles');
  const people = useLiveQuery(() => listSpokespeople(db), [db]);
  const audiences = useLiveQuery(() => listAudiences(db), [db]);
  const [editing, setEditing] = useState<Spokesperson | 'new' | null>(null);
  const toast = useToast();
  const [problem, setProblem] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const audienceName = (id: string) => audiences?.find((audience) => audience.id === id)?.name ?? id;

  function close(message: string) {
    setEditing(null);
    if (message) toast(message);
    headingRef.current?.focus();
  }

  async function remove(person: Spokesperson) {
    // Posted drafts keep the id they were written with, so past replies still say who signed them.
    const result = await deleteSpokesperson(db, person.id);
    if (!result.deleted) {
      setProblem(t('spokespeople.stillUsed', { name: person.name, usedBy: result.usedBy.join(', ') }));
      return;
    }
    setProblem('');
    close(t('deleted', { name: person.name }));
  }

  return (
    <section className="profiles" aria-labelledby="spokespeople-heading">
      <h1 id="spokespeople-heading" ref={headingRef} tabIndex={-1}>
        {t('spokespeople.heading')}
      </h1>
      <p className="profiles-intro">{t('spokespeople.intro')}</p>
      {problem && (
        <p role="alert" className="form-problems">
          {problem}
        </p>
      )}
      {editing && audiences ? (
        <SpokespersonForm
          key={editing === 'new' ? 'new' : editing.id}
          existing={editing === 'new' ? undefined : editing}
          audiences={audiences}
          onSaved={(saved) => close(t('saved', { name: saved.name }))}
          onCancel={() => close('')}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('spokespeople.new')}
        </button>
      )}
      {people === undefined ? (
        <p>{t('spokespeople.loading')}</p>
      ) : (
        <ul className="profile-list" aria-label={t('spokespeople.heading')}>
          {people.map((person) => (
            <li key={person.id}>
              <h2>{person.name}</h2>
              <p>{person.organisation}</p>
              <dl>
                <dt>{t('spokespeople.trustedBy')}</dt>
                <dd>{person.trustedBy.map(audienceName).join(', ')}</dd>
                <dt>{t('spokespeople.voice')}</dt>
                <dd>{person.voice}</dd>
                <dt>{t('spokespeople.signOff')}</dt>
                <dd>{person.signOff}</dd>
              </dl>
              <ProfileActions name={person.name} onEdit={() => setEditing(person)} onDelete={() => remove(person)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
