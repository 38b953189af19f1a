import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { InterfaceLanguageFromSettings } from '../i18n/InterfaceLanguageFromSettings';
import { startInterfaceLanguage } from '../i18n/start-interface-language';
import { useTranslation } from '../i18n/use-translation';
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
  // Its catalogue loads before the first paint, so the panel never opens in English for a moment.
  void startInterfaceLanguage().then(() => renderSidePanel(container, host));
}

function renderSidePanel(container: HTMLElement, host: PanelHost): void {
  createRoot(container).render(
    <StrictMode>
      <ToastProvider>
        <PanelHeader />
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

function PanelHeader() {
  const { t } = useTranslation(['sidepanel', 'common']);
  return (
    <header className="panel-header">
      <SandwichIcon size={20} />
      <strong>{t('common:productName')}</strong> <span className="app-tagline">{t('tagline')}</span>
    </header>
  );
}
