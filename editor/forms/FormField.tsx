import './forms.css';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

/** What a labelled control needs so that its error is announced with it (WCAG 3.3.1). */
export type ControlProps = { id: string; name: string; 'aria-invalid'?: true | undefined; 'aria-describedby'?: string | undefined };

type FieldProps = {
  formId: string;
  name: string;
  label: string;
  hint?: string | undefined;
  errors?: string[] | undefined;
  children: (control: ControlProps) => ReactNode;
};

export const controlId = (formId: string, name: string) => `${formId}-${name}`;

function describedBy(id: string, hint: string | undefined, errors: string[] | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A label, an optional hint, the control, and its problems right under it. */
export function Field({ formId, name, label, hint, errors, children }: FieldProps) {
  const id = controlId(formId, name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children({ id, name, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy(id, hint, errors) })}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error">
      {errors.join('; ')}
    </p>
  );
}

type CheckboxGroupProps<T extends string> = {
  formId: string;
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  checked: readonly T[];
  onChange: (checked: T[]) => void;
  errors?: string[] | undefined;
};

/** Several choices under one legend; the group's problem is described on every box. */
export function CheckboxGroup<T extends string>({ formId, name, legend, options, checked, onChange, errors }: CheckboxGroupProps<T>) {
  const id = controlId(formId, name);
  const toggle = (value: T, on: boolean) => onChange(on ? [...checked, value] : checked.filter((item) => item !== value));
  return (
    <fieldset className="field checkbox-group">
      <legend>{legend}</legend>
      <FieldError id={`${id}-error`} errors={errors} />
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={checked.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              aria-invalid={errors?.length ? true : undefined}
              aria-describedby={describedBy(id, undefined, errors)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Moves focus to the first control, in reading order, that has a problem (or asks for one). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-focus-on-error="true"]')?.focus();
}

/** The note at the top of a rejected form, with the problems no single field can show. */
export function FormProblems({ errors, formLevel }: { errors: Record<string, string[]>; formLevel: string }) {
  const { t } = useTranslation();
  const count = Object.values(errors).reduce((sum, messages) => sum + messages.length, 0);
  if (count === 0) return null;
  return (
    <div role="alert" className="form-problems">
      <p>{t('form.problems', { count })}</p>
      {errors[formLevel] && (
        <ul>
          {errors[formLevel].map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
