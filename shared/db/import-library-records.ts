import type { IDType } from 'dexie';
import { sameValue } from '../review/same-value';
import type { FactSandwichDatabase } from './database';
import { buildEntryChange } from './entry-history';
import { libraryRecordNames, libraryTable, validateLibraryRecord, type LibraryRecord, type LibraryRecordKind } from './library-records';

/**
 * One record of a reviewed import: the local version the review saw (undefined when there was
 * none), and the incoming version to write, when the person chose to take it.
 */
export type ImportedRecord = { kind: LibraryRecordKind; id: string; expected: unknown; incoming?: unknown };

/** The library changed since the import was reviewed: the message names the record and how. */
export class LibraryChangedError extends Error {
  override name = 'LibraryChangedError';
  constructor(
    readonly kind: LibraryRecordKind,
    readonly id: string,
    readonly how: 'added' | 'deleted' | 'edited',
  ) {
    super(`the ${kind === 'entry' ? 'entry' : libraryRecordNames[kind]} "${id}" was ${how} locally`);
  }
}

/**
 * Writes a reviewed import in one transaction: each incoming record chosen, with a history record
 * (kind `imported`, the replaced version as `before`, where it came from as `note`), so an import
 * never loses anyone's work. All or nothing: an invalid record (`InvalidRecordError`) or a library
 * that no longer holds what the review saw (`LibraryChangedError`) writes nothing at all.
 */
export async function importLibraryRecords(
  db: FactSandwichDatabase,
  records: readonly ImportedRecord[],
  { by, now, note }: { by: string; now: Date; note: string },
): Promise<void> {
  const writes = records.flatMap((record) =>
    record.incoming === undefined ? [] : [{ ...record, incoming: validateLibraryRecord(record.kind, record.incoming) }],
  );
  const history = writes.map((record) =>
    buildEntryChange({
      kind: 'imported',
      record,
      before: record.expected as LibraryRecord | undefined,
      after: record.incoming,
      by,
      at: now,
      note,
    }),
  );
  await db.transaction('rw', [db.entries, db.audiences, db.spokespeople, db.history], async () => {
    for (const kind of ['entry', 'audience', 'spokesperson'] as const) {
      const table = libraryTable(db, kind);
      const ofKind = records.filter((record) => record.kind === kind);
      const current = await table.bulkGet(ofKind.map((record) => record.id as IDType<LibraryRecord, 'id'>));
      ofKind.forEach((record, index) => {
        const now = current[index];
        if (record.expected === undefined ? now === undefined : sameValue(now, record.expected)) return;
        throw new LibraryChangedError(kind, record.id, record.expected === undefined ? 'added' : now === undefined ? 'deleted' : 'edited');
      });
      await table.bulkPut(writes.filter((record) => record.kind === kind).map((record) => record.incoming));
    }
    await db.history.bulkAdd(history);
  });
}
