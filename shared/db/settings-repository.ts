import { settingsSchema, type Settings } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

const settingsKey = 'settings';

/** The stored settings, or the defaults; a stored value that no longer parses falls back to defaults. */
export async function getSettings(db: FactSandwichDatabase): Promise<Settings> {
  const stored = await db.settings.get(settingsKey);
  const result = settingsSchema.safeParse(stored?.value ?? {});
  return result.success ? result.data : settingsSchema.parse({});
}

export async function saveSettings(db: FactSandwichDatabase, changes: Partial<Settings>): Promise<Settings> {
  const next = validateRecord('settings', settingsSchema, { ...(await getSettings(db)), ...changes });
  await db.settings.put({ key: settingsKey, value: next });
  return next;
}
