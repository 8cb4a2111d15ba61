// jsdom ships no type declarations; the items CLI only needs the inert document of a page.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: Record<string, unknown>);
    readonly window: { document: unknown };
  }
}
