import type { ThemeColors, ThemeConfig } from './theme-config';

/**
 * The theme's colours as the page uses them: each configured colour for the light and the dark scheme
 * (the dark one derived from the light one when config.json gives none), the colours Lectern derives
 * from them (surface, muted text, borders, hover), and every text colour moved just far enough toward
 * black or white to meet WCAG AA (4.5:1) on the background, so a page keeps passing axe whatever the
 * configuration. A configured pair that needed moving is a warning naming the field.
 */

type Rgb = [number, number, number];

/** Lectern's own palette (src/styles.css), the starting point for colours config.json leaves out. */
const DEFAULTS: Record<'light' | 'dark', Required<ThemeColors>> = {
  light: { accent: '#1d4e89', link: '#1d4e89', text: '#1f2328', background: '#ffffff' },
  dark: { accent: '#8cb8ff', link: '#8cb8ff', text: '#e8e6e3', background: '#15171a' },
};

export const AA_TEXT = 4.5;

export function parseHex(hex: string): Rgb {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two hex colours, 1–21. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)), luminance(parseHex(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `a` moved toward `b` by `amount` (0–1), in sRGB. */
export function mix(a: string, b: string, amount: number): string {
  const [x, y] = [parseHex(a), parseHex(b)];
  return toHex(x.map((c, i) => c + (y[i]! - c) * amount) as Rgb);
}

/** The colour moved toward black or white (whichever contrasts more with the backgrounds) until it meets `ratio`. */
export function ensureContrast(color: string, backgrounds: string[], ratio = AA_TEXT): string {
  const worst = (c: string) => Math.min(...backgrounds.map((bg) => contrast(c, bg)));
  if (worst(color) >= ratio) return color;
  const towards = worst('#000000') >= worst('#ffffff') ? '#000000' : '#ffffff';
  for (let step = 1; step <= 20; step++) {
    const moved = mix(color, towards, step / 20);
    if (worst(moved) >= ratio + 0.05) return moved;
  }
  return towards;
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rs, gs, bs] = [r / 255, g / 255, b / 255];
  const max = Math.max(rs, gs, bs);
  const min = Math.min(rs, gs, bs);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h =
    max === rs
      ? ((gs - bs) / d + (gs < bs ? 6 : 0)) / 6
      : max === gs
        ? ((bs - rs) / d + 2) / 6
        : ((rs - gs) / d + 4) / 6;
  return [h, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const hue = (p: number, q: number, t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  if (s === 0) return toHex([l * 255, l * 255, l * 255]);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return toHex([hue(p, q, h + 1 / 3) * 255, hue(p, q, h) * 255, hue(p, q, h - 1 / 3) * 255]);
}

/** A light scheme's colour as the dark scheme's: same hue, lightness turned over. */
function darken(role: keyof ThemeColors, light: string): string {
  const [h, s, l] = toHsl(parseHex(light));
  switch (role) {
    case 'background':
      return fromHsl(h, Math.min(s, 0.25), 0.09);
    case 'text':
      return fromHsl(h, Math.min(s, 0.15), 0.9);
    default:
      return fromHsl(h, s, Math.max(1 - l, 0.72));
  }
}

export type SchemeColors = {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  accent: string;
  accentHover: string;
  link: string;
  linkHover: string;
  border: string;
};

export type Palette = {
  light: SchemeColors;
  dark: SchemeColors;
  /** Configured colours below AA on their background, each naming its field. */
  warnings: string[];
};

const ROLES = ['accent', 'link', 'text', 'background'] as const;

function scheme(
  name: 'light' | 'dark',
  chosen: Required<ThemeColors>,
  configured: (role: (typeof ROLES)[number]) => string | null,
  warnings: string[],
): SchemeColors {
  const bg = chosen.background;
  const surface = mix(bg, chosen.text, name === 'light' ? 0.04 : 0.07);
  const fit = (role: 'accent' | 'link' | 'text', color: string) => {
    const fitted = ensureContrast(color, [bg, surface]);
    const field = configured(role);
    if (fitted !== color && field) {
      warnings.push(
        `${field} (${color}) has a contrast of ${contrast(color, bg).toFixed(2)}:1 with the ${name} background, ` +
          `below WCAG AA's 4.5:1: the page shows ${fitted} instead.`,
      );
    }
    return fitted;
  };
  const text = fit('text', chosen.text);
  const accent = fit('accent', chosen.accent);
  const link = fit('link', chosen.link);
  const hoverTowards = name === 'light' ? '#000000' : '#ffffff';
  return {
    bg,
    surface,
    text,
    muted: ensureContrast(mix(text, bg, 0.3), [bg, surface]),
    accent,
    accentHover: ensureContrast(mix(accent, hoverTowards, 0.3), [bg, surface]),
    link,
    linkHover: ensureContrast(mix(link, hoverTowards, 0.3), [bg, surface]),
    border: mix(bg, text, 0.2),
  };
}

/** The page's colours for a theme, or null when config.json sets none (styles.css's own palette holds). */
export function themePalette(theme: ThemeConfig): Palette | null {
  const colors = theme.colors;
  if (!colors || ROLES.every((role) => !colors[role] && !colors.dark?.[role])) return null;
  const warnings: string[] = [];
  const lightChosen = { ...DEFAULTS.light };
  for (const role of ROLES) {
    const value = colors[role];
    if (value) lightChosen[role] = value;
  }
  // A blog that sets only its accent keeps its accent as the link colour too.
  if (!colors.link && colors.accent) lightChosen.link = colors.accent;
  const darkChosen = { ...DEFAULTS.dark };
  for (const role of ROLES) {
    const value = colors.dark?.[role] ?? (colors[role] ? darken(role, colors[role]) : undefined);
    if (value) darkChosen[role] = value;
  }
  if (!colors.dark?.link && !colors.link && (colors.dark?.accent ?? colors.accent)) {
    darkChosen.link = darkChosen.accent;
  }
  const light = scheme(
    'light',
    lightChosen,
    (role) => (colors[role] ? `theme.colors.${role}` : null),
    warnings,
  );
  const dark = scheme(
    'dark',
    darkChosen,
    (role) => (colors.dark?.[role] ? `theme.colors.dark.${role}` : null),
    warnings,
  );
  return { light, dark, warnings };
}
