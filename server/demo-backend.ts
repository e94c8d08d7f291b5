import { createNativeBackend } from '../mocks/backend/native-backend';
import { answerNative, toResponse } from '../mocks/backend/native-fetch';
import { demoData } from '../mocks/data/index';
import { demoApiRoot } from '../src/api/backends';

/**
 * `npm start` with the shipped config (`backend.kind: "demo"`): the server answers the demo blog's API
 * itself, on the native contract at /api, from memory. The browser reads it like any native backend,
 * with no mock service worker; comments posted live in this process until it stops.
 */
export type DemoBackend = {
  /** True when `url` is on the demo API (same origin as the page, path under /api). */
  owns(url: URL): boolean;
  handle(request: Request): Promise<Response>;
  /** The server's own fetch for the adapter: demo API calls answered in-process, no network. */
  fetch: typeof fetch;
};

export function createDemoBackend(): DemoBackend {
  const backend = createNativeBackend(demoData);
  const prefix = demoApiRoot();
  const owns = (url: URL) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
  const handle = async (request: Request) => toResponse(await answerNative(backend, request, prefix));
  return {
    owns,
    handle,
    fetch: async (input, init) => {
      // The adapter asks for relative URLs (/api/…): any origin will do for routing them here.
      const url = input instanceof Request ? input.url : String(input);
      return handle(new Request(new URL(url, 'http://demo.invalid'), init));
    },
  };
}
