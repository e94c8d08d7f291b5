import { createHash } from 'node:crypto';
import { themeStyleText, webFonts } from '../src/theme/theme-css';
import type { ThemeConfig } from '../src/theme/theme-config';

/**
 * The theme in a server-rendered page's <head>, after Lectern's stylesheet: its custom properties and
 * @font-face rules in a <style> carrying the response's nonce (style-src allows that nonce), a preload
 * of each font (so the text is drawn once, in its font: no shift), then the owner's customCss, last.
 * Every value was checked by src/theme/theme-config.ts to carry no quote, bracket or `<`.
 */
export function themeHead(theme: ThemeConfig, nonce: string): string {
  const css = themeStyleText(theme);
  const style = css ? `<style id="lectern-theme" nonce="${nonce}">${css}</style>` : '';
  const preloads = webFonts(theme)
    .map((font) => `<link rel="preload" href="${font.url}" as="font" type="font/woff2" crossorigin>`)
    .join('');
  const custom = theme.customCss ? `<link rel="stylesheet" href="${theme.customCss}">` : '';
  return preloads + style + custom;
}

/**
 * The CSP source of the theme's <style> for a prerendered page, which has no nonce: its text's sha256
 * (`style-src 'sha256-…'` in the _headers file), or null for a theme without one.
 */
export function themeStyleSource(theme: ThemeConfig): string | null {
  const css = themeStyleText(theme);
  return css ? `'sha256-${createHash('sha256').update(css).digest('base64')}'` : null;
}
