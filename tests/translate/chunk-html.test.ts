import { describe, expect, it } from 'vitest';
import { pseudoTranslateHtml } from '../../mocks/handlers/libretranslate';
import {
  chunkHtml,
  escapeText,
  packItems,
  splitText,
  textContentOf,
  translateInChunks,
  unpackItems,
} from '../../src/translate/chunk-html';

const paragraph = (n: number) => `<p>Paragraph ${n} has <em>some</em> words in it.</p>`;

describe('chunkHtml', () => {
  it('keeps short HTML in one chunk', () => {
    const html = '<p>Hello <a href="/x">world</a></p>';
    const { chunks, join } = chunkHtml(html, 1000);
    expect(chunks).toEqual([html]);
    expect(join(['<p>Bonjour <a href="/x">monde</a></p>'])).toBe('<p>Bonjour <a href="/x">monde</a></p>');
  });

  it('splits at element boundaries, every chunk within the limit, and joins back to the same HTML', () => {
    const html = Array.from({ length: 12 }, (_, i) => paragraph(i)).join('\n');
    const { chunks, join } = chunkHtml(html, 120);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(120);
      // Whole elements only: every chunk parses to complete paragraphs.
      expect(chunk.trim()).toMatch(/^<p>.*<\/p>$/s);
    }
    expect(join(chunks)).toBe(html);
  });

  it('opens up an element too long on its own and keeps its tags (attributes included) out of the chunks', () => {
    const items = Array.from({ length: 10 }, (_, i) => `<li>Item number ${i} of a long list</li>`).join('');
    const html = `<ul class="steps" data-x="1">${items}</ul>`;
    const { chunks, join } = chunkHtml(html, 100);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => !chunk.includes('<ul') && !chunk.includes('</ul>'))).toBe(true);
    const translated = join(chunks.map((chunk) => pseudoTranslateHtml(chunk, 'fr')));
    expect(translated.startsWith('<ul class="steps" data-x="1"><li>[fr] Item number 0')).toBe(true);
    expect(translated.match(/<ul/g)).toHaveLength(1);
    expect(translated.match(/<li>\[fr\] /g)).toHaveLength(10);
  });

  it('cuts a long run of text at sentence ends', () => {
    const sentence = 'This sentence is exactly as long as it needs to be. ';
    const html = `<p>${sentence.repeat(8)}</p>`;
    const { chunks, join } = chunkHtml(html, 120);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(120);
      expect(chunk.endsWith('. ') || chunk === chunks.at(-1)).toBe(true);
    }
    expect(join(chunks)).toBe(html);
  });

  it('does not send markup that has no words (an image, blank lines)', () => {
    const image = '<figure><img src="/a.png" alt="A picture"></figure>';
    const html = `${image}\n${paragraph(1)}`;
    const { chunks, join } = chunkHtml(html, paragraph(1).length + 5);
    expect(chunks).toEqual([paragraph(1)]);
    expect(join(['TRANSLATED'])).toBe(`${image}\nTRANSLATED`);
  });

  it('escapes text it re-serialises, so "<" in prose never becomes a tag', () => {
    const html = `<p>${'a < b & c > d. '.repeat(10)}</p>`;
    const { chunks } = chunkHtml(html, 60);
    expect(chunks.join('')).not.toMatch(/<(?!\/?p\b)/);
    expect(chunks.join('')).toContain('a &lt; b &amp; c &gt; d.');
  });

  it('refuses a translation with a different number of chunks', () => {
    const { join } = chunkHtml(`${paragraph(1)}${paragraph(2)}`, 50);
    expect(() => join(['only one'])).toThrow(/Expected 2 translated chunks/);
  });
});

describe('translateInChunks', () => {
  it('translates chunk by chunk, in order, and reassembles', async () => {
    const html = Array.from({ length: 6 }, (_, i) => paragraph(i)).join('');
    const seen: string[] = [];
    const result = await translateInChunks(html, 100, async (chunk) => {
      seen.push(chunk);
      return pseudoTranslateHtml(chunk, 'de');
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(result).toBe(pseudoTranslateHtml(html, 'de'));
  });
});

describe('splitText', () => {
  it('prefers sentence ends, then spaces, then cuts hard; the pieces join back', () => {
    expect(splitText('One. Two. Three.', 10)).toEqual(['One. Two. ', 'Three.']);
    expect(splitText('alpha beta gamma delta', 12)).toEqual(['alpha beta ', 'gamma delta']);
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(splitText('short', 100)).toEqual(['short']);
  });
});

describe('packItems / unpackItems', () => {
  it('packs items into one document and takes a translation of it apart again', () => {
    const packed = packItems(['<b>one</b>', 'two', 'a <i>third</i>']);
    expect(packed).toBe('<div><b>one</b></div><div>two</div><div>a <i>third</i></div>');
    expect(unpackItems(pseudoTranslateHtml(packed, 'fr'), 3)).toEqual([
      '<b>[fr] one</b>',
      '[fr] two',
      '[fr] a <i>[fr] third</i>',
    ]);
  });

  it('closes an item’s unclosed tags so they cannot swallow the next item', () => {
    expect(packItems(['<b>bold', 'plain'])).toBe('<div><b>bold</b></div><div>plain</div>');
  });

  it('returns null when the translation did not keep one <div> per item', () => {
    expect(unpackItems('<div>one</div>', 2)).toBeNull();
    expect(unpackItems('<div>one</div><p>two</p>', 2)).toBeNull();
  });

  it('carries plain text through HTML with its characters intact', () => {
    const title = 'Q&A: <script> tags & "quotes"';
    expect(textContentOf(escapeText(title))).toBe(title);
  });
});
