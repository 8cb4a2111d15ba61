/**
 * Loads pdf.js in the renderer with its worker served by vite (same origin, allowed by
 * the CSP's worker-src 'self'), so parsing never blocks the window. Imported lazily: the
 * ~1 MB library is only fetched when a PDF is imported.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsLike } from './import-pdf';

let loaded: Promise<PdfjsLike> | undefined;

export function loadBrowserPdfjs(): Promise<PdfjsLike> {
  loaded ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs as unknown as PdfjsLike;
  });
  return loaded;
}
