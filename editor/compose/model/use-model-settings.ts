import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../../shared/db';
import type { ModelSettings } from '../../../shared/schema';
import { useDatabase } from '../../services/database-context';

/** The model server from Settings, following changes; undefined while loading. */
export function useModelSettings(): ModelSettings | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await getSettings(db)).model, [db]);
}

export function isModelConfigured(settings: ModelSettings | undefined): settings is ModelSettings {
  return settings !== undefined && settings.baseUrl !== '' && settings.model !== '';
}

/** "api.openai.com" or "127.0.0.1:11434": where the material goes, in the words a person checks. */
export function modelHost(settings: ModelSettings): string {
  try {
    return new URL(settings.baseUrl).host;
  } catch {
    return settings.baseUrl;
  }
}
