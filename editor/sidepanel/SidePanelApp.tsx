import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { InterfaceLanguageFromSettings } from '../i18n/InterfaceLanguageFromSettings';
import { startInterfaceLanguage } from '../i18n/start-interface-language';
import { DatabaseProvider } from '../services/database-context';
import { applyRememberedAppearance } from '../shell/apply-appearance';
import { AppearanceFromSettings } from '../shell/AppearanceFromSettings';
import { SandwichIcon } from '../ui/icons/icons';
import { ToastProvider } from '../ui/toast/ToastProvider';
import { teamHref } from '../services/use-hash-route';
import { SyncRefusals } from '../team/SyncRefusals';
import type { PanelHost } from './panel-host';
import { ReplyPanel } from './ReplyPanel';
import '../shell/styles.css';

/** Starts the side panel (Chrome) or sidebar (Firefox) in its page. */
export function mountSidePanel(container: HTMLElement, host: PanelHost): void {
  applyRememberedAppearance();
  // The panel's own words are converted in a later pass; the shared components it shows already speak the chosen language.
  void startInterfaceLanguage().then(() => renderSidePanel(container, host));
}

function renderSidePanel(container: HTMLElement, host: PanelHost): void {
  createRoot(container).render(
    <StrictMode>
      <ToastProvider>
        <header className="panel-header">
          <SandwichIcon size={20} />
          <strong>Fact Sandwich</strong> <span className="app-tagline">Lead with the fact. Warn once. Repeat the fact.</span>
        </header>
        <main className="panel">
          <DatabaseProvider>
            <InterfaceLanguageFromSettings />
            <AppearanceFromSettings />
            <SyncRefusals openTeam={() => host.openEditor(teamHref)} />
            <ReplyPanel host={host} />
          </DatabaseProvider>
        </main>
      </ToastProvider>
    </StrictMode>,
  );
}
