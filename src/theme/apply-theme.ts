import { themePalette } from './palette';
import { themeProperties, webFonts } from './theme-css';
import type { ThemeConfig } from './theme-config';

/**
 * The theme for a page the browser draws alone (the static build, or the server's fallback shell):
 * called by start-up with config.json, before the blog's first render. The CSSOM writes the custom
 * properties (no <style> element, which the CSP would refuse without a nonce), the FontFace API loads
 * each font (font-display: swap, waited for up to a moment so the first render has it), and the
 * customCss link goes last in <head>. A page the server rendered already has all of this in its HTML.
 */
export async function applyTheme(theme: ThemeConfig, doc: Document = document): Promise<void> {
  const root = doc.documentElement;
  for (const [property, value] of themeProperties(theme)) root.style.setProperty(property, value);
  for (const warning of themePalette(theme)?.warnings ?? []) console.warn(`config.json: ${warning}`);
  if (theme.customCss && !doc.querySelector('link[data-lectern-custom-css]')) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = theme.customCss;
    link.dataset.lecternCustomCss = '';
    doc.head.append(link);
  }
  if (typeof FontFace !== 'function') return;
  const loads = webFonts(theme).map((font) => {
    const face = new FontFace(font.family, `url("${font.url}") format("woff2")`, {
      display: 'swap',
      ...(font.weight ? { weight: font.weight } : {}),
    });
    doc.fonts.add(face);
    return face.load();
  });
  // Drawn in the font when it comes quickly; never held back long for it (swap does the rest).
  await Promise.race([Promise.allSettled(loads), new Promise((resolve) => setTimeout(resolve, 300))]);
}
