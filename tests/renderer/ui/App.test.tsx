// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { ServicesProvider } from '../../../src/renderer/src/ui/services-context';
import { articleRecord, fakeElectronPlatform, fakeServices, textFile, type FakePlatform, type FakeServices } from './fakes';

let services: FakeServices;
let platform: FakePlatform;

beforeEach(() => {
  localStorage.clear();
  services = fakeServices([articleRecord({ id: 1, title: 'Floods close the valley road' })]);
  platform = fakeElectronPlatform();
});
afterEach(cleanup);

async function renderApp() {
  render(
    <ServicesProvider services={services}>
      <App platform={platform} />
    </ServicesProvider>,
  );
  await screen.findByRole('button', { name: 'Floods close the valley road' });
}

describe('App (Electron platform)', () => {
  it('imports one picked file and opens it in the reader', async () => {
    await renderApp();
    platform.picks.push({ files: [textFile('bridge.txt')], refused: [] });
    fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import an article' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Title of bridge.txt' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Imported “Title of bridge.txt”.');
  });

  it('says a duplicate is already in the library and offers to open it', async () => {
    await renderApp();
    services.outcomes.set('again.txt', { name: 'again.txt', status: 'duplicate', articleId: 1, title: 'Floods close the valley road' });
    act(() => platform.emitFilesOpened({ files: [textFile('again.txt')], refused: [] }));
    const notice = await screen.findByText('“Floods close the valley road” is already in your library.');
    fireEvent.click(within(notice.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Open it' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Floods close the valley road' })).toBeTruthy();
  });

  it('reports a rejected single file with what to do', async () => {
    await renderApp();
    services.outcomes.set('x.exe', { name: 'x.exe', status: 'rejected', reason: 'unsupported-type' });
    act(() => platform.emitFilesOpened({ files: [textFile('x.exe')], refused: [] }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('x.exe was not imported.');
    expect(alert.textContent).toContain('Save the article as');
  });

  it('opens the native picker from the File menu and Ctrl+O', async () => {
    await renderApp();
    platform.picks.push({ files: [textFile('menu.txt')], refused: [] });
    act(() => platform.emitMenuImport());
    expect(await screen.findByRole('heading', { level: 1, name: 'Title of menu.txt' })).toBeTruthy();
    platform.picks.push({ files: [textFile('keys.txt')], refused: [] });
    fireEvent.keyDown(document.body, { key: 'o', ctrlKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Title of keys.txt' })).toBeTruthy();
  });

  it('shows many files in the progress panel, with refusals from main as rejected lines', async () => {
    await renderApp();
    act(() =>
      platform.emitFilesOpened({
        files: [textFile('a.txt'), textFile('b.txt')],
        refused: [{ name: 'huge.pdf', reason: 'too-large' }],
      }),
    );
    const panel = await screen.findByRole('region', { name: 'Import finished' });
    expect(within(panel).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('3');
    expect(within(panel).getByTestId('batch-summary').textContent).toContain('2 imported');
    expect(within(panel).getByText(/too large to import/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('3 articles'));
  });

  it('deletes with an undo toast, and Ctrl+Z brings the article back', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Floods close the valley road”' }));
    expect(await screen.findByText('Deleted “Floods close the valley road”.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Floods close the valley road' })).toBeNull());
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(await screen.findByRole('button', { name: 'Floods close the valley road' })).toBeTruthy();
    expect(services.records.get(1)?.deletedAt).toBeNull();
  });

  it('after deleting from the reader, focuses the next article in the library', async () => {
    services = fakeServices([
      articleRecord({ id: 1, title: 'Floods close the valley road', importedAt: 2 }),
      articleRecord({ id: 2, title: 'Tram strike ends', importedAt: 1 }),
    ]);
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Floods close the valley road' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete article' }));
    expect(await screen.findByText('Deleted “Floods close the valley road”.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tram strike ends' })));
  });

  it('remembers the theme choice', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('framewise.theme')).toBe('dark');
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeTruthy();
  });

  it('keeps a file input with an accessible name for browser mode', async () => {
    await renderApp();
    const input = screen.getByLabelText('Import files') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
  });
});
