import { openDatabase, type FactSandwichDatabase } from '../../shared/db';
import { ensureStarterLibrary } from '../../shared/db/ensure-starter-library';

let database: FactSandwichDatabase | undefined;

/**
 * The extension's own IndexedDB, opened on first use: an MV3 service worker is stopped when
 * idle and restarted on the next event, so nothing is opened at start-up that an event may not need.
 */
export function backgroundDatabase(): FactSandwichDatabase {
  database ??= openDatabase();
  return database;
}

/**
 * The database with the starter library in it, for work that reads the library (matching a
 * captured post). Right after install no page has opened yet to seed it, and the first capture
 * must not be matched against an empty library. Once seeded, this costs one read.
 */
export async function backgroundLibraryDatabase(): Promise<FactSandwichDatabase> {
  const db = backgroundDatabase();
  const problem = await ensureStarterLibrary(db).catch((error: unknown) => String(error));
  // Matching against what the database holds is still better than losing the capture.
  if (problem) console.error(`Fact Sandwich: the starter library could not be loaded. ${problem}`);
  return db;
}
