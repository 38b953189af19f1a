import type { Audience, Bundle, Entry, Spokesperson } from '../schema';
import { changedFields } from '../review/changed-fields';
import { sameValue } from '../review/same-value';

/** What the app already holds, in the shape a bundle has. */
export type LocalLibrary = { entries: Entry[]; audiences: Audience[]; spokespeople: Spokesperson[] };

export type ImportRecordKind = 'entry' | 'audience' | 'spokesperson';

/** `entry:uk-housing`: one key per conflict, for the person's choice. */
export type ConflictKey = `${ImportRecordKind}:${string}`;

/**
 * One incoming record and what importing it would do:
 * - `new`: no local record has its id; it is added.
 * - `same`: the local record is identical; nothing to do.
 * - `conflict`: same id, different content; both versions are carried so the person can compare
 *   them field by field and choose.
 */
export type PlannedRecord<T> =
  | { status: 'new'; kind: ImportRecordKind; id: string; incoming: T }
  | { status: 'same'; kind: ImportRecordKind; id: string; incoming: T; local: T }
  | { status: 'conflict'; kind: ImportRecordKind; id: string; key: ConflictKey; incoming: T; local: T; fields: string[] };

export type ImportPlan = {
  /** Where the records come from, for the review screen and the history note. */
  source: { name: string; version: string; publisher: Bundle['publisher']; date: string };
  entries: PlannedRecord<Entry>[];
  audiences: PlannedRecord<Audience>[];
  spokespeople: PlannedRecord<Spokesperson>[];
};

type ConflictOf<T> = Extract<PlannedRecord<T>, { status: 'conflict' }>;
export type PlannedConflict = ConflictOf<Entry> | ConflictOf<Audience> | ConflictOf<Spokesperson>;

export function conflictKey(kind: ImportRecordKind, id: string): ConflictKey {
  return `${kind}:${id}`;
}

/** Compares a (validated) bundle with the local library, record by record. Pure: reads and writes nothing. */
export function planImport(bundle: Bundle, local: LocalLibrary): ImportPlan {
  return {
    source: { name: bundle.name, version: bundle.version, publisher: bundle.publisher, date: bundle.date },
    entries: planRecords('entry', bundle.entries, local.entries),
    audiences: planRecords('audience', bundle.audiences, local.audiences),
    spokespeople: planRecords('spokesperson', bundle.spokespeople, local.spokespeople),
  };
}

/** Every conflict in the plan, entries first: what the person must decide before applying. */
export function conflictsIn(plan: ImportPlan): PlannedConflict[] {
  const records: (PlannedRecord<Entry> | PlannedRecord<Audience> | PlannedRecord<Spokesperson>)[] = [
    ...plan.entries,
    ...plan.audiences,
    ...plan.spokespeople,
  ];
  return records.filter((record): record is PlannedConflict => record.status === 'conflict');
}

function planRecords<T extends { id: string }>(kind: ImportRecordKind, incoming: T[], local: T[]): PlannedRecord<T>[] {
  const localById = new Map(local.map((record) => [record.id, record]));
  return incoming.map((record): PlannedRecord<T> => {
    const existing = localById.get(record.id);
    if (!existing) return { status: 'new', kind, id: record.id, incoming: record };
    if (sameValue(existing, record)) return { status: 'same', kind, id: record.id, incoming: record, local: existing };
    return {
      status: 'conflict',
      kind,
      id: record.id,
      key: conflictKey(kind, record.id),
      incoming: record,
      local: existing,
      fields: changedFields(existing, record),
    };
  });
}
