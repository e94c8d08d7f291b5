import { describe, expect, it } from 'vitest';
import { dropPrerenderedPage, pageIsForThisAddress } from '../../src/prerendered-page';

/* The browser's side of a prerendered file (src/prerendered-page.ts): hydrate it only at its own address. */

function page(address: string | null): Document {
  const doc = document.implementation.createHTMLDocument('x');
  doc.head.innerHTML =
    '<meta charset="utf-8"><!--lectern:head--><title>Home</title><link rel="canonical" href="/"><!--/lectern:head--><link rel="icon" href="/favicon.svg">';
  const state = doc.createElement('script');
  state.type = 'application/json';
  state.id = 'lectern-state';
  state.textContent = '{}';
  if (address !== null) state.setAttribute('data-address', address);
  doc.body.append(state);
  return doc;
}

const at = (href: string) => new URL(href, 'https://blog.example.org') as unknown as Location;

describe('a prerendered page in the browser', () => {
  it('is for its own address, with or without a trailing slash, index.html or .html', () => {
    expect(pageIsForThisAddress(page('/2024/'), at('/2024/'))).toBe(true);
    expect(pageIsForThisAddress(page('/2024/'), at('/2024'))).toBe(true);
    expect(pageIsForThisAddress(page('/'), at('/index.html'))).toBe(true);
    expect(pageIsForThisAddress(page('/2024/03/a.html'), at('/2024/03/a'))).toBe(true);
    expect(pageIsForThisAddress(page('/search/label/C%2FC%2B%2B'), at('/search/label/C%2FC%2B%2B'))).toBe(
      true,
    );
  });

  it('is not for another address: a fallback, a 404 page, a query the host ignored', () => {
    expect(pageIsForThisAddress(page('/'), at('/search?q=visa'))).toBe(false);
    expect(pageIsForThisAddress(page('/'), at('/?page=o10'))).toBe(false);
    expect(pageIsForThisAddress(page('/404.html'), at('/2024/03/gone.html'))).toBe(false);
  });

  it('a page npm start rendered names no address: always its own', () => {
    expect(pageIsForThisAddress(page(null), at('/anything'))).toBe(true);
  });

  it('drops its state and its own head tags, keeping the build’s', () => {
    const doc = page('/');
    dropPrerenderedPage(doc);
    expect(doc.getElementById('lectern-state')).toBeNull();
    expect(doc.querySelector('title')).toBeNull();
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('link[rel="icon"]')).not.toBeNull();
    expect(doc.querySelector('meta[charset]')).not.toBeNull();
  });
});
