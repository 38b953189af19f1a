import { useId, useState, type FormEvent } from 'react';
import { saveAudience } from '../../shared/db';
import { audienceSchema, readingLevelSchema, type Audience } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { Field, FormProblems } from '../forms/FormField';
import { formField, linesOf } from '../forms/field-errors';
import { useFormErrors } from '../forms/use-form-errors';
import { saveProfile } from './save-profile';
import { slugFromName } from './slug-from-name';

const fields = new Set(['id', 'name', 'description', 'values', 'concerns', 'tone', 'readingLevel']);

type Props = { existing?: Audience | undefined; onSaved: (audience: Audience) => void; onCancel: () => void };

/** Creates or edits one audience; `notes` (guidance from the library file) is kept as it was. */
export function AudienceForm({ existing, onSaved, onCancel }: Props) {
  const db = useDatabase();
  const formId = useId();
  const { t } = useTranslation(['profiles', 'common']);
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
      duplicateMessage: t('audiences.idTaken'),
      save: (valid) => saveAudience(db, valid),
    });
    if ('errors' in result) reject(result.errors);
    else onSaved(result.saved);
  }

  const heading = existing ? t('edit', { name: existing.name }) : t('audiences.new');
  return (
    <form ref={formRef} className="profile-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{heading}</h2>
      <FormProblems errors={errors} formLevel={formField} />
      <Field formId={formId} name="name" label={t('form.name')} errors={errors.name}>
        {(control) => <input {...control} {...text('name')} />}
      </Field>
      <Field formId={formId} name="id" label={t('form.id')} hint={t('form.idHint')} errors={errors.id}>
        {(control) => (
          <input {...control} {...text('id')} readOnly={Boolean(existing)} onInput={() => setIdEdited(true)} spellCheck={false} />
        )}
      </Field>
      <Field formId={formId} name="description" label={t('audiences.description')} errors={errors.description}>
        {(control) => <textarea {...control} {...text('description')} rows={2} />}
      </Field>
      <Field formId={formId} name="values" label={t('audiences.values')} hint={t('audiences.valuesHint')} errors={errors.values}>
        {(control) => <textarea {...control} {...text('values')} rows={3} />}
      </Field>
      <Field formId={formId} name="concerns" label={t('audiences.concerns')} hint={t('audiences.concernsHint')} errors={errors.concerns}>
        {(control) => <textarea {...control} {...text('concerns')} rows={3} />}
      </Field>
      <Field formId={formId} name="tone" label={t('audiences.tone')} hint={t('audiences.toneHint')} errors={errors.tone}>
        {(control) => <input {...control} {...text('tone')} />}
      </Field>
      <Field formId={formId} name="readingLevel" label={t('audiences.readingLevel')} errors={errors.readingLevel}>
        {(control) => (
          <select {...control} {...text('readingLevel')}>
            {readingLevelSchema.options.map((level) => (
              <option key={level} value={level}>
                {t(`audiences.readingLevelOptions.${level}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit">{existing ? t('audiences.save') : t('audiences.create')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
