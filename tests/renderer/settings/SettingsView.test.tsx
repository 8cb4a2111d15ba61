// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataLocation } from '../../../src/renderer/src/ui/settings/DataLocation';
import { SettingsView } from '../../../src/renderer/src/ui/settings/SettingsView';
import { THEME_STORAGE_KEY } from '../../../src/renderer/src/ui/theme';
import { closeDatabases, fakeBackupFiles, freshStore } from './helpers';

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => {
  cleanup();
  closeDatabases();
});

const SECTIONS = ['Learners', 'Backup and restore', 'Sample library', 'Where your data lives', 'Appearance', 'Credits and licences'];

describe('SettingsView', () => {
  it('has a heading per section and a section menu that moves focus to them', async () => {
    const { store } = freshStore();
    render(<SettingsView store={store} files={fakeBackupFiles()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(SECTIONS);
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    fireEvent.click(within(nav).getByRole('button', { name: 'Backup and restore' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Backup and restore' }));
    await screen.findByText('Learner');
  });

  it('opens at the section asked for', async () => {
    const { store } = freshStore();
    render(<SettingsView store={store} files={fakeBackupFiles()} initialSection="learners" />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Learners' }));
    await screen.findByText('Learner');
  });

  it('gives every control an accessible name', async () => {
    const { store } = freshStore();
    render(<SettingsView store={store} files={fakeBackupFiles()} />);
    await screen.findByText('Learner');
    await screen.findByText('/home/ana/.config/Framewise');
    let total = 0;
    for (const role of ['button', 'textbox', 'checkbox', 'radio', 'link', 'menuitem'] as const) {
      const all = screen.queryAllByRole(role);
      // Testing Library computes names with the accessible-name algorithm browsers use.
      const named = screen.queryAllByRole(role, { name: /\S/ });
      expect({ role, unnamed: all.filter((el) => !named.includes(el)).map((el) => el.outerHTML) }).toEqual({ role, unnamed: [] });
      total += all.length;
    }
    expect(total).toBeGreaterThan(10);
  });

  it('sets the theme: stored under framewise.theme and applied to <html data-theme>', () => {
    const { store } = freshStore();
    render(<SettingsView store={store} files={fakeBackupFiles()} />);
    const group = screen.getByRole('group', { name: 'Theme' });
    expect((within(group).getByRole('radio', { name: 'Same as the system' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    fireEvent.click(within(group).getByRole('radio', { name: 'Same as the system' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('hands the theme choice to the app when controlled', () => {
    const { store } = freshStore();
    const onThemeChoiceChange = vi.fn();
    render(<SettingsView store={store} files={fakeBackupFiles()} themeChoice="light" onThemeChoiceChange={onThemeChoiceChange} />);
    expect((screen.getByRole('radio', { name: 'Light' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onThemeChoiceChange).toHaveBeenCalledWith('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });
});

describe('DataLocation', () => {
  it('shows the data folder and version in Electron', async () => {
    render(<DataLocation files={fakeBackupFiles('electron')} />);
    expect(await screen.findByText('/home/ana/.config/Framewise')).toBeTruthy();
    expect(screen.getByText('Framewise version 0.1.0 (linux).')).toBeTruthy();
  });

  it('says data is in this browser’s storage in browser mode', async () => {
    render(<DataLocation files={fakeBackupFiles('browser')} />);
    expect(screen.getByText(/stored in this browser’s storage for this site/)).toBeTruthy();
    expect(screen.getByText(/running in a web browser/)).toBeTruthy();
  });

  it('says when the data folder cannot be looked up', async () => {
    const files = fakeBackupFiles('electron');
    files.appInfo = async () => {
      throw new Error('bridge closed');
    };
    render(<DataLocation files={files} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The data folder could not be looked up: bridge closed.'));
  });
});
