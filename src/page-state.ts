import type { DehydratedState } from '@tanstack/react-query';
import { jsonForScript } from './lib/script-json';
import type { WireRouteError } from './pages/route-errors-wire';

/*
 * What a server-rendered page hands to the browser that hydrates it, in a JSON data block
 * (<script type="application/json">, which never runs): the configuration it rendered with, the data it
 * rendered from, and what it drew, so the browser's first render is the server's.
 */

export const PAGE_STATE_ID = 'lectern-state';

export type PageState = {
  /** config.json as the server read it (validated again here). */
  config: unknown;
  /** The origin the page's absolute URLs use. */
  origin: string;
  /** The demo blog is answered by the server itself: no mock service worker in the browser. */
  demoOnServer: boolean;
  queries: DehydratedState;
  router: {
    loaderData: Record<string, unknown>;
    actionData: Record<string, unknown> | null;
    errors: Record<string, WireRouteError> | null;
  };
  /** The on-demand parts the page drew (src/components/on-demand.tsx). */
  onDemand: string[];
};

export function serializePageState(state: PageState): string {
  return jsonForScript(state);
}

/** The state of the page the browser is on, if the server rendered it. */
export function readPageState(doc: Document = document): PageState | null {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PageState;
  } catch {
    return null;
  }
}
