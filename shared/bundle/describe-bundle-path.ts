import { fieldName, shorten } from '../schema/describe-issues';

const labelledLists = new Set(['entries', 'audiences', 'spokespeople']);

/**
 * Names a place inside a bundle the way a reviewer finds it: `entries[3] (uk-housing): sources[0].url`.
 * The id comes from the raw value, so it is shown even when the record is broken.
 */
export function describeBundlePath(raw: unknown, path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if (typeof list === 'string' && labelledLists.has(list) && typeof index === 'number') {
    const label = `${list}[${index}]${recordIdLabel(raw, list, index)}`;
    return rest.length > 0 ? `${label}: ${fieldName(rest)}` : label;
  }
  return fieldName(path) || '(top level)';
}

function recordIdLabel(raw: unknown, list: string, index: number): string {
  const records = isRecord(raw) ? raw[list] : undefined;
  const record = Array.isArray(records) ? records[index] : undefined;
  const id = isRecord(record) ? record.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? ` (${shorten(id)})` : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
