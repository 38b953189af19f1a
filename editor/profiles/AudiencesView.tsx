import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { deleteAudience, listAudiences } from '../../shared/db';
import type { Audience } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { useToast } from '../ui/toast/use-toast';
import { AudienceForm } from './AudienceForm';
import { ProfileActions } from './ProfileActions';
import '../library/library.css';
import './profiles.css';

/** Who replies are for: the audiences the composer fits angle, tone and reading level to. */
export function AudiencesView() {
  const db = useDatabase();
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
      setProblem(`“${audience.name}” was not deleted: it is still used by ${result.usedBy.join(', ')}. Remove it there first.`);
      return;
    }
    setProblem('');
    close(`Deleted “${audience.name}”.`);
  }

  return (
    <section className="profiles" aria-labelledby="audiences-heading">
      <h1 id="audiences-heading" ref={headingRef} tabIndex={-1}>
        Audiences
      </h1>
      <p className="profiles-intro">Know your audience and appeal to its values: each reply is written for one or more of these.</p>
      {problem && (
        <p role="alert" className="form-problems">
          {problem}
        </p>
      )}
      {editing ? (
        <AudienceForm
          key={editing === 'new' ? 'new' : editing.id}
          existing={editing === 'new' ? undefined : editing}
          onSaved={(saved) => close(`Saved “${saved.name}”.`)}
          onCancel={() => close('')}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          New audience
        </button>
      )}
      {audiences === undefined ? (
        <p>Loading audiences…</p>
      ) : (
        <ul className="profile-list" aria-label="Audiences">
          {audiences.map((audience) => (
            <li key={audience.id}>
              <h2>{audience.name}</h2>
              <p>{audience.description}</p>
              <dl>
                <dt>Values</dt>
                <dd>{audience.values.join('; ')}</dd>
                <dt>Concerns</dt>
                <dd>{audience.concerns.join('; ')}</dd>
                <dt>Tone</dt>
                <dd>{audience.tone}</dd>
                <dt>Reading level</dt>
                <dd>{audience.readingLevel}</dd>
              </dl>
              <ProfileActions name={audience.name} onEdit={() => setEditing(audience)} onDelete={() => remove(audience)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
