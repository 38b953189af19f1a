import { defineConfig } from 'wxt';

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
  manifest: {
    name: 'Fact Sandwich',
    description:
      'Highlight a post about immigrants or integration and draft a sourced fact-sandwich reply that does not amplify the myth.',
    // Least privilege: storage for settings only; further permissions arrive with the features that need them.
    permissions: ['storage'],
  },
});
