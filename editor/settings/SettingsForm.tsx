import { describeFailure } from '../forms/describe-failure';
import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { channelSpecs } from '../../shared/channels';
import { saveSettings } from '../../shared/db';
import {
  appearanceSchema,
  channelIdSchema,
  interfaceLanguageChoiceSchema,
  languageNames,
  languageSchema,
  settingsSchema,
  type Appearance,
  type ChannelId,
  type InterfaceLanguageChoice,
  type Language,
  type Settings,
} from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { Field, FormProblems } from '../forms/FormField';
import { fieldErrorsFromZod, formField } from '../forms/field-errors';
import { useFormErrors } from '../forms/use-form-errors';
import { ModelSettingsFieldset, type KeyStorage } from './ModelSettingsFieldset';
import { settingsFields } from './settings-fields';
import { Select } from '../ui/Select';

// The rules' table needs the lint engine (their titles and defaults): it loads after the rest of
// the form, which keeps the options page's first script small.
const RuleSettingsFieldset = lazy(() => import('./RuleSettingsFieldset').then((module) => ({ default: module.RuleSettingsFieldset })));

const appearanceLabelKeys = { system: 'appearanceSystem', light: 'appearanceLight', dark: 'appearanceDark' } as const;

type Props = { initial: Settings; keyStorage: KeyStorage; labelledBy: string };

/** Edits all settings at once; Save validates the whole and stores all of it or nothing. */
export function SettingsForm({ initial, keyStorage, labelledBy }: Props) {
  const db = useDatabase();
  const formId = useId();
  const { formRef, errors, reject, clear } = useFormErrors();
  const [values, setValues] = useState(initial);
  // A key, not words: saving a new interface language re-words the notice in that language.
  const [notice, setNotice] = useState<'saved' | 'rulesReset' | ''>('');
  const { t } = useTranslation(['settings', 'common']);

  // A "saved" notice must not linger over changes that are not saved yet.
  const change = (changes: Partial<Settings>, message: typeof notice = '') => {
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
      setNotice('saved');
    } catch (error) {
      reject({ [formField]: [t('common:form.notSaved', { reason: describeFailure(error) })] });
    }
  }

  return (
    <form ref={formRef} className="settings-form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <FormProblems errors={errors} formLevel={formField} />
      <fieldset className="form-section">
        <legend>{t('you')}</legend>
        <Field formId={formId} name="userName" label={t('userName')} hint={t('userNameHint')} errors={errors.userName}>
          {(control) => <input {...control} {...text('userName')} autoComplete="name" />}
        </Field>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('interface')}</legend>
        <Field
          formId={formId}
          name="interfaceLanguage"
          label={t('interfaceLanguage')}
          hint={t('interfaceLanguageHint')}
          errors={errors.interfaceLanguage}
        >
          {(control) => (
            <select
              {...control}
              value={values.interfaceLanguage ?? 'auto'}
              onChange={(event) => change({ interfaceLanguage: event.target.value as InterfaceLanguageChoice })}
            >
              {interfaceLanguageChoiceSchema.options.map((choice) => (
                // Each language under its own name, so that a person who cannot read this page finds theirs.
                <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
                  {choice === 'auto' ? t('automatic') : languageNames[choice]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field formId={formId} name="appearance" label={t('appearance')} hint={t('appearanceHint')} errors={errors.appearance}>
          {(control) => (
            <Select<Appearance>
              {...control}
              value={values.appearance}
              options={appearanceSchema.options.map((value) => ({ value, label: t(appearanceLabelKeys[value]) }))}
              onChange={(appearance) => change({ appearance })}
            />
          )}
        </Field>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('drafting')}</legend>
        <p className="field-hint">{t('draftingHint')}</p>
        <Field formId={formId} name="defaultLanguage" label={t('language')} errors={errors.defaultLanguage}>
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
        <Field formId={formId} name="defaultChannel" label={t('channel')} errors={errors.defaultChannel}>
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
      <ModelSettingsFieldset
        formId={formId}
        model={values.model}
        errors={errors}
        keyStorage={keyStorage}
        onChange={(model) => change({ model })}
      />
      <Suspense fallback={<p className="hint">{t('common:loading')}</p>}>
        <RuleSettingsFieldset
          formId={formId}
          lint={values.lint}
          errors={errors}
          onChange={(lint) => change({ lint })}
          onReset={() => change({ lint: { rules: {} } }, 'rulesReset')}
        />
      </Suspense>
      <div className="form-actions">
        <button type="submit">{t('save')}</button>
        <p role="status" className="notice">
          {notice && t(notice)}
        </p>
      </div>
    </form>
  );
}
