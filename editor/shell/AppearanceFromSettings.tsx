import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getSettings } from '../../shared/db';
import { useDatabase } from '../services/database-context';
import { applyAppearance } from './apply-appearance';

/** Keeps the page's theme in step with Settings, also when they are saved in another tab. */
export function AppearanceFromSettings() {
  const db = useDatabase();
  const appearance = useLiveQuery(async () => (await getSettings(db)).appearance, [db]);
  useEffect(() => {
    if (appearance) applyAppearance(appearance);
  }, [appearance]);
  return null;
}
