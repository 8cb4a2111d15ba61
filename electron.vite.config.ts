import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './src/renderer/src/platform/content-security-policy.ts';

// Three builds: the main process (thin shell), the preload bridge, and the renderer
// (the same React app that `npm run web` serves as a plain page).
export default defineConfig({
  main: {
    build: { outDir: 'out/main', rollupOptions: { input: resolve(__dirname, 'src/main/index.ts') } },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: resolve(__dirname, 'src/preload/index.ts'), output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    publicDir: resolve(__dirname, 'resources/public'),
    // The CSP also goes into the built index.html, identical to the header main sends on
    // app:// responses (src/shared/content-security-policy.ts), so it holds either way.
    plugins: [react(), contentSecurityPolicyPlugin()],
    build: { outDir: 'out/renderer', rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    worker: { format: 'es' },
  },
});
