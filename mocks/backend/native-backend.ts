import type { DemoAuthor, DemoBlog, DemoComment, DemoPost, DemoStaticPage } from '../data/types';

/**
 * An in-memory implementation of Lectern's native JSON contract (docs/api.md) over the demo blog's
 * records. Pure request → response functions, so the MSW handlers (browser and tests) and any HTTP
 * server can share it. Every derived fact (paths, counts, neighbours) is computed here from the records.
 */

export type DemoData = {
  blog: DemoBlog;
  authors: DemoAuthor[];
  posts: DemoPost[];
  comments: DemoComment[];
  pages: DemoStaticPage[];
};

export type BackendResponse = { status: number; body: unknown };

/**
 * How the demo answers a new comment, so every branch of the comment form can be seen and tested:
 * `publish` accepts it, `moderate` holds it for approval, `fail` answers 503.
 */
export type CommentMode = 'publish' | 'moderate' | 'fail';

export const COMMENT_MODES: readonly CommentMode[] = ['publish', 'moderate', 'fail'];

export type NativeBackendOptions = {
  /** Read at each request, so a switch can change while the app runs. */
  commentMode?: () => CommentMode;
};

const DEFAULT_POST_LIMIT = 10;
const DEFAULT_POPULAR_LIMIT = 5;
const MAX_POPULAR_LIMIT = 20;
const DEFAULT_COMMENT_LIMIT = 50;
const MAX_LIMIT = 100;
export const MAX_COMMENT_LENGTH = 4096;
export const MAX_NAME_LENGTH = 100;

function ok(body: unknown): BackendResponse {
  return { status: 200, body };
}

function error(status: number, code: string, message: string, field?: string): BackendResponse {
  return { status, body: { error: { code, message, ...(field ? { field } : {}) } } };
}

type Indexed = {
  post: DemoPost;
  year: number;
  month: number;
  text: string;
  /** The text before the post's `<!--more-->` jump break, when it has one. */
  teaser: string | null;
};

/** The opening of a post up to its `<!--more-->` (api.md): what lists show before "Read more »". */
function teaserText(html: string): string | null {
  const at = html.search(/<!--\s*more\b/i);
  if (at < 0) return null;
  return plainText(html.slice(0, at).replace(/<!--[\s\S]*?-->/g, ' ')) || null;
}

function calendarParts(iso: string, timeZone: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(new Date(iso));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month') };
}

function plainText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<p class="byline">[\s\S]*?<\/p>/i, ' ')
    .replace(/<figcaption>[\s\S]*?<\/figcaption>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function excerptOf(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function parseLimit(raw: string | null, fallback: number): number | null {
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) return null;
  return n;
}

function parseCursor(raw: string | null): number | null {
  if (raw === null) return 0;
  const match = /^o(\d+)$/.exec(raw);
  return match ? Number(match[1]) : null;
}

/**
 * The demo records hold no readership, so a post's page views are made up, the same on every run: a
 * base from its id's characters plus a share for each comment (discussed posts get read).
 */
export function demoPageViews(post: DemoPost, commentCount: number): number {
  let hash = 0;
  for (const char of post.id) hash = (hash * 31 + char.charCodeAt(0)) % 1009;
  return 150 + hash + commentCount * 120;
}

function pageOf<T>(items: T[], offset: number, limit: number) {
  const next = offset + limit < items.length ? `o${offset + limit}` : null;
  return { items: items.slice(offset, offset + limit), next, total: items.length };
}

export function createNativeBackend(data: DemoData, options: NativeBackendOptions = {}) {
  const commentMode = options.commentMode ?? (() => 'publish');
  const { blog } = data;
  const comments: DemoComment[] = [...data.comments];
  let commentSeq = 0;

  const indexed: Indexed[] = [...data.posts]
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published))
    .map((post) => ({
      post,
      ...calendarParts(post.published, blog.timeZone),
      text: plainText(post.html),
      teaser: teaserText(post.html),
    }));
  const authorsById = new Map(data.authors.map((a) => [a.id, a]));

  function publishedComments(postId: string) {
    return comments.filter((c) => c.postId === postId && c.status !== 'pending');
  }

  // Counted in one pass per request (comments can be added at any time): a count per summary would
  // scan every comment for every post, O(posts × comments), seconds of work at 10,000 posts.
  function publishedCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const c of comments) {
      if (c.status !== 'pending') counts.set(c.postId, (counts.get(c.postId) ?? 0) + 1);
    }
    return counts;
  }

  function authorRef(id: string) {
    return { id, displayName: authorsById.get(id)?.displayName ?? 'Unknown author' };
  }

  function pathOf(entry: Indexed) {
    return { year: entry.year, month: entry.month, slug: entry.post.slug };
  }

  function summary(entry: Indexed, counts?: Map<string, number>) {
    const { post } = entry;
    const locked = post.password !== undefined;
    return {
      ...pathOf(entry),
      id: post.id,
      title: post.title,
      published: post.published,
      updated: post.updated ?? post.published,
      author: authorRef(post.authorId),
      labels: post.labels,
      excerpt: locked ? '' : excerptOf(entry.teaser ?? entry.text, entry.teaser ? 600 : 220),
      ...(entry.teaser && !locked ? { teaser: true } : {}),
      commentCount: counts ? (counts.get(post.id) ?? 0) : publishedComments(post.id).length,
      readingMinutes: Math.max(1, Math.round(entry.text.split(' ').length / 230)),
      ...(locked ? { protected: true } : {}),
      ...(post.featured ? { featured: true } : {}),
    };
  }

  /** A password-protected post's body and comments need its password: null when given, else the refusal. */
  function refusal(post: DemoPost, params: URLSearchParams): BackendResponse | null {
    if (post.password === undefined) return null;
    const given = params.get('password');
    if (given === null) return error(401, 'password_required', 'This post is password protected');
    if (given !== post.password) return error(403, 'incorrect_password', 'Incorrect post password');
    return null;
  }

  function link(entry: Indexed | undefined) {
    return entry ? { ...pathOf(entry), title: entry.post.title } : null;
  }

  return {
    getBlog(): BackendResponse {
      return ok({
        title: blog.title,
        description: blog.description,
        locale: blog.locale,
        timeZone: blog.timeZone,
        mainAuthorId: blog.mainAuthorId,
        feeds: {},
      });
    },

    listPosts(params: URLSearchParams): BackendResponse {
      const limit = parseLimit(params.get('limit'), DEFAULT_POST_LIMIT);
      if (limit === null)
        return error(400, 'invalid', `limit must be an integer from 1 to ${MAX_LIMIT}`, 'limit');
      const offset = parseCursor(params.get('cursor'));
      if (offset === null) return error(400, 'invalid', 'cursor is not one this server issued', 'cursor');
      const label = params.get('label');
      const q = params.get('q')?.trim().toLowerCase();
      const year = params.get('year');
      const month = params.get('month');
      const author = params.get('author');
      const featured = params.get('featured');
      const matches = indexed.filter(
        (entry) =>
          (featured === null || (entry.post.featured === true) === (featured === 'true')) &&
          (!label || entry.post.labels.some((l) => l.toLowerCase() === label.toLowerCase())) &&
          (!q || entry.post.title.toLowerCase().includes(q) || entry.text.toLowerCase().includes(q)) &&
          (!year || entry.year === Number(year)) &&
          (!month || entry.month === Number(month)) &&
          (!author || entry.post.authorId === author),
      );
      // Summaries (excerpt, counts) only for the page returned, not for every match.
      const page = pageOf(matches, offset, limit);
      const counts = publishedCounts();
      return ok({ ...page, items: page.items.map((entry) => summary(entry, counts)) });
    },

    getPost(year: number, month: number, slug: string, params = new URLSearchParams()): BackendResponse {
      const bareSlug = slug.replace(/\.html$/, '');
      const index = indexed.findIndex(
        (entry) => entry.year === year && entry.month === month && entry.post.slug === bareSlug,
      );
      const entry = indexed[index];
      if (!entry) return error(404, 'not_found', 'No post at this address');
      // Without a password a protected post comes without its body; a wrong one is refused.
      const withPassword = params.has('password');
      if (withPassword) {
        const refused = refusal(entry.post, params);
        if (refused) return refused;
      }
      const locked = entry.post.password !== undefined && !withPassword;
      return ok({
        ...summary(entry),
        ...(entry.post.password !== undefined && withPassword ? { excerpt: excerptOf(entry.text) } : {}),
        html: locked ? '' : entry.post.html,
        newer: link(indexed[index - 1]),
        older: link(indexed[index + 1]),
        ...(entry.post.commentsOpen === false ? { commentsOpen: false } : {}),
      });
    },

    getArchive(): BackendResponse {
      const years = new Map<number, Map<number, number>>();
      for (const entry of indexed) {
        const months = years.get(entry.year) ?? new Map<number, number>();
        months.set(entry.month, (months.get(entry.month) ?? 0) + 1);
        years.set(entry.year, months);
      }
      return ok({
        years: [...years.entries()].map(([year, months]) => ({
          year,
          count: [...months.values()].reduce((a, b) => a + b, 0),
          months: [...months.entries()].map(([month, count]) => ({ month, count })),
        })),
      });
    },

    listLabels(): BackendResponse {
      const counts = new Map<string, number>();
      for (const entry of indexed) {
        for (const label of entry.post.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      const items = [...counts.entries()]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => a.name.localeCompare(b.name));
      return ok({ items });
    },

    getAuthor(id: string): BackendResponse {
      const author = authorsById.get(id);
      if (!author) return error(404, 'not_found', 'No author with this id');
      return ok({
        id: author.id,
        displayName: author.displayName,
        photo: author.photo,
        location: author.location,
        about: author.about,
        email: author.email,
        phone: author.phone,
        links: author.links,
        interests: author.interests,
      });
    },

    listComments(postId: string, params: URLSearchParams): BackendResponse {
      const owner = indexed.find((entry) => entry.post.id === postId);
      if (!owner) return error(404, 'not_found', 'No post with this id');
      const refused = refusal(owner.post, params);
      if (refused) return refused;
      const limit = parseLimit(params.get('limit'), DEFAULT_COMMENT_LIMIT);
      if (limit === null)
        return error(400, 'invalid', `limit must be an integer from 1 to ${MAX_LIMIT}`, 'limit');
      const offset = parseCursor(params.get('cursor'));
      if (offset === null) return error(400, 'invalid', 'cursor is not one this server issued', 'cursor');
      const page = pageOf(publishedComments(postId), offset, limit);
      const items = page.items.map((c) => ({
        id: c.id,
        postId: c.postId,
        parentId: c.parentId,
        author: { name: c.authorName, url: c.authorUrl, ...(c.avatarUrl ? { avatarUrl: c.avatarUrl } : {}) },
        published: c.published,
        html: c.html,
        status: 'published',
        ...(c.type && c.type !== 'comment' ? { type: c.type } : {}),
      }));
      return ok({ ...page, items });
    },

    createComment(postId: string, body: unknown): BackendResponse {
      const owner = indexed.find((entry) => entry.post.id === postId);
      if (!owner) return error(404, 'not_found', 'No post with this id');
      if (owner.post.commentsOpen === false) return error(403, 'comments_closed', 'Comments are closed');
      if (typeof body !== 'object' || body === null)
        return error(400, 'invalid', 'Send a JSON object', 'html');
      const input = body as Record<string, unknown>;
      const password = typeof input.password === 'string' ? input.password : null;
      const refused = refusal(owner.post, new URLSearchParams(password === null ? {} : { password }));
      if (refused) return refused;
      const html = typeof input.html === 'string' ? input.html.trim() : '';
      const name = typeof input.authorName === 'string' ? input.authorName.trim() : '';
      const parentId = typeof input.parentId === 'string' ? input.parentId : null;
      if (!html) return error(422, 'invalid', 'Write a comment before publishing', 'html');
      if (html.length > MAX_COMMENT_LENGTH) {
        return error(422, 'invalid', `A comment can be at most ${MAX_COMMENT_LENGTH} characters`, 'html');
      }
      if (name.length > MAX_NAME_LENGTH) {
        return error(422, 'invalid', `A name can be at most ${MAX_NAME_LENGTH} characters`, 'authorName');
      }
      if (parentId && !comments.some((c) => c.id === parentId && c.postId === postId)) {
        return error(422, 'invalid', 'The comment you reply to does not exist', 'parentId');
      }
      const mode = commentMode();
      if (mode === 'fail') {
        return error(503, 'unavailable', 'Comments cannot be saved right now (demo failure mode)');
      }
      commentSeq += 1;
      const status = mode === 'moderate' ? 'pending' : 'published';
      const comment: DemoComment = {
        id: `new-${commentSeq}`,
        postId,
        parentId,
        authorName: name || 'Anonymous',
        authorUrl: null,
        published: new Date().toISOString(),
        html,
        status,
      };
      comments.push(comment);
      return {
        status: 201,
        body: {
          id: comment.id,
          postId,
          parentId,
          author: { name: comment.authorName, url: null },
          published: comment.published,
          html,
          status,
        },
      };
    },

    /** GET /popular?limit=n: the most-read posts, most-read first (ties: the newer first). */
    listPopular(params: URLSearchParams): BackendResponse {
      const raw = params.get('limit');
      const limit = raw === null ? DEFAULT_POPULAR_LIMIT : Number(raw);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_POPULAR_LIMIT) {
        return error(400, 'invalid', `limit must be an integer from 1 to ${MAX_POPULAR_LIMIT}`, 'limit');
      }
      const counts = publishedCounts();
      const ranked = indexed
        .map((entry) => ({
          entry,
          views: demoPageViews(entry.post, counts.get(entry.post.id) ?? 0),
        }))
        .sort((a, b) => b.views - a.views);
      return ok({
        items: ranked.slice(0, limit).map(({ entry, views }) => ({ ...summary(entry, counts), views })),
      });
    },

    getStaticPage(slug: string): BackendResponse {
      const page = data.pages.find((p) => p.slug === slug.replace(/\.html$/, ''));
      if (!page) return error(404, 'not_found', 'No page at this address');
      return ok(page);
    },
  };
}

export type NativeBackend = ReturnType<typeof createNativeBackend>;
