import type { z } from 'zod';
import { describeFailure } from '../forms/describe-failure';
import { interfaceI18n } from '../i18n/interface-i18n';
import { addFieldError, countFieldErrors, fieldErrorsFromZod, formField, type FieldErrors } from '../forms/field-errors';

type SaveProfile<T> = {
  candidate: { id: string };
  schema: z.ZodType<T>;
  fields: ReadonlySet<string>;
  isNew: boolean;
  /** Whether a record with this id exists already: saving a new one under it would silently replace it. */
  exists(id: string): Promise<boolean>;
  duplicateMessage: string;
  save(valid: unknown): Promise<T>;
};

/**
 * The submit step both profile forms share: validate against the schema, refuse a new record
 * under an id already in use, save, and return the saved record or the problems by field.
 */
export async function saveProfile<T>({
  candidate,
  schema,
  fields,
  isNew,
  exists,
  duplicateMessage,
  save,
}: SaveProfile<T>): Promise<{ saved: T } | { errors: FieldErrors }> {
  const parsed = schema.safeParse(candidate);
  const found = parsed.success ? {} : fieldErrorsFromZod(parsed.error, fields);
  if (isNew && !found.id && (await exists(candidate.id))) addFieldError(found, 'id', duplicateMessage);
  if (countFieldErrors(found) > 0) return { errors: found };
  try {
    return { saved: await save(candidate) };
  } catch (error) {
    return { errors: { [formField]: [interfaceI18n.t('form.notSaved', { reason: describeFailure(error) })] } };
  }
}
