import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { InterfaceLanguageFromSettings } from '../../../editor/i18n/InterfaceLanguageFromSettings';
import { interfaceI18n } from '../../../editor/i18n/interface-i18n';
import { startInterfaceLanguage } from '../../../editor/i18n/start-interface-language';
import { DatabaseProvider } from '../../../editor/services/database-context';
import { SettingsView } from '../../../editor/settings/SettingsView';
import { AppearanceFromSettings } from '../../../editor/shell/AppearanceFromSettings';
import { applyRememberedAppearance } from '../../../editor/shell/apply-appearance';
import { ToastProvider } from '../../../editor/ui/toast/ToastProvider';
import '../../../editor/shell/styles.css';
import { titleInInterfaceLanguage } from '../../pages/title-in-interface-language';

// The options page is the editor's Settings view on the extension's own IndexedDB, where the
// API key stays: out of web pages and content scripts.
applyRememberedAppearance();
titleInInterfaceLanguage(() => interfaceI18n.t('sidepanel:pages.settings'));
// In the interface language, like the editor: its catalogue loads before the first paint.
void startInterfaceLanguage().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ToastProvider>
        <main>
          <DatabaseProvider>
            <InterfaceLanguageFromSettings />
            <AppearanceFromSettings />
            <SettingsView />
          </DatabaseProvider>
        </main>
      </ToastProvider>
    </StrictMode>,
  ),
);
