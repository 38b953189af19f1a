import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../../editor/app/App';
import '../../../editor/app/styles.css';

// The extension's editor page is the web editor itself, running on the extension's own IndexedDB.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
