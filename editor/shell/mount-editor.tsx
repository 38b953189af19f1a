import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyRememberedAppearance } from './apply-appearance';
import './styles.css';

/** Starts the editor in a page: the standalone web app and the extension's editor page alike. */
export function mountEditor(container: HTMLElement): void {
  applyRememberedAppearance();
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
