import { http, HttpResponse } from 'msw';
import type { DemoData } from '../backend/native-backend';
import type { DemoComment } from '../data/types';
import { contains, demoEntries, demoLabels, kebab, plainText, utcOf, type DemoEntry } from './demo-wire';

/**
 * The demo blog as a WordPress 6.x site answers it under /wp-json (REST API v2), with its quirks: titles
 * and term names HTML-escaped and "texturized" (`&#8217;`, `&#038;`), dates as site-local and GMT
 * strings without an offset, totals in X-WP-Total / X-WP-TotalPages, errors as `{ code, message, data }`,
 * and anonymous comments refused with 401 `rest_comment_login_required` unless the site allows them.
 */

export type WordPressMockOptions = {
  /** Whether the site lets anonymous visitors comment through the REST API (the filter is off by default). */
  anonymousComments?: boolean;
  /** Hold new comments for moderation instead of approving them. */
  moderate?: boolean;
};

type Json = Record<string, unknown>;

/** WordPress keeps a non-Latin slug percent-encoded, in lower case (`%ce%ba%ce%b1…`). */
function wpSlug(slug: string): string {
  return encodeURIComponent(decodeURIComponent(slug)).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
}

/**
 * What WordPress gives a commenter without a Gravatar: a generic "mystery person" image (Gravatar's
 * `d=mm`). Served by the demo itself, so the mock needs no network.
 */
const AVATAR = '/demo/authors/mystery-person.svg';

function wpError(status: number, code: string, message: string) {
  return HttpResponse.json({ code, message, data: { status } }, { status });
}

/** What WordPress does to a title on display: wptexturize + esc_html, roughly. */
export function texturize(text: string): string {
  return text
    .replace(/&/g, '&#038;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"([^"]*)"/g, '&#8220;$1&#8221;')
    .replace(/'/g, '&#8217;')
    .replace(/\.\.\./g, '&#8230;')
    .replace(/ - /g, ' &#8211; ');
}

function ids(raw: string | null): number[] {
  return (raw ?? '').split(',').filter(Boolean).map(Number);
}

function pick(object: Json, fields: string | null): Json {
  if (!fields) return object;
  const keep = fields.split(',');
  return Object.fromEntries(Object.entries(object).filter(([key]) => keep.includes(key)));
}

/** Paging as WP_REST_Controller does it: per_page 1–100, page past the end is an error. */
function paged(items: unknown[], params: URLSearchParams, defaultPerPage = 10) {
  const perPage = Number(params.get('per_page') ?? defaultPerPage);
  const page = Number(params.get('page') ?? 1);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    return wpError(400, 'rest_invalid_param', 'Invalid parameter(s): per_page');
  }
  const pages = Math.ceil(items.length / perPage);
  if (!Number.isInteger(page) || page < 1 || (page > pages && page > 1)) {
    return wpError(
      400,
      'rest_post_invalid_page_number',
      'The page number requested is larger than the number of pages available.',
    );
  }
  return HttpResponse.json(items.slice((page - 1) * perPage, page * perPage) as never, {
    headers: { 'X-WP-Total': String(items.length), 'X-WP-TotalPages': String(pages) },
  });
}

export function createWordPressHandlers(data: DemoData, base = '*', options: WordPressMockOptions = {}) {
  const api = `${base}/wp-json`;
  const site = 'https://arroyo-docket.example';
  const entries = demoEntries(data);
  const userId = new Map(data.authors.map((a, i) => [a.id, i + 1]));
  const postId = (e: DemoEntry) => 100 + e.serial;
  // A label is a category when some post files it first, otherwise a tag (term ids never overlap).
  const firstLabels = new Set(data.posts.map((p) => p.labels[0]));
  const terms = demoLabels(data).map((name, i) => ({
    id: i + 2,
    name,
    taxonomy: firstLabels.has(name) ? 'category' : 'post_tag',
  }));
  const termsOf = (e: DemoEntry, taxonomy: string) =>
    terms.filter((t) => t.taxonomy === taxonomy && e.post.labels.includes(t.name));
  const comments: (DemoComment & { wpId: number })[] = data.comments
    .filter((c) => c.status !== 'pending')
    .map((c, i) => ({ ...c, wpId: 5000 + i }));
  const commentId = (id: string | null) => comments.find((c) => c.id === id)?.wpId ?? 0;
  let extra = 0;

  function user(id: string) {
    const a = data.authors.find((author) => author.id === id);
    if (!a) return null;
    const avatar = { 24: a.photo.url, 48: a.photo.url, 96: a.photo.url };
    return {
      id: userId.get(a.id),
      name: a.displayName,
      url: a.links[0]?.url ?? '',
      description: a.about,
      link: `${site}/author/${a.id}/`,
      slug: a.id,
      avatar_urls: avatar,
    };
  }

  function termJson(t: (typeof terms)[number]) {
    const count = data.posts.filter((p) => p.labels.includes(t.name)).length;
    return {
      id: t.id,
      count,
      name: t.name.replace(/&/g, '&amp;'),
      slug: kebab(t.name),
      taxonomy: t.taxonomy,
      link: `${site}/${t.taxonomy === 'category' ? 'category' : 'tag'}/${kebab(t.name)}/`,
    };
  }

  /** A password-protected post is sent without its content and excerpt unless its password is given. */
  function postJson(e: DemoEntry, embed: boolean, password: string | null = null): Json {
    const { post } = e;
    const updated = post.updated ?? post.published;
    const locked = post.password !== undefined;
    const hidden = locked && password !== post.password;
    const json: Json = {
      id: postId(e),
      date: e.local,
      date_gmt: e.utc,
      modified: updated.slice(0, 19),
      modified_gmt: utcOf(updated),
      slug: wpSlug(post.slug),
      status: 'publish',
      type: 'post',
      link: `${site}/${e.local.slice(0, 10).replace(/-/g, '/')}/${wpSlug(post.slug)}/`,
      title: { rendered: texturize(post.title) },
      content: { rendered: hidden ? '' : post.html, protected: locked },
      excerpt: {
        rendered: hidden ? '' : `<p>${e.text.split(' ').slice(0, 55).join(' ')} [&hellip;]</p>\n`,
        protected: locked,
      },
      author: userId.get(post.authorId) ?? 0,
      comment_status: post.commentsOpen === false ? 'closed' : 'open',
      sticky: post.featured === true,
      categories: termsOf(e, 'category').map((t) => t.id),
      tags: termsOf(e, 'post_tag').map((t) => t.id),
    };
    if (embed) {
      json._embedded = {
        author: [user(post.authorId) ?? { code: 'rest_user_invalid_id', message: 'Invalid user ID.' }],
        'wp:term': [termsOf(e, 'category').map(termJson), termsOf(e, 'post_tag').map(termJson)],
      };
    }
    return json;
  }

  function commentJson(c: DemoComment & { wpId: number }) {
    const e = entries.find((entry) => entry.post.id === c.postId);
    return {
      id: c.wpId,
      post: e ? postId(e) : 0,
      parent: commentId(c.parentId),
      author: 0,
      author_name: c.authorName,
      author_url: c.authorUrl ?? '',
      date: c.published.slice(0, 19),
      date_gmt: utcOf(c.published),
      content: { rendered: `<p>${c.html}</p>\n` },
      status: c.status === 'pending' ? 'hold' : 'approved',
      type: c.type ?? 'comment',
      author_avatar_urls: c.avatarUrl
        ? { 24: c.avatarUrl, 48: c.avatarUrl, 96: c.avatarUrl }
        : { 24: AVATAR, 48: AVATAR, 96: AVATAR },
    };
  }

  function listPosts(params: URLSearchParams) {
    const search = params.get('search');
    const authors = ids(params.get('author'));
    const categories = ids(params.get('categories'));
    const tags = ids(params.get('tags'));
    const slugs = params.get('slug')?.split(',');
    const include = ids(params.get('include'));
    const after = params.get('after');
    const before = params.get('before');
    const sticky = params.get('sticky');
    const inTerms = (e: DemoEntry, wanted: number[], taxonomy: string) =>
      termsOf(e, taxonomy).some((t) => wanted.includes(t.id));
    const byTerms = (e: DemoEntry) => {
      const checks = [
        ...(categories.length ? [inTerms(e, categories, 'category')] : []),
        ...(tags.length ? [inTerms(e, tags, 'post_tag')] : []),
      ];
      return params.get('tax_relation') === 'OR' ? checks.some(Boolean) : checks.every(Boolean);
    };
    let matches = entries.filter(
      (e) =>
        (!search || contains(e, search)) &&
        (!authors.length || authors.includes(userId.get(e.post.authorId) ?? -1)) &&
        (!categories.length && !tags.length ? true : byTerms(e)) &&
        (!slugs || slugs.some((slug) => wpSlug(slug) === wpSlug(e.post.slug))) &&
        (!include.length || include.includes(postId(e))) &&
        // Without an offset, after/before are site-local times, compared with `date`.
        (!after || e.local > after) &&
        (!before || e.local < before) &&
        (sticky === null || (e.post.featured === true) === (sticky === 'true')),
    );
    if (params.get('order') === 'asc') matches = [...matches].reverse();
    const embed = params.has('_embed');
    return paged(
      matches.map((e) => pick(postJson(e, embed), params.get('_fields'))),
      params,
    );
  }

  const url = (request: Request) => new URL(request.url).searchParams;

  return [
    http.get(`${api}/`, ({ request }) =>
      HttpResponse.json(
        pick(
          {
            name: data.blog.title,
            description: data.blog.description,
            url: site,
            home: site,
            gmt_offset: -8,
            timezone_string: data.blog.timeZone,
            // What Lectern's plugin adds (docs/wordpress/lectern-front-end.php).
            language: data.blog.locale,
            namespaces: ['oembed/1.0', 'wp/v2', 'wp-site-health/v1'],
            authentication: [],
            routes: {},
          },
          url(request).get('_fields'),
        ),
      ),
    ),
    http.get(`${api}/wp/v2/posts`, ({ request }) => listPosts(url(request))),
    http.get(`${api}/wp/v2/posts/:id`, ({ params, request }) => {
      const e = entries.find((entry) => String(postId(entry)) === params.id);
      if (!e) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
      const password = url(request).get('password');
      if (password !== null && e.post.password !== undefined && password !== e.post.password) {
        return wpError(403, 'rest_post_incorrect_password', 'Incorrect post password.');
      }
      return HttpResponse.json(
        pick(postJson(e, url(request).has('_embed'), password), url(request).get('_fields')),
      );
    }),
    http.get(`${api}/wp/v2/users`, ({ request }) => {
      const slug = url(request).get('slug');
      const all = data.authors.filter((a) => !slug || a.id === slug).map((a) => user(a.id));
      return paged(
        all.map((u) => pick(u ?? {}, url(request).get('_fields'))),
        url(request),
      );
    }),
    http.get(`${api}/wp/v2/users/:id`, ({ params }) => {
      const author = data.authors.find((a) => String(userId.get(a.id)) === params.id);
      return author
        ? HttpResponse.json(user(author.id))
        : wpError(404, 'rest_user_invalid_id', 'Invalid user ID.');
    }),
    ...(['categories', 'tags'] as const).map((kind) =>
      http.get(`${api}/wp/v2/${kind}`, ({ request }) => {
        const taxonomy = kind === 'categories' ? 'category' : 'post_tag';
        const slug = url(request).get('slug');
        const list = terms.filter((t) => t.taxonomy === taxonomy).map(termJson);
        const shown = url(request).get('hide_empty') === 'true' ? list.filter((t) => t.count > 0) : list;
        // Every WordPress has the default category, empty here.
        const withDefault =
          kind === 'categories' && url(request).get('hide_empty') !== 'true'
            ? [{ id: 1, count: 0, name: 'Uncategorized', slug: 'uncategorized', taxonomy }, ...shown]
            : shown;
        return paged(
          withDefault
            .filter((t) => !slug || t.slug === slug)
            .map((t) => pick(t, url(request).get('_fields'))),
          url(request),
        );
      }),
    ),
    http.get(`${api}/wp/v2/comments`, ({ request }) => {
      const params = url(request);
      const posts = ids(params.get('post'));
      // As WordPress: the comments of a password-protected post are refused (401) unless that one post
      // is asked for with its password, and the anonymous reader is only given `comment`s.
      const password = posts.length === 1 ? params.get('password') : null;
      const locked = entries.filter(
        (e) => posts.includes(postId(e)) && e.post.password !== undefined && e.post.password !== password,
      );
      if (locked.length > 0) {
        return wpError(
          401,
          'rest_cannot_read_post',
          'Sorry, you are not allowed to read the post for this comment.',
        );
      }
      const list = comments
        .filter((c) => (c.type ?? 'comment') === 'comment')
        .filter((c) => c.status !== 'pending')
        .map(commentJson)
        .filter((c) => !posts.length || posts.includes(c.post));
      const ordered = params.get('order') === 'asc' ? list : [...list].reverse();
      return paged(
        ordered.map((c) => pick(c, params.get('_fields'))),
        params,
      );
    }),
    http.post(`${api}/wp/v2/comments`, async ({ request }) => {
      if (!options.anonymousComments) {
        return wpError(401, 'rest_comment_login_required', 'Sorry, you must be logged in to comment.');
      }
      const body = (await request.json().catch(() => ({}))) as Json;
      const e = entries.find((entry) => postId(entry) === Number(body.post));
      if (!e) {
        return wpError(
          403,
          'rest_comment_invalid_post_id',
          'Sorry, you are not allowed to create this comment without a post.',
        );
      }
      const content = typeof body.content === 'string' ? body.content.trim() : '';
      if (!content) return wpError(400, 'rest_comment_content_invalid', 'Invalid comment content.');
      extra += 1;
      const parent = comments.find((c) => c.wpId === Number(body.parent));
      const created = {
        id: `wp-new-${extra}`,
        wpId: 9000 + extra,
        postId: e.post.id,
        parentId: parent?.id ?? null,
        authorName: typeof body.author_name === 'string' ? body.author_name : '',
        authorUrl: null,
        published: new Date().toISOString(),
        html: content,
        status: options.moderate ? ('pending' as const) : ('published' as const),
      };
      comments.push(created);
      return HttpResponse.json(commentJson(created), { status: 201 });
    }),
    http.get(`${api}/wp/v2/pages`, ({ request }) => {
      const slug = url(request).get('slug');
      const pages = data.pages
        .filter((p) => !slug || p.slug === slug)
        .map((p, i) => ({
          id: 10 + i,
          slug: p.slug,
          link: `${site}/${p.parent ? `${p.parent}/` : ''}${p.slug}/`,
          parent: p.parent ? 10 + data.pages.findIndex((q) => q.slug === p.parent) : 0,
          title: { rendered: texturize(p.title) },
          content: { rendered: p.html, protected: false },
          excerpt: { rendered: `<p>${plainText(p.html).slice(0, 100)}</p>` },
        }));
      return paged(
        pages.map((p) => pick(p, url(request).get('_fields'))),
        url(request),
      );
    }),
  ];
}
