import { describeFailure } from '../forms/describe-failure';
import { useId, useState, type FormEvent } from 'react';
import { channelSpecs } from '../../shared/channels';
import { saveSettings } from '../../shared/db';
import {
  appearanceSchema,
  channelIdSchema,
  languageNames,
  languageSchema,
  settingsSchema,
  type Appearance,
  type ChannelId,
  type Language,
  type Settings,
} from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { Field, FormProblems } from '../forms/FormField';
import { fieldErrorsFromZod, formField } from '../forms/field-errors';
import { useFormErrors } from '../forms/use-form-errors';
import { ModelSettingsFieldset, type KeyStorage } from './ModelSettingsFieldset';
import { RuleSettingsFieldset } from './RuleSettingsFieldset';
import { settingsFields } from './settings-fields';
import { Select } from '../ui/Select';

const appearanceLabels: Record<Appearance, string> = { system: 'System', light: 'Light', dark: 'Dark' };

type Props = { initial: Settings; keyStorage: KeyStorage; labelledBy: string };

/** Edits all settings at once; Save validates the whole and stores all of it or nothing. */
export function SettingsForm({ initial, keyStorage, labelledBy }: Props) {
  const db = useDatabase();
  const formId = useId();
  const { formRef, errors, reject, clear } = useFormErrors();
  const [values, setValues] = useState(initial);
  const [notice, setNotice] = useState('');

  // A "saved" notice must not linger over changes that are not saved yet.
  const change = (changes: Partial<Settings>, message = '') => {
    setValues((current) => ({ ...current, ...changes }));
    setNotice(message);
  };
  const text = (key: 'userName') => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => change({ [key]: event.target.value }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice('');
    const parsed = settingsSchema.safeParse(values);
    if (!parsed.success) {
      reject(fieldErrorsFromZod(parsed.error, settingsFields));
      return;
    }
    try {
      const saved = await saveSettings(db, parsed.data);
      clear();
      setValues(saved); // shows what is stored: trimmed URLs and key
      setNotice('Settings saved.');
    } catch (error) {
      reject({ [formField]: [`Not saved: ${describeFailure(error)}`] });
    }
  }

  return (
    <form ref={formRef} className="settings-form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <FormProblems errors={errors} formLevel={formField} />
      <fieldset className="form-section">
        <legend>You</legend>
        <Field
          formId={formId}
          name="userName"
          label="Your name"
          hint="Recorded as the reviewer when you review a library entry."
          errors={errors.userName}
        >
          {(control) => <input {...control} {...text('userName')} autoComplete="name" />}
        </Field>
      </fieldset>
      <fieldset className="form-section">
        <legend>Drafting defaults</legend>
        <p className="field-hint">New drafts start with these; each draft can change them.</p>
        <Field formId={formId} name="defaultLanguage" label="Language" errors={errors.defaultLanguage}>
          {(control) => (
            <select
              {...control}
              value={values.defaultLanguage}
              onChange={(event) => change({ defaultLanguage: event.target.value as Language })}
            >
              {languageSchema.options.map((language) => (
                <option key={language} value={language}>
                  {languageNames[language]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field formId={formId} name="defaultChannel" label="Channel" errors={errors.defaultChannel}>
          {(control) => (
            <select
              {...control}
              value={values.defaultChannel}
              onChange={(event) => change({ defaultChannel: event.target.value as ChannelId })}
            >
              {channelIdSchema.options.map((channel) => (
                <option key={channel} value={channel}>
                  {channelSpecs[channel].label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset className="form-section">
        <legend>Interface</legend>
        <Field
          formId={formId}
          name="appearance"
          label="Appearance"
          hint="System follows your device's light or dark mode."
          errors={errors.appearance}
        >
          {(control) => (
            <Select<Appearance>
              {...control}
              value={values.appearance}
              options={appearanceSchema.options.map((value) => ({ value, label: appearanceLabels[value] }))}
              onChange={(appearance) => change({ appearance })}
            />
          )}
        </Field>
      </fieldset>
      <ModelSettingsFieldset
        formId={formId}
        model={values.model}
        errors={errors}
        keyStorage={keyStorage}
        onChange={(model) => change({ model })}
      />
      <RuleSettingsFieldset
        formId={formId}
        lint={values.lint}
        errors={errors}
        onChange={(lint) => change({ lint })}
        onReset={() => change({ lint: { rules: {} } }, 'Every rule is back at its default level. Save to keep this.')}
      />
      <div className="form-actions">
        <button type="submit">Save settings</button>
        <p role="status" className="notice">
          {notice}
        </p>
      </div>
    </form>
  );
}
