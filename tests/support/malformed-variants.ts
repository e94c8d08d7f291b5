import { createNativeBackend } from '../../mocks/backend/native-backend';
import { demoData } from '../../mocks/data/index';
import type { BlogApi } from '../../src/api/types';

/**
 * Malformed answers for every endpoint of the native contract (docs/api.md), generated from the demo
 * backend's valid answer: broken bodies (truncated JSON, HTML with a 200, empty, huge, wrong
 * Content-Type, the wrong kind of value) and, field by field, each field dropped, nulled or of the wrong
 * type where the contract forbids it. Shared by the adapter-level and the page-level tests.
 */

/** How the contract treats a field: which mutations must be refused. */
type FieldRule =
  /** Must be present and of its type: dropped, null or wrong type are all refused. */
  | 'required'
  /** May be missing or null (a default applies), but a value of the wrong type is refused. */
  | 'defaulted'
  /** May be missing, but null or the wrong type is refused. */
  | 'optional'
  /** Anything goes: the adapter drops a bad value (links that are not http(s)). */
  | 'lenient';

export type Endpoint = {
  /** What the reader is told could not be loaded (src/api/failure-names.ts). */
  what: string;
  name: string;
  method: 'get' | 'post';
  /** MSW path pattern, on any origin. */
  pattern: string;
  valid: unknown;
  call(api: BlogApi): Promise<unknown>;
  /** Rules for fields that are not simply required; keys are paths, `x.*` covers x's children. */
  rules: Record<string, FieldRule>;
};

export type Variant = {
  name: string;
  /** The answer: raw text with its Content-Type, status 200 (201 for the comment). */
  body: string;
  contentType: string;
  /** The field the error must name; '' for the answer as a whole, null when any field will do. */
  field: string | null;
  /** Part of the error message that must be shown. */
  message: RegExp;
};

const backend = createNativeBackend(demoData);
const search = new URLSearchParams();

function body(answer: { status: number; body: unknown }): unknown {
  if (answer.status >= 300) throw new Error(`the demo backend refused: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export const POST_PATH = { year: 2020, month: 6, slug: 'proclamation-suspends-new-work-visas' };
export const POST_ID = 'post-2020-06-23';
const AUTHOR_ID = demoData.blog.mainAuthorId;
const PAGE_SLUG = 'about';

const summaryRules: Record<string, FieldRule> = {
  labels: 'defaulted',
  excerpt: 'defaulted',
  commentCount: 'defaulted',
  readingMinutes: 'defaulted',
};

function under(prefix: string, rules: Record<string, FieldRule>): Record<string, FieldRule> {
  return Object.fromEntries(Object.entries(rules).map(([path, rule]) => [`${prefix}${path}`, rule]));
}

const commentRules: Record<string, FieldRule> = {
  parentId: 'defaulted',
  'author.url': 'lenient',
  status: 'defaulted',
};

export const ENDPOINTS: Endpoint[] = [
  {
    name: 'blog',
    what: 'the blog',
    method: 'get',
    pattern: '*/api/blog',
    valid: body(backend.getBlog()),
    call: (api) => api.getBlog(),
    rules: {
      description: 'defaulted',
      locale: 'defaulted',
      timeZone: 'defaulted',
      url: 'optional',
      mainAuthorId: 'optional',
      feeds: 'defaulted',
      'feeds.*': 'lenient',
    },
  },
  {
    name: 'posts list',
    what: 'the latest posts',
    method: 'get',
    pattern: '*/api/posts',
    valid: body(backend.listPosts(search)),
    call: (api) => api.listPosts({}),
    rules: { next: 'defaulted', total: 'optional', ...under('items[0].', summaryRules) },
  },
  {
    name: 'post by path',
    what: 'this post',
    method: 'get',
    pattern: '*/api/posts/:year/:month/:slug',
    valid: body(backend.getPost(POST_PATH.year, POST_PATH.month, POST_PATH.slug)),
    call: (api) => api.getPost(POST_PATH),
    rules: {
      ...summaryRules,
      newer: 'defaulted',
      older: 'defaulted',
      commentFeeds: 'defaulted',
      'commentFeeds.*': 'lenient',
    },
  },
  {
    name: 'archive',
    what: 'the blog archive',
    method: 'get',
    pattern: '*/api/archive',
    valid: body(backend.getArchive()),
    call: (api) => api.getArchive(),
    rules: {},
  },
  {
    name: 'labels',
    what: 'the labels',
    method: 'get',
    pattern: '*/api/labels',
    valid: body(backend.listLabels()),
    call: (api) => api.listLabels(),
    rules: {},
  },
  {
    name: 'author',
    what: 'the author’s profile',
    method: 'get',
    pattern: '*/api/authors/:id',
    valid: body(backend.getAuthor(AUTHOR_ID)),
    call: (api) => api.getAuthor(AUTHOR_ID),
    rules: {
      photo: 'defaulted',
      'photo.alt': 'defaulted',
      location: 'defaulted',
      about: 'defaulted',
      email: 'defaulted',
      phone: 'defaulted',
      links: 'defaulted',
      'links[0].url': 'lenient',
      interests: 'defaulted',
    },
  },
  {
    name: 'comments',
    what: 'the comments',
    method: 'get',
    pattern: '*/api/posts/:postId/comments',
    valid: body(backend.listComments(POST_ID, search)),
    call: (api) => api.listComments(POST_ID, {}),
    rules: { next: 'defaulted', total: 'optional', ...under('items[0].', commentRules) },
  },
  {
    name: 'static page',
    what: 'this page',
    method: 'get',
    pattern: '*/api/pages/:slug',
    valid: body(backend.getStaticPage(PAGE_SLUG)),
    call: (api) => api.getStaticPage(PAGE_SLUG),
    rules: {},
  },
  {
    name: 'comment create response',
    what: 'the new comment',
    method: 'post',
    pattern: '*/api/posts/:postId/comments',
    valid: body(
      createNativeBackend(demoData).createComment(POST_ID, { parentId: null, authorName: 'Ana', html: 'Hi' }),
    ),
    call: (api) => api.createComment(POST_ID, { parentId: null, authorName: 'Ana', html: 'Hi' }),
    rules: commentRules,
  },
];

function ruleFor(endpoint: Endpoint, path: string): FieldRule {
  const exact = endpoint.rules[path];
  if (exact) return exact;
  const parent = Object.entries(endpoint.rules).find(
    ([pattern]) => pattern.endsWith('.*') && path.startsWith(pattern.slice(0, -1)),
  );
  return parent?.[1] ?? 'required';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every field of the answer (arrays: their first item only), with its path as the decoders write it. */
function fieldsOf(value: unknown, path = ''): { path: string; value: unknown }[] {
  const here = path ? [{ path, value }] : [];
  if (Array.isArray(value)) {
    return value.length > 0 ? [...here, ...fieldsOf(value[0], `${path}[0]`)] : here;
  }
  if (isRecord(value)) {
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, child]) => fieldsOf(child, path ? `${path}.${key}` : key)),
    ];
  }
  return here;
}

const REMOVE = Symbol('remove');

/** A deep copy of `value` with the field at `path` replaced (or removed). */
function withField(value: unknown, path: string, replacement: unknown): unknown {
  const copy: unknown = structuredClone(value);
  const steps = path.match(/[^.[\]]+/g) ?? [];
  let parent: unknown = copy;
  for (const step of steps.slice(0, -1)) parent = (parent as Record<string, unknown>)[step];
  const last = steps.at(-1) ?? '';
  if (replacement === REMOVE) delete (parent as Record<string, unknown>)[last];
  else (parent as Record<string, unknown>)[last] = replacement;
  return copy;
}

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { not: 'a list' };
  if (isRecord(value)) return 'not an object';
  return 42;
}

const JSON_TYPE = 'application/json';
const UNEXPECTED = /The blog's server sent an unexpected answer/;
/** Over the 5 MB limit http.ts sets. */
const HUGE_PADDING = 'x'.repeat(5 * 1024 * 1024 + 1024);

function json(value: unknown): string {
  return JSON.stringify(value);
}

export function variantsOf(endpoint: Endpoint): Variant[] {
  const valid = json(endpoint.valid);
  const whole = (name: string, text: string, contentType = JSON_TYPE, message = UNEXPECTED): Variant => ({
    name,
    body: text,
    contentType,
    field: '',
    message,
  });
  const variants: Variant[] = [
    whole('truncated JSON', valid.slice(0, Math.floor(valid.length / 2))),
    whole('JSON with trailing garbage', `${valid}}}`),
    whole('JSON with a NaN in it', valid.replace(/^\{/, '{"n": NaN,')),
    whole(
      'an HTML error page with status 200',
      '<!doctype html><html><head><title>Service Unavailable</title></head><body><h1>We’ll be right back</h1></body></html>',
      'text/html; charset=utf-8',
      /should be JSON, not an HTML page \(text\/html\)/,
    ),
    whole(
      'an HTML page labelled as JSON',
      '<html><body>Gateway timeout</body></html>',
      JSON_TYPE,
      /not an HTML page/,
    ),
    whole('valid JSON with a CSV content type', valid, 'text/csv', /should be JSON, not text\/csv/),
    whole('an empty body', '', JSON_TYPE, /not an empty answer/),
    whole('a body of spaces', '   \n ', JSON_TYPE, /not an empty answer/),
    whole(
      'a huge body',
      json({ ...(endpoint.valid as object), padding: HUGE_PADDING }),
      JSON_TYPE,
      /at most 5\.0 MB/,
    ),
    whole('null', 'null'),
    whole('a list', '[]'),
    whole('a string', '"ok"'),
    whole('a number', '200'),
    whole('true', 'true'),
    // Refused at the first field the contract requires, whichever the decoder reads first.
    {
      ...whole(
        'an error object with status 200',
        json({ error: { code: 'oops', message: 'Something broke' } }),
      ),
      field: null,
    },
  ];
  for (const { path, value } of fieldsOf(endpoint.valid)) {
    const rule = ruleFor(endpoint, path);
    if (rule === 'lenient') continue;
    const field = (name: string, replacement: unknown): Variant => ({
      name: `${path} ${name}`,
      body: json(withField(endpoint.valid, path, replacement)),
      contentType: JSON_TYPE,
      field: path,
      message: UNEXPECTED,
    });
    // An item in a list, replaced by garbage; its own fields get the finer mutations below.
    if (path.endsWith('[0]')) {
      variants.push(field('replaced by garbage', isRecord(value) ? 'garbage' : wrongTypeFor(value)));
      continue;
    }
    variants.push(field('of the wrong type', wrongTypeFor(value)));
    if (rule === 'required') variants.push(field('missing', REMOVE));
    if (rule === 'required' || (rule === 'optional' && value !== null)) variants.push(field('null', null));
    if (/^(published|updated)$/.test(path.split('.').at(-1) ?? ''))
      variants.push(field('not a date', 'last Tuesday'));
    if (path.split('.').at(-1) === 'month') variants.push(field('out of range', 13));
  }
  return variants;
}
