import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { safeHttpUrl } from './safe-url';
import { trustedTypesPolicy } from './trusted-types';

/**
 * The only place in Lectern that turns untrusted HTML (post bodies, static pages, comments,
 * translations) into markup the DOM may receive, and the owner of the app's HTML Trusted Types policy.
 * Everything a backend sends is untrusted, whoever runs it. The policy is in docs/security.md.
 */

type HtmlPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

/** Markup the DOM may receive: TrustedHTML where the browser has Trusted Types, a string elsewhere. */
export type SafeHtml = ReturnType<HtmlPolicy['createHTML']> | string;

export const HTML_POLICY_NAME = 'lectern-html';

/**
 * Created on first use and never exported: its createHTML lets markup through unchanged, so only
 * DOMPurify (for the inert parse of its input and for its cleaned output), the serialization of a tree
 * DOMPurify cleaned (post bodies, after tables are wrapped) and parseInertHtml call it.
 */
const htmlPolicy = trustedTypesPolicy<HtmlPolicy>(HTML_POLICY_NAME, {
  createHTML: (html) => html,
  // Post HTML never loads a script; a script URL reaching this policy is an attack, so it fails.
  createScriptURL: () => {
    throw new TypeError('Lectern loads no scripts from HTML.');
  },
});

// ---------------------------------------------------------------- URLs

function isHttpsAbsolute(value: string): URL | null {
  try {
    const parsed = new URL(value.trim());
    return parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** Images may be inlined (`data:image/png;base64,…`): an <img> never runs what it shows, SVG included. */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif|svg\+xml)[;,]/i;

function isExternal(href: string, origin: string): boolean {
  try {
    return new URL(href, `${origin}/`).origin !== origin;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- the DOM DOMPurify works in

type PurifierWindow = Parameters<typeof createDOMPurify>[0] & {
  DOMParser: typeof DOMParser;
  Element: typeof Element;
  location: Location;
};

let serverWindow: PurifierWindow | null = null;
/** Server only: sanitized output by input, so a popular post is cleaned once, not once per request. */
let serverCache: Map<string, SafeHtml> | null = null;
const SERVER_CACHE_ENTRIES = 500;

/**
 * Server rendering: DOMPurify needs a DOM, and Node has none. The server hands it jsdom's window (what
 * DOMPurify's authors recommend), so the server runs the very same policy as the browser and produces
 * the same markup, which hydration then keeps.
 */
export function setServerDom(window: PurifierWindow): void {
  serverWindow = window;
  serverCache = new Map();
  postPurifier = null;
  commentPurifier = null;
}

function domWindow(): PurifierWindow {
  return serverWindow ?? (window as unknown as PurifierWindow);
}

function cached(key: string, clean: () => SafeHtml): SafeHtml {
  if (!serverCache) return clean();
  const hit = serverCache.get(key);
  if (hit !== undefined) {
    // Most recently used last: the first key is the one to drop.
    serverCache.delete(key);
    serverCache.set(key, hit);
    return hit;
  }
  const value = clean();
  serverCache.set(key, value);
  if (serverCache.size > SERVER_CACHE_ENTRIES) serverCache.delete(serverCache.keys().next().value as string);
  return value;
}

// ---------------------------------------------------------------- embeds

let iframeHosts: ReadonlySet<string> = new Set();

export type SanitizerSettings = {
  /** Exact host names whose https iframes (video players) posts may embed; empty: no iframes at all. */
  iframeHosts: readonly string[];
};

/** Called once at start-up with config.json's `embeds`. */
export function configureSanitizer(settings: SanitizerSettings): void {
  iframeHosts = new Set(settings.iframeHosts.map((host) => host.toLowerCase()));
  serverCache?.clear();
}

function isAllowedFrame(src: string): boolean {
  const url = isHttpsAbsolute(src);
  return url !== null && url.username === '' && url.password === '' && iframeHosts.has(url.hostname);
}

// ---------------------------------------------------------------- configurations

/** DOMPurify prefixes ids and names (so a post cannot clobber the page's own ids or globals). */
const NAMED_PREFIX = 'user-content-';

function postConfig(): Config {
  return {
    USE_PROFILES: { html: true },
    ADD_TAGS: iframeHosts.size > 0 ? ['iframe'] : [],
    ADD_ATTR: ['target', 'allowfullscreen'],
    FORBID_TAGS: [
      'style',
      'link',
      'meta',
      'base',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'option',
      'object',
      'embed',
      'frame',
      'frameset',
      'template',
      ...(iframeHosts.size > 0 ? [] : ['iframe']),
    ],
    // Inline styles: the strict CSP blocks them, and a backend's styles could hide or spoof content.
    FORBID_ATTR: ['style', 'srcset', 'sizes', 'srcdoc', 'formaction', 'action', 'ping', 'background'],
    ALLOW_DATA_ATTR: false,
    SANITIZE_NAMED_PROPS: true,
  };
}

/** Blogger's comment allow-list: bold, italic and links (and line breaks), nothing else. */
const COMMENT_CONFIG: Config = {
  ALLOWED_TAGS: ['b', 'i', 'a', 'br'],
  ALLOWED_ATTR: ['href'],
  ALLOW_DATA_ATTR: false,
};

function withTrustedOutput(config: Config): Config & { RETURN_TRUSTED_TYPE: true } {
  const trusted = htmlPolicy();
  return { ...config, RETURN_TRUSTED_TYPE: true, ...(trusted ? { TRUSTED_TYPES_POLICY: trusted } : {}) };
}

/** DOMPurify parses its input through our policy (its own default one is not allowed by the CSP). */
function withTrustedParsing<T extends Config>(config: T): T {
  const trusted = htmlPolicy();
  return trusted ? { ...config, TRUSTED_TYPES_POLICY: trusted } : config;
}

/** Serialized output of a DOMPurify-cleaned tree, typed for the DOM's HTML sinks. */
function asSafeHtml(html: string): SafeHtml {
  return htmlPolicy()?.createHTML(html) ?? html;
}

// ---------------------------------------------------------------- tables

/** The table's caption, or its WordPress figure's figcaption, as text, cut at a word after 100 characters. */
function captionOf(table: Element): string {
  const figure = table.parentElement?.tagName === 'FIGURE' ? table.parentElement : null;
  const caption = (
    table.querySelector(':scope > caption') ?? figure?.querySelector(':scope > figcaption')
  )?.textContent
    ?.replace(/\s+/g, ' ')
    .trim();
  if (!caption) return '';
  return caption.length > 100 ? `${caption.slice(0, 100).replace(/\s+\S*$/, '')}…` : caption;
}

/**
 * Every table goes in a box that scrolls sideways on its own (styles: .table-scroll in post-body.css), so
 * a wide table never widens the page. A scrolling box must be reachable by keyboard (tabindex="0"), and a
 * focusable box needs a name: a region named by the table's caption, else "Table" ("Table 1", "Table 2"…
 * when several have none, as landmarks' names should differ). Runs on DOMPurify's cleaned tree, on the
 * server (jsdom) as in the browser, so both send the same markup. Left alone: Blogger's captioned image
 * (a layout table around one picture) and a table already in a region (markup that came through before).
 */
function wrapTables(body: Element): void {
  const tables = [...body.querySelectorAll('table')].filter(
    (table) => !table.matches('.tr-caption-container, .table-scroll[role="region"] > table'),
  );
  const captions = tables.map(captionOf);
  const several = captions.filter((caption) => caption === '').length > 1;
  let unnamed = 0;
  tables.forEach((table, index) => {
    const region = table.ownerDocument.createElement('div');
    region.className = 'table-scroll';
    region.setAttribute('role', 'region');
    region.setAttribute('tabindex', '0');
    region.setAttribute('aria-label', captions[index] || (several ? `Table ${String(++unnamed)}` : 'Table'));
    table.replaceWith(region);
    region.append(table);
  });
}

// ---------------------------------------------------------------- post bodies

export type PostHtmlOptions = {
  /**
   * The first image is likely the page's largest paint: loaded at once with fetchpriority="high"
   * instead of lazily. For the main content of a route (a post body, a static page).
   */
  priorityFirstImage?: boolean;
  /**
   * The origin of the page the HTML is shown on: links elsewhere get rel="noopener noreferrer". The
   * browser's own by default; the server passes the one it renders for.
   */
  origin?: string;
};

/** Per call state for the hooks; sanitize is synchronous, so one call never sees another's. */
let leadImagePending = false;
let pageOrigin = '';

function cleanUrlAttributes(node: Element): void {
  for (const name of ['src', 'poster', 'href', 'cite', 'longdesc']) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const inlineImage = name === 'src' && node.tagName === 'IMG' && DATA_IMAGE.test(value.trim());
    const allowed =
      inlineImage ||
      safeHttpUrl(value) !== null ||
      (name === 'href' && /^(?:mailto|tel):/i.test(value.trim()));
    if (!allowed) node.removeAttribute(name);
  }
}

function finishImage(node: Element): void {
  // width/height from the source stay: they reserve the image's box before it loads.
  if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
  if (leadImagePending) {
    leadImagePending = false;
    node.setAttribute('fetchpriority', 'high');
    node.removeAttribute('loading');
    return;
  }
  node.setAttribute('loading', 'lazy');
  node.setAttribute('decoding', 'async');
}

function finishLink(node: Element): void {
  const href = node.getAttribute('href') ?? '';
  // In-page anchors follow the prefixed ids.
  if (href.length > 1 && href.startsWith('#') && !href.startsWith(`#${NAMED_PREFIX}`)) {
    node.setAttribute('href', `#${NAMED_PREFIX}${href.slice(1)}`);
  }
  const target = node.getAttribute('target');
  if (target !== null && target !== '_blank') node.removeAttribute('target');
  if (target === '_blank' || isExternal(href, pageOrigin)) node.setAttribute('rel', 'noopener noreferrer');
}

function finishFrame(node: Element): void {
  for (const attribute of [...node.attributes]) {
    if (!['src', 'width', 'height', 'title', 'allowfullscreen'].includes(attribute.name)) {
      node.removeAttribute(attribute.name);
    }
  }
  node.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
  node.setAttribute('loading', 'lazy');
  node.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
}

let postPurifier: DOMPurify | null = null;
let commentPurifier: DOMPurify | null = null;

function getPostPurifier(): DOMPurify {
  if (postPurifier) return postPurifier;
  const purifier = createDOMPurify(domWindow());
  purifier.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe' || !(node instanceof domWindow().Element)) return;
    if (!isAllowedFrame(node.getAttribute('src') ?? '')) node.parentNode?.removeChild(node);
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    cleanUrlAttributes(node);
    if (node.tagName === 'IMG') finishImage(node);
    else if (node.tagName === 'A' || node.tagName === 'AREA') finishLink(node);
    else if (node.tagName === 'IFRAME') finishFrame(node);
    // A <pre> scrolls sideways inside itself on a narrow screen: keyboard users need to reach it too.
    else if (node.tagName === 'PRE') node.setAttribute('tabindex', '0');
  });
  postPurifier = purifier;
  return purifier;
}

function getCommentPurifier(): DOMPurify {
  if (commentPurifier) return commentPurifier;
  const purifier = createDOMPurify(domWindow());
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href');
    // Absolute http(s) only: a reader's link must not point into the blog's own routes or anywhere else.
    if (href !== null && !/^https?:\/\//i.test(href.trim())) node.removeAttribute('href');
    // Links in reader comments earn the page's author no endorsement and get no access to the page.
    node.setAttribute('rel', 'nofollow ugc noopener noreferrer');
  });
  commentPurifier = purifier;
  return purifier;
}

export function sanitizePostHtml(html: string, options: PostHtmlOptions = {}): SafeHtml {
  const origin = options.origin ?? domWindow().location.origin;
  const priority = options.priorityFirstImage ?? false;
  return cached(`post\n${origin}\n${priority}\n${html}`, () => {
    leadImagePending = priority;
    pageOrigin = origin;
    try {
      const body = getPostPurifier().sanitize(
        html,
        withTrustedParsing({ ...postConfig(), RETURN_DOM: true }),
      );
      // Null only for input that cannot be parsed at all.
      if (!body) return asSafeHtml('');
      wrapTables(body);
      // What DOMPurify itself returns for string output: the cleaned body's markup, serialized.
      return asSafeHtml(body.innerHTML);
    } finally {
      leadImagePending = false;
    }
  });
}

export function sanitizeCommentHtml(html: string): SafeHtml {
  return cached(`comment\n${html}`, () =>
    getCommentPurifier().sanitize(html, withTrustedOutput(COMMENT_CONFIG)),
  );
}

// ---------------------------------------------------------------- inert parsing

/**
 * Untrusted HTML parsed into a detached document: nothing in it runs or loads (DOMParser documents
 * have no browsing context). For code that reads or rewrites markup (translation) without rendering
 * it; what it serializes back is still untrusted and goes through the sanitizers before display.
 */
export function parseInertHtml(html: string): Document {
  const trusted = htmlPolicy();
  // DOMParser is a Trusted Types sink, though its documents are inert: hence the policy.
  const input = trusted ? trusted.createHTML(html) : html;
  return new (domWindow().DOMParser)().parseFromString(input as string, 'text/html');
}
