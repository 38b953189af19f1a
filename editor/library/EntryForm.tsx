import { describeFailure } from '../forms/describe-failure';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { getEntry, getSettings, saveEntryChange } from '../../shared/db';
import { entrySchema, type Entry } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { useToast } from '../ui/toast/use-toast';
import { entryHref, libraryHref } from '../services/use-hash-route';
import { EntryFormFields } from './EntryFormFields';
import { FormProblems } from '../forms/FormField';
import { useFormErrors } from '../forms/use-form-errors';
import { useReviewPeople } from './use-review-people';
import {
  assembleEntry,
  emptyEntryValues,
  entryFieldAliases,
  entryFieldNames,
  entryToValues,
  formReviewErrors,
  reviewNotice,
  type EntryFormValues,
  type FormReviewPeople,
} from './entry-form-values';
import { addFieldError, countFieldErrors, fieldErrorsFromZod, formField, mergeFieldErrors } from '../forms/field-errors';
import { localToday } from '../../shared/calendar/calendar-date';
import './library.css';
import './review.css';

/**
 * Creates an entry (no `id`) or edits the entry with that id. A new entry may start from a
 * captured post the library had no answer for: its wording becomes the first phrasing.
 */
export function EntryForm({ id, fromSightingId }: { id?: string; fromSightingId?: string }) {
  const db = useDatabase();
  const start = useLiveQuery(async () => (id ? null : startingValues(db, fromSightingId)), [db, id, fromSightingId]);
  // undefined while loading; null when the entry to edit is not there.
  const existing = useLiveQuery(async () => (id ? ((await getEntry(db, id)) ?? null) : null), [db, id]);
  const people = useReviewPeople(id);
  const { t } = useTranslation(['library', 'common']);
  if ((id && existing === undefined) || (!id && start === undefined) || !people) return <p role="status">{t('form.loading')}</p>;
  if (id && !existing) {
    return (
      <p role="alert">
        {t('form.missing', { id })} <a href={libraryHref}>{t('form.backToLibrary')}</a>
      </p>
    );
  }
  // Keyed by id so that moving from one edit page to another starts from that entry's values.
  return (
    <EntryFormBody key={id ?? `new:${fromSightingId ?? ''}`} existing={existing ?? undefined} start={start ?? undefined} people={people} />
  );
}

/** A new entry's first values: the person as author and, from a captured post, its wording. */
async function startingValues(db: ReturnType<typeof useDatabase>, fromSightingId: string | undefined): Promise<EntryFormValues> {
  const values = { ...emptyEntryValues(), author: (await getSettings(db)).userName };
  const sighting = fromSightingId ? await db.sightings.get(fromSightingId) : undefined;
  return sighting ? { ...values, phrasings: sighting.post.text.replace(/\s+/g, ' ').trim() } : values;
}

type BodyProps = { existing: Entry | undefined; start: EntryFormValues | undefined; people: FormReviewPeople };

function EntryFormBody({ existing, start, people }: BodyProps) {
  const db = useDatabase();
  const toast = useToast();
  const formId = useId();
  const { formRef, errors, reject } = useFormErrors();
  const [values, setValues] = useState<EntryFormValues>(() => (existing ? entryToValues(existing) : (start ?? emptyEntryValues())));
  const [saving, setSaving] = useState(false);
  const { t } = useTranslation(['library', 'common']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const candidate = assembleEntry(values, existing, localToday(), people.userName);
    const parsed = entrySchema.safeParse(candidate);
    const found = mergeFieldErrors(
      parsed.success ? {} : fieldErrorsFromZod(parsed.error, entryFieldNames(values.sources.length), entryFieldAliases),
      formReviewErrors(values, existing, candidate, people),
    );
    if (!existing && !found.id && (await getEntry(db, values.id.trim()))) {
      addFieldError(found, 'id', t('form.idTaken'));
    }
    if (countFieldErrors(found) > 0) return reject(found);
    setSaving(true);
    try {
      // Recorded in the entry's history; a vetted entry whose fact, explanation or sources changed
      // is saved "in review", as the notice above the button said.
      const { entry: saved } = await saveEntryChange(db, candidate, { by: people.userName, now: new Date() });
      window.location.hash = entryHref(saved.id);
      toast(existing ? `Saved “${saved.title}”.` : `Created “${saved.title}”.`);
    } catch (error) {
      // Validated with the same schema and review rules above, so this is a database failure (or
      // a change made meanwhile in another tab), not a field problem.
      reject({ [formField]: [t('common:form.notSaved', { reason: describeFailure(error) })] });
      setSaving(false);
    }
  }

  const title = existing ? t('form.editTitle', { title: existing.title }) : t('form.newTitle');
  return (
    <form ref={formRef} className="entry-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-heading`}>
      <p>
        <a href={existing ? entryHref(existing.id) : libraryHref}>{existing ? t('form.backToEntry') : t('form.library')}</a>
      </p>
      <h1 id={`${formId}-heading`}>{title}</h1>
      <FormProblems errors={errors} formLevel={formField} />
      <EntryFormFields
        formId={formId}
        values={values}
        onChange={setValues}
        errors={errors}
        editing={Boolean(existing)}
        reviewNotice={reviewNotice(values, existing, assembleEntry(values, existing, localToday(), people.userName), people.userName)}
      />
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {existing ? t('form.save') : t('form.create')}
        </button>
        <a href={existing ? entryHref(existing.id) : libraryHref}>{t('common:cancel')}</a>
      </div>
    </form>
  );
}
