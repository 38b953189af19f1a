import { z } from 'zod';
import type { FactSandwichDatabase } from '../db/database';
import {
  bundleFormat,
  bundleFormatVersion,
  bundleSchema,
  isoDateSchema,
  libraryVersionSchema,
  nonEmptyTextSchema,
  publisherSchema,
  slugSchema,
  type Bundle,
} from '../schema';
import { describeBundlePath } from './describe-bundle-path';
import { describeIssues } from '../schema/describe-issues';
import type { LocalLibrary } from './plan-import';
import { readLocalLibrary } from './read-local-library';

export const exportOptionsSchema = z.strictObject({
  /** Entry ids to export; without it, the whole library. */
  ids: z.array(slugSchema).min(1, 'choose at least one entry').optional(),
  name: nonEmptyTextSchema,
  version: libraryVersionSchema,
  publisher: publisherSchema,
  date: isoDateSchema,
});
export type ExportOptions = z.input<typeof exportOptionsSchema>;

/** Thrown instead of returning a bundle that others could not import; the message says what to fix. */
export class BundleExportError extends Error {
  constructor(message: string) {
    super(`Nothing was exported: ${message}`);
    this.name = 'BundleExportError';
  }
}

/**
 * Writes (part of) the local library as a bundle others can import. A selection carries what it
 * needs to stand alone: the audiences its entries have angles for, the spokespeople those audiences
 * trust, and every audience those spokespeople name (a bundle may not point at a missing audience).
 * Records are exported exactly as stored, so re-importing them finds each one `same`.
 */
export async function exportBundle(source: FactSandwichDatabase | LocalLibrary, options: ExportOptions): Promise<Bundle> {
  const parsedOptions = exportOptionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    throw new BundleExportError(
      `the export details are not valid:\n${describeIssues(parsedOptions.error.issues, (path) => path.join('.') || 'options')}`,
    );
  }
  const { ids, ...meta } = parsedOptions.data;
  const library = isLocalLibrary(source) ? source : await readLocalLibrary(source);

  const entries = ids ? selectEntries(library, ids) : library.entries;
  const { audiences, spokespeople } = ids ? referencedProfiles(library, entries) : library;

  const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const candidate = {
    format: bundleFormat,
    formatVersion: bundleFormatVersion,
    ...meta,
    entries: byId(entries),
    audiences: byId(audiences),
    spokespeople: byId(spokespeople),
  };
  const checked = bundleSchema.safeParse(candidate);
  if (!checked.success) {
    const problems = describeIssues(checked.error.issues, (path) => describeBundlePath(candidate, path));
    throw new BundleExportError(`the library has problems a bundle may not carry:\n${problems}`);
  }
  return checked.data;
}

function selectEntries(library: LocalLibrary, ids: string[]): LocalLibrary['entries'] {
  const wanted = new Set(ids);
  const entries = library.entries.filter((entry) => wanted.has(entry.id));
  const found = new Set(entries.map((entry) => entry.id));
  const missing = [...wanted].filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new BundleExportError(`this library has no entry with the id ${missing.map((id) => `"${id}"`).join(', ')}.`);
  return entries;
}

function referencedProfiles(library: LocalLibrary, entries: LocalLibrary['entries']): Pick<LocalLibrary, 'audiences' | 'spokespeople'> {
  const audienceIds = new Set(entries.flatMap((entry) => entry.audienceAngles.map((angle) => angle.audience)));
  const spokespeople = library.spokespeople.filter((person) => person.trustedBy.some((id) => audienceIds.has(id)));
  for (const person of spokespeople) for (const id of person.trustedBy) audienceIds.add(id);
  return { audiences: library.audiences.filter((audience) => audienceIds.has(audience.id)), spokespeople };
}

function isLocalLibrary(source: FactSandwichDatabase | LocalLibrary): source is LocalLibrary {
  return Array.isArray((source as LocalLibrary).entries);
}
