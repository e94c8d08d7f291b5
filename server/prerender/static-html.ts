import { createHash } from 'node:crypto';
import { PAGE_STATE_ID } from '../../src/page-state';
import { PRERENDERED_HEAD_END, PRERENDERED_HEAD_START } from '../../src/prerendered-page';
import type { PageTemplate } from '../template';

/**
 * A page rendered by the server (server/render.tsx), turned into a file any static host can send:
 *
 * - **No nonce.** A file has no per-response nonce, so its only inline scripts are data blocks (the
 *   page state and JSON-LD, `type="application/json"` and `application/ld+json`, which no CSP
 *   governs). The server's inline start-up script goes to a file of its own under /assets/ (named by
 *   its hash) and the colour-scheme script stays the build's `/color-scheme.js`: the page runs under
 *   the static CSP of docs/security.md, `script-src 'self'`, unchanged.
 * - **Its address.** The state names the address it was rendered for (`data-address`): a host that
 *   answers another address with this file (an SPA fallback, a 404 page, `?page=` on a host that
 *   ignores queries) makes the browser draw that address itself instead of hydrating the wrong page
 *   (src/prerendered-page.ts), and drop the head tags between the two markers written here.
 */

/** The nonce the pages are rendered with, taken out again: never a real one. */
export const RENDER_NONCE = 'prerender0nonce0marker0';

const NONCE_ATTRIBUTE = ` nonce="${RENDER_NONCE}"`;
const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/;

export type StaticPage = {
  html: string;
  /** The start-up script, to be written at `loaderPath`. */ loader: string;
};

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The start-up script's file name: /assets/start-<hash>.js, cached as the build's files are. */
export function loaderFile(loader: string): string {
  return `assets/start-${createHash('sha256').update(loader).digest('hex').slice(0, 10)}.js`;
}

export function toStaticPage(
  rendered: string,
  { path, template, base = '/' }: { path: string; template: PageTemplate; base?: string },
): StaticPage {
  let html = rendered.split(NONCE_ATTRIBUTE).join('');
  const inline = INLINE_MODULE.exec(html);
  if (!inline) throw new Error('the rendered page has no start-up script');
  const loader = inline[1]!;
  html = html.replace(
    INLINE_MODULE,
    () => `<script type="module" src="${base}${loaderFile(loader)}"></script>`,
  );
  html = html.replace(
    `<script type="application/json" id="${PAGE_STATE_ID}"`,
    () => `<script type="application/json" id="${PAGE_STATE_ID}" data-address="${attribute(path)}"`,
  );
  // The page's own head tags follow the template's head: marked, so a browser that draws another
  // address can take them away.
  const [, lang = 'en', dir = 'ltr'] = /<html lang="([^"]*)" dir="([^"]*)"/.exec(html) ?? [];
  const templateHead = headOf(template, lang, dir === 'rtl' ? 'rtl' : 'ltr');
  const headEnd = html.indexOf('</head>');
  if (html.startsWith(templateHead) && headEnd >= templateHead.length) {
    html =
      html.slice(0, templateHead.length) +
      `<!--${PRERENDERED_HEAD_START}-->` +
      html.slice(templateHead.length, headEnd) +
      `<!--${PRERENDERED_HEAD_END}-->` +
      html.slice(headEnd);
  }
  return { html, loader };
}

const heads = new WeakMap<PageTemplate, Map<string, string>>();

/** The template's head for a language, up to where the page's own tags go (the same for every page). */
function headOf(template: PageTemplate, lang: string, dir: 'ltr' | 'rtl'): string {
  let byLang = heads.get(template);
  if (!byLang) heads.set(template, (byLang = new Map()));
  let head = byLang.get(`${lang} ${dir}`);
  if (head === undefined) {
    const frame = template.render({
      lang: decodeAttribute(lang),
      dir,
      head: '',
      body: '',
      state: null,
      nonce: RENDER_NONCE,
    });
    head = frame.slice(0, frame.indexOf('</head>')).split(NONCE_ATTRIBUTE).join('');
    byLang.set(`${lang} ${dir}`, head);
  }
  return head;
}

function decodeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
