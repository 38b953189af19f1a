import { stringify } from 'yaml';
import type { Audience, Entry, Spokesperson } from '../schema';

/**
 * Writes an entry, audience or spokesperson back as a library file: YAML front matter (fields in
 * the order a reviewer reads them, empty optional lists left out) and the notes as the body.
 * Parsing the result gives back the same value, so the app can export to a library repository.
 */
export function serialiseLibraryFile(item: Entry | Audience | Spokesperson): string {
  const { notes, ...data } = item;
  const frontMatter = Object.fromEntries(Object.entries(data).filter(([, value]) => !isEmpty(value)));
  const yaml = stringify(frontMatter, { lineWidth: 100, minContentWidth: 40, blockQuote: 'folded' });
  return `---\n${yaml}---\n${notes ? `${notes}\n` : ''}`;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}
