import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseProvider } from '../../../editor/services/database-context';
import { SettingsView } from '../../../editor/settings/SettingsView';
import { AppearanceFromSettings } from '../../../editor/shell/AppearanceFromSettings';
import { applyRememberedAppearance } from '../../../editor/shell/apply-appearance';
import { ToastProvider } from '../../../editor/ui/toast/ToastProvider';
import '../../../editor/shell/styles.css';

// The options page is the editor's Settings view on the extension's own IndexedDB, where the
// API key stays: out of web pages and content scripts.
applyRememberedAppearance();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ToastProvider>
      <main>
        <DatabaseProvider>
          <AppearanceFromSettings />
          <SettingsView />
        </DatabaseProvider>
      </main>
    </ToastProvider>
  </StrictMode>,
);
