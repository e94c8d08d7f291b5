// The one part of jsdom the server uses (a window for DOMPurify); jsdom 29 ships no types of its own.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
  }
}
