// @vitest-environment jsdom
/**
 * Imported HTML must never run: we parse it into an inert document (DOMParser in the app,
 * jsdom's DOMParser here) and keep only text. Every payload in hostile.html sets
 * globalThis.__framewisePwned; it must stay unset, and no markup may survive.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../../../src/core/text/types';
import { importFile } from '../../../src/renderer/src/import/import-file';
import { fixture, parseHtml as linkedomParse } from './helpers';

/** The hostile payloads set this global if they ever run. */
const scope = globalThis as typeof globalThis & { __framewisePwned?: unknown };

const FORBIDDEN = ['<', '>', 'script', 'javascript:', 'onerror', 'onload', 'onclick', 'iframe', 'srcdoc', '__framewisePwned', 'svg text', 'math text', 'noscript text', 'template text', 'form value', 'evil'];

function expectOnlyText(article: ImportedArticle): void {
  const strings = [
    article.title,
    article.document.original,
    ...article.document.blocks.map((b) => b.text),
    article.byline ?? '',
    article.siteName ?? '',
  ];
  for (const s of strings) {
    for (const bad of FORBIDDEN) expect(s.toLowerCase()).not.toContain(bad.toLowerCase());
  }
}

/** The bits of jsdom's API this test uses (the project has no @types/jsdom). */
interface JsdomWindow {
  __framewisePwned?: unknown;
  close(): void;
}
type JsdomCtor = new (html: string, options?: { runScripts?: 'dangerously' | 'outside-only' }) => { window: JsdomWindow };
const loadJsdom = async (): Promise<JsdomCtor> => {
  const specifier = 'jsdom';
  return ((await import(/* @vite-ignore */ specifier)) as { JSDOM: JsdomCtor }).JSDOM;
};

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

describe('hostile HTML', () => {
  let bodyBefore: string;
  beforeEach(() => {
    delete scope.__framewisePwned;
    document.body.innerHTML = '<main id="app">app</main>';
    bodyBefore = document.body.innerHTML;
  });
  afterEach(() => {
    delete scope.__framewisePwned;
  });

  it('runs in a real DOM environment whose DOMParser we use like the app does', () => {
    expect(typeof DOMParser).toBe('function');
    expect(typeof window).toBe('object');
  });

  it('imports only the text with the browser-style DOMParser and runs nothing', async () => {
    const parser = new DOMParser();
    const article = await importFile(
      { name: 'hostile.html', data: fixture('hostile.html') },
      { parseHtml: (html) => parser.parseFromString(html, 'text/html') },
    );
    await settle();
    expect(scope.__framewisePwned).toBeUndefined();
    expect(document.body.innerHTML).toBe(bodyBefore);
    expect(article.title).toBe('Quiet week at the Fenwick observatory');
    expect(article.document.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(
      expect.arrayContaining([
        'Astronomers at the invented Fenwick observatory reported a quiet week, with clear skies on only two nights out of seven.',
        'Visitors can book evening tours again from next month. Booking details are on the noticeboard at the entrance.',
      ]),
    );
    expectOnlyText(article);
  });

  it('uses the default parser (window.DOMParser) when none is injected', async () => {
    const article = await importFile({ name: 'hostile.htm', data: fixture('hostile.html') });
    await settle();
    expect(scope.__framewisePwned).toBeUndefined();
    expect(document.body.innerHTML).toBe(bodyBefore);
    expectOnlyText(article);
  });

  it('imports only the text with linkedom too', async () => {
    const article = await importFile({ name: 'hostile.html', data: fixture('hostile.html') }, { parseHtml: linkedomParse });
    await settle();
    expect(scope.__framewisePwned).toBeUndefined();
    expectOnlyText(article);
  });

  it('control: the payloads run in a script-enabled live document, and not in jsdom with scripts off', async () => {
    // Proves the flag-setting payloads work, so the checks above mean something.
    const JSDOM = await loadJsdom();
    const html = new TextDecoder().decode(fixture('hostile.html'));
    const live = new JSDOM(html, { runScripts: 'dangerously' });
    expect(live.window.__framewisePwned).toBeDefined();
    live.window.close();
    const inert = new JSDOM(html);
    await settle();
    expect(inert.window.__framewisePwned).toBeUndefined();
    inert.window.close();
    expect(scope.__framewisePwned).toBeUndefined();
  });
});
