import type { i18n } from 'i18next';
import type { Reason } from '../../shared/schema/reason';

/** What shared code hands over beside its English: values that are numbers, words the person wrote, or codes. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * The catalogue looked up by a key built from data (a rule's id, a message id): the compiler
 * checks the keys written in components, and catalogue tests check these.
 */
export function lookUp(instance: i18n): (key: string, options?: Record<string, unknown>) => string {
  return instance.t.bind(instance) as unknown as (key: string, options?: Record<string, unknown>) => string;
}

/**
 * Shared code's English said in the interface's language: the catalogue's message `key` filled
 * with `values` (`{{name}}`, `{{name, number}}`; `count` picks the plural form). A value that is a
 * code is put in words from the table beside the message, `<tables>.<name>.<code>` (filled with
 * the message's values too: "the bundle from {{host}}"); a number missing from its table takes
 * the table's `other` ("{{count}} times"). Where the catalogue lacks
 * the message — a finding or a reason stored by an older version — the English stays.
 */
export function translateMessage(instance: i18n, key: string, values: MessageValues | undefined, english: string, tables?: string): string {
  const count = typeof values?.count === 'number' ? { count: values.count } : {};
  if (!instance.exists(key, count)) return english;
  const filled = Object.fromEntries(
    Object.entries(values ?? {}).map(([name, value]) => [name, inWords(instance, tables, name, value, values ?? {})]),
  );
  return lookUp(instance)(key, { replace: filled, ...count, defaultValue: english });
}

function inWords(instance: i18n, tables: string | undefined, name: string, value: string | number, values: MessageValues): string | number {
  if (!tables) return value;
  const table = `${tables}.${name}`;
  const words = { replace: { ...values, count: value }, ...(typeof value === 'number' ? { count: value } : {}) };
  if (instance.exists(`${table}.${value}`)) return lookUp(instance)(`${table}.${value}`, words);
  if (typeof value === 'number' && instance.exists(`${table}.other`)) return lookUp(instance)(`${table}.other`, words);
  return value;
}

/**
 * A reason from shared code in the interface's language: `reasons:<code>`, its values filled in as
 * for a message (tables at `reasons:<area>.values`), a reason inside it said first. The English it
 * came with when the catalogue lacks any part of it: a reason stored by an older version.
 */
export function translateReason(instance: i18n, reason: Reason | undefined, english: string): string {
  return reason && canSay(instance, reason) ? say(instance, reason) : english;
}

function say(instance: i18n, { code, data }: Reason): string {
  const values = Object.fromEntries(
    Object.entries(data ?? {}).map(([name, value]) => [name, typeof value === 'object' ? say(instance, value) : value]),
  );
  return translateMessage(instance, `reasons:${code}`, values, code, `reasons:${code.split('.')[0]}.values`);
}

function canSay(instance: i18n, { code, data }: Reason): boolean {
  const count = typeof data?.count === 'number' ? { count: data.count } : {};
  return (
    instance.exists(`reasons:${code}`, count) &&
    Object.values(data ?? {}).every((value) => typeof value !== 'object' || canSay(instance, value))
  );
}
