import {
  entryStatusSchema,
  languageNames,
  languageSchema,
  techniqueLabels,
  techniqueSchema,
  topicLabels,
  topicSchema,
  type EntryStatus,
  type Language,
  type Technique,
} from '../../shared/schema';
import { EntrySourcesFieldset } from './EntrySourcesFieldset';
import { CheckboxGroup, Field } from '../forms/FormField';
import { statusLabels } from './StatusBadge';
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

const topicOptions = topicSchema.options.map((value) => ({ value, label: topicLabels[value] }));

/** Every input of the entry form, named by the schema path whose problems it shows. */
export function EntryFormFields({ formId, values, onChange, errors, editing, reviewNotice }: Props) {
  const set = <K extends keyof EntryFormValues>(key: K, value: EntryFormValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: TextKey) => ({ value: values[key], onChange: (event: { target: { value: string } }) => set(key, event.target.value) });
  const field = { formId };

  return (
    <>
      <fieldset className="form-section">
        <legend>About the entry</legend>
        <Field
          {...field}
          name="id"
          label="Id"
          hint="Lower-case letters, digits and hyphens; names the library file. It cannot change later."
          errors={errors.id}
        >
          {(control) => <input {...control} {...text('id')} readOnly={editing} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field {...field} name="title" label="Title" errors={errors.title}>
          {(control) => <input {...control} {...text('title')} />}
        </Field>
        <CheckboxGroup
          {...field}
          name="topics"
          legend="Topics"
          options={topicOptions}
          checked={values.topics}
          onChange={(topics) => set('topics', topics)}
          errors={errors.topics}
        />
        <Field
          {...field}
          name="scope"
          label="Region (scope)"
          hint="Where the fact holds: “UK”, “US (Texas)”, “EU-wide”."
          errors={errors.scope}
        >
          {(control) => <input {...control} {...text('scope')} />}
        </Field>
        <Field {...field} name="language" label="Language" errors={errors.language}>
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
        <legend>The sandwich</legend>
        <Field {...field} name="fact" label="Fact" hint="Lead with the truth, in a few clear words." errors={errors.fact}>
          {(control) => <textarea {...control} {...text('fact')} rows={3} />}
        </Field>
        <Field
          {...field}
          name="myth.statement"
          label="Myth statement"
          hint="Neutral words, stated once — never the slogans."
          errors={errors['myth.statement']}
        >
          {(control) => <textarea {...control} {...text('mythStatement')} rows={2} />}
        </Field>
        <Field
          {...field}
          name="myth.phrasings"
          label="Circulating phrasings"
          hint="One per line. Used only to recognise posts, never in replies."
          errors={errors['myth.phrasings']}
        >
          {(control) => <textarea {...control} {...text('phrasings')} rows={4} />}
        </Field>
        <Field
          {...field}
          name="explanation.text"
          label="Explanation"
          hint="Why the myth is wrong, in at most three points."
          errors={errors['explanation.text']}
        >
          {(control) => <textarea {...control} {...text('explanationText')} rows={4} />}
        </Field>
        <Field {...field} name="explanation.technique" label="Technique (FLICC)" errors={errors['explanation.technique']}>
          {(control) => (
            <select {...control} value={values.technique} onChange={(event) => set('technique', event.target.value as Technique | '')}>
              <option value="">Choose a technique</option>
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
          label="Fallacy (optional)"
          hint="E.g. “false equivalence”, “anecdote as data”."
          errors={errors['explanation.fallacy']}
        >
          {(control) => <input {...control} {...text('fallacy')} />}
        </Field>
      </fieldset>

      <EntrySourcesFieldset formId={formId} sources={values.sources} onChange={(sources) => set('sources', sources)} errors={errors} />

      <fieldset className="form-section">
        <legend>Review</legend>
        <Field
          {...field}
          name="status"
          label="Status"
          hint="Vetting records you (the name in Settings) as the reviewer; whoever made the latest change cannot vet it."
          errors={errors.status}
        >
          {(control) => (
            <select {...control} value={values.status} onChange={(event) => set('status', event.target.value as EntryStatus)}>
              {entryStatusSchema.options.map((status) => (
                <option key={status} value={status}>
                  {statusLabels[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field} name="author" label="Author" hint="Who wrote, or last changed, the entry." errors={errors.author}>
          {(control) => <input {...control} {...text('author')} autoComplete="name" />}
        </Field>
        {reviewNotice && (
          <p className="review-notice" role="status">
            {reviewNotice}
          </p>
        )}
        <Field {...field} name="reviewBy" label="Review by" hint="When the entry must be checked again." errors={errors.reviewBy}>
          {(control) => <input {...control} {...text('reviewBy')} type="date" />}
        </Field>
      </fieldset>
    </>
  );
}
