/**
 * App-wide guards: pages may not navigate away from the app, open windows, ask for
 * permissions or reach the network. Links the user clicks open in the system browser.
 */
import { app, session, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, serializeCsp, type CspDirectives } from '../shared/content-security-policy';
import { isAppUrl, type AppLocation } from './app-location';
import { isAppOriginUrl } from './app-protocol';
import type { FileRequestDetails } from './carry-over';
import { isSafeExternalUrl } from './ipc-validation';
import { UserActivation } from './user-activation';

/**
 * The Content-Security-Policy for the app's pages. Production sends exactly the policy the
 * build writes into index.html (one source: src/shared/content-security-policy.ts);
 * development adds only what the Vite dev server needs.
 */
export function contentSecurityPolicy(location: AppLocation): string {
  if (!location.devServerUrl) return CONTENT_SECURITY_POLICY;
  const directives: CspDirectives = { ...CSP_DIRECTIVES };
  const dev = new URL(location.devServerUrl);
  const socket = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  // Vite injects the React Refresh preamble as an inline script and talks HMR over a websocket.
  directives['script-src'] = "'self' 'unsafe-inline'";
  directives['connect-src'] = `'self' ${dev.origin} ${socket}`;
  directives['font-src'] = "'self' data:";
  return serializeCsp(directives);
}

/** Response headers with our CSP, replacing any the response already carried. */
export function withContentSecurityPolicy(
  headers: Record<string, string[] | string> | undefined,
  csp: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}

/**
 * Whether a page request may proceed. Production loads only app://framewise (whose
 * handler serves out/renderer and nothing else; no file: URL but the one below); development only
 * the dev server (http and its HMR websocket). Nothing else — in particular no http(s)
 * request leaves the machine. The only file: URL ever let through is the one the
 * carry-over's `fileGate` vouches for (its hidden window's page, once; carry-over.ts).
 */
export function isAllowedRequest(
  raw: string,
  location: AppLocation,
  fileGate?: FileGate,
  details: Omit<FileRequestDetails, 'url'> = {},
): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  if (url.protocol === 'file:') return fileGate?.allowsFileRequest({ url: raw, ...details }) ?? false;
  if (location.devServerUrl) {
    const dev = new URL(location.devServerUrl);
    const sameServer = url.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
    return sameServer || url.protocol === 'devtools:';
  }
  return isAppOriginUrl(raw);
}

export interface GuardDeps {
  location: AppLocation;
  activation: UserActivation;
  openExternal: (url: string) => Promise<void>;
}

/** Opens a web link in the system browser if it is http(s) and the user just clicked or typed. */
export function openIfUserInitiated(url: string, contentsId: number, deps: GuardDeps): boolean {
  if (!isSafeExternalUrl(url)) return false;
  if (!deps.activation.consume(contentsId)) return false;
  deps.openExternal(url).catch((error: unknown) => {
    console.error('[framewise] could not open the system browser:', error);
  });
  return true;
}

type NavigationEvent = { url: string; isMainFrame: boolean; preventDefault(): void };

/** Guards one webContents: navigation, redirects, new windows, webviews. */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  deps.activation.track(contents);
  contents.once('destroyed', () => deps.activation.forget(contents.id));

  contents.on('will-navigate', (event) => {
    const { url, isMainFrame } = event as unknown as NavigationEvent;
    if (isAppUrl(url, deps.location)) return;
    event.preventDefault();
    if (isMainFrame) openIfUserInitiated(url, contents.id, deps);
  });
  // Subframes (the app has none) may not be steered anywhere either.
  contents.on('will-frame-navigate', (event) => {
    const { url, isMainFrame } = event as unknown as NavigationEvent;
    if (!isMainFrame && !isAppUrl(url, deps.location)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    const { url } = event as unknown as NavigationEvent;
    if (!isAppUrl(url, deps.location)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => {
    openIfUserInitiated(details.url, contents.id, deps);
    return { action: 'deny' };
  });
}

/** Decides the one file: request the session may load (FileOriginCarryOver). */
export interface FileGate {
  allowsFileRequest(details: FileRequestDetails): boolean;
}

/** Session-wide guards: no permissions, strict CSP, no requests outside the app. */
export function guardSession(target: Session, location: AppLocation, fileGate?: FileGate): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  const csp = contentSecurityPolicy(location);
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
  target.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, location, fileGate, {
      webContentsId: details.webContentsId,
      resourceType: details.resourceType,
    });
    if (!allowed) console.warn('[framewise] blocked a request outside the app:', details.url.slice(0, 200));
    callback({ cancel: !allowed });
  });
}

/** Guards every webContents the app ever creates. Call before the first window opens. */
export function installWebContentsGuards(location: AppLocation, activation = new UserActivation()): UserActivation {
  const deps: GuardDeps = { location, activation, openExternal: (url) => shell.openExternal(url) };
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, deps));
  return activation;
}

/** Session guards for the default session. Call once the app is ready. */
export function installSessionGuards(location: AppLocation, fileGate?: FileGate): void {
  guardSession(session.defaultSession, location, fileGate);
}
