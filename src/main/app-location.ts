import { join, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** Where the app's own pages and files are; every URL check in main is made against this. */
export interface AppLocation {
  /** Vite dev server origin (development only); absent when loading the built files. */
  devServerUrl?: string;
  /** out/renderer/index.html, served as app://framewise/index.html (see app-protocol.ts). */
  rendererFile: string;
  /** out/renderer — the only directory the app:// handler serves files from. */
  rendererDir: string;
  /** The bundled preload script. */
  preloadFile: string;
  /** PNG window icon (Linux shows it in the task bar; macOS and Windows use the bundle's icon). */
  iconFile: string;
}

export interface LocateOptions {
  /** Directory of the built main script (out/main). */
  mainDir: string;
  isPackaged: boolean;
  /** process.env.ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  rendererUrlFromEnv?: string;
  /** process.resourcesPath in a packaged app. */
  resourcesPath?: string;
}

export function locateApp(options: LocateOptions): AppLocation {
  const outDir = resolve(options.mainDir, '..');
  const rendererDir = join(outDir, 'renderer');
  // A packaged app must never be pointed at another page by an environment variable.
  const devServerUrl = !options.isPackaged ? parseDevServerUrl(options.rendererUrlFromEnv) : undefined;
  const iconFile =
    options.isPackaged && options.resourcesPath
      ? join(options.resourcesPath, 'resources', 'icon.png')
      : join(outDir, '..', 'resources', 'icon.png');
  return {
    devServerUrl,
    rendererFile: join(rendererDir, 'index.html'),
    rendererDir,
    // electron-vite names a CommonJS bundle .cjs because package.json has "type": "module".
    preloadFile: join(outDir, 'preload', 'index.cjs'),
    iconFile,
  };
}

/** Only a loopback http(s) dev server is accepted; anything else is ignored. */
function parseDevServerUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && loopback) return url.href;
  } catch {
    // fall through: not a URL
  }
  return undefined;
}

/** True when `raw` is a page of this app: the dev server origin, or app://framewise/index.html. */
export function isAppUrl(raw: string, location: AppLocation): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (location.devServerUrl) {
    return url.origin === new URL(location.devServerUrl).origin;
  }
  // The query and hash (the app's routes) are part of the same page.
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    (url.pathname === '/index.html' || url.pathname === '/')
  );
}
