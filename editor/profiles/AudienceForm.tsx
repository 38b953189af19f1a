import { useId, useState, type FormEvent } from 'react';
import { saveAudience } from '../../shared/db';
import { audienceSchema, readingLevelSchema, type Audience } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { Field, FormProblems } from '../forms/FormField';
import { formField, linesOf } from '../forms/field-errors';
import { useFormErrors } from '../forms/use-form-errors';
import { saveProfile } from './save-profile';
import { slugFromName } from './slug-from-name';

const readingLevelLabels = {
  plain: 'Plain — short everyday words',
  general: 'General — a newspaper',
  specialist: 'Specialist — officials, journalists',
};
const fields = new Set(['id', 'name', 'description', 'values', 'concerns', 'tone', 'readingLevel']);

type Props = { existing?: Audience | undefined; onSaved: (audience: Audience) => void; onCancel: () => void };

/** Creates or edits one audience; `notes` (guidance from the library file) is kept as it was. */
export function AudienceForm({ existing, onSaved, onCancel }: Props) {
  const db = useDatabase();
  const formId = useId();
  const { formRef, errors, reject } = useFormErrors();
  const [values, setValues] = useState(() => ({
    id: existing?.id ?? '',
    name: existing?.name ?? '',
    description: existing?.description ?? '',
    values: existing?.values.join('\n') ?? '',
    concerns: existing?.concerns.join('\n') ?? '',
    tone: existing?.tone ?? '',
    readingLevel: existing?.readingLevel ?? 'general',
  }));
  const [idEdited, setIdEdited] = useState(Boolean(existing));
  type Key = keyof typeof values;
  const set = (key: Key, value: string) =>
    setValues((current) => ({ ...current, [key]: value, ...(key === 'name' && !idEdited ? { id: slugFromName(value) } : {}) }));
  const text = (key: Key) => ({ value: values[key], onChange: (event: { target: { value: string } }) => set(key, event.target.value) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = { ...existing, ...values, id: values.id.trim(), values: linesOf(values.values), concerns: linesOf(values.concerns) };
    const result = await saveProfile({
      candidate,
      schema: audienceSchema,
      fields,
      isNew: !existing,
      exists: async (id) => (await db.audiences.get(id)) !== undefined,
      duplicateMessage: 'an audience with this id already exists',
      save: (valid) => saveAudience(db, valid),
    });
    if ('errors' in result) reject(result.errors);
    else onSaved(result.saved);
  }

  const heading = existing ? `Edit “${existing.name}”` : 'New audience';
  return (
    <form ref={formRef} className="profile-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{heading}</h2>
      <FormProblems errors={errors} formLevel={formField} />
      <Field formId={formId} name="name" label="Name" errors={errors.name}>
        {(control) => <input {...control} {...text('name')} />}
      </Field>
      <Field
        formId={formId}
        name="id"
        label="Id"
        hint="Lower-case letters, digits and hyphens; filled in from the name. It cannot change later."
        errors={errors.id}
      >
        {(control) => (
          <input {...control} {...text('id')} readOnly={Boolean(existing)} onInput={() => setIdEdited(true)} spellCheck={false} />
        )}
      </Field>
      <Field formId={formId} name="description" label="Description" errors={errors.description}>
        {(control) => <textarea {...control} {...text('description')} rows={2} />}
      </Field>
      <Field formId={formId} name="values" label="Values" hint="What this audience cares about, one per line." errors={errors.values}>
        {(control) => <textarea {...control} {...text('values')} rows={3} />}
      </Field>
      <Field formId={formId} name="concerns" label="Concerns" hint="What worries them, one per line." errors={errors.concerns}>
        {(control) => <textarea {...control} {...text('concerns')} rows={3} />}
      </Field>
      <Field formId={formId} name="tone" label="Tone" hint="E.g. “warm, practical, no jargon”." errors={errors.tone}>
        {(control) => <input {...control} {...text('tone')} />}
      </Field>
      <Field formId={formId} name="readingLevel" label="Reading level" errors={errors.readingLevel}>
        {(control) => (
          <select {...control} {...text('readingLevel')}>
            {readingLevelSchema.options.map((level) => (
              <option key={level} value={level}>
                {readingLevelLabels[level]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit">{existing ? 'Save audience' : 'Create audience'}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
