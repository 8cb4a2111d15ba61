import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../../src/renderer/src/import/import-worker-protocol';
import { buildDocx, docxParagraphXml } from '../../fixtures/docx-builder';
import { fixture } from './helpers';

/**
 * The worker module itself, run in Node with a stand-in `self`: it answers each request
 * with the article or the ImportError's fields, reading HTML (saved pages, mammoth's
 * output) with linkedom, since a worker has no DOMParser.
 */
interface Scope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerResponse): void;
}

const answers: ImportWorkerResponse[] = [];
const global = globalThis as unknown as Scope & { self?: unknown };
const originalSelf = global.self;
let scope: Scope;

beforeAll(async () => {
  // `self` is the global object, as in a real worker (libraries such as JSZip look their globals up on it).
  global.postMessage = (message) => answers.push(message);
  global.self = globalThis;
  scope = global;
  await import('../../../src/renderer/src/import/import.worker');
});

afterAll(() => {
  global.self = originalSelf;
  delete (global as { postMessage?: unknown }).postMessage;
  delete (global as { onmessage?: unknown }).onmessage;
});

async function ask(id: number, name: string, data: Uint8Array): Promise<ImportWorkerResponse> {
  scope.onmessage!({ data: { id, name, data } } as MessageEvent<ImportWorkerRequest>);
  await expect.poll(() => answers.some((a) => a.id === id), { timeout: 20_000 }).toBe(true);
  return answers.find((a) => a.id === id)!;
}

describe('import.worker', () => {
  it('reads a saved page with Readability on linkedom: the article, without the page chrome', async () => {
    const answer = await ask(1, 'news-page.html', fixture('news-page.html'));
    expect('article' in answer).toBe(true);
    if (!('article' in answer)) return;
    expect(answer.article.format).toBe('html');
    expect(answer.article.document.original).not.toMatch(/<\/?(script|p|div)\b/i);
    expect(answer.article.wordCount).toBeGreaterThan(50);
  });

  it('reads a .docx (mammoth, its HTML read by linkedom) with its byline as metadata', async () => {
    const xml = ['Council closes the library', 'By Jane Roe', 'The council voted on Tuesday to close the old library on Mill Street, citing the rising cost of heating it.']
      .map(docxParagraphXml)
      .join('');
    const answer = await ask(2, 'a.docx', buildDocx(xml));
    expect('error' in answer ? answer.error : undefined).toBeUndefined();
    expect(answer).toMatchObject({ id: 2, article: { format: 'docx', title: 'Council closes the library', byline: 'Jane Roe' } });
  });

  it("answers a refusal with the ImportError's code and message", async () => {
    const answer = await ask(3, 'photo.png', new Uint8Array(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'binary.bin'))));
    expect('error' in answer && answer.error.code).toBe('unsupported-type');
    expect('error' in answer && answer.error.message.length).toBeGreaterThan(20);
  });
});
