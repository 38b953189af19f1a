import {
  entryStatusSchema,
  languageNames,
  languageSchema,
  techniqueLabels,
  techniqueSchema,
  topicSchema,
  type EntryStatus,
  type Language,
  type Technique,
} from '../../shared/schema';
import { EntrySourcesFieldset } from './EntrySourcesFieldset';
import { CheckboxGroup, Field } from '../forms/FormField';
import { useTranslation } from '../i18n/use-translation';
import type { EntryFormValues } from './entry-form-values';
import type { FieldErrors } from '../forms/field-errors';

type Props = {
  formId: string;
  values: EntryFormValues;
  onChange: (values: EntryFormValues) => void;
  errors: FieldErrors;
  editing: boolean;
  /** What saving will do to the review (back to review, or vetted by this person), said before saving. */
  reviewNotice?: string | undefined;
};

type TextKey = { [K in keyof EntryFormValues]: EntryFormValues[K] extends string ? K : never }[keyof EntryFormValues];

/** Every input of the entry form, named by the schema path whose problems it shows. */
export function EntryFormFields({ formId, values, onChange, errors, editing, reviewNotice }: Props) {
  const set = <K extends keyof EntryFormValues>(key: K, value: EntryFormValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: TextKey) => ({ value: values[key], onChange: (event: { target: { value: string } }) => set(key, event.target.value) });
  const field = { formId };
  const { t } = useTranslation(['library', 'common']);
  const topicOptions = topicSchema.options.map((value) => ({ value, label: t(`common:topics.${value}`) }));

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('form.about')}</legend>
        <Field {...field} name="id" label={t('form.id')} hint={t('form.idHint')} errors={errors.id}>
          {(control) => <input {...control} {...text('id')} readOnly={editing} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field {...field} name="title" label={t('form.title')} errors={errors.title}>
          {(control) => <input {...control} {...text('title')} />}
        </Field>
        <CheckboxGroup
          {...field}
          name="topics"
          legend={t('form.topics')}
          options={topicOptions}
          checked={values.topics}
          onChange={(topics) => set('topics', topics)}
          errors={errors.topics}
        />
        <Field {...field} name="scope" label={t('form.scope')} hint={t('form.scopeHint')} errors={errors.scope}>
          {(control) => <input {...control} {...text('scope')} />}
        </Field>
        <Field {...field} name="language" label={t('form.language')} errors={errors.language}>
          {(control) => (
            <select {...control} value={values.language} onChange={(event) => set('language', event.target.value as Language)}>
              {languageSchema.options.map((language) => (
                <option key={language} value={language}>
                  {languageNames[language]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sandwich')}</legend>
        <Field {...field} name="fact" label={t('form.fact')} hint={t('form.factHint')} errors={errors.fact}>
          {(control) => <textarea {...control} {...text('fact')} rows={3} />}
        </Field>
        <Field {...field} name="myth.statement" label={t('form.myth')} hint={t('form.mythHint')} errors={errors['myth.statement']}>
          {(control) => <textarea {...control} {...text('mythStatement')} rows={2} />}
        </Field>
        <Field
          {...field}
          name="myth.phrasings"
          label={t('form.phrasings')}
          hint={t('form.phrasingsHint')}
          errors={errors['myth.phrasings']}
        >
          {(control) => <textarea {...control} {...text('phrasings')} rows={4} />}
        </Field>
        <Field
          {...field}
          name="explanation.text"
          label={t('form.explanation')}
          hint={t('form.explanationHint')}
          errors={errors['explanation.text']}
        >
          {(control) => <textarea {...control} {...text('explanationText')} rows={4} />}
        </Field>
        <Field {...field} name="explanation.technique" label={t('form.technique')} errors={errors['explanation.technique']}>
          {(control) => (
            <select {...control} value={values.technique} onChange={(event) => set('technique', event.target.value as Technique | '')}>
              <option value="">{t('form.chooseTechnique')}</option>
              {techniqueSchema.options.map((technique) => (
                <option key={technique} value={technique}>
                  {techniqueLabels[technique]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          {...field}
          name="explanation.fallacy"
          label={t('form.fallacy')}
          hint={t('form.fallacyHint')}
          errors={errors['explanation.fallacy']}
        >
          {(control) => <input {...control} {...text('fallacy')} />}
        </Field>
      </fieldset>

      <EntrySourcesFieldset formId={formId} sources={values.sources} onChange={(sources) => set('sources', sources)} errors={errors} />

      <fieldset className="form-section">
        <legend>{t('form.review')}</legend>
        <Field {...field} name="status" label={t('form.status')} hint={t('form.statusHint')} errors={errors.status}>
          {(control) => (
            <select {...control} value={values.status} onChange={(event) => set('status', event.target.value as EntryStatus)}>
              {entryStatusSchema.options.map((status) => (
                <option key={status} value={status}>
                  {t(`common:entryStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field} name="author" label={t('form.author')} hint={t('form.authorHint')} errors={errors.author}>
          {(control) => <input {...control} {...text('author')} autoComplete="name" />}
        </Field>
        {reviewNotice && (
          <p className="review-notice" role="status">
            {reviewNotice}
          </p>
        )}
        <Field {...field} name="reviewBy" label={t('form.reviewBy')} hint={t('form.reviewByHint')} errors={errors.reviewBy}>
          {(control) => <input {...control} {...text('reviewBy')} type="date" />}
        </Field>
      </fieldset>
    </>
  );
}
