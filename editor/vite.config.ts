import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The standalone web editor: static files, IndexedDB in the browser, no server of its own.
export default defineConfig({
  root: 'editor',
  base: './',
  plugins: [react()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
