import type { z } from 'zod';
import { describeZodError, listFieldProblems } from '../schema';

/** Thrown instead of writing: the database only ever holds records that pass their schema. */
export class InvalidRecordError extends Error {
  /** The record refused, as people name it: `audience “local-workers”`. */
  readonly record: string;
  /** The fields that failed, as people name them: `sources[0].url`. */
  readonly fields: string[];

  constructor(what: string, error: z.ZodError) {
    super(`Not saved — the ${what} is invalid:\n${describeZodError(error)}`);
    this.name = 'InvalidRecordError';
    this.record = what;
    this.fields = listFieldProblems(error).map((problem) => problem.field);
  }
}

export function validateRecord<S extends z.ZodType>(what: string, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidRecordError(what, result.error);
  return result.data;
}
