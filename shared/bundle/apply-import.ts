import { z } from 'zod';
import type { FactSandwichDatabase } from '../db/database';
import { importLibraryRecords, LibraryChangedError } from '../db/import-library-records';
import { audienceSchema, entrySchema, nonEmptyTextSchema, spokespersonSchema } from '../schema';
import { describeIssues } from '../schema/describe-issues';
import type { Reason, Said } from '../schema/reason';
import { importReasons } from './import-reasons';
import { conflictsIn, type ImportPlan, type PlannedRecord } from './plan-import';

export const importChoiceSchema = z.enum(['keep-local', 'take-incoming'], { message: 'must be "keep-local" or "take-incoming"' });
export type ImportChoice = z.infer<typeof importChoiceSchema>;

/** The person's decision for each conflict, by its key (`entry:uk-housing`). */
export type ImportChoices = Record<string, ImportChoice>;

export type ImportCounts = { entries: number; audiences: number; spokespeople: number };

export type ImportOutcome =
  | { ok: true; added: ImportCounts; replaced: ImportCounts; keptLocal: number; unchanged: number }
  | { ok: false; message: string; reason: Reason };

const importerSchema = z.strictObject({
  by: nonEmptyTextSchema,
  now: z.date({ message: 'must be a valid date' }),
});

const schemas = { entry: entrySchema, audience: audienceSchema, spokesperson: spokespersonSchema } as const;

/**
 * Applies a reviewed import in one transaction (`importLibraryRecords`): adds new records, writes
 * the incoming version of each conflict the person chose to take, keeps the local version of the
 * others. The replaced version of every record goes to the history (kind `imported`, with
 * `before`), so an import never loses anyone's work. Refuses — changing nothing — when a conflict
 * has no choice, when the plan holds an invalid record, or when the library changed since the
 * plan was made.
 */
export async function applyImport(
  db: FactSandwichDatabase,
  plan: ImportPlan,
  choices: ImportChoices,
  importer: { by: string; now: Date },
): Promise<ImportOutcome> {
  const refused = checkRequest(plan, choices, importer);
  if (refused) return { ok: false, ...refused };

  const take = (record: PlannedRecord<unknown>) =>
    record.status === 'new' || (record.status === 'conflict' && choices[record.key] === 'take-incoming');
  const source = plan.source;
  const records = [...plan.entries, ...plan.audiences, ...plan.spokespeople].map((record) => ({
    kind: record.kind,
    id: record.id,
    expected: record.status === 'new' ? undefined : record.local,
    ...(take(record) ? { incoming: record.incoming } : {}),
  }));
  try {
    await importLibraryRecords(db, records, {
      by: importer.by.trim(),
      now: importer.now,
      // The history says where the version came from.
      note: `imported from ${source.name} ${source.version} (${source.publisher.name})`,
    });
  } catch (error) {
    if (error instanceof LibraryChangedError) {
      return { ok: false, ...importReasons.say('libraryChanged', { kind: error.kind, id: error.id, change: error.how }) };
    }
    return { ok: false, ...importReasons.say('databaseRefused', { error: error instanceof Error ? error.message : String(error) }) };
  }

  const count = (status: 'new' | 'conflict', kind: 'entries' | 'audiences' | 'spokespeople') =>
    (plan[kind] as PlannedRecord<unknown>[]).filter((record) => record.status === status && take(record)).length;
  const conflicts = conflictsIn(plan);
  return {
    ok: true,
    added: { entries: count('new', 'entries'), audiences: count('new', 'audiences'), spokespeople: count('new', 'spokespeople') },
    replaced: {
      entries: count('conflict', 'entries'),
      audiences: count('conflict', 'audiences'),
      spokespeople: count('conflict', 'spokespeople'),
    },
    keptLocal: conflicts.filter((conflict) => choices[conflict.key] === 'keep-local').length,
    unchanged: [...plan.entries, ...plan.audiences, ...plan.spokespeople].filter((record) => record.status === 'same').length,
  };
}

/** Everything that can be checked before touching the database; why not, or undefined when all is well. */
function checkRequest(plan: ImportPlan, choices: ImportChoices, importer: { by: string; now: Date }): Said | undefined {
  const who = importerSchema.safeParse(importer);
  if (!who.success) {
    return importReasons.say('importerInvalid', { problems: describeIssues(who.error.issues, (path) => path.join('.') || 'importer') });
  }

  if (choices === null || typeof choices !== 'object' || Array.isArray(choices)) return importReasons.say('choicesNotAMap');
  const conflicts = conflictsIn(plan);
  const conflictKeys = new Set<string>(conflicts.map((conflict) => conflict.key));
  const unknown = Object.keys(choices).filter((key) => !conflictKeys.has(key));
  if (unknown.length > 0) return importReasons.say('notAConflict', { keys: unknown.map((key) => `"${key}"`).join(', ') });
  const badChoice = [...conflictKeys].find((key) => choices[key] !== undefined && !importChoiceSchema.safeParse(choices[key]).success);
  if (badChoice) return importReasons.say('badChoice', { key: badChoice });
  const unresolved = conflicts.filter((conflict) => choices[conflict.key] === undefined);
  if (unresolved.length > 0) {
    const records = unresolved.map((conflict) => `${conflict.kind} "${conflict.id}"`).join(', ');
    return importReasons.say('unresolved', { records });
  }

  // A plan is plain data that may have been kept or passed around: its records are checked again.
  for (const record of [...plan.entries, ...plan.audiences, ...plan.spokespeople]) {
    const result = schemas[record.kind].safeParse(record.incoming);
    if (!result.success) {
      const problems = describeIssues(result.error.issues, (path) => path.join('.') || record.kind);
      return importReasons.say('invalidIncoming', { kind: record.kind, id: record.id, problems });
    }
  }
  return undefined;
}
