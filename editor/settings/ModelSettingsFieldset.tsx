import { useState } from 'react';
import type { ModelSettings } from '../../shared/schema';
import { Field } from '../forms/FormField';
import type { FieldErrors } from '../forms/field-errors';
import { useTranslation } from '../i18n/use-translation';

/** Where this page keeps its data: an extension's own storage, or the web site's. */
export type KeyStorage = 'extension' | 'site';

const extensionProtocols = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

export function keyStorageHere(): KeyStorage {
  return extensionProtocols.has(window.location.protocol) ? 'extension' : 'site';
}

// People paste their key here only if they know where it goes (DESIGN.md: the key stays in extension storage).
const whereTheKeyIs = { extension: 'model.keyInExtension', site: 'model.keyOnSite' } as const satisfies Record<KeyStorage, string>;

type Props = {
  formId: string;
  model: ModelSettings;
  errors: FieldErrors;
  keyStorage: KeyStorage;
  onChange: (model: ModelSettings) => void;
};

/** The optional OpenAI-compatible server: without one, drafts come from the templates. */
export function ModelSettingsFieldset({ formId, model, errors, keyStorage, onChange }: Props) {
  const [showKey, setShowKey] = useState(false);
  const { t } = useTranslation('settings');
  const text = (key: keyof ModelSettings) => ({
    value: model[key],
    onChange: (event: { target: { value: string } }) => onChange({ ...model, [key]: event.target.value }),
  });
  return (
    <fieldset className="form-section">
      <legend>{t('model.legend')}</legend>
      <p className="field-hint">{t('model.hint')}</p>
      <Field formId={formId} name="model.baseUrl" label={t('model.baseUrl')} hint={t('model.baseUrlHint')} errors={errors['model.baseUrl']}>
        {(control) => <input {...control} {...text('baseUrl')} type="url" inputMode="url" spellCheck={false} autoComplete="off" />}
      </Field>
      <Field formId={formId} name="model.model" label={t('model.model')} hint={t('model.modelHint')} errors={errors['model.model']}>
        {(control) => <input {...control} {...text('model')} spellCheck={false} autoComplete="off" />}
      </Field>
      <Field
        formId={formId}
        name="model.embeddingModel"
        label={t('model.embeddingModel')}
        hint={t('model.embeddingModelHint')}
        errors={errors['model.embeddingModel']}
      >
        {(control) => <input {...control} {...text('embeddingModel')} spellCheck={false} autoComplete="off" />}
      </Field>
      <Field
        formId={formId}
        name="model.apiKey"
        label={t('model.apiKey')}
        hint={t(whereTheKeyIs[keyStorage])}
        errors={errors['model.apiKey']}
      >
        {(control) => (
          <div className="secret-input">
            <input {...control} {...text('apiKey')} type={showKey ? 'text' : 'password'} spellCheck={false} autoComplete="off" />
            <button type="button" className="secondary" aria-controls={control.id} onClick={() => setShowKey((shown) => !shown)}>
              {showKey ? t('model.hide') : t('model.show')}
              <span className="visually-hidden">{t('model.theKey')}</span>
            </button>
          </div>
        )}
      </Field>
    </fieldset>
  );
}
