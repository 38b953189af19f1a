import { openDatabase, type FactSandwichDatabase } from '../../shared/db';

let database: FactSandwichDatabase | undefined;

/**
 * The extension's own IndexedDB, opened on first use: an MV3 service worker is stopped when
 * idle and restarted on the next event, so nothing is opened at start-up that an event may not need.
 */
export function backgroundDatabase(): FactSandwichDatabase {
  database ??= openDatabase();
  return database;
}
