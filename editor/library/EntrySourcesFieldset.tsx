import { controlId, Field, FieldError } from '../forms/FormField';
import { emptySourceRow, type SourceRow } from './entry-form-values';
import type { FieldErrors } from '../forms/field-errors';
import { useTranslation } from '../i18n/use-translation';

type Props = {
  formId: string;
  sources: SourceRow[];
  onChange: (sources: SourceRow[]) => void;
  errors: FieldErrors;
};

type TextPart = 'title' | 'publisher' | 'url' | 'year' | 'quote';
const parts: { part: TextPart; hint?: 'urlHint' | 'quoteHint' }[] = [
  { part: 'title' },
  { part: 'publisher' },
  { part: 'url', hint: 'urlHint' },
  { part: 'year' },
  { part: 'quote', hint: 'quoteHint' },
];

/** The repeatable sources group: every source carries the quote a reviewer checks against the page. */
export function EntrySourcesFieldset({ formId, sources, onChange, errors }: Props) {
  const { t } = useTranslation('library');
  const groupErrors = errors.sources;
  const update = (index: number, part: TextPart, value: string) =>
    onChange(sources.map((source, i) => (i === index ? { ...source, [part]: value } : source)));
  const remove = (index: number) => onChange(sources.filter((_, i) => i !== index));
  const groupErrorId = `${controlId(formId, 'sources')}-error`;

  return (
    <fieldset className="form-section sources-group" aria-describedby={groupErrors ? groupErrorId : undefined}>
      <legend>{t('source.heading')}</legend>
      <FieldError id={groupErrorId} errors={groupErrors} />
      {sources.map((source, index) => (
        <fieldset key={source.key} className="source-row">
          <legend>{t('source.numbered', { number: index + 1 })}</legend>
          {parts.map(({ part, hint }) => {
            const name = `sources[${index}].${part}`;
            return (
              <Field
                key={part}
                formId={formId}
                name={name}
                label={t(`source.${part}`)}
                hint={hint && t(`source.${hint}`)}
                errors={errors[name]}
              >
                {(control) =>
                  part === 'quote' ? (
                    <textarea {...control} rows={3} value={source.quote} onChange={(event) => update(index, part, event.target.value)} />
                  ) : (
                    <input
                      {...control}
                      type={part === 'url' ? 'url' : 'text'}
                      inputMode={part === 'year' ? 'numeric' : undefined}
                      value={source[part]}
                      onChange={(event) => update(index, part, event.target.value)}
                    />
                  )
                }
              </Field>
            );
          })}
          <button type="button" className="secondary" onClick={() => remove(index)}>
            {t('source.remove', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => onChange([...sources, emptySourceRow()])}
        // With no source left there is no input to mark, so the button takes the focus and the message.
        data-focus-on-error={groupErrors && sources.length === 0 ? 'true' : undefined}
        aria-describedby={groupErrors ? groupErrorId : undefined}
      >
        {t('source.add')}
      </button>
    </fieldset>
  );
}
