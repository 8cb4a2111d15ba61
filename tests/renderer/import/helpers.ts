import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { CleanedDocument } from '../../../src/core/text/types';
import type { PdfjsLike } from '../../../src/renderer/src/import/import-pdf';
import { ImportError } from '../../../src/core/import/errors';

// Resolved from the working directory (vitest runs from the repo root): under the jsdom
// environment import.meta.url is not a file: URL.
export const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** linkedom stands in for the browser's DOMParser in Node tests (it never runs scripts). */
export const parseHtml = (html: string): Document => parseHTML(html).document as unknown as Document;

/** The Node (legacy) build of pdf.js; the app injects the browser build with its worker. */
export const loadPdfjs = async (): Promise<PdfjsLike> => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;

export const deps = { parseHtml, loadPdfjs };

export function expectBlocksSliceOriginal(doc: CleanedDocument): void {
  let previousEnd = 0;
  for (const block of doc.blocks) {
    if (block.start < previousEnd) throw new Error(`overlapping block at ${block.start}`);
    if (doc.original.slice(block.start, block.end) !== block.text) {
      throw new Error(`block text differs from original slice: ${JSON.stringify(block.text)}`);
    }
    previousEnd = block.end;
  }
}

/** The ImportError a promise rejects with (fails the test if it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw new Error(`expected an ImportError, got ${String(error)}`);
  }
  throw new Error('expected the import to be rejected');
}
