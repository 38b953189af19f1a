// Not exported from shared/db/index.ts: it loads the starter library built into the app, which
// the CLI that builds that library must not need.
import { loadStarterLibrary, starterLibraryVersion } from '../library/starter-library';
import type { FactSandwichDatabase } from './database';
import { seededStarterVersion, seedStarterLibrary } from './seed-starter-library';

/**
 * Seeds the starter library unless this version is already in. Every context that reads the
 * library calls it first — the web editor and the side panel when they open, the extension's
 * background before it matches a captured post — so a first capture, with no page open yet, is
 * matched against the library and not against an empty database. Two contexts seeding at once
 * is harmless: seeding adds only what is missing, in one transaction.
 * Resolves to a message when the shipped bundle is invalid (nothing is written then).
 */
export async function ensureStarterLibrary(db: FactSandwichDatabase): Promise<string | undefined> {
  if ((await seededStarterVersion(db)) === starterLibraryVersion) return undefined;
  const starter = await loadStarterLibrary();
  if (!starter.ok) return starter.message;
  await seedStarterLibrary(db, starter.bundle);
  return undefined;
}
