import { htmlToText } from '../../lib/html-text';
import { splitPost } from '../post-pages';
import type { PostSummary } from '../types';

/**
 * Text from the HTML and plain text backends send, without a DOM (adapters also run where there is
 * none): excerpts, reading time, slugs and contacts written in a bio. Entities decoded and tags dropped:
 * htmlToText (src/lib/html-text.ts).
 */
export function excerptOf(text: string, max = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The excerpt an adapter derives from a post's body: its opening up to the jump break (`<!--more-->`,
 * Blogger's `<a name="more">`), marked `teaser` so lists add "Read more »"; else its first words.
 */
export function bodyExcerpt(html: string, text: string): Pick<PostSummary, 'excerpt' | 'teaser'> {
  const { teaser } = splitPost(html);
  const opening = teaser === null ? '' : htmlToText(teaser);
  return opening ? { excerpt: excerptOf(opening, 600), teaser: true } : { excerpt: excerptOf(text) };
}

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'post'
  );
}

/** A percent-encoded path segment (WordPress slugs of non-Latin titles) as text. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text (a JSON Feed `content_text`) as paragraphs of HTML. */
export function textToParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/**
 * An email address and a (North American or international) phone number written in a bio, for backends
 * whose profiles have no such fields: the UI links them where the bio mentions them.
 */
export function contactIn(text: string): { email: string | null; phone: string | null } {
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0] ?? null;
  const phone = /(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b/.exec(text)?.[0] ?? null;
  return { email: email?.replace(/\.$/, '') ?? null, phone };
}
