import { PAGE_STATE_ID } from './page-state';

/*
 * A prerendered page (`npm run prerender`, server/prerender/static-html.ts) is a file a static host may
 * also send for another address: its SPA fallback, its 404 page, or a query it ignores (`/?page=…`).
 * Hydrating it there would adopt the wrong page, so the page names the address it was rendered for,
 * and the browser draws any other address itself, without the file's head tags.
 */

export const PRERENDERED_HEAD_START = 'lectern:head';
export const PRERENDERED_HEAD_END = '/lectern:head';

function normalised(address: string): string {
  const at = address.indexOf('?');
  const path = at < 0 ? address : address.slice(0, at);
  const query = at < 0 ? '' : address.slice(at);
  // Hosts serve a folder's index.html at the folder, and some (Cloudflare Pages) `a.html` at `/a`.
  const bare = path
    .replace(/\/index\.html$/, '/')
    .replace(/\.html$/, '')
    .replace(/(.)\/$/, '$1');
  return `${bare}${query}`;
}

/** False when this is a prerendered page served for an address other than its own. */
export function pageIsForThisAddress(
  doc: Document = document,
  location: Location = window.location,
): boolean {
  const address = doc.getElementById(PAGE_STATE_ID)?.getAttribute('data-address');
  if (address == null) return true;
  return normalised(address) === normalised(`${location.pathname}${location.search}`);
}

/** Takes away what the file carried for its own address: its state and its head tags. */
export function dropPrerenderedPage(doc: Document = document): void {
  doc.getElementById(PAGE_STATE_ID)?.remove();
  let inside = false;
  for (const node of [...doc.head.childNodes]) {
    const marker = node.nodeType === Node.COMMENT_NODE ? node.nodeValue : null;
    if (marker === PRERENDERED_HEAD_START) inside = true;
    else if (marker === PRERENDERED_HEAD_END) inside = false;
    else if (inside) node.remove();
  }
}
