// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate, splitHoistedHead } from '../../server/template';

const indexHtml = readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8');
const parts = {
  lang: 'de-DE',
  head: '<title>T</title>',
  body: '<main>page</main>',
  state: '{}',
  nonce: 'n0nce',
  dir: 'ltr' as const,
};

describe('the page frame (index.html)', () => {
  it("puts the page's head, body and state in, and its language, and leaves out the loading state", () => {
    const html = parseTemplate(indexHtml).render(parts);
    expect(html).toContain('<html lang="de-DE" dir="ltr">');
    expect(parseTemplate(indexHtml).render({ ...parts, lang: 'ar', dir: 'rtl' })).toContain(
      '<html lang="ar" dir="rtl">',
    );
    expect(html).toContain('<title>T</title></head>');
    expect(html).toContain('<div id="root"><main>page</main></div>');
    expect(html).toContain('<script type="application/json" id="lectern-state" nonce="n0nce">{}</script>');
    expect(html).not.toContain('Loading the blog');
    expect(html).not.toContain('<noscript>');
    expect(html).not.toContain('<title>Lectern</title>');
    expect(html).not.toMatch(/rel="preload" href="[^"]*config\.json"/);
    for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toContain('nonce="n0nce"');
  });

  it('writes a blocking classic script inline, unless its text could end the element', () => {
    const inline = parseTemplate(indexHtml, { inlineScripts: { '/color-scheme.js': 'applyScheme();' } });
    const html = inline.render(parts);
    expect(html).toContain('<script nonce="n0nce">applyScheme();</script>');
    expect(html).not.toContain('src="/color-scheme.js"');
    const unsafe = parseTemplate(indexHtml, { inlineScripts: { '/color-scheme.js': 'x("</script>")' } });
    expect(unsafe.render(parts)).toContain('src="/color-scheme.js"');
  });

  it('starts the app from one inline module script after first paint, with the chunks Vite preloaded', () => {
    const built = indexHtml.replace(
      '</head>',
      '<script type="module" crossorigin src="/assets/index-A1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/vendor-B2.js">' +
        '<link rel="stylesheet" crossorigin href="/assets/index-C3.css"></head>',
    );
    const html = parseTemplate(built).render(parts);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/type="module"|modulepreload/);
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/index-C3.css">');
    const loader = /<script type="module" nonce="n0nce">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(loader).toContain('import("/assets/index-A1.js")');
    expect(loader).toContain('"/assets/vendor-B2.js"');
    expect(loader).toContain('first-contentful-paint');
    // The frame the server falls back to when it cannot render is the build as it is.
    expect(parseTemplate(built).shell('n0nce')).toContain(
      '<script nonce="n0nce" type="module" crossorigin src="/assets/index-A1.js"></script>',
    );
  });

  it("moves React's hoisted tags, and only those, to the head", () => {
    const { head, body } = splitHoistedHead(
      '<title>A</title><meta name="d" content="x"/><link rel="canonical" href="/"/><div><title>no</title></div>',
    );
    expect(head).toBe('<title>A</title><meta name="d" content="x"/><link rel="canonical" href="/"/>');
    expect(body).toBe('<div><title>no</title></div>');
  });
});
