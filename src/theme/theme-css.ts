import { themePalette, type SchemeColors } from './palette';
import { FONT_STACKS } from './font-stacks';
import type { ThemeConfig, ThemeFont, WebFont } from './theme-config';

/**
 * A theme as CSS custom properties on :root, which src/styles.css reads (every value is a checked hex
 * colour, font stack, family name or pixel width: nothing here can end a rule). The server writes them
 * in a <style> element carrying the response's nonce (server/theme-head.ts); the browser drawing a page
 * alone sets the same properties through the CSSOM (src/theme/apply-theme.ts), which the CSP allows.
 * Decision 6 (docs/decisions/0007-theme.md) says why.
 */

const COLOR_PROPERTIES: [property: string, key: keyof SchemeColors][] = [
  ['--bg', 'bg'],
  ['--surface', 'surface'],
  ['--text', 'text'],
  ['--muted', 'muted'],
  ['--accent', 'accent'],
  ['--accent-hover', 'accentHover'],
  ['--link', 'link'],
  ['--link-hover', 'linkHover'],
  ['--border', 'border'],
];

function fontStack(font: ThemeFont): string {
  return typeof font === 'string' ? FONT_STACKS[font] : `'${font.family}', ${FONT_STACKS[font.fallback]}`;
}

/** The custom properties the theme sets, in order. */
export function themeProperties(theme: ThemeConfig): [string, string][] {
  const properties: [string, string][] = [];
  const palette = themePalette(theme);
  if (palette) {
    for (const [property, key] of COLOR_PROPERTIES) {
      properties.push([property, `light-dark(${palette.light[key]}, ${palette.dark[key]})`]);
    }
  }
  if (theme.fonts?.body) properties.push(['--font-body', fontStack(theme.fonts.body)]);
  if (theme.fonts?.heading) properties.push(['--font-heading', fontStack(theme.fonts.heading)]);
  if (theme.widths?.content) properties.push(['--layout-width', `${theme.widths.content}px`]);
  if (theme.widths?.sidebar) properties.push(['--sidebar-width', `${theme.widths.sidebar}px`]);
  return properties;
}

/** The self-hosted fonts, each file once. */
export function webFonts(theme: ThemeConfig): WebFont[] {
  const fonts = [theme.fonts?.heading, theme.fonts?.body].filter(
    (font): font is WebFont => typeof font === 'object',
  );
  return fonts.filter((font, index) => fonts.findIndex((other) => other.url === font.url) === index);
}

/** The theme's stylesheet text: the properties on :root, then each font's @font-face. */
export function themeStyleText(theme: ThemeConfig): string {
  const properties = themeProperties(theme);
  const root = properties.length > 0 ? `:root{${properties.map(([p, v]) => `${p}:${v}`).join(';')}}` : '';
  const faces = webFonts(theme)
    .map(
      (font) =>
        `@font-face{font-family:'${font.family}';src:url("${font.url}") format("woff2");` +
        `font-display:swap${font.weight ? `;font-weight:${font.weight}` : ''}}`,
    )
    .join('');
  return root + faces;
}

function originOf(url: string, page: string): string | null {
  try {
    const parsed = new URL(url, page);
    return parsed.origin === new URL(page).origin ? null : parsed.origin;
  } catch {
    return null;
  }
}

/** Other origins the theme loads from, for the CSP's style-src and font-src. */
export function themeOrigins(
  theme: ThemeConfig,
  page = 'http://relative.invalid/',
): { style: string[]; font: string[] } {
  const style = theme.customCss ? [originOf(theme.customCss, page)] : [];
  const font = webFonts(theme).map((f) => originOf(f.url, page));
  const known = (list: (string | null)[]) => [...new Set(list.filter((o): o is string => o !== null))];
  return { style: known(style), font: known(font) };
}
