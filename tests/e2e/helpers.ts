/**
 * Launches Debian's Chromium (never a downloaded Playwright browser) with a fresh
 * profile per test, so IndexedDB and localStorage start empty, and collects console
 * errors and CSP violations so every test can assert the page ran clean.
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The port playwright.config.ts serves on (E2E_PORT, default 4173). */
export const APP_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? '4173'}/`;

/** Debian Chromium's flags for the tests (also used by `npm run bench:library:chromium`). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface AppSession {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export async function launchApp(): Promise<AppSession> {
  const profileDir = await mkdtemp(join(tmpdir(), 'framewise-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // CSP violations are also reported as console errors; this catches them even if not logged.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
    // Counts the app's requests for persistent storage (persistent-storage.spec.ts).
    const storage = navigator.storage as StorageManager | undefined;
    if (storage && typeof storage.persist === 'function') {
      const persist = storage.persist.bind(storage);
      const record = window as unknown as { __framewisePersistCalls: number };
      record.__framewisePersistCalls = 0;
      storage.persist = () => {
        record.__framewisePersistCalls += 1;
        return persist();
      };
    }
  });
  await page.goto(APP_URL);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Import an article' })).toBeVisible();
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** The library table's rows (one per article). */
export function libraryRows(page: Page) {
  return page.getByRole('table', { name: 'Articles in your library' }).locator('tbody tr');
}

/** Waits until the first-run samples are in the library. */
export async function waitForSamples(page: Page): Promise<number> {
  await expect(libraryRows(page).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Iran and PIJ leaders/ })).toBeVisible();
  return libraryRows(page).count();
}

export function importInput(page: Page) {
  return page.getByTestId('import-input');
}

/**
 * A fresh temporary folder for every test of a spec file, and the apps a test launches into it
 * (a teacher's and a learner's profile, say): all closed, and the folder removed, after the test.
 */
export function useFolderAndApps(prefix: string): { readonly dir: string; launch(): Promise<AppSession> } {
  const sessions: AppSession[] = [];
  let dir: string | undefined;
  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  test.afterEach(async () => {
    for (const session of sessions.splice(0)) await session.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    get dir(): string {
      if (!dir) throw new Error('useFolderAndApps: the folder is only there inside a test');
      return dir;
    },
    async launch(): Promise<AppSession> {
      const session = await launchApp();
      sessions.push(session);
      return session;
    },
  };
}

/**
 * A fresh app and a fresh temporary folder for every test of a spec file (closed and removed
 * after it): `app.session` and `app.dir` are read inside the tests.
 */
export function useAppAndFolder(prefix: string): { readonly session: AppSession; readonly dir: string } {
  const folder = useFolderAndApps(prefix);
  let session: AppSession | undefined;
  test.beforeEach(async () => {
    session = await folder.launch();
  });
  return {
    get session(): AppSession {
      if (!session) throw new Error('useAppAndFolder: the app is only there inside a test');
      return session;
    },
    get dir(): string {
      return folder.dir;
    },
  };
}

/**
 * The reader's article text as it reads on screen: without the labels only screen readers get
 * (" (source)", " (loaded word)"), which sit between the words once the analysis is drawn.
 */
export function readerText(page: Page): Promise<string> {
  return page.locator('.reader__body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    for (const label of copy.querySelectorAll('.fw-an-sr, .visually-hidden')) label.remove();
    return copy.textContent ?? '';
  });
}
