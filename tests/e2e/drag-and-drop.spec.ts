import { expect, test, type JSHandle, type Page } from '@playwright/test';
import { launchApp, libraryRows, waitForSamples, type AppSession } from './helpers';

let session: AppSession;

test.beforeEach(async () => {
  session = await launchApp();
});

test.afterEach(async () => {
  await session.close();
});

/** A DataTransfer built inside the page, the way a drag from the file manager arrives. */
function dataTransfer(page: Page, files: { name: string; text: string }[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'text/plain' }));
    return transfer;
  }, files);
}

const ferry = {
  name: 'ferry-timetable.txt',
  text:
    'Ferry timetable changes from June\n\n' +
    'The island ferry will run two extra crossings on weekdays from June, the operator said on Tuesday. ' +
    'Passengers will be able to book online from next month.\n',
};

test('dropping files anywhere on the window imports them', async () => {
  const { page, problems } = session;
  const samples = await waitForSamples(page);

  // Dragging files over the window shows the drop overlay; leaving hides it.
  const overFerry = await dataTransfer(page, [ferry]);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: overFerry });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await expect(page.getByTestId('drop-overlay')).toContainText('Drop to import');
  await page.dispatchEvent('main', 'dragleave', { dataTransfer: overFerry });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();

  // One file: it opens in the reader.
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: overFerry });
  await page.dispatchEvent('main', 'drop', { dataTransfer: overFerry });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry timetable changes from June' })).toBeVisible();

  // Several files dropped on the reader: the progress panel lists each one.
  const two = await dataTransfer(page, [
    ferry,
    {
      name: 'bus-fares.txt',
      text:
        'Bus fares frozen for another year\n\nThe regional transport board voted on Wednesday to keep bus fares at ' +
        'their current level until next spring, a spokesperson confirmed.\n',
    },
  ]);
  await page.dispatchEvent('.reader', 'drop', { dataTransfer: two });
  const panel = page.getByRole('region', { name: /Import/ });
  await expect(panel.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  await expect(panel.getByTestId('batch-summary')).toContainText('1 imported');
  await expect(panel.getByTestId('batch-summary')).toContainText('1 already in your library');

  // Esc first closes the finished import panel (from anywhere), then leaves the reader.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry timetable changes from June' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(libraryRows(page)).toHaveCount(samples + 2);
  expect(problems).toEqual([]);
});
