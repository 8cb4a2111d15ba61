import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => import('./fake-electron'));

import { buildMenuTemplate, installMenu } from '../../src/main/menu';
import { Menu, resetFakeElectron } from './fake-electron';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

beforeEach(() => resetFakeElectron());

describe('application menu', () => {
  it('has File > Import… on CmdOrCtrl+O that asks the renderer to import', () => {
    const onImport = vi.fn();
    const template = buildMenuTemplate({ isMac: false, isDev: false, appName: 'Framewise', onImport });
    const importItem = flatten(template).find((item) => item.id === 'import')!;
    expect(importItem.label).toBe('Import…');
    expect(importItem.accelerator).toBe('CmdOrCtrl+O');
    importItem.click!({} as never, undefined, {} as never);
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });

  it('has no developer tools or reload in production', () => {
    const roles = flatten(buildMenuTemplate({ isMac: false, isDev: false, appName: 'Framewise', onImport() {} })).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'zoomIn', 'resetZoom', 'quit', 'about']));
  });

  it('offers developer tools in development', () => {
    const roles = flatten(buildMenuTemplate({ isMac: false, isDev: true, appName: 'Framewise', onImport() {} })).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('adds the macOS app menu and closes windows instead of quitting from File', () => {
    const template = buildMenuTemplate({ isMac: true, isDev: false, appName: 'Framewise', onImport() {} });
    expect(template[0]).toMatchObject({ label: 'Framewise', role: 'appMenu' });
    const fileRoles = (template[1].submenu as MenuItemConstructorOptions[]).map((i) => i.role);
    expect(fileRoles).toContain('close');
    expect(fileRoles).not.toContain('quit');
  });

  it('installs the menu as the application menu', () => {
    installMenu({ isMac: false, isDev: false, appName: 'Framewise', onImport() {} });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0].value);
  });
});
