/**
 * The first image of a post's HTML, for og:image and JSON-LD. A pattern match rather than a parse:
 * DOMParser is a Trusted Types sink, and only a URL is wanted here. The result only ever goes into an
 * attribute value (React escapes it) after an http(s) check, never into markup.
 */
export type FoundImage = { url: string; alt: string };

const IMG_TAG = /<img\b[^>]*>/i;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Absolute http(s) URL of the first <img> (resolved against `base`), or null. */
export function firstImage(html: string, base: string): FoundImage | null {
  const tag = IMG_TAG.exec(html)?.[0];
  if (!tag) return null;
  const src = attribute(tag, 'src');
  if (!src) return null;
  try {
    const url = new URL(decodeBasicEntities(src.trim()), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return { url: url.href, alt: decodeBasicEntities(attribute(tag, 'alt') ?? '') };
  } catch {
    return null;
  }
}
