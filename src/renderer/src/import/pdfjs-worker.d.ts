/** pdf.js's parser module, loaded into the import worker (import.worker.ts); pdfjs-dist ships no types for it. */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
