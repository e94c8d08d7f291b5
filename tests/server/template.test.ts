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
};

describe('the page frame (index.html)', () => {
  it("puts the page's head, body and state in, and its language, and leaves out the loading state", () => {
    const page = parseTemplate(indexHtml).render(parts);
    expect(page).toContain('<html lang="de-DE">');
    expect(page).toContain('<title>T</title></head>');
    expect(page).toContain('<div id="root"><main>page</main></div>');
    expect(page).toContain('<script type="application/json" id="lectern-state" nonce="n0nce">{}</script>');
    expect(page).not.toContain('Loading the blog');
    expect(page).not.toContain('<noscript>');
    expect(page).not.toContain('<title>Lectern</title>');
    expect(page).not.toMatch(/rel="preload" href="[^"]*config\.json"/);
    for (const script of page.match(/<script\b[^>]*>/g) ?? []) expect(script).toContain('nonce="n0nce"');
  });

  it('writes a blocking classic script inline, unless its text could end the element', () => {
    const inline = parseTemplate(indexHtml, { inlineScripts: { '/color-scheme.js': 'applyScheme();' } });
    const page = inline.render(parts);
    expect(page).toContain('<script nonce="n0nce">applyScheme();</script>');
    expect(page).not.toContain('src="/color-scheme.js"');
    const unsafe = parseTemplate(indexHtml, { inlineScripts: { '/color-scheme.js': 'x("</script>")' } });
    expect(unsafe.render(parts)).toContain('src="/color-scheme.js"');
  });

  it("moves React's hoisted tags, and only those, to the head", () => {
    const { head, body } = splitHoistedHead(
      '<title>A</title><meta name="d" content="x"/><link rel="canonical" href="/"/><div><title>no</title></div>',
    );
    expect(head).toBe('<title>A</title><meta name="d" content="x"/><link rel="canonical" href="/"/>');
    expect(body).toBe('<div><title>no</title></div>');
  });
});
