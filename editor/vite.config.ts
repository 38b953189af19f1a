import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The web editor's Content-Security-Policy (issue 19): scripts only from the page's own files,
 * no inline script, no plugins, no <base> tricks. The page talks to whatever the person set up:
 * a model server and library URLs over https, or on this machine over http (the same rule as
 * the settings: shared/schema/model-settings.ts, shared/schema/subscription.ts). Styles may be
 * inline: the editor positions menus with style attributes.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:* http://[::1]:*",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Writes the policy into the built page only: `npm start` runs Vite's dev server, whose hot
 * reload needs an inline script, and is never what people use.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'fact-sandwich-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

// The standalone web editor: static files, IndexedDB in the browser, no server of its own.
export default defineConfig({
  root: 'editor',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
