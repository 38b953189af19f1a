import { defineConfig } from 'wxt';

/** Sites a library bundle may be fetched from; each one only after the person allows it. */
const libraryHosts = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

// The extension lives in extension/; logic comes from shared/ and UI from editor/.
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: '.output',
  modules: ['@wxt-dev/module-react'],
  zip: {
    // The sources zip is for store reviewers: the code that builds the extension, not test output.
    excludeSources: ['tests/**', 'test-results/**', 'playwright-report/**', 'editor/dist/**', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    ...(browser === 'firefox'
      ? {
          // Firefox 125: Intl.Segmenter, which counts characters as a post does, runs when the
          // add-on loads (115 brought session storage and scripting for MV2). Checked against the
          // built bundles by tests/e2e/browser-minimums.spec.ts.
          browser_specific_settings: { gecko: { id: 'fact-sandwich@factsandwich.org', strict_min_version: '125.0' } },
        }
      : // Chrome 116: sidePanel.open(), how the reply panel opens from the menu and the shortcut.
        { minimum_chrome_version: '116' }),
    // The product's name is the same in every language; the rest comes from extension/public/_locales (issue 20).
    name: 'Fact Sandwich',
    default_locale: 'en',
    description: '__MSG_extensionDescription__',
    // Least privilege: no host permissions at all. activeTab lets the capture script into the one
    // tab the user pointed at (menu, shortcut or toolbar button), and only until it navigates.
    permissions: ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Asked for one site at a time, when the person subscribes to a library bundle there (or
    // points the model at a server): nothing is granted at install.
    ...(browser === 'firefox' ? { optional_permissions: libraryHosts } : { optional_host_permissions: libraryHosts }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'draft-reply': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_draftReplyCommand__',
      },
    },
  }),
});
