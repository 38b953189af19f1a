import type { z } from 'zod';
import { describeZodError } from '../schema';

/** Thrown instead of writing: the database only ever holds records that pass their schema. */
export class InvalidRecordError extends Error {
  constructor(what: string, error: z.ZodError) {
    super(`Not saved — the ${what} is invalid:\n${describeZodError(error)}`);
    this.name = 'InvalidRecordError';
  }
}

export function validateRecord<S extends z.ZodType>(what: string, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidRecordError(what, result.error);
  return result.data;
}
