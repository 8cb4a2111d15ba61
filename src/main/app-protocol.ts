/**
 * The app's own scheme: the built renderer is served from app://framewise/ instead of
 * file://. On file:// every local file shares the page's "origin", so CSP 'self' and
 * same-origin checks would match any file on the disk; app://framewise is one origin
 * whose only content is out/renderer. The handler confines every request to that folder.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'framewise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads in production. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: real origin, relative URLs, IndexedDB; secure: a secure context like https;
 * supportFetchAPI: workers and pdf.js fetch their scripts; codeCache: faster restarts.
 * No corsEnabled (other origins cannot read app://), no bypassCSP, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before the app is ready (Electron reads the list once, at start-up). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** True when `raw` is a URL of the app's own origin (any path; the handler decides what exists). */
export function isAppOriginUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * The file under `rendererDir` that an app:// URL names, or null when the URL is not
 * ours or its path could leave the folder. Purely lexical (no disk access): query and
 * hash are ignored; `.`/`..` segments (plain or percent-encoded), encoded slashes or
 * backslashes, NUL, drive letters and colons (Windows streams) are refused outright
 * rather than normalised, since no file the build writes needs them.
 */
export function resolveAppPath(raw: string, rendererDir: string): string | null {
  if (!isAppOriginUrl(raw) || raw.slice(0, APP_ORIGIN.length).toLowerCase() !== APP_ORIGIN) return null;
  // Parse the path ourselves from the raw string: URL parsing would already have folded
  // "/a/../b" into "/b", hiding that the request tried to climb.
  const afterHost = raw.slice(APP_ORIGIN.length);
  const pathPart = afterHost.split(/[?#]/, 1)[0] ?? '';
  if (pathPart !== '' && !pathPart.startsWith('/')) return null;
  const encodedSegments = pathPart.split('/').slice(1);
  const segments: string[] = [];
  for (const encoded of encodedSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null; // malformed percent-encoding
    }
    if (segment === '') {
      // "/" alone is the index; an empty segment elsewhere ("a//b") is refused.
      if (encodedSegments.length === 1) break;
      return null;
    }
    if (segment === '.' || segment === '..') return null;
    if (/[/\\:\u0000]/u.test(segment)) return null;
    segments.push(segment);
  }
  const file = segments.length === 0 ? join(rendererDir, 'index.html') : join(rendererDir, ...segments);
  return isInside(file, rendererDir) ? file : null;
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Content types of what the build writes into out/renderer. A short explicit table
 * rather than a MIME library: the set is closed (Vite's own output), and anything else
 * is served as opaque bytes that, with nosniff, can never run as a script or style.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file-system calls the handler makes; tests pass fakes. In a packaged app these are
 * Electron's asar-aware fs functions, so files inside app.asar are read the same way.
 */
export interface AppProtocolFs {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface AppProtocolDeps {
  rendererDir: string;
  fs?: AppProtocolFs;
}

const nodeFs: AppProtocolFs = {
  realpath: (path) => realpath(path),
  stat: (path) => stat(path),
  readFile: (path) => readFile(path),
};

function refuse(status: number): Response {
  return new Response(null, { status, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
}

/**
 * The handler for protocol.handle('app', …). After the lexical check it resolves
 * symlinks and checks again, so a link inside out/renderer cannot serve a file outside
 * it. Only GET and HEAD; only regular files. Every response carries the CSP header.
 * Files are read here rather than through net.fetch('file://…'), so no file: request
 * exists at all and the session guard can refuse every one.
 */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  const fs = deps.fs ?? nodeFs;
  let realRoot: Promise<string> | undefined;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const path = resolveAppPath(request.url, deps.rendererDir);
    if (!path) return refuse(404);
    let body: Uint8Array;
    let real: string;
    try {
      realRoot ??= fs.realpath(deps.rendererDir);
      const root = await realRoot;
      real = await fs.realpath(path);
      if (!isInside(real, root)) return refuse(404);
      if (!(await fs.stat(real)).isFile()) return refuse(404);
      body = await fs.readFile(real);
    } catch {
      realRoot = undefined; // retry the root next time if it was the one that failed
      return refuse(404);
    }
    const headers = {
      'Content-Type': contentTypeOf(real),
      'Content-Length': String(body.byteLength),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    };
    // Copy into a fresh ArrayBuffer: a Buffer from fs may be a view into a shared pool.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** Serves out/renderer on app:// for the default session. Call once the app is ready. */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir }));
}
