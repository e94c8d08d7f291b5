/**
 * The built index.html (dist/index.html) as the frame of every server-rendered page: its hashed script
 * and style tags stay as Vite wrote them; the page's head tags, its HTML and its state go in.
 */

export type PageParts = {
  /** The blog's language, for <html lang>. */
  lang: string;
  /** The direction it is written in, for <html dir>. */
  dir: 'ltr' | 'rtl';
  /** Tags for <head>: title, description, canonical, Open Graph, JSON-LD. */
  head: string;
  /** The app's HTML, inside #root. */
  body: string;
  /** A JSON data block the browser hydrates from, already escaped for a script element. */
  state: string | null;
  nonce: string;
};

export type PageTemplate = {
  render(parts: PageParts): string;
  /** index.html as built: the browser draws the page itself (when the server could not). */
  shell(nonce: string): string;
};

const ROOT_OPEN = '<div id="root">';

export type TemplateOptions = {
  /**
   * Classic scripts of index.html to write inline (by src, with their text): a render-blocking script is
   * a round trip before first paint, and the page's nonce lets it run inline under the CSP.
   */
  inlineScripts?: Record<string, string>;
};

export function parseTemplate(built: string, { inlineScripts = {} }: TemplateOptions = {}): PageTemplate {
  const modules = deferredModules(built);
  const html = modules.html;
  const rootStart = html.indexOf(ROOT_OPEN);
  // The loading state ends where the root does: the first </div> followed by the <noscript> note.
  const rootEnd = /<\/div>\s*<noscript>[\s\S]*?<\/noscript>/.exec(html.slice(rootStart));
  if (rootStart < 0 || !rootEnd || !html.includes('</head>') || !html.includes('</body>')) {
    throw new Error('index.html does not have the shape the server expects (#root, then <noscript>).');
  }
  let head = html.slice(0, rootStart);
  for (const [src, text] of Object.entries(inlineScripts)) {
    // `</script` cannot occur in the inline text: it would end the element.
    if (/<\/script/i.test(text)) continue;
    head = head.replace(`<script src="${src}"></script>`, () => `<script>${text.trim()}</script>`);
  }
  const before = head
    // The page's own title comes from the app.
    .replace(/<title>[^<]*<\/title>\s*/, '')
    // config.json travels in the page state: fetching it again would be a wasted request.
    .replace(/<link rel="preload" href="[^"]*config\.json"[^>]*>\s*/, '')
    .replace(/<!--[\s\S]*?-->\s*/g, '');
  const after = html.slice(rootStart + rootEnd.index + rootEnd[0].length);

  const withNonce = (markup: string, nonce: string) =>
    markup.replace(/<script\b/g, `<script nonce="${nonce}"`);
  return {
    shell: (nonce) => withNonce(built, nonce),
    render({ lang, dir, head, body, state, nonce }) {
      const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      const top = withNonce(before, nonce)
        .replace(/<html lang="[^"]*"( dir="[^"]*")?/, `<html lang="${attribute(lang)}" dir="${dir}"`)
        .replace('</head>', `${head}</head>`);
      const data =
        state === null
          ? ''
          : `<script type="application/json" id="lectern-state" nonce="${nonce}">${state}</script>`;
      const loader = `<script type="module" nonce="${nonce}">${modules.loader}</script>`;
      return `${top}${ROOT_OPEN}${body}</div>${data}${loader}${withNonce(after, nonce)}`;
    },
  };
}

const MODULE_SCRIPT = /<script type="module"[^>]*?\ssrc="([^"]+)"[^>]*><\/script>\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*?\shref="([^"]+)"[^>]*>\s*/g;

/**
 * The app's module script and Vite's preloads of its chunks, taken out of <head> and started by one
 * inline module script once the server's HTML has painted. Fetched before first paint, ~140 KB of
 * script shares the reader's connection with the page's HTML and CSS, and on a slow link (Lighthouse's
 * 1.6 Mbps) delays the first paint of a page that needs none of it; after it, the page is readable
 * while they load, and links and forms work without them.
 */
function deferredModules(html: string): { html: string; loader: string } {
  const main = MODULE_SCRIPT.exec(html)?.[1];
  if (!main) throw new Error('index.html has no module script for the server to start.');
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  const loader =
    `const p=${JSON.stringify(preloads)};let s=!1;const g=()=>{if(s)return;s=!0;` +
    `for(const h of p){const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";` +
    `l.href=h;document.head.append(l)}import(${JSON.stringify(main)})};` +
    // Once the first contentful paint is on screen (Paint Timing); a hidden tab paints nothing, and a
    // browser without the API reports nothing, so a timer starts it there.
    `try{const o=new PerformanceObserver((l)=>{if(l.getEntriesByName("first-contentful-paint").length){` +
    `o.disconnect();setTimeout(g)}});o.observe({type:"paint",buffered:!0})}catch{g()}setTimeout(g,3e3);`;
  return { html: html.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, ''), loader };
}

/**
 * React writes a page's <title>, <meta> and <link> elements first when it renders a fragment: they
 * belong in <head>. Returns them apart from the rest.
 */
export function splitHoistedHead(html: string): { head: string; body: string } {
  const tag = /^(?:<title>[^<]*<\/title>|<meta\b[^>]*\/?>|<link\b[^>]*\/?>)/;
  let rest = html;
  let head = '';
  for (let match = tag.exec(rest); match; match = tag.exec(rest)) {
    head += match[0];
    rest = rest.slice(match[0].length);
  }
  return { head, body: rest };
}
