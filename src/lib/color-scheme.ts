import { readStored, removeStored, writeStored } from './local-store';

/**
 * The reader's colour scheme. 'auto' follows the system (prefers-color-scheme); 'light' and 'dark'
 * pin it with `data-scheme` on <html>, which src/styles.css turns into `color-scheme`.
 *
 * public/color-scheme.js applies the same stored choice before first paint (a classic script, since
 * the CSP forbids inline ones): keep its key and attribute in step with this module.
 */
export type ColorScheme = 'auto' | 'light' | 'dark';

export const COLOR_SCHEMES: readonly ColorScheme[] = ['auto', 'light', 'dark'];

export const COLOR_SCHEME_KEY = 'lectern:color-scheme';

function isPinned(value: unknown): value is 'light' | 'dark' {
  return value === 'light' || value === 'dark';
}

export function readColorScheme(): ColorScheme {
  return readStored(COLOR_SCHEME_KEY, isPinned) ?? 'auto';
}

/** Sets the attribute and the color-scheme meta (which styles the browser's own canvas and controls). */
export function applyColorScheme(scheme: ColorScheme, root: HTMLElement = document.documentElement): void {
  if (scheme === 'auto') root.removeAttribute('data-scheme');
  else root.setAttribute('data-scheme', scheme);
  const meta = root.ownerDocument.querySelector('meta[name="color-scheme"]');
  meta?.setAttribute('content', scheme === 'auto' ? 'light dark' : scheme);
}

export function saveColorScheme(scheme: ColorScheme): void {
  if (scheme === 'auto') removeStored(COLOR_SCHEME_KEY);
  else writeStored(COLOR_SCHEME_KEY, scheme);
}
