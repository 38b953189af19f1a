import type { z } from 'zod';
import { fieldReasonOf } from './field-reasons';
import type { Reason } from './reason';

/**
 * The one place zod's issues become words, for every boundary: library files, bundles, shared
 * replies, settings, messages between extension contexts, model answers and forms. zod's own
 * wording ("Invalid input: expected string, received undefined") is for programmers; people who
 * edit a library file or fill in a form get "missing (must be text)" or "must be filled in".
 */

/** Files name a value by its type; forms by what the person must do in the field. */
export type Wording = 'file' | 'form';

/** `reason` when the problem is one of the field messages (field-reasons.ts), for the interface to say in its language. */
export type FieldProblem = { field: string; problem: string; path: PropertyKey[]; reason?: Reason };

/** A file with hundreds of broken records would bury the first problem; the rest are counted. */
const maxListedProblems = 20;

/** Names the field the way a person reads it: `sources[0].url`, not `["sources",0,"url"]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/** One issue in plain words; messages written in our own schemas are kept as they are. */
export function describeIssue(issue: z.core.$ZodIssue, wording: Wording = 'file'): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 5).map((key) => `"${shorten(key)}"`);
    const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
    return `${issue.keys.length === 1 ? 'unknown field' : 'unknown fields'} ${keys.join(', ')}${more}`;
  }
  const wrongType = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
  if (wrongType) {
    const [, expected, received] = wrongType as unknown as [string, string, string];
    if (wording === 'form') return expected === 'number' || expected === 'int' ? 'must be written in digits' : 'must be filled in';
    if (received === 'undefined') return `missing (must be ${typeNoun(expected)})`;
    if (expected === 'int' && received === 'number') return 'must be a whole number';
    return `must be ${typeNoun(expected)}, not ${typeNoun(received)}`;
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid')) {
    if (wording === 'form') return 'choose one of the options';
    return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
  }
  return issue.message;
}

/** One line per problem, `where: what`, at most twenty, then how many more. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  describePath: (path: readonly PropertyKey[]) => string = topLevelOr(fieldName),
): string {
  const lines = issues.slice(0, maxListedProblems).map((issue) => `${describePath(issue.path)}: ${describeIssue(issue)}`);
  if (issues.length > maxListedProblems) lines.push(`…and ${issues.length - maxListedProblems} more problems`);
  return lines.join('\n');
}

/** A whole zod error as `where: what` lines. */
export function describeZodError(error: z.ZodError, describePath?: (path: readonly PropertyKey[]) => string): string {
  return describeIssues(error.issues, describePath);
}

/** One problem per issue, each naming its field, for forms that show a message beside each field. */
export function listFieldProblems(error: z.ZodError, wording: Wording = 'file'): FieldProblem[] {
  return error.issues.map((issue) => {
    const problem = describeIssue(issue, wording);
    const reason = fieldReasonOf(problem);
    return { field: fieldName(issue.path) || '(top level)', problem, path: issue.path, ...(reason ? { reason } : {}) };
  });
}

function topLevelOr(name: (path: readonly PropertyKey[]) => string) {
  return (path: readonly PropertyKey[]) => name(path) || '(top level)';
}

/** Text from untrusted input, made safe to print: one line, bounded. */
export function shorten(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters from an untrusted file are what this removes
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
