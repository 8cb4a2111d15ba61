import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './src/renderer/src/platform/content-security-policy.ts';

// Browser mode: the renderer served as a plain web page on 127.0.0.1, without the
// Electron preload API. The end-to-end tests drive this build in real Chromium.
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  publicDir: resolve(import.meta.dirname, 'resources/public'),
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
