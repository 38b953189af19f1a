import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { getEntry, getSettings, saveEntry } from '../../shared/db';
import { entrySchema, type Entry } from '../../shared/schema';
import { useDatabase } from '../app/database-context';
import { entryHref, libraryHref } from '../app/use-hash-route';
import { EntryFormFields } from './EntryFormFields';
import { FormProblems } from './FormField';
import { useFormErrors } from './use-form-errors';
import { assembleEntry, emptyEntryValues, entryFieldAliases, entryFieldNames, entryToValues, reviewerErrors, type EntryFormValues } from './entry-form-values';
import { addFieldError, countFieldErrors, fieldErrorsFromZod, formField, mergeFieldErrors, todayIsoDate } from './field-errors';
import './library.css';

/**
 * Creates an entry (no `id`) or edits the entry with that id. A new entry may start from a
 * captured post the library had no answer for: its wording becomes the first phrasing.
 */
export function EntryForm({ id, fromSightingId }: { id?: string; fromSightingId?: string }) {
  const db = useDatabase();
  const start = useLiveQuery(async () => (id ? null : startingValues(db, fromSightingId)), [db, id, fromSightingId]);
  // undefined while loading; null when the entry to edit is not there.
  const existing = useLiveQuery(async () => (id ? ((await getEntry(db, id)) ?? null) : null), [db, id]);
  if ((id && existing === undefined) || (!id && start === undefined)) return <p role="status">Loading entry…</p>;
  if (id && !existing) {
    return (
      <p role="alert">
        There is no entry “{id}” to edit. <a href={libraryHref}>Back to the library</a>
      </p>
    );
  }
  // Keyed by id so that moving from one edit page to another starts from that entry's values.
  return <EntryFormBody key={id ?? `new:${fromSightingId ?? ''}`} existing={existing ?? undefined} start={start ?? undefined} />;
}

/** A new entry's first values: the person as author and, from a captured post, its wording. */
async function startingValues(db: ReturnType<typeof useDatabase>, fromSightingId: string | undefined): Promise<EntryFormValues> {
  const values = { ...emptyEntryValues(), author: (await getSettings(db)).userName };
  const sighting = fromSightingId ? await db.sightings.get(fromSightingId) : undefined;
  return sighting ? { ...values, phrasings: sighting.post.text.replace(/\s+/g, ' ').trim() } : values;
}

function EntryFormBody({ existing, start }: { existing: Entry | undefined; start: EntryFormValues | undefined }) {
  const db = useDatabase();
  const formId = useId();
  const { formRef, errors, reject } = useFormErrors();
  const [values, setValues] = useState<EntryFormValues>(() => (existing ? entryToValues(existing) : (start ?? emptyEntryValues())));
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const candidate = assembleEntry(values, existing, todayIsoDate());
    const parsed = entrySchema.safeParse(candidate);
    const found = mergeFieldErrors(
      parsed.success ? {} : fieldErrorsFromZod(parsed.error, entryFieldNames(values.sources.length), entryFieldAliases),
      reviewerErrors(values, existing),
    );
    if (!existing && !found['id'] && (await getEntry(db, values.id.trim()))) {
      addFieldError(found, 'id', 'an entry with this id already exists; choose another');
    }
    if (countFieldErrors(found) > 0) return reject(found);
    setSaving(true);
    try {
      const saved = await saveEntry(db, candidate);
      window.location.hash = entryHref(saved.id);
    } catch (error) {
      // saveEntry validates with the same schema, so this is a database failure, not a field problem.
      reject({ [formField]: [error instanceof Error ? error.message : String(error)] });
      setSaving(false);
    }
  }

  const title = existing ? `Edit “${existing.title}”` : 'New entry';
  return (
    <form ref={formRef} className="entry-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-heading`}>
      <p>
        <a href={existing ? entryHref(existing.id) : libraryHref}>{existing ? '← Back to the entry' : '← Library'}</a>
      </p>
      <h1 id={`${formId}-heading`}>{title}</h1>
      <FormProblems errors={errors} formLevel={formField} />
      <EntryFormFields formId={formId} values={values} onChange={setValues} errors={errors} editing={Boolean(existing)} />
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {existing ? 'Save changes' : 'Create entry'}
        </button>
        <a href={existing ? entryHref(existing.id) : libraryHref}>Cancel</a>
      </div>
    </form>
  );
}
