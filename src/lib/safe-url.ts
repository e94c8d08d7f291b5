/**
 * A URL from data Lectern does not control (author link, photo, feed, permalink), if it is http(s),
 * absolute or relative to the page; anything else (javascript:, data:, vbscript:, blob:…) becomes null
 * rather than failing a whole answer over one field. Pure: the same on the server as in the browser, so
 * the decoders (src/api/decode.ts) and the sanitizer (src/lib/sanitize-html.ts) share it; the domain
 * layer in eslint.config.js's LAYERS, below both.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const { protocol } = new URL(value.trim(), 'http://relative.invalid/');
    return protocol === 'http:' || protocol === 'https:' ? value.trim() : null;
  } catch {
    return null;
  }
}
