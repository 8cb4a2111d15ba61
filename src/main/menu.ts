import { Menu, type MenuItemConstructorOptions } from 'electron';
import { mainString } from './strings';

export interface MenuOptions {
  isMac: boolean;
  /** Development builds get reload and developer tools; production builds do not. */
  isDev: boolean;
  appName: string;
  /** File > Import…: asks the focused window's renderer to start an import. */
  onImport(): void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDev } = options;
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ label: options.appName, role: 'appMenu' });

  template.push({
    label: mainString('menu.file'),
    submenu: [
      { id: 'import', label: mainString('menu.import'), accelerator: 'CmdOrCtrl+O', click: () => options.onImport() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  });
  template.push({ label: mainString('menu.edit'), role: 'editMenu' });

  const view: MenuItemConstructorOptions[] = [];
  if (isDev) {
    view.push({ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  }
  view.push(
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  );
  template.push({ label: mainString('menu.view'), submenu: view });
  template.push({ label: mainString('menu.window'), role: 'windowMenu' });
  template.push({
    label: mainString('menu.help'),
    role: 'help',
    submenu: [{ label: mainString('menu.about', { name: options.appName }), role: 'about' }],
  });
  return template;
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
