import type { z } from 'zod';
import { fieldName, listFieldProblems } from '../../shared/schema';
import { interfaceI18n } from '../i18n/interface-i18n';
import { translateReason } from '../i18n/translate-message';

/** Problems keyed by the form field that shows them; `formField` holds those no field shows. */
export type FieldErrors = Record<string, string[]>;
export const formField = 'form';

/**
 * The field a schema problem belongs to: the longest prefix of its path that the form shows, so
 * `myth.phrasings[2]` lands on the phrasings box and `sources[0].url` on that source's URL input.
 * Aliases send problems about data the form does not show to the input that causes them
 * (a missing review record is the reviewer's name; a clashing translation is the language).
 */
export function fieldForPath(
  path: readonly PropertyKey[],
  fields: ReadonlySet<string>,
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const name = fieldName(path.slice(0, length));
    if (aliases[name]) return aliases[name];
    if (fields.has(name)) return name;
  }
  return undefined;
}

export function fieldErrorsFromZod(
  error: z.ZodError,
  fields: ReadonlySet<string>,
  aliases: Readonly<Record<string, string>> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, problem, path, reason } of listFieldProblems(error, 'form')) {
    const target = fieldForPath(path, fields, aliases);
    // In the interface's language where the schema's message is a field message; its English otherwise.
    const said = translateReason(interfaceI18n, reason, problem);
    addFieldError(errors, target ?? formField, target ? said : `${field}: ${said}`);
  }
  return errors;
}

export function addFieldError(errors: FieldErrors, field: string, message: string): void {
  const list = (errors[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

export function mergeFieldErrors(...all: FieldErrors[]): FieldErrors {
  const merged: FieldErrors = {};
  for (const errors of all)
    for (const [field, messages] of Object.entries(errors)) for (const message of messages) addFieldError(merged, field, message);
  return merged;
}

export function countFieldErrors(errors: FieldErrors): number {
  return Object.values(errors).reduce((sum, messages) => sum + messages.length, 0);
}

/** Text areas that take one item per line, as the schemas' arrays want them. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
