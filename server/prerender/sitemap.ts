/**
 * sitemap.xml (sitemaps.org protocol 0.9): one `<url>` per canonical page, with `lastmod` from the
 * newest `updated` date it shows. Over 50,000 addresses (the protocol's limit per file) it becomes a
 * sitemap index over sitemap-1.xml, sitemap-2.xml, …; robots.txt names it.
 */

export type SitemapEntry = { path: string; lastmod?: string | undefined };

export const SITEMAP_LIMIT = 50_000;

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** siteUrl with one trailing slash: addresses are resolved under it (a blog may live in a folder). */
export function absoluteUrl(siteUrl: string, path: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\//, ''), base).href;
}

/** W3C datetime as the protocol asks: the ISO date as the backend gave it, when it parses. */
function lastmod(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.000Z$/, 'Z');
}

function urlset(siteUrl: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const modified = lastmod(entry.lastmod);
    return `<url><loc>${xml(absoluteUrl(siteUrl, entry.path))}</loc>${modified ? `<lastmod>${modified}</lastmod>` : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The files to write: { 'sitemap.xml': … } or an index and its parts. */
export function sitemapFiles(
  siteUrl: string,
  entries: readonly SitemapEntry[],
  limit: number = SITEMAP_LIMIT,
): Record<string, string> {
  if (entries.length <= limit) return { 'sitemap.xml': urlset(siteUrl, entries) };
  const files: Record<string, string> = {};
  const parts: string[] = [];
  for (let i = 0; i < entries.length; i += limit) {
    const chunk = entries.slice(i, i + limit);
    const name = `sitemap-${parts.length + 1}.xml`;
    files[name] = urlset(siteUrl, chunk);
    const newest = chunk.reduce<string | undefined>(
      (best, entry) => (entry.lastmod && (!best || entry.lastmod > best) ? entry.lastmod : best),
      undefined,
    );
    const modified = lastmod(newest);
    parts.push(
      `<sitemap><loc>${xml(absoluteUrl(siteUrl, name))}</loc>${modified ? `<lastmod>${modified}</lastmod>` : ''}</sitemap>`,
    );
  }
  files['sitemap.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`;
  return files;
}

/** robots.txt with one `Sitemap:` line naming ours (any earlier Sitemap line replaced). */
export function robotsWithSitemap(robots: string, siteUrl: string): string {
  const kept = robots
    .split('\n')
    .filter((line) => !/^\s*sitemap\s*:/i.test(line))
    .join('\n')
    .trimEnd();
  return `${kept ? `${kept}\n\n` : ''}Sitemap: ${absoluteUrl(siteUrl, 'sitemap.xml')}\n`;
}
