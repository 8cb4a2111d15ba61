import { defineConfig } from '@playwright/test';

// End-to-end tests drive the browser-mode build in Debian's Chromium; we never
// download a Playwright browser. Each test launches its own persistent context
// (see tests/e2e/helpers.ts) so IndexedDB starts empty.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: 'http://127.0.0.1:4173' },
  webServer: {
    command: 'npx vite build --config vite.web.config.mts && npx vite preview --config vite.web.config.mts --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
