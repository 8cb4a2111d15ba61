/**
 * A small in-memory stand-in for the parts of the `electron` module that main and the
 * preload use (the Electron binary cannot run here). Test files mock 'electron' with
 * `vi.mock('electron', () => import('./fake-electron'))` and call `resetFakeElectron()`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

let nextContentsId = 1;

export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  destroyed = false;
  windowOpenHandler: ((details: { url: string; disposition: string }) => { action: string }) | null = null;
  mainFrame = new FakeWebFrame('about:blank');
  send = vi.fn();
  reload = vi.fn();
  forcefullyCrashRenderer = vi.fn();
  isDestroyed = () => this.destroyed;
  setWindowOpenHandler(handler: (details: { url: string; disposition: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Simulates a user gesture as Electron reports it through 'input-event'. */
  userClicks() {
    this.emit('input-event', {}, { type: 'mouseUp' });
  }
  /** Emits a navigation event the way Electron 45 does (details object with preventDefault). */
  navigate(kind: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, isMainFrame = true) {
    const event = { url, isMainFrame, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit(kind, event, url);
    return event;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  static fromWebContents = vi.fn((contents: FakeWebContents) => BrowserWindow.instances.find((w) => w.webContents === contents) ?? null);
  static getFocusedWindow = vi.fn(() => BrowserWindow.focused);
  static getAllWindows = vi.fn(() => BrowserWindow.instances.filter((w) => !w.destroyed));

  readonly webContents = new FakeWebContents();
  destroyed = false;
  visible = false;
  show = vi.fn(() => {
    this.visible = true;
  });
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = () => this.destroyed;
  isVisible = () => this.visible;
  destroy = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
  loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  loadFile = vi.fn(async (file: string) => {
    this.webContents.mainFrame.url = new URL(`file://${file.startsWith('/') ? '' : '/'}${file.replace(/\\/g, '/')}`).href;
  });

  constructor(public readonly options: Record<string, any>) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Framewise';
  ready = false;
  getVersion = vi.fn(() => '0.1.0');
  getPath = vi.fn((name: string) => `/fake/${name}`);
  enableSandbox = vi.fn();
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  setAppUserModelId = vi.fn();
  isReady = () => this.ready;
  whenReady = vi.fn(async () => {
    this.ready = true;
  });
}

export class FakeSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  headersListener: ((details: any, callback: (response: any) => void) => void) | null = null;
  beforeRequestListener: ((details: any, callback: (response: any) => void) => void) | null = null;
  setPermissionRequestHandler = vi.fn((handler) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler) => {
    this.devicePermissionHandler = handler;
  });
  webRequest = {
    onHeadersReceived: vi.fn((listener) => {
      this.headersListener = listener;
    }),
    onBeforeRequest: vi.fn((listener) => {
      this.beforeRequestListener = listener;
    }),
  };
}

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  handle = vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });
  removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
  /** Calls a handler the way ipcRenderer.invoke would. */
  async invoke(channel: string, event: unknown, ...args: unknown[]) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (..._args: unknown[]) => undefined as unknown);
  send = vi.fn();
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() };
export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const session = { defaultSession: new FakeSession() };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    protocol.privileged.push(...schemes);
  }),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
    if (protocol.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    protocol.handlers.set(scheme, handler);
  }),
};
export const net = { fetch: vi.fn(async (_url: string) => new Response('')) };

export function resetFakeElectron(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.ready = false;
  app.getPath.mockReset().mockImplementation((name: string) => `/fake/${name}`);
  for (const fn of [app.getVersion, app.enableSandbox, app.quit, app.setAppUserModelId, app.whenReady]) fn.mockClear();
  app.requestSingleInstanceLock.mockReset().mockReturnValue(true);
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
  ipcMain.handle.mockClear();
  ipcMain.removeHandler.mockClear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockReset().mockResolvedValue(undefined);
  ipcRenderer.send.mockClear();
  session.defaultSession = new FakeSession();
  BrowserWindow.instances = [];
  BrowserWindow.focused = null;
  for (const fn of [dialog.showOpenDialog, dialog.showSaveDialog, shell.openExternal, Menu.buildFromTemplate, Menu.setApplicationMenu, contextBridge.exposeInMainWorld]) {
    fn.mockClear();
  }
  dialog.showMessageBox.mockReset();
  protocol.privileged = [];
  protocol.handlers.clear();
  protocol.registerSchemesAsPrivileged.mockClear();
  protocol.handle.mockClear();
  net.fetch.mockClear();
}
