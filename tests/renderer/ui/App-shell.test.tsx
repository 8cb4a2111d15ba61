// @vitest-environment jsdom
/** The shell's app-wide keys and navigation: the shortcut sheet, Esc for the import panel, the menu button. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { t } from '../../../src/renderer/src/i18n';
import { SHORTCUTS } from '../../../src/renderer/src/keyboard/shortcuts';
import { ServicesProvider } from '../../../src/renderer/src/ui/services-context';
import { closeDatabases, freshStore } from '../settings/helpers';
import { articleRecord, fakeElectronPlatform, fakeServices, textFile, type FakePlatform, type FakeServices } from './fakes';

let services: FakeServices;
let platform: FakePlatform;

beforeEach(() => {
  localStorage.clear();
  services = fakeServices([articleRecord({ id: 1, title: 'Floods close the valley road' })]);
  platform = fakeElectronPlatform();
});
afterEach(() => {
  cleanup();
  closeDatabases();
});

async function renderApp() {
  render(
    <ServicesProvider services={services}>
      <App platform={platform} />
    </ServicesProvider>,
  );
  // A generous wait: the first list arrives after the (lazy) sample index loads, slow on a busy machine.
  await screen.findByRole('button', { name: 'Floods close the valley road' }, { timeout: 5000 });
}

function sheet() {
  return document.querySelector('dialog.shortcuts') as HTMLDialogElement;
}

describe('the app shell', () => {
  it('shows one card on first run, not two', async () => {
    await renderApp();
    expect(screen.getAllByRole('region', { name: 'Welcome to Framewise' })).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Who is learning?' })).toBeNull();
  });

  it('focuses the first-run name field on start, but back from the reader the article row keeps focus', async () => {
    const { store } = freshStore('framewise-app-shell');
    render(
      <ServicesProvider services={services}>
        <App platform={platform} settingsStore={store} />
      </ServicesProvider>,
    );
    const name = await screen.findByRole('textbox', { name: 'Your name (optional)' });
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.click(screen.getByRole('button', { name: 'Floods close the valley road' }));
    const title = await screen.findByRole('heading', { level: 1, name: 'Floods close the valley road' });
    // The reader focuses its title in the same effects pass that adds its key handler: wait for it,
    // or Esc can come before the handler is there (a race that showed intermittently under load).
    await waitFor(() => expect(document.activeElement).toBe(title));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    const row = await screen.findByRole('button', { name: 'Floods close the valley road' });
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(await screen.findByTestId('first-run')).toBeDefined();
    expect(document.activeElement).toBe(row);
  });

  it('opens the key editor from the reader, and Esc goes back to the article', async () => {
    const { store } = freshStore('framewise-app-shell-key');
    render(
      <ServicesProvider services={services}>
        <App platform={platform} settingsStore={store} />
      </ServicesProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Floods close the valley road' }, { timeout: 5000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Check the answer key' }));
    const title = await screen.findByRole('heading', { level: 1, name: 'Answer key of “Floods close the valley road”' }, { timeout: 10_000 });
    await waitFor(() => expect(document.activeElement).toBe(title));
    // The editor is part of the library section of the navigation.
    expect(screen.getByRole('navigation', { name: 'Main' }).querySelector('[aria-current="page"]')?.textContent).toContain('Library');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await screen.findByRole('heading', { level: 1, name: 'Floods close the valley road' });
  });

  it('opens the shortcut sheet on "?", listing every shortcut of the registry; not while typing', async () => {
    await renderApp();
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: '?', shiftKey: true });
    expect(sheet().open).toBe(false);
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    await waitFor(() => expect(sheet().open).toBe(true));
    const rows = within(sheet()).getAllByRole('row').filter((row) => row.hasAttribute('data-shortcut'));
    expect(rows.map((row) => row.getAttribute('data-shortcut'))).toEqual(SHORTCUTS.map((s) => s.id));
    for (const shortcut of SHORTCUTS) expect(within(sheet()).getAllByText(t(shortcut.label)).length).toBeGreaterThan(0);
    expect(within(sheet()).getByText('Ctrl+O')).toBeDefined();
    fireEvent.click(within(sheet()).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(sheet().open).toBe(false));
  });

  it('closes the finished import panel on Esc from anywhere, without leaving the reader', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Floods close the valley road' }));
    await screen.findByRole('heading', { level: 1, name: 'Floods close the valley road' });
    act(() => platform.emitFilesOpened({ files: [textFile('a.txt'), textFile('b.txt')], refused: [] }));
    await screen.findByRole('region', { name: 'Import finished' });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Import finished' })).toBeNull());
    // The same Esc did not also take the reader back to the library.
    expect(screen.getByRole('heading', { level: 1, name: 'Floods close the valley road' })).toBeDefined();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await screen.findByRole('heading', { level: 1, name: /^Library/ });
  });

  it('puts the import panel in the page above the view, not over the library table', async () => {
    await renderApp();
    act(() => platform.emitFilesOpened({ files: [textFile('a.txt'), textFile('b.txt')], refused: [] }));
    const panel = await screen.findByRole('region', { name: 'Import finished' });
    const main = screen.getByRole('main');
    expect(main.contains(panel)).toBe(true);
    const table = await screen.findByRole('table');
    expect(panel.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('typing a search in the reader shows the library and leaves focus in the search box', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Floods close the valley road' }));
    await screen.findByRole('heading', { level: 1, name: 'Floods close the valley road' });
    const search = screen.getByRole('searchbox');
    search.focus();
    fireEvent.change(search, { target: { value: 'Floods' } });
    await screen.findByRole('heading', { level: 1, name: /^Library/ });
    await screen.findByRole('button', { name: 'Floods close the valley road' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(search);
  });

  it('has a menu button that opens and closes the same navigation, with Esc returning focus to it', async () => {
    await renderApp();
    const button = screen.getByRole('button', { name: 'Menu' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(button.getAttribute('aria-controls')).toBe(nav.id);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(nav.dataset.open).toBe('true');
    await waitFor(() => expect(nav.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('offers the Trash in the navigation: a deleted article comes back from it to the library', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Floods close the valley road”' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Floods close the valley road' })).toBeNull());
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Trash' }));
    await screen.findByRole('heading', { level: 1, name: /^Trash/ });
    fireEvent.click(await screen.findByRole('button', { name: 'Restore “Floods close the valley road”' }));
    expect(await screen.findByText('The trash is empty')).toBeDefined();
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Library' }));
    expect(await screen.findByRole('button', { name: 'Floods close the valley road' })).toBeDefined();
  });
});
