import { randomBytes } from 'node:crypto';

/**
 * A short-lived cache of rendered pages in front of the renderer (a micro-cache, as nginx users keep
 * one): a popular post is rendered once per `ttlMs`, not once per reader. React renders a page in
 * about 10 ms of CPU here; sending a kept one costs a fraction of that.
 *
 * Every answer still carries a nonce of its own. A page is rendered once with this process's
 * `marker` where the nonce goes (random, never sent: each answer replaces it), kept split on it, and
 * joined with a fresh nonce per answer; the Content-Security-Policy header likewise. A page that holds
 * the marker anywhere but in a `nonce` attribute (or a header other than the CSP) is not kept.
 *
 * Kept for `ttlMs` from the start of its render; readers who ask while it renders share that render;
 * clear() empties it (any write), and a render that was running then is answered but not kept.
 * Bounded by entries and by size, the least recently used going first.
 */

export type StoredPage = {
  status: number;
  statusText: string;
  /** Header values split where the nonce goes (only the CSP's has more than one part). */
  headers: [string, string[]][];
  /** The body split where `nonce="…"` goes; null for none (a redirect). */
  body: string[] | null;
  /** The Location header was absolute on this request's origin: kept as a path, resolved per answer. */
  relativeLocation: boolean;
  /** Whether it may be kept (what was answered is shared with readers who asked meanwhile either way). */
  cacheable: boolean;
  /** Characters kept, body and headers. */
  size: number;
};

type Entry = { at: number; generation: number; size: number; page: Promise<StoredPage | null> };

export type PageCacheOptions = {
  ttlMs: number;
  maxEntries?: number;
  /** Characters of the pages kept, together (a post here is about 40,000). */
  maxChars?: number;
  now?: () => number;
};

export type PageCache = {
  /**
   * The page kept for `key`, or the one `render` makes (shared with every caller that asks for the same
   * key meanwhile). null: `render` could not give a page that may be shared (each caller renders its own).
   */
  get(key: string, render: () => Promise<StoredPage | null>): Promise<StoredPage | null>;
  clear(): void;
};

/** What the cache keeps: pages a reader or a crawler may see again, identical for all. */
const CACHEABLE = new Set([200, 301, 404]);

export function createPageCache({
  ttlMs,
  maxEntries = 500,
  maxChars = 16 * 1024 * 1024,
  now = Date.now,
}: PageCacheOptions): PageCache {
  const entries = new Map<string, Entry>();
  let chars = 0;
  let generation = 0;
  let lastSweep = now();

  function remove(key: string, entry: Entry): void {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    chars -= entry.size;
  }

  function sweep(at: number): void {
    lastSweep = at;
    for (const [key, entry] of entries) if (at - entry.at >= ttlMs) remove(key, entry);
  }

  return {
    get(key, render) {
      const at = now();
      const hit = entries.get(key);
      if (hit && at - hit.at < ttlMs) {
        entries.delete(key);
        entries.set(key, hit);
        return hit.page;
      }
      if (hit) remove(key, hit);
      if (at - lastSweep >= ttlMs) sweep(at);
      const entry: Entry = { at, generation, size: 0, page: render() };
      entries.set(key, entry);
      entry.page.then(
        (page) => {
          if (!page?.cacheable || entry.generation !== generation || page.size > maxChars) {
            remove(key, entry);
            return;
          }
          if (entries.get(key) !== entry) return;
          entry.size = page.size;
          chars += page.size;
          for (const [oldKey, old] of entries) {
            if (entries.size <= maxEntries && chars <= maxChars) break;
            remove(oldKey, old);
          }
        },
        () => remove(key, entry),
      );
      return entry.page;
    },
    clear() {
      generation += 1;
      entries.clear();
      chars = 0;
    },
  };
}

/** This process's stand-in for the nonce in pages it keeps: as random as a nonce, and never sent. */
export function newMarker(): string {
  return randomBytes(18).toString('base64');
}

/**
 * A response rendered with `marker` as its nonce, as the cache keeps it; null when the marker turns up
 * anywhere but where the renderer put it (it cannot, being random and never sent, but a page that did
 * would have a nonce written into content that is not the page's own).
 */
export async function storePage(
  response: Response,
  marker: string,
  requestUrl: URL,
): Promise<StoredPage | null> {
  const attribute = `nonce="${marker}"`;
  const headers: [string, string[]][] = [];
  let size = 0;
  let relativeLocation = false;
  for (const [name, value] of response.headers) {
    if (name === 'content-length') continue; // the nonce's length may differ: counted per answer
    if (name === 'content-security-policy') {
      headers.push([name, value.split(marker)]);
    } else if (value.includes(marker)) {
      return null;
    } else if (name === 'location' && sameOrigin(value, requestUrl)) {
      // With siteUrl set the key has no origin: a redirect built on the request's own must follow it.
      const target = new URL(value);
      headers.push([name, [target.pathname + target.search + target.hash]]);
      relativeLocation = true;
    } else {
      headers.push([name, [value]]);
    }
    size += name.length + value.length;
  }
  let body: string[] | null = null;
  if (response.body) {
    const text = await response.text();
    body = text.split(attribute);
    if (body.some((part) => part.includes(marker))) return null;
    size += text.length;
  }
  const cacheable =
    CACHEABLE.has(response.status) &&
    !response.headers.has('set-cookie') &&
    !/no-store|private/i.test(response.headers.get('cache-control') ?? '');
  return {
    status: response.status,
    statusText: response.statusText,
    headers,
    body,
    relativeLocation,
    cacheable,
    size,
  };
}

function sameOrigin(location: string, requestUrl: URL): boolean {
  try {
    return new URL(location).origin === requestUrl.origin;
  } catch {
    return false; // a relative Location already is a path
  }
}

/** A kept page as one answer: its own `nonce` in the body and the CSP, its Location on `requestUrl`. */
export function answerPage(page: StoredPage, nonce: string, requestUrl: URL, withBody: boolean): Response {
  const headers = new Headers();
  for (const [name, parts] of page.headers) {
    const value = parts.join(nonce);
    headers.append(
      name,
      name === 'location' && page.relativeLocation ? new URL(value, requestUrl).href : value,
    );
  }
  const body = withBody && page.body ? page.body.join(`nonce="${nonce}"`) : null;
  // Known in advance, so the server compresses it in one call (server/node-server.ts).
  if (body !== null) headers.set('Content-Length', String(Buffer.byteLength(body)));
  return new Response(body, { status: page.status, statusText: page.statusText, headers });
}
