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

/** Whether storage kept the choice (it may be full or disabled). */
export function saveColorScheme(scheme: ColorScheme): boolean {
  if (scheme === 'auto') {
    removeStored(COLOR_SCHEME_KEY);
    return true;
  }
  return writeStored(COLOR_SCHEME_KEY, scheme);
}

const listeners = new Set<() => void>();
/** A choice made in this tab that storage would not keep (some private modes): it holds for the visit. */
let unsaved: ColorScheme | null = null;

/** The reader's choice as this tab knows it: stored, or made here and not storable. */
export function currentColorScheme(): ColorScheme {
  return unsaved ?? readColorScheme();
}

/** Saves the reader's choice and tells every subscriber in this tab (other tabs get a storage event). */
export function chooseColorScheme(scheme: ColorScheme): void {
  unsaved = saveColorScheme(scheme) ? null : scheme;
  for (const listener of listeners) listener();
}

/** Calls `onChange` when the choice changes, in this tab or another; browser only. */
export function subscribeToColorScheme(onChange: () => void): () => void {
  function onStorage(event: StorageEvent) {
    if (event.key !== COLOR_SCHEME_KEY && event.key !== null) return;
    // Another tab stored a choice: it is the one to follow now.
    unsaved = null;
    onChange();
  }
  listeners.add(onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}
