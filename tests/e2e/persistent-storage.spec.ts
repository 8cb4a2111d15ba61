/**
 * Browser mode keeps the learner's data in IndexedDB; the app asks the browser, once at
 * start, not to evict it (navigator.storage.persist()).
 */
import { expect, test } from '@playwright/test';
import { launchApp, waitForSamples, type AppSession } from './helpers';

let session: AppSession | undefined;

test.afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('asks for persistent storage exactly once when the app starts', async () => {
  session = await launchApp();
  const { page, problems } = session;
  await waitForSamples(page);
  const calls = () => page.evaluate(() => (window as unknown as { __framewisePersistCalls: number }).__framewisePersistCalls);
  await expect.poll(calls).toBe(1);
  // Start-up has settled (samples are in the library); React's double effects did not ask twice.
  await page.waitForTimeout(500);
  expect(await calls()).toBe(1);
  expect(problems).toEqual([]);
});
