import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startInterfaceLanguage } from '../i18n/start-interface-language';
import { App } from './App';
import { applyRememberedAppearance } from './apply-appearance';
import './styles.css';

/** Starts the editor in a page: the standalone web app and the extension's editor page alike. */
export function mountEditor(container: HTMLElement): void {
  applyRememberedAppearance();
  // The first paint waits for the interface language's catalogue (a few KB), so it is never English first.
  void startInterfaceLanguage().then(() =>
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
