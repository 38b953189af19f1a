import type { z } from 'zod';
import { fieldName } from '../schema/format-issues';

/** A file with hundreds of broken records would bury the first problem; the rest are counted. */
const maxListedProblems = 20;

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

/** One line per problem, `where: what`, at most twenty, then how many more. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], describePath: (path: readonly PropertyKey[]) => string): string {
  const lines = issues.slice(0, maxListedProblems).map((issue) => `${describePath(issue.path)}: ${describeIssue(issue)}`);
  if (issues.length > maxListedProblems) lines.push(`…and ${issues.length - maxListedProblems} more problems`);
  return lines.join('\n');
}

/** zod's default wording, rewritten for people who edit library files; custom messages kept. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 5).map((key) => `"${shorten(key)}"`);
    const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
    return `${issue.keys.length === 1 ? 'unknown field' : 'unknown fields'} ${keys.join(', ')}${more}`;
  }
  const wrongType = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
  if (wrongType) {
    const [, expected, received] = wrongType as unknown as [string, string, string];
    if (received === 'undefined') return `missing (must be ${typeNoun(expected)})`;
    if (expected === 'int' && received === 'number') return 'must be a whole number';
    return `must be ${typeNoun(expected)}, not ${typeNoun(received)}`;
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid')) {
    return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
  }
  return issue.message;
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

/** Text from the file, made safe to print: one line, bounded. */
function shorten(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function typeNoun(type: string): string {
  const nouns: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
    Infinity: 'an infinite number',
    NaN: 'not a number',
  };
  return Object.hasOwn(nouns, type) ? nouns[type]! : type;
}
