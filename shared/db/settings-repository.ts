import { settingsSchema, type Settings } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

const settingsKey = 'settings';

/** The stored settings, with defaults for whatever was never saved or no longer parses. */
export async function getSettings(db: FactSandwichDatabase): Promise<Settings> {
  const stored = await db.settings.get(settingsKey);
  return readSettings(stored?.value);
}

export async function saveSettings(db: FactSandwichDatabase, changes: Partial<Settings>): Promise<Settings> {
  const next = validateRecord('settings', settingsSchema, { ...(await getSettings(db)), ...changes });
  await db.settings.put({ key: settingsKey, value: next });
  return next;
}

/**
 * Reads stored settings field by field: one field that no longer parses (a rule renamed, a
 * language dropped in a later version) falls back to its own default and takes nothing else
 * with it — an API key or a name survives. Fields this version does not know are dropped.
 */
function readSettings(stored: unknown): Settings {
  const whole = settingsSchema.safeParse(stored ?? {});
  if (whole.success) return whole.data;
  const fields = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const kept = Object.entries(settingsSchema.shape).flatMap(([key, schema]) => {
    const field = schema.safeParse(fields[key]);
    return field.success ? [[key, field.data]] : [];
  });
  return settingsSchema.parse(Object.fromEntries(kept));
}
