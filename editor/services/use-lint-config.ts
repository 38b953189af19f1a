import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getSettings } from '../../shared/db';
import { lintConfigSchema, type LintConfig } from '../../shared/lint';
import { useDatabase } from './database-context';

const defaultConfig: LintConfig = { rules: {} };

/**
 * The team's saved rule configuration, following changes made in Settings (in this tab, another
 * tab or the extension's options page). The live query hands back a fresh copy whenever any setting
 * is saved; the same object is returned while the rules are unchanged, because resolveLintConfig
 * caches per object and the linter runs on every keystroke. Rules run at their defaults until
 * the settings are read, and when the stored options no longer fit a rule (an older version
 * wrote them): a draft is always checked.
 */
export function useLintConfig(): LintConfig {
  const db = useDatabase();
  const stored = useLiveQuery(async () => (await getSettings(db)).lint, [db]);
  // Keyed on the content, not on the copy: a new copy with the same rules keeps the old object,
  // and the check runs when the rules change, not on every keystroke that re-renders the editor.
  const key = JSON.stringify(stored ?? defaultConfig);
  return useMemo(() => {
    const config: unknown = JSON.parse(key);
    const checked = lintConfigSchema.safeParse(config);
    return checked.success ? (config as LintConfig) : defaultConfig;
  }, [key]);
}
