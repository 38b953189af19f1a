import { useId, useState, type FormEvent } from 'react';
import { saveSpokesperson } from '../../shared/db';
import { spokespersonSchema, type Audience, type Spokesperson } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { CheckboxGroup, Field, FormProblems } from '../forms/FormField';
import { useFormErrors } from '../forms/use-form-errors';
import { formField } from '../forms/field-errors';
import { saveProfile } from './save-profile';
import { slugFromName } from './slug-from-name';

const fields = new Set(['id', 'name', 'organisation', 'trustedBy', 'voice', 'signOff']);

type Props = { existing?: Spokesperson | undefined; audiences: Audience[]; onSaved: (person: Spokesperson) => void; onCancel: () => void };

/** Creates or edits one spokesperson; `notes` (guidance from the library file) is kept as it was. */
export function SpokespersonForm({ existing, audiences, onSaved, onCancel }: Props) {
  const db = useDatabase();
  const formId = useId();
  const { t } = useTranslation(['profiles', 'common']);
  const { formRef, errors, reject } = useFormErrors();
  const [values, setValues] = useState(() => ({
    id: existing?.id ?? '',
    name: existing?.name ?? '',
    organisation: existing?.organisation ?? '',
    voice: existing?.voice ?? '',
    signOff: existing?.signOff ?? '',
  }));
  const [trustedBy, setTrustedBy] = useState<string[]>(() => existing?.trustedBy ?? []);
  const [idEdited, setIdEdited] = useState(Boolean(existing));
  type Key = keyof typeof values;
  const set = (key: Key, value: string) =>
    setValues((current) => ({ ...current, [key]: value, ...(key === 'name' && !idEdited ? { id: slugFromName(value) } : {}) }));
  const text = (key: Key) => ({ value: values[key], onChange: (event: { target: { value: string } }) => set(key, event.target.value) });
  // An audience deleted since this person was saved still shows, so unticking it is a visible choice.
  const known = new Set(audiences.map((audience) => audience.id));
  const options = [
    ...audiences.map((audience) => ({ value: audience.id, label: audience.name })),
    ...trustedBy.filter((id) => !known.has(id)).map((id) => ({ value: id, label: `${id} (no longer in the list)` })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = { ...existing, ...values, id: values.id.trim(), trustedBy };
    const result = await saveProfile({
      candidate,
      schema: spokespersonSchema,
      fields,
      isNew: !existing,
      exists: async (id) => (await db.spokespeople.get(id)) !== undefined,
      duplicateMessage: t('spokespeople.idTaken'),
      save: (valid) => saveSpokesperson(db, valid),
    });
    if ('errors' in result) reject(result.errors);
    else onSaved(result.saved);
  }

  const heading = existing ? t('edit', { name: existing.name }) : t('spokespeople.new');
  return (
    <form ref={formRef} className="profile-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{heading}</h2>
      <FormProblems errors={errors} formLevel={formField} />
      <Field formId={formId} name="name" label={t('spokespeople.name')} hint={t('spokespeople.nameHint')} errors={errors.name}>
        {(control) => <input {...control} {...text('name')} />}
      </Field>
      <Field formId={formId} name="id" label={t('form.id')} hint={t('form.idHint')} errors={errors.id}>
        {(control) => (
          <input {...control} {...text('id')} readOnly={Boolean(existing)} onInput={() => setIdEdited(true)} spellCheck={false} />
        )}
      </Field>
      <Field formId={formId} name="organisation" label={t('spokespeople.organisation')} errors={errors.organisation}>
        {(control) => <input {...control} {...text('organisation')} />}
      </Field>
      {options.length === 0 ? (
        <p className="field-error" data-focus-on-error={errors.trustedBy ? 'true' : undefined} tabIndex={-1}>
          {t('spokespeople.addAudienceFirst')}
        </p>
      ) : (
        <CheckboxGroup
          formId={formId}
          name="trustedBy"
          legend={t('spokespeople.trustedBy')}
          options={options}
          checked={trustedBy}
          onChange={setTrustedBy}
          errors={errors.trustedBy}
        />
      )}
      <Field formId={formId} name="voice" label={t('spokespeople.voice')} hint={t('spokespeople.voiceHint')} errors={errors.voice}>
        {(control) => <textarea {...control} {...text('voice')} rows={2} />}
      </Field>
      <Field formId={formId} name="signOff" label={t('spokespeople.signOff')} hint={t('spokespeople.signOffHint')} errors={errors.signOff}>
        {(control) => <input {...control} {...text('signOff')} />}
      </Field>
      <div className="form-actions">
        <button type="submit">{existing ? t('spokespeople.save') : t('spokespeople.create')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
