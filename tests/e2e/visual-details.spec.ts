/**
 * Issue 10's small visual points, measured in the browser: the import date on one line, the
 * practice library's name not repeated on every sample row, the first-run card's buttons in
 * its action row, the theme button not alone on a toolbar row below 980 px, and the reader's
 * dispute note in the UI font rather than the article's serif.
 */
import { expect, test } from '@playwright/test';
import { launchApp, libraryRows, waitForSamples, type AppSession } from './helpers';

let session: AppSession | undefined;

test.afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('small visual points: date on one line, sample source once, first-run buttons, theme button, dispute note font', async () => {
  session = await launchApp();
  const { page, problems } = session;
  await page.setViewportSize({ width: 1280, height: 800 });
  await waitForSamples(page);

  // The first-run card's buttons sit together in the card's action row, left-aligned with its text.
  const card = page.getByTestId('first-run');
  await expect(card).toBeVisible();
  const cardBox = (await card.boundingBox())!;
  const actions = card.locator('.lesson__actions').first();
  const buttons = actions.getByRole('button');
  const firstButton = (await buttons.first().boundingBox())!;
  const lastButton = (await buttons.last().boundingBox())!;
  expect(Math.abs(firstButton.y - lastButton.y), 'first-run buttons on one row').toBeLessThan(4);
  expect(firstButton.x - cardBox.x, 'first-run buttons start at the card edge').toBeLessThan(40);
  await page.getByRole('button', { name: 'Skip the introduction' }).click();

  // The import date never wraps.
  const dateCell = libraryRows(page).first().locator('td').nth(4);
  expect(await dateCell.evaluate((cell) => getComputedStyle(cell).whiteSpace)).toBe('nowrap');
  const lineHeight = await dateCell.evaluate((cell) => parseFloat(getComputedStyle(cell).lineHeight) || 20);
  const dateText = await dateCell.evaluate((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    return range.getClientRects().length;
  });
  expect(dateText, 'import date on one line').toBe(1);
  expect(lineHeight).toBeGreaterThan(0);

  // "Framewise practice library" is not printed on every sample row.
  const visibleSources = await page.locator('.library-table tbody tr td:nth-child(2)').evaluateAll((cells) =>
    cells.filter((cell) => {
      // On screen: the text less what only screen readers get.
      const copy = cell.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((node) => node.remove());
      return (copy.textContent ?? '').includes('Framewise practice library');
    }).length,
  );
  expect(visibleSources).toBe(0);

  // Below 980 px the theme button shares a row with the other toolbar buttons.
  for (const width of [900, 800, 683]) {
    await page.setViewportSize({ width, height: 768 });
    const toolbar = page.getByRole('banner');
    const theme = (await toolbar.getByRole('button', { name: /Switch to (dark|light) theme/ }).boundingBox())!;
    const rowMates = await toolbar.locator('button, input').evaluateAll(
      (controls, top) =>
        controls.filter((control) => {
          const box = control.getBoundingClientRect();
          return box.width > 0 && !/theme/i.test(control.getAttribute('aria-label') ?? '') && Math.abs(box.top - (top as number)) < 12;
        }).length,
      theme.y,
    );
    expect(rowMates, `controls beside the theme button at ${width}px`).toBeGreaterThan(0);
  }

  // The reader's dispute note uses the UI font, not the article's serif.
  await page.setViewportSize({ width: 1280, height: 800 });
  await libraryRows(page).first().getByRole('button').first().click();
  await expect(page.getByText('Analysis ready')).toBeVisible();
  const fonts = await page.evaluate(() => {
    const body = document.querySelector('.reader__body')!;
    const note = document.createElement('section');
    note.className = 'fw-an-disputes-note';
    body.prepend(note);
    const result = {
      note: getComputedStyle(note).fontFamily,
      ui: getComputedStyle(document.body).fontFamily,
      article: getComputedStyle(document.querySelector('.reader__paragraph')!).fontFamily,
    };
    note.remove();
    return result;
  });
  expect(fonts.article).toMatch(/serif/);
  expect(fonts.note).not.toBe(fonts.article);
  expect(fonts.note).toBe(fonts.ui);
  await page.screenshot({ path: 'test-results/visual-details-reader.png' });
  expect(problems).toEqual([]);
});
