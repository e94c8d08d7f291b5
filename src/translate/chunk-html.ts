import { parseInertHtml } from '../lib/sanitize-html';

/**
 * Long HTML is translated in pieces a translation service accepts (public LibreTranslate servers cap
 * the characters per request). Pieces end at element boundaries, so every request is well-formed
 * HTML and the service never sees half a tag; a single element too long on its own is opened up and
 * its children are split the same way, its own tags kept aside. Text alone too long is cut at
 * sentence ends, then at spaces.
 *
 * Parsing uses an inert DOMParser document: nothing in it runs or loads.
 */

type Part = { kind: 'chunk'; html: string } | { kind: 'literal'; html: string };

export type HtmlChunks = {
  /** What to translate, in order. */
  chunks: string[];
  /** The whole HTML again, each chunk replaced by its translation (same order). */
  join(translated: readonly string[]): string;
};

/** Elements that have no closing tag and no children. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Plain text as HTML text (`&`, `<`, `>` escaped): titles travel through an HTML pipeline intact. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

function serialize(node: ChildNode): string {
  if (node.nodeType === Node.ELEMENT_NODE) return (node as Element).outerHTML;
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.textContent ?? ''}-->`;
  return '';
}

function hasWords(node: ChildNode): boolean {
  return node.nodeType !== Node.COMMENT_NODE && (node.textContent ?? '').trim() !== '';
}

/** The element's own start and end tags, attributes included, around no content. */
function tagsOf(element: Element): [open: string, close: string] {
  const empty = (element.cloneNode(false) as Element).outerHTML;
  const close = `</${element.localName}>`;
  return [empty.endsWith(close) ? empty.slice(0, -close.length) : empty, close];
}

/**
 * Splits text into pieces of at most `maxChars`, preferring sentence ends, then spaces; a run with
 * neither is cut hard. Joined back together the pieces are the original text.
 */
export function splitText(text: string, maxChars: number): string[] {
  maxChars = Math.max(1, maxChars);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > maxChars) {
    const window = rest.slice(0, maxChars);
    const sentenceEnd = Math.max(
      ...['. ', '! ', '? ', '。', '\n'].map((mark) => {
        const at = window.lastIndexOf(mark);
        return at < 0 ? -1 : at + mark.length;
      }),
    );
    const space = window.lastIndexOf(' ') + 1;
    const cut = sentenceEnd > 0 ? sentenceEnd : space > 0 ? space : maxChars;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

function plan(nodes: readonly ChildNode[], maxChars: number): Part[] {
  const parts: Part[] = [];
  let current = '';
  let currentHasWords = false;
  const flush = () => {
    // Markup without words (an image, blank lines) needs no translation: it is kept as it is.
    if (current !== '') parts.push({ kind: currentHasWords ? 'chunk' : 'literal', html: current });
    current = '';
    currentHasWords = false;
  };

  for (const node of nodes) {
    const html = serialize(node);
    if (current.length + html.length <= maxChars) {
      current += html;
      currentHasWords ||= hasWords(node);
      continue;
    }
    flush();
    if (html.length <= maxChars || !hasWords(node)) {
      current = html;
      currentHasWords = hasWords(node);
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE && !VOID.has((node as Element).localName)) {
      const [open, close] = tagsOf(node as Element);
      parts.push({ kind: 'literal', html: open });
      parts.push(...plan([...node.childNodes], maxChars));
      parts.push({ kind: 'literal', html: close });
    } else if (node.nodeType === Node.TEXT_NODE) {
      for (const piece of splitText(node.textContent ?? '', maxChars)) {
        parts.push({ kind: 'chunk', html: escapeText(piece) });
      }
    } else {
      // Cannot be split further (a huge attribute, say): sent whole, the service decides.
      parts.push({ kind: 'chunk', html });
    }
  }
  flush();
  return parts;
}

/** Parses an HTML fragment into an inert document's body. */
export function parseFragment(html: string): HTMLElement {
  return parseInertHtml(`<!doctype html><body>${html}`).body;
}

/** Splits `html` into chunks of at most `maxChars` (where it can) at element boundaries. */
export function chunkHtml(html: string, maxChars: number): HtmlChunks {
  const parts = plan([...parseFragment(html).childNodes], maxChars);
  const chunks = parts.filter((part) => part.kind === 'chunk').map((part) => part.html);
  return {
    chunks,
    join(translated) {
      if (translated.length !== chunks.length) {
        throw new Error(`Expected ${chunks.length} translated chunks, got ${translated.length}.`);
      }
      let next = 0;
      return parts.map((part) => (part.kind === 'literal' ? part.html : (translated[next++] ?? ''))).join('');
    },
  };
}

/** Translates long HTML chunk by chunk (one at a time: kind to rate-limited services) and reassembles it. */
export async function translateInChunks(
  html: string,
  maxChars: number,
  translateChunk: (chunk: string) => Promise<string>,
): Promise<string> {
  const { chunks, join } = chunkHtml(html, maxChars);
  const translated: string[] = [];
  for (const chunk of chunks) translated.push(await translateChunk(chunk));
  return join(translated);
}

/**
 * Several HTML items as one document, each in its own <div>, so short items (comments) share requests;
 * `unpack` takes a translation of that document apart again, or returns null when the service did not
 * keep one <div> per item (the caller then translates the items one by one).
 */
export function packItems(items: readonly string[]): string {
  // Each item is normalised on its own first, so an unclosed tag in one cannot swallow the next.
  return items.map((html) => `<div>${parseFragment(html).innerHTML}</div>`).join('');
}

export function unpackItems(html: string, count: number): string[] | null {
  const children = [...parseFragment(html).childNodes].filter(
    (node) => node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() !== '',
  );
  if (children.length !== count) return null;
  const items: string[] = [];
  for (const child of children) {
    if (child.nodeType !== Node.ELEMENT_NODE || (child as Element).localName !== 'div') return null;
    items.push((child as Element).innerHTML);
  }
  return items;
}

/**
 * The characters of an HTML fragment as the DOM reads them, tags dropped and white space kept: what
 * escapeText made, back as text. Not htmlToText (src/lib/html-text.ts), which folds white space for excerpts.
 */
export function textContentOf(html: string): string {
  return parseFragment(html).textContent ?? '';
}
