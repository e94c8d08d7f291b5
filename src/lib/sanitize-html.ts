import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * The only place in Lectern that turns untrusted HTML (post bodies, comments, translations) into markup
 * the DOM may receive. Everything a backend sends is untrusted, whoever runs it.
 */

const POST_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
  FORBID_ATTR: ['style', 'srcset'],
  ALLOW_DATA_ATTR: false,
};

/** Blogger's comment allow-list: bold, italic and links, nothing else. */
const COMMENT_CONFIG: Config = {
  ALLOWED_TAGS: ['b', 'i', 'a', 'br'],
  ALLOWED_ATTR: ['href'],
  ALLOW_DATA_ATTR: false,
};

function isExternal(href: string): boolean {
  try {
    return new URL(href, window.location.href).origin !== window.location.origin;
  } catch {
    return false;
  }
}

let postPurifier: DOMPurify | null = null;
let commentPurifier: DOMPurify | null = null;

function getPostPurifier(): DOMPurify {
  if (postPurifier) return postPurifier;
  const purifier = createDOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG') {
      // Below-the-fold images should not compete with the text; width/height from the source keep layout stable.
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    }
    if (node.tagName === 'A' && isExternal(node.getAttribute('href') ?? '')) {
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  postPurifier = purifier;
  return purifier;
}

function getCommentPurifier(): DOMPurify {
  if (commentPurifier) return commentPurifier;
  const purifier = createDOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      // Links in reader comments earn the page's author no endorsement and get no access to the page.
      node.setAttribute('rel', 'nofollow ugc noopener');
    }
  });
  commentPurifier = purifier;
  return purifier;
}

export function sanitizePostHtml(html: string): string {
  return getPostPurifier().sanitize(html, POST_CONFIG);
}

export function sanitizeCommentHtml(html: string): string {
  return getCommentPurifier().sanitize(html, COMMENT_CONFIG);
}

/** Plain text of an HTML fragment (for descriptions and excerpts), without running any of it. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
