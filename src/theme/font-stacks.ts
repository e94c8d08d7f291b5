import type { FontStackName } from './theme-config';

/** The system font stacks config.json's theme names: nothing to download. */
export const FONT_STACKS: Record<FontStackName, string> = {
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  'sans-serif': "'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
  serif: "Georgia, 'Times New Roman', serif",
  monospace: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
};
