import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getSettings } from '../../shared/db';
import { useDatabase } from '../services/database-context';
import { interfaceLanguageFor } from './interface-language-for';
import { switchInterfaceLanguage } from './load-catalogue';
import { rememberChoice } from './remembered-choice';

/**
 * Follows the "Interface language" setting, live: saved in Settings (or in another tab, or on the
 * options page), the interface switches at once. Renders nothing.
 */
export function InterfaceLanguageFromSettings() {
  const db = useDatabase();
  const choice = useLiveQuery(async () => (await getSettings(db)).interfaceLanguage ?? 'auto', [db]);
  useEffect(() => {
    if (!choice) return;
    rememberChoice(choice);
    void switchInterfaceLanguage(interfaceLanguageFor(choice, navigator.languages)).catch(() => undefined);
  }, [choice]);
  return null;
}
