/**
 * Where each prerendered address goes in the output folder, so that a plain static host finds it by
 * the address alone: `/` → index.html, `/2024/` → 2024/index.html, a post's `.html` address → that
 * file, any other address (a label, a profile) → a folder of that name with an index.html. A folder
 * rather than `name.html`: every static server looks for a folder's index.html, not all add `.html`.
 */

/** The segments of a percent-encoded path, decoded as a static server decodes them. */
function decodedSegments(pathname: string): string[] {
  return decodeURIComponent(pathname).split('/');
}

/** Names no file may have on the platforms dist/ is copied through (and `..`, which would climb out). */
function safeSegment(segment: string): string {
  if (segment === '.' || segment === '..') return encodeURIComponent(segment).replace(/\./g, '%2E');
  // NUL and control characters are not file names anywhere; a static server would never match them.
  // eslint-disable-next-line no-control-regex
  return segment.replace(/[\u0000-\u001f]/g, (c) => encodeURIComponent(c));
}

/**
 * The file an address is written to (relative, `/` separators, segments decoded as a static server
 * decodes them: `/search/label/C%2FC%2B%2B` → `search/label/C/C++/index.html`).
 */
export function fileForAddress(path: string): string {
  const pathname = new URL(path, 'http://x.invalid').pathname;
  const segments = decodedSegments(pathname).slice(1).map(safeSegment);
  const last = segments.at(-1) ?? '';
  if (last === '') return [...segments.slice(0, -1), 'index.html'].join('/');
  if (/\.html$/i.test(last)) return segments.join('/');
  return [...segments, 'index.html'].join('/');
}

/** `/2020/09/slug.html` → `/2020/09/slug`: the `.html`-less form a reader may type or an old link carry. */
export function withoutHtml(path: string): string | null {
  return /\.html$/i.test(path) ? path.slice(0, -'.html'.length) : null;
}

/**
 * Older home pages carry their cursor trail in the query (`/?page=c1&page=c2`), which no static host
 * keys files on. What a page shows depends on its last cursor, so it goes to page/<cursor>/index.html,
 * the cursor as the URL carries it: the nginx map written beside the pages serves that file for the
 * query form (server/prerender/redirects-file.ts).
 */
export function fileForOlderPage(path: string): string {
  const query = new URL(path, 'http://x.invalid').search.slice(1);
  const last =
    query
      .split('&')
      .filter((part) => part.startsWith('page='))
      .at(-1) ?? 'page=';
  return `page/${safeSegment(last.slice('page='.length))}/index.html`;
}
