import type { EntityTable } from 'dexie';
import type { z } from 'zod';
import { audienceSchema, entrySchema, spokespersonSchema, type Audience, type Entry, type Spokesperson } from '../schema';
import type { FactSandwichDatabase } from './database';
import type { HistoryRecordKind } from './entry-history';
import { validateRecord } from './invalid-record-error';

/** The records a library is made of, each in its own table and checked by its own schema. */
export type LibraryRecordKind = HistoryRecordKind;
export type LibraryRecordOf = { entry: Entry; audience: Audience; spokesperson: Spokesperson };
export type LibraryRecord = LibraryRecordOf[LibraryRecordKind];

const schemas: { [K in LibraryRecordKind]: z.ZodType<LibraryRecordOf[K]> } = {
  entry: entrySchema,
  audience: audienceSchema,
  spokesperson: spokespersonSchema,
};

/** How a record is named in messages: "library entry", "audience", "spokesperson". */
export const libraryRecordNames: Record<LibraryRecordKind, string> = {
  entry: 'library entry',
  audience: 'audience',
  spokesperson: 'spokesperson',
};

export function libraryTable<K extends LibraryRecordKind>(db: FactSandwichDatabase, kind: K): EntityTable<LibraryRecordOf[K], 'id'> {
  const tables = { entry: db.entries, audience: db.audiences, spokesperson: db.spokespeople };
  return tables[kind] as unknown as EntityTable<LibraryRecordOf[K], 'id'>;
}

/**
 * Checks a record against its kind's schema before it is written; throws `InvalidRecordError`
 * naming the record (`audience "local-workers"`) and each bad field.
 */
export function validateLibraryRecord<K extends LibraryRecordKind>(kind: K, value: unknown): LibraryRecordOf[K] {
  const id = typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? ` “${value.id}”` : '';
  return validateRecord(`${libraryRecordNames[kind]}${id}`, schemas[kind], value);
}
