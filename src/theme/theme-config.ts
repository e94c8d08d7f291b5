/**
 * config.json's `theme` (docs/configuration.md#theme): Blogger's Theme Designer as data. Everything here
 * ends up in CSS (src/theme/theme-css.ts) or in an attribute React escapes, so each value is checked to a
 * shape that cannot carry anything else: hex colours, named font stacks, family names of letters and
 * spaces, URLs without quotes, brackets or spaces (theme-decoders.ts, downloaded only for a config.json
 * that has a theme or a layout).
 */

export type FontStackName = 'system' | 'sans-serif' | 'serif' | 'monospace';

export type ThemeColors = {
  accent?: string | undefined;
  link?: string | undefined;
  text?: string | undefined;
  background?: string | undefined;
};

/** A self-hosted font: one woff2 file, shown with `font-display: swap`, preloaded by the server. */
export type WebFont = {
  family: string;
  url: string;
  /** The stack shown until the file arrives (and if it never does). */
  fallback: FontStackName;
  /** A weight or a variable font's range, "400" or "100 900". */
  weight?: string | undefined;
};

export type ThemeFont = FontStackName | WebFont;

export type ThemeConfig = {
  colors?: (ThemeColors & { dark?: ThemeColors | undefined }) | undefined;
  fonts?: { heading?: ThemeFont | undefined; body?: ThemeFont | undefined } | undefined;
  logo?:
    { url: string; alt: string; width: number; height: number; placement: 'beside' | 'instead' } | undefined;
  headerImage?: { url: string; width: number; height: number } | undefined;
  /** In CSS pixels: the whole layout's largest width, and the sidebar's. */
  widths?: { content?: number | undefined; sidebar?: number | undefined } | undefined;
  sidebar: 'right' | 'left' | 'none';
  /** A stylesheet loaded after Lectern's own (and after the theme). */
  customCss?: string | undefined;
};

export const DEFAULT_THEME: ThemeConfig = { sidebar: 'right' };
