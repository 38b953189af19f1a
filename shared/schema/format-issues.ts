import type { z } from 'zod';

export type FieldProblem = { field: string; problem: string; path: PropertyKey[] };

/** Names the field the way a person reads it: `sources[0].url`, not `["sources",0,"url"]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/** One problem per zod issue, each naming its field, for messages that say what and where. */
export function listFieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: fieldName(issue.path) || '(top level)',
    problem: issue.message,
    path: issue.path,
  }));
}

export function describeZodError(error: z.ZodError): string {
  return listFieldProblems(error)
    .map(({ field, problem }) => `${field}: ${problem}`)
    .join('\n');
}
