import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseProvider } from '../../../editor/services/database-context';
import { SettingsView } from '../../../editor/settings/SettingsView';
import '../../../editor/shell/styles.css';

// The options page is the editor's Settings view on the extension's own IndexedDB, where the
// API key stays: out of web pages and content scripts.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <DatabaseProvider>
        <SettingsView />
      </DatabaseProvider>
    </main>
  </StrictMode>,
);
