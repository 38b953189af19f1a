import type { FactSandwichDatabase } from '../db/database';
import type { LocalLibrary } from './plan-import';

/** Everything an import is compared with, read in one transaction so the three lists agree. */
export function readLocalLibrary(db: FactSandwichDatabase): Promise<LocalLibrary> {
  return db.transaction('r', [db.entries, db.audiences, db.spokespeople], async () => ({
    entries: await db.entries.toArray(),
    audiences: await db.audiences.toArray(),
    spokespeople: await db.spokespeople.toArray(),
  }));
}
