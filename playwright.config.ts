import { defineConfig } from '@playwright/test';

// End-to-end tests drive the browser-mode build in Debian's Chromium; we never
// download a Playwright browser. Each test launches its own persistent context
// (see tests/e2e/helpers.ts) so IndexedDB starts empty.
// E2E_PORT: another port when several checkouts run their e2e suites on one machine (a server
// already on 4173 would otherwise be reused, and it may serve another checkout's build).
const port = process.env.E2E_PORT ?? '4173';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx vite build --config vite.web.config.mts && npx vite preview --config vite.web.config.mts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
