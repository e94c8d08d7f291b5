import { http, HttpResponse } from 'msw';
import type { DemoData } from '../backend/native-backend';
import { demoEntries, kebab, words, type DemoEntry } from './demo-wire';

/**
 * The demo blog as Ghost 5's Content API answers it under /ghost/api/content/: a key on every request,
 * `{ posts: [...], meta: { pagination } }` envelopes, `include=authors,tags`, NQL `filter`s, plain-text
 * excerpts, internal `#tags` that readers never see, and `{ errors: [...] }` on failure. Where a real
 * Ghost 5.130 (tests/e2e/ghost.e2e.test.ts) differs from its docs, this speaks as the real one does:
 * dates in the site's time zone with its offset (`2020-09-25T09:30:00.000-07:00`), bodies without
 * newlines between blocks and a quote's paragraphs flattened (`<blockquote>a<br><br>b</blockquote>`),
 * the tag list in name order, and authors with more social fields than Lectern reads.
 */

export type GhostMockOptions = { key?: string };

export const DEMO_GHOST_KEY = '22444f78447824223cefc48062';

type Json = Record<string, unknown>;
type Clause = { field: string; op: string; values: string[] };

function ghostError(status: number, type: string, message: string) {
  return HttpResponse.json(
    { errors: [{ message, context: null, type, details: null, id: 'e1' }] },
    { status },
  );
}

/** A small subset of NQL: clauses joined by `+`, values bare, 'quoted' or [listed]. */
export function parseNql(filter: string): Clause[] {
  const clauses: string[] = [];
  let current = '';
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < filter.length; i += 1) {
    const c = filter[i] ?? '';
    if (c === '\\' && quoted) {
      current += c + (filter[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (c === "'") quoted = !quoted;
    if (!quoted && c === '[') depth += 1;
    if (!quoted && c === ']') depth -= 1;
    if (!quoted && depth === 0 && c === '+') {
      clauses.push(current);
      current = '';
    } else current += c;
  }
  clauses.push(current);
  return clauses.map((clause) => {
    const match = /^([a-z_.]+):(>=|<=|>|<|-|~)?(.*)$/i.exec(clause);
    if (!match) throw new Error(`Bad filter: ${clause}`);
    const raw = match[3] ?? '';
    const unquote = (v: string) =>
      v
        .trim()
        .replace(/^'(.*)'$/s, '$1')
        .replace(/\\'/g, "'");
    const values = raw.startsWith('[') ? raw.slice(1, -1).split(',').map(unquote) : [unquote(raw)];
    return { field: (match[1] ?? '').toLowerCase(), op: match[2] ?? '=', values };
  });
}

/** An instant as Ghost writes it: wall-clock time in the site's zone, milliseconds, the zone's offset. */
export function ghostDate(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.000${offset}`;
}

/**
 * A body as Ghost renders it from its editor's blocks: no whitespace between blocks, and a quote made of
 * paragraphs becomes one block whose paragraphs are joined with two line breaks.
 */
export function ghostHtml(html: string): string {
  return html
    .replace(/(<\/(?:p|h[1-6]|ul|ol|blockquote|figure|pre|table|div)>|<hr\s*\/?>)\s+(?=<)/gi, '$1')
    .replace(/<blockquote>((?:\s*<p>[\s\S]*?<\/p>\s*)+)<\/blockquote>/gi, (_, inner: string) => {
      const paragraphs = [...inner.matchAll(/<p>([\s\S]*?)<\/p>/gi)].map((m) => m[1] ?? '');
      return `<blockquote>${paragraphs.join('<br><br>')}</blockquote>`;
    });
}

function pick(object: Json, fields: string | null): Json {
  if (!fields) return object;
  const keep = fields.split(',');
  return Object.fromEntries(Object.entries(object).filter(([key]) => keep.includes(key)));
}

export function createGhostHandlers(data: DemoData, base = '*', options: GhostMockOptions = {}) {
  const api = `${base}/ghost/api/content`;
  const site = 'https://arroyo-docket.example';
  const entries = demoEntries(data);
  const zone = data.blog.timeZone;
  const hex = (prefix: string, n: number) => `${prefix}${n.toString(16)}`.padStart(24, '0');
  const tagsOf = (e: DemoEntry) => [
    ...e.post.labels.map((name) => ({ name, slug: kebab(name), visibility: 'public' })),
    // Internal tags (#…) organise posts in Ghost's admin; the Content API sends them, readers never see them.
    ...(e.post.published < '2021'
      ? [{ name: '#imported', slug: 'hash-imported', visibility: 'internal' }]
      : []),
  ];

  function authorJson(id: string, withCount: boolean) {
    const a = data.authors.find((x) => x.id === id);
    if (!a) return null;
    return {
      id: hex('a', data.authors.indexOf(a) + 1),
      name: a.displayName,
      slug: a.id,
      profile_image: a.photo.url,
      cover_image: null,
      bio: a.about,
      website: a.links[0]?.url ?? null,
      location: a.location,
      facebook: null,
      twitter: null,
      threads: null,
      bluesky: null,
      mastodon: null,
      tiktok: null,
      youtube: null,
      instagram: null,
      linkedin: null,
      meta_title: null,
      meta_description: null,
      url: `${site}/author/${a.id}/`,
      ...(withCount ? { count: { posts: data.posts.filter((p) => p.authorId === id).length } } : {}),
    };
  }

  function postJson(e: DemoEntry, include: string[]): Json {
    const { post } = e;
    const tags = tagsOf(e).map((t) => ({ id: hex('7', t.name.length), ...t, url: `${site}/tag/${t.slug}/` }));
    const authors = [authorJson(post.authorId, false)];
    return {
      id: hex('6', e.serial + 1),
      uuid: `5b2c1e3a-0000-4000-8000-${String(e.serial).padStart(12, '0')}`,
      title: post.title,
      slug: post.slug,
      html: ghostHtml(post.html),
      comment_id: hex('6', e.serial + 1),
      feature_image: null,
      featured: post.featured === true,
      visibility: 'public',
      created_at: ghostDate(post.published, zone),
      updated_at: ghostDate(post.updated ?? post.published, zone),
      published_at: ghostDate(post.published, zone),
      custom_excerpt: null,
      url: `${site}/${post.slug}/`,
      excerpt: e.text.slice(0, 500),
      reading_time: Math.max(1, Math.round(words(e.text) / 275)),
      ...(include.includes('tags')
        ? { tags, primary_tag: tags.find((t) => t.visibility === 'public') ?? null }
        : {}),
      ...(include.includes('authors') ? { authors, primary_author: authors[0] } : {}),
    };
  }

  function matches(e: DemoEntry, clause: Clause): boolean {
    const [value = ''] = clause.values;
    const at = Date.parse(`${e.utc}Z`);
    switch (clause.field) {
      case 'tag':
      case 'tags.slug':
        return tagsOf(e).some((t) => clause.values.includes(t.slug));
      case 'author':
      case 'authors.slug':
        return clause.values.includes(e.post.authorId);
      case 'id':
        return clause.values.includes(hex('6', e.serial + 1));
      case 'slug':
        return clause.values.includes(e.post.slug);
      case 'featured':
        return (e.post.featured === true) === (value === 'true');
      case 'published_at': {
        // Ghost reads dates in filters as UTC: '2020-09-01 07:00:00'.
        const bound = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
        if (clause.op === '>=') return at >= bound;
        if (clause.op === '>') return at > bound;
        if (clause.op === '<=') return at <= bound;
        if (clause.op === '<') return at < bound;
        return at === bound;
      }
      default:
        throw new Error(`Unknown filter field ${clause.field}`);
    }
  }

  /** Ghost's browse envelope: `limit` (default 15, or `all`) and `page`, with meta.pagination. */
  function browse(resource: string, items: Json[], search: URLSearchParams) {
    const rawLimit = search.get('limit') ?? '15';
    const limit = rawLimit === 'all' ? Math.max(items.length, 1) : Number(rawLimit);
    const page = Number(search.get('page') ?? 1);
    if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(page) || page < 1) {
      return ghostError(400, 'ValidationError', 'Validation error, cannot list posts.');
    }
    const pages = Math.max(1, Math.ceil(items.length / limit));
    const pagination = {
      page,
      limit: rawLimit === 'all' ? 'all' : limit,
      pages,
      total: items.length,
      next: page < pages ? page + 1 : null,
      prev: page > 1 ? page - 1 : null,
    };
    const slice = items.slice((page - 1) * limit, page * limit).map((i) => pick(i, search.get('fields')));
    return HttpResponse.json({ [resource]: slice, meta: { pagination } });
  }

  type Args = { request: Request; params: Record<string, string | readonly string[] | undefined> };
  /** The Content API key is required on every request. */
  const guard =
    (handler: (search: URLSearchParams, params: Record<string, string>) => Response) =>
    ({ request, params }: Args) => {
      const search = new URL(request.url).searchParams;
      const key = search.get('key');
      if (!key || (options.key && key !== options.key)) {
        return ghostError(401, 'NoPermissionError', 'Authorization failed: unknown Content API Key.');
      }
      return handler(search, params as Record<string, string>);
    };

  const include = (search: URLSearchParams) => (search.get('include') ?? '').split(',');

  return [
    http.get(
      `${api}/settings/`,
      guard(() =>
        HttpResponse.json({
          settings: {
            title: data.blog.title,
            description: data.blog.description,
            logo: null,
            icon: null,
            accent_color: '#c2571a',
            cover_image: null,
            facebook: null,
            twitter: null,
            lang: 'en',
            locale: data.blog.locale,
            timezone: data.blog.timeZone,
            navigation: [{ label: 'Home', url: '/' }],
            url: `${site}/`,
          },
          meta: {},
        }),
      ),
    ),
    http.get(
      `${api}/posts/`,
      guard((search) => {
        let clauses: Clause[];
        try {
          clauses = search.get('filter') ? parseNql(search.get('filter') ?? '') : [];
        } catch (error) {
          return ghostError(400, 'BadRequestError', (error as Error).message);
        }
        const found = entries.filter((e) => clauses.every((c) => matches(e, c)));
        return browse(
          'posts',
          found.map((e) => postJson(e, include(search))),
          search,
        );
      }),
    ),
    http.get(
      `${api}/posts/slug/:slug/`,
      guard((search, params) => {
        const e = entries.find((x) => x.post.slug === params.slug);
        if (!e) return ghostError(404, 'NotFoundError', 'Resource not found error, cannot read post.');
        return HttpResponse.json({ posts: [postJson(e, include(search))] });
      }),
    ),
    http.get(
      `${api}/authors/`,
      guard((search) =>
        browse(
          'authors',
          data.authors.map((a) => authorJson(a.id, include(search).includes('count.posts')) ?? {}),
          search,
        ),
      ),
    ),
    http.get(
      `${api}/authors/slug/:slug/`,
      guard((_, params) => {
        const author = authorJson(params.slug ?? '', false);
        if (!author) return ghostError(404, 'NotFoundError', 'Author not found.');
        return HttpResponse.json({ authors: [author] });
      }),
    ),
    http.get(
      `${api}/tags/`,
      guard((search) => {
        const all = new Map<string, Json & { visibility: string }>();
        for (const e of entries) {
          for (const t of tagsOf(e)) {
            const count = entries.filter((x) => tagsOf(x).some((y) => y.slug === t.slug)).length;
            all.set(t.slug, { id: hex('7', t.name.length), ...t, count: { posts: count } });
          }
        }
        const publicOnly = search.get('filter') === 'visibility:public';
        const list = [...all.values()]
          .filter((t) => !publicOnly || t.visibility === 'public')
          // Ghost lists tags in name order.
          .sort((a, b) => String(a.name).localeCompare(String(b.name)));
        return browse('tags', list, search);
      }),
    ),
    http.get(
      `${api}/pages/slug/:slug/`,
      guard((_, params) => {
        const page = data.pages.find((p) => p.slug === params.slug);
        if (!page) return ghostError(404, 'NotFoundError', 'Resource not found error, cannot read page.');
        return HttpResponse.json({
          pages: [{ id: hex('8', 1), slug: page.slug, title: page.title, html: ghostHtml(page.html) }],
        });
      }),
    ),
  ];
}
