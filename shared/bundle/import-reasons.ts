import { defineReasons } from '../schema/reason';

/** A kind of library record, as the messages name it. */
export type RecordKind = 'entry' | 'audience' | 'spokesperson';
/** What happened to a record in the library since the import was reviewed. */
export type LocalChange = 'added' | 'deleted' | 'edited';

const notImported = 'Nothing was imported';
const choices = '"keep-local" or "take-incoming"';

/**
 * Why an import changed nothing (the catalogue's `reasons:import`). Ids, keys and lists of field
 * problems are given as written: they name records and fields of the file.
 */
export const importReasons = defineReasons('import', {
  importerInvalid: ({ problems }: { problems: string }) => `${notImported}: ${problems}`,
  choicesNotAMap: () => `${notImported}: the choices must map each conflict to ${choices}.`,
  notAConflict: ({ keys }: { keys: string }) => `${notImported}: ${keys} is not a conflict in this import.`,
  badChoice: ({ key }: { key: string }) => `${notImported}: the choice for "${key}" must be ${choices}.`,
  unresolved: ({ records }: { records: string }) =>
    `${notImported}: choose to keep the local version or take the incoming one for ${records}.`,
  invalidIncoming: ({ kind, id, problems }: { kind: RecordKind; id: string; problems: string }) =>
    `${notImported}: the incoming ${kind} "${id}" is not valid:\n${problems}`,
  libraryChanged: ({ kind, id, change }: { kind: RecordKind; id: string; change: LocalChange }) =>
    `${notImported}: the ${kind} "${id}" was ${change} locally since this import was reviewed. Review the import again.`,
  databaseRefused: ({ error }: { error: string }) => `${notImported}: the database refused the change (${error}).`,
});
