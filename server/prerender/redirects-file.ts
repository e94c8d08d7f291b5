import type { LecternConfig } from '../server-config';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../security-headers';
import { themeStyleSource } from '../theme-head';
import { withoutHtml } from './addresses';
import type { PlannedPage } from './walk';

/**
 * The files a static host reads beside the pages, written from config.json by every run (so a new
 * backend or siteUrl needs no rebuild):
 *
 * - `_redirects` (Netlify's format): the `.html`-less forms of posts and static pages, the backend's
 *   own old addresses (its adapter's listOldAddresses), and the SPA fallback to
 *   `/200.html` for addresses that have no file (search, a label's older pages).
 * - `_headers`: the static CSP of docs/security.md with the backend's origins from the config, and the
 *   cache rules (hashed assets for a year, everything else revalidated).
 * - `lectern-redirects.conf`: the same redirects as nginx `map`s (include it in `http { }`), plus the
 *   older home pages' files by cursor; docs/deploy.md shows the `server` lines that use them.
 */

export type Redirect = { from: string; to: string };

/** The older home page a `?page=` query names, as the files are laid out (server/prerender/addresses.ts). */
const OLDER_PAGE_FILE = '/page/$lectern_cursor/index.html';

/**
 * The `.html`-less forms of posts and static pages, then the backend's own old addresses as its adapter
 * lists them (BlogApi.listOldAddresses: WordPress's permalinks, terms, authors and pages; Ghost's routes;
 * their feeds), less those a written page already answers.
 */
export function redirectsOf(pages: readonly PlannedPage[], oldAddresses: readonly Redirect[]): Redirect[] {
  const redirects: Redirect[] = [];
  const written = new Set(pages.map((page) => page.path));
  for (const page of pages) {
    if (page.kind !== 'post' && page.kind !== 'static') continue;
    const bare = withoutHtml(page.path);
    if (bare) redirects.push({ from: bare, to: page.path });
  }
  const taken = new Set(redirects.map((redirect) => redirect.from));
  for (const old of oldAddresses) {
    if (taken.has(old.from) || written.has(old.from)) continue;
    taken.add(old.from);
    redirects.push(old);
  }
  return redirects;
}

const HEADER = (what: string) =>
  `# ${what}, written by \`npm run prerender\` from config.json: change config.json and run it again\n# rather than editing this file (docs/deploy.md).\n`;

/** Netlify's `_redirects`: `from to status`, a query match as `/ p=123 /to 301`; first match wins. */
export function netlifyRedirects(redirects: readonly Redirect[], base = '/'): string {
  const lines = redirects.map(({ from, to }) => {
    const [path = '/', query] = from.split('?', 2);
    const match = query ? `${path} ${query.replace(/&/g, ' ')}` : path;
    return `${match} ${to} 301`;
  });
  return (
    HEADER('Redirects for Netlify') +
    `${lines.join('\n')}${lines.length ? '\n' : ''}` +
    `# Every other address that is not a file: the app, which draws it in the browser.\n${base}* ${base}200.html 200\n`
  );
}

function nginxString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Large enough for nginx to build the map's hash for this many entries. */
function hashSize(entries: number): number {
  let size = 2048;
  while (size < entries * 2) size *= 2;
  return size;
}

/** nginx `map`s on $request_uri (exact, as the browser sends it) and on $args for older home pages. */
export function nginxRedirects(redirects: readonly Redirect[]): string {
  const exact = redirects.map(({ from, to }) => `  ${nginxString(from)} ${nginxString(to)};`);
  return (
    HEADER('nginx maps for a prerendered Lectern') +
    '# In http { }: include lectern-redirects.conf; then in the server block (docs/deploy.md):\n' +
    '#   if ($lectern_redirect) { return 301 $lectern_redirect; }\n' +
    '#   try_files $lectern_older $uri $uri/index.html /200.html;\n' +
    `map_hash_bucket_size 256;\nmap_hash_max_size ${hashSize(redirects.length)};\n` +
    'map $request_uri $lectern_redirect {\n' +
    '  default "";\n' +
    "  # Blogger's mobile switch (?m=1, ?m=0): the same page without it.\n" +
    '  "~^(?<lectern_m_path>[^?]*)\\?m=[01]$" $lectern_m_path;\n' +
    `${exact.join('\n')}${exact.length ? '\n' : ''}` +
    '}\n' +
    "# The home page's older pages (/?page=c1&page=c2) are files by their last cursor.\n" +
    'map $args $lectern_cursor {\n' +
    '  default "";\n' +
    '  "~(?:^|&)page=(?<lectern_c>[^&]*)$" $lectern_c;\n' +
    '}\n' +
    'map "$uri:$lectern_cursor" $lectern_older {\n' +
    '  default "";\n' +
    `  "~^/:.+" ${OLDER_PAGE_FILE};\n` +
    '}\n'
  );
}

/**
 * `_headers` (Netlify, Cloudflare Pages): the static policy (no nonce: prerendered pages carry no
 * inline script that runs) with the backend's origins. The demo blog in the browser registers MSW's
 * worker with a plain URL, which Trusted Types refuse: its policy leaves them out (docs/security.md).
 */
export function headersFile(config: LecternConfig): string {
  // The theme's <style> carries no nonce in a file: its hash lets it in (server/theme-head.ts).
  const themeStyle = themeStyleSource(config.theme);
  const policy = contentSecurityPolicy(config, 'x', config.siteUrl)
    .replace(` 'nonce-x'`, '')
    .replace(` 'nonce-x'`, themeStyle ? ` ${themeStyle}` : '')
    .split('; ')
    .filter(
      (directive) =>
        config.backend.kind !== 'demo' || !/^(require-trusted-types-for|trusted-types)\b/.test(directive),
    )
    .join('; ');
  const common = Object.entries({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS })
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n');
  return (
    HEADER('Headers for Netlify and Cloudflare Pages') +
    // No Cache-Control under /*: both rules apply to /assets/ files, and the hosts would join the two
    // values. Their default for other files is to revalidate, as Lectern's pages and config.json need.
    `/*\n${common}\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n`
  );
}
