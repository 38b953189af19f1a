import type { i18n } from 'i18next';

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
 * code is put in words from the table beside the message, `<tables>.<name>.<code>`; a number
 * missing from its table takes the table's `other` ("{{count}} times"). Where the catalogue lacks
 * the message — a finding or a reason stored by an older version — the English stays.
 */
export function translateMessage(instance: i18n, key: string, values: MessageValues | undefined, english: string, tables?: string): string {
  const count = typeof values?.count === 'number' ? { count: values.count } : {};
  if (!instance.exists(key, count)) return english;
  const filled = Object.fromEntries(Object.entries(values ?? {}).map(([name, value]) => [name, inWords(instance, tables, name, value)]));
  return lookUp(instance)(key, { replace: filled, ...count, defaultValue: english });
}

function inWords(instance: i18n, tables: string | undefined, name: string, value: string | number): string | number {
  if (!tables) return value;
  const table = `${tables}.${name}`;
  if (instance.exists(`${table}.${value}`)) return lookUp(instance)(`${table}.${value}`, { count: value });
  if (typeof value === 'number' && instance.exists(`${table}.other`)) return lookUp(instance)(`${table}.other`, { count: value });
  return value;
}
