import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

import { CONTENT_SECURITY_POLICY } from '../../src/shared/content-security-policy';
import { contentSecurityPolicyPlugin } from '../../src/renderer/src/platform/content-security-policy';
import { locateApp } from '../../src/main/app-location';
import { APP_INDEX_URL } from '../../src/main/app-protocol';
import {
  contentSecurityPolicy,
  guardSession,
  guardWebContents,
  installSessionGuards,
  installWebContentsGuards,
  isAllowedRequest,
  withContentSecurityPolicy,
} from '../../src/main/security';
import { ACTIVATION_WINDOW_MS, UserActivation } from '../../src/main/user-activation';
import { app, FakeSession, FakeWebContents, resetFakeElectron, session, shell } from './fake-electron';

const mainDir = join('/opt', 'framewise', 'out', 'main');
const production = locateApp({ mainDir, isPackaged: true });
const development = locateApp({ mainDir, isPackaged: false, rendererUrlFromEnv: 'http://localhost:5173' });
const appPage = APP_INDEX_URL;

let clock = 1_000_000;
function guarded(location = production) {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  const activation = new UserActivation(() => clock);
  guardWebContents(contents as never, { location, activation, openExternal });
  return { contents, openExternal };
}

beforeEach(() => {
  resetFakeElectron();
  clock = 1_000_000;
});

describe('navigation guard', () => {
  it('allows navigation within the app page', () => {
    const { contents } = guarded();
    expect(contents.navigate('will-navigate', `${appPage}#/practice`).defaultPrevented).toBe(false);
    const dev = guarded(development).contents;
    expect(dev.navigate('will-navigate', 'http://localhost:5173/').defaultPrevented).toBe(false);
  });

  it('blocks navigation to any other page', () => {
    const { contents, openExternal } = guarded();
    for (const url of ['https://example.com/', 'http://localhost:5173/', pathToFileURL('/etc/passwd').href, 'about:blank']) {
      expect(contents.navigate('will-navigate', url).defaultPrevented).toBe(true);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks off-app redirects and subframe navigations', () => {
    const { contents } = guarded();
    expect(contents.navigate('will-redirect', 'https://example.com/').defaultPrevented).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'https://example.com/', false).defaultPrevented).toBe(true);
    expect(contents.navigate('will-frame-navigate', appPage, false).defaultPrevented).toBe(false);
  });

  it('opens a clicked web link in the system browser instead of navigating', () => {
    const { contents, openExternal } = guarded();
    contents.userClicks();
    const event = contents.navigate('will-navigate', 'https://example.com/story');
    expect(event.defaultPrevented).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/story');
  });

  it('does not open links the page navigates to on its own', () => {
    const { contents, openExternal } = guarded();
    contents.navigate('will-navigate', 'https://example.com/no-click');
    contents.userClicks();
    clock += ACTIVATION_WINDOW_MS + 1;
    contents.navigate('will-navigate', 'https://example.com/too-late');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('opens at most one link per click', () => {
    const { contents, openExternal } = guarded();
    contents.userClicks();
    contents.navigate('will-navigate', 'https://example.com/1');
    contents.navigate('will-navigate', 'https://example.com/2');
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('prevents attaching webviews', () => {
    const { contents } = guarded();
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('new windows', () => {
  it('denies every window.open and routes clicked http(s) links to the system browser', () => {
    const { contents, openExternal } = guarded();
    contents.userClicks();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/a', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a');
    expect(contents.windowOpenHandler!({ url: appPage, disposition: 'new-window' })).toEqual({ action: 'deny' });
  });

  it('never opens javascript:, file:, data: or other non-web URLs', () => {
    const { contents, openExternal } = guarded();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'smb://host/share', 'mailto:a@b.c', 'https://user:pw@example.com/']) {
      contents.userClicks();
      expect(contents.windowOpenHandler!({ url, disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
      contents.userClicks();
      expect(contents.navigate('will-navigate', url).defaultPrevented).toBe(true);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('does not open windows the page requests without a user gesture', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/popup', disposition: 'new-window' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('guards every webContents the app creates and opens links with shell.openExternal', () => {
    installWebContentsGuards(production);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).not.toBeNull();
    contents.userClicks();
    contents.windowOpenHandler!({ url: 'https://example.com/b', disposition: 'foreground-tab' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/b');
  });
});

describe('session guards', () => {
  it('denies every permission request and check', () => {
    const target = new FakeSession();
    guardSession(target as never, production);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      target.permissionRequestHandler!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(target.permissionCheckHandler!({}, permission, appPage, {})).toBe(false);
    }
    expect(target.devicePermissionHandler!({})).toBe(false);
  });

  it('installs the guards on the default session', () => {
    installSessionGuards(production);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
  });

  it('applies the strict production CSP to responses, replacing any existing policy', () => {
    const target = new FakeSession();
    guardSession(target as never, production);
    const callback = vi.fn();
    target.headersListener!(
      { url: appPage, responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } },
      callback,
    );
    const headers = callback.mock.calls[0][0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(Object.keys(headers).filter((k) => k.toLowerCase() === 'content-security-policy')).toEqual(['Content-Security-Policy']);
    expect(headers['Content-Security-Policy']).toEqual([
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'",
    ]);
  });

  it('sends in production exactly the policy the build writes into index.html', () => {
    const plugin = contentSecurityPolicyPlugin();
    const transform = plugin.transformIndexHtml as { handler: () => { tag: string; attrs: Record<string, string> }[] };
    const [meta] = transform.handler();
    expect(meta.tag).toBe('meta');
    expect(meta.attrs['http-equiv']).toBe('Content-Security-Policy');
    expect(meta.attrs.content).toBe(contentSecurityPolicy(production));
    expect(meta.attrs.content).toBe(CONTENT_SECURITY_POLICY);
    // No directive a <meta> policy ignores (the two would then differ in effect).
    for (const ignoredInMeta of ['frame-ancestors', 'report-uri', 'sandbox']) {
      expect(CONTENT_SECURITY_POLICY).not.toContain(ignoredInMeta);
    }
  });

  it('relaxes the CSP in development only for the Vite dev server', () => {
    const csp = contentSecurityPolicy(development);
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    // Production allows inline styles only, never inline scripts.
    expect(contentSecurityPolicy(production).match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(contentSecurityPolicy(production)).toMatch(/style-src 'self' 'unsafe-inline';/);
  });

  it('merges the CSP into headers given as plain strings', () => {
    expect(withContentSecurityPolicy({ 'X-A': 'b' }, 'x')).toEqual({ 'X-A': ['b'], 'Content-Security-Policy': ['x'] });
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });

  it('cancels every request outside the app: no network in production', () => {
    const target = new FakeSession();
    guardSession(target as never, production);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const decide = (url: string) => {
      const callback = vi.fn();
      target.beforeRequestListener!({ url }, callback);
      return callback.mock.calls[0][0].cancel as boolean;
    };
    expect(decide(appPage)).toBe(false);
    expect(decide('app://framewise/assets/index-abc.js')).toBe(false);
    expect(decide('app://elsewhere/index.html')).toBe(true);
    // Pages never load file: URLs, not even the app's own files (app:// serves those).
    expect(decide(pathToFileURL('/opt/framewise/out/renderer/assets/pdf.worker.mjs').href)).toBe(true);
    expect(decide('https://example.com/tracker.js')).toBe(true);
    expect(decide('http://localhost:5173/')).toBe(true);
    expect(decide('wss://example.com/')).toBe(true);
    expect(decide(pathToFileURL('/home/user/.ssh/id_rsa').href)).toBe(true);
  });

  it('lets through the one file: load the carry-over gate vouches for, with the request details', () => {
    const target = new FakeSession();
    const exportPage = `${pathToFileURL('/opt/framewise/out/renderer/index.html').href}?carry=export`;
    const seen: unknown[] = [];
    const gate = {
      allowsFileRequest: vi.fn((details: { url: string; webContentsId?: number; resourceType?: string }) => {
        seen.push(details);
        return details.url === exportPage && details.webContentsId === 7 && details.resourceType === 'mainFrame';
      }),
    };
    guardSession(target as never, production, gate);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const decide = (details: Record<string, unknown>) => {
      const callback = vi.fn();
      target.beforeRequestListener!(details, callback);
      return callback.mock.calls[0][0].cancel as boolean;
    };
    expect(decide({ url: exportPage, webContentsId: 7, resourceType: 'mainFrame' })).toBe(false);
    expect(seen[0]).toEqual({ url: exportPage, webContentsId: 7, resourceType: 'mainFrame' });
    expect(decide({ url: exportPage, webContentsId: 8, resourceType: 'mainFrame' })).toBe(true);
    expect(decide({ url: pathToFileURL('/home/user/.ssh/id_rsa').href, webContentsId: 7, resourceType: 'mainFrame' })).toBe(true);
    // The gate is asked only about file: URLs; everything else follows the usual rules.
    gate.allowsFileRequest.mockClear();
    expect(decide({ url: 'https://example.com/', webContentsId: 7, resourceType: 'mainFrame' })).toBe(true);
    expect(decide({ url: appPage, webContentsId: 7, resourceType: 'mainFrame' })).toBe(false);
    expect(gate.allowsFileRequest).not.toHaveBeenCalled();
    // Without a gate no file: URL passes.
    expect(isAllowedRequest(exportPage, production)).toBe(false);
  });

  it('allows only the dev server in development', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', development)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', development)).toBe(true);
    expect(isAllowedRequest('https://example.com/', development)).toBe(false);
    expect(isAllowedRequest('http://localhost:8080/', development)).toBe(false);
    expect(isAllowedRequest('data:image/png;base64,AAAA', development)).toBe(true);
  });
});
