import { mkdir, mkdtemp, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

import {
  APP_INDEX_URL,
  contentTypeOf,
  createAppProtocolHandler,
  installAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from '../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/content-security-policy';
import { protocol, resetFakeElectron } from './fake-electron';

const root = join('/opt', 'framewise', 'out', 'renderer');

describe('app:// path resolution', () => {
  it('maps the app origin onto files inside out/renderer', () => {
    expect(resolveAppPath('app://framewise/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://framewise/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://framewise', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://framewise/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath('app://framewise/assets/pdf.worker.min-x.mjs', root)).toBe(join(root, 'assets', 'pdf.worker.min-x.mjs'));
    expect(resolveAppPath('app://framewise/caf%C3%A9%20menu.svg', root)).toBe(join(root, 'café menu.svg'));
  });

  it('ignores the query and the hash', () => {
    expect(resolveAppPath('app://framewise/index.html?x=1#/library', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://framewise/index.html#/../../etc/passwd', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://framewise/assets/a.js?../../../etc/passwd', root)).toBe(join(root, 'assets', 'a.js'));
  });

  it('refuses plain and encoded parent segments', () => {
    for (const url of [
      'app://framewise/../main/index.js',
      'app://framewise/assets/../../main/index.js',
      'app://framewise/assets/../index.html',
      'app://framewise/%2e%2e/main/index.js',
      'app://framewise/%2E%2E/main/index.js',
      'app://framewise/.%2e/main/index.js',
      'app://framewise/./index.html',
    ]) {
      expect(resolveAppPath(url, root), url).toBeNull();
    }
    // Decoded once only: "%252e%252e" names a file literally called "%2e%2e", inside the folder.
    expect(resolveAppPath('app://framewise/%252e%252e/x', root)).toBe(join(root, '%2e%2e', 'x'));
  });

  it('refuses encoded separators, absolute paths, drive letters, NUL and bad encodings', () => {
    for (const url of [
      'app://framewise/..%2fmain%2findex.js',
      'app://framewise/%2fetc%2fpasswd',
      'app://framewise/%2Fetc/passwd',
      'app://framewise/..%5cmain%5cindex.js',
      'app://framewise/assets%5c..%5c..%5cmain',
      'app://framewise//etc/passwd',
      'app://framewise/C:/Windows/win.ini',
      'app://framewise/C%3A%5CWindows%5Cwin.ini',
      'app://framewise/index.html%00.js',
      'app://framewise/index.html:stream',
      'app://framewise/%E0%A4%A',
      'app://framewise/assets//a.js',
    ]) {
      expect(resolveAppPath(url, root), url).toBeNull();
    }
  });

  it('refuses other hosts, ports, credentials and schemes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://framewise.evil/index.html',
      'app://framewise:80/index.html',
      'app://user@framewise/index.html',
      'file:///opt/framewise/out/renderer/index.html',
      'https://framewise/index.html',
      'not a url',
      '',
    ]) {
      expect(resolveAppPath(url, root), url).toBeNull();
    }
  });
});

describe('app:// handler', () => {
  let dir: string;
  let rendererDir: string;
  let reads: string[];

  beforeEach(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'framewise-protocol-')));
    rendererDir = join(dir, 'out', 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Framewise</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(rendererDir, 'assets', 'app.css'), 'body{}');
    await writeFile(join(rendererDir, 'assets', 'pdf.worker.mjs'), 'export {}');
    await writeFile(join(rendererDir, 'assets', 'blob.xyz'), 'data');
    await writeFile(join(dir, 'secret.txt'), 'not for the page');
    reads = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const fs = () => ({
    realpath: (path: string) => realpath(path),
    stat: (path: string) => stat(path),
    readFile: async (path: string) => {
      reads.push(path);
      return readFile(path);
    },
  });
  const get = (url: string, method = 'GET') => createAppProtocolHandler({ rendererDir, fs: fs() })(new Request(url, { method }));

  it('serves a file of out/renderer with its type, the CSP header and nosniff', async () => {
    const response = await get('app://framewise/assets/app.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Length')).toBe('14');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(reads).toEqual([join(rendererDir, 'assets', 'app.js')]);
  });

  it('gives scripts, module workers and styles the types browsers require', async () => {
    expect((await get('app://framewise/assets/pdf.worker.mjs')).headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://framewise/assets/app.css')).headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect((await get('app://framewise/')).headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    // Unknown types are opaque bytes: with nosniff they can never run as script.
    expect((await get('app://framewise/assets/blob.xyz')).headers.get('Content-Type')).toBe('application/octet-stream');
    expect(contentTypeOf('X.JS')).toBe('text/javascript; charset=utf-8');
  });

  it('serves index.html for the app page, with any route in the hash', async () => {
    const response = await get(`${APP_INDEX_URL}#/practice`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Framewise</title>');
  });

  it('answers 404 for missing files and folders, and never reads them', async () => {
    expect((await get('app://framewise/missing.js')).status).toBe(404);
    expect((await get('app://framewise/assets')).status).toBe(404);
    expect((await get('app://framewise/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('app://framewise/..%2fsecret.txt')).status).toBe(404);
    expect(reads).toEqual([]);
  });

  it('refuses a symlink inside out/renderer that points outside it', async () => {
    await symlink(join(dir, 'secret.txt'), join(rendererDir, 'assets', 'leak.txt'));
    await symlink(dir, join(rendererDir, 'up'));
    const leak = await get('app://framewise/assets/leak.txt');
    expect(leak.status).toBe(404);
    expect(leak.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://framewise/up/secret.txt')).status).toBe(404);
    expect(reads).toEqual([]);
  });

  it('follows a symlink that stays inside out/renderer', async () => {
    await symlink(join(rendererDir, 'assets', 'app.js'), join(rendererDir, 'alias.js'));
    const response = await get('app://framewise/alias.js');
    expect(response.status).toBe(200);
    expect(reads).toEqual([join(rendererDir, 'assets', 'app.js')]);
  });

  it('answers only GET and HEAD; HEAD has no body', async () => {
    expect((await get('app://framewise/index.html', 'POST')).status).toBe(405);
    expect((await get('app://framewise/index.html', 'PUT')).status).toBe(405);
    const head = await get('app://framewise/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('serves nothing when out/renderer itself is missing', async () => {
    await rm(rendererDir, { recursive: true, force: true });
    expect((await get('app://framewise/index.html')).status).toBe(404);
    expect(reads).toEqual([]);
  });
});

describe('app:// registration', () => {
  beforeEach(() => resetFakeElectron());

  it('declares app:// as a standard, secure scheme that other origins cannot read', () => {
    registerAppScheme(protocol as never);
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('installs the handler on the app scheme', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'framewise-protocol-'));
    try {
      await writeFile(join(dir, 'index.html'), 'x');
      installAppProtocol(protocol as never, dir);
      const handler = protocol.handlers.get('app')!;
      const response = await handler(new Request(APP_INDEX_URL));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('x');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
