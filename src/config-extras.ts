import type { AppConfig, ConfigExtras } from './config';
import { layoutDecoder } from './layout-decoders';
import { themeDecoder } from './theme/theme-decoders';

/**
 * The decoders of config.json's `theme` and `layout`: the browser downloads them only for a file that
 * has either (most blogs keep Lectern's look and today's sidebar), the server and tests take them at once.
 */
export const configExtras: ConfigExtras = {
  theme: themeDecoder,
  layout: layoutDecoder,
  finish: withArchiveGadget,
  // The colours, fonts and customCss of a page the browser draws alone, before its first render
  // (decision 6); the code comes only for a theme that has styles.
  apply: (theme) =>
    (theme.colors ?? theme.fonts ?? theme.widths ?? theme.customCss)
      ? import('./theme/apply-theme').then(({ applyTheme }) => applyTheme(theme))
      : Promise.resolve(),
};

/** A Blog Archive gadget's own style and order (layout.sidebar) win over the top-level `archive`. */
function withArchiveGadget(config: AppConfig): AppConfig {
  const gadget = config.layout.sidebar.find((item) => item.type === 'archive');
  if (!gadget || (!gadget.style && !gadget.order)) return config;
  return {
    ...config,
    archive: { style: gadget.style ?? config.archive.style, order: gadget.order ?? config.archive.order },
  };
}
