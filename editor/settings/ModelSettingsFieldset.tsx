import { useState } from 'react';
import type { ModelSettings } from '../../shared/schema';
import { Field } from '../forms/FormField';
import type { FieldErrors } from '../forms/field-errors';

/** Where this page keeps its data: an extension's own storage, or the web site's. */
export type KeyStorage = 'extension' | 'site';

const extensionProtocols = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

export function keyStorageHere(): KeyStorage {
  return extensionProtocols.has(window.location.protocol) ? 'extension' : 'site';
}

// People paste their key here only if they know where it goes (DESIGN.md: the key stays in extension storage).
const whereTheKeyIs: Record<KeyStorage, string> = {
  extension: "Stored only in this browser (the extension's own storage), sent only to the model server above.",
  site: "Stored only in this browser (this site's local storage), sent only to the model server above.",
};

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
  const text = (key: keyof ModelSettings) => ({
    value: model[key],
    onChange: (event: { target: { value: string } }) => onChange({ ...model, [key]: event.target.value }),
  });
  return (
    <fieldset className="form-section">
      <legend>Language model</legend>
      <p className="field-hint">Optional. Without a model, drafts are written from templates, offline.</p>
      <Field
        formId={formId}
        name="model.baseUrl"
        label="Server URL"
        hint="An OpenAI-compatible API, e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama). Leave empty for none."
        errors={errors['model.baseUrl']}
      >
        {(control) => <input {...control} {...text('baseUrl')} type="url" inputMode="url" spellCheck={false} autoComplete="off" />}
      </Field>
      <Field formId={formId} name="model.model" label="Model" hint="E.g. gpt-4o-mini or llama3.1." errors={errors['model.model']}>
        {(control) => <input {...control} {...text('model')} spellCheck={false} autoComplete="off" />}
      </Field>
      <Field
        formId={formId}
        name="model.embeddingModel"
        label="Embedding model"
        hint="Optional: matches posts by meaning as well as by words, e.g. nomic-embed-text on Ollama, text-embedding-3-small on OpenAI. The post and the library's myth wording are sent to the server. Leave empty for word matching only, offline."
        errors={errors['model.embeddingModel']}
      >
        {(control) => <input {...control} {...text('embeddingModel')} spellCheck={false} autoComplete="off" />}
      </Field>
      <Field
        formId={formId}
        name="model.apiKey"
        label="API key"
        hint={`${whereTheKeyIs[keyStorage]} Leave empty for a local server that needs none.`}
        errors={errors['model.apiKey']}
      >
        {(control) => (
          <div className="secret-input">
            <input {...control} {...text('apiKey')} type={showKey ? 'text' : 'password'} spellCheck={false} autoComplete="off" />
            <button type="button" className="secondary" aria-controls={control.id} onClick={() => setShowKey((shown) => !shown)}>
              {showKey ? 'Hide' : 'Show'}
              <span className="visually-hidden"> API key</span>
            </button>
          </div>
        )}
      </Field>
    </fieldset>
  );
}
