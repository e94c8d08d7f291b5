import {
  DecodeError,
  intInRange,
  nonEmptyString,
  object,
  oneOf,
  optional,
  withDefault,
  type Decoder,
} from '../api/decode';
import { FONT_STACKS } from './font-stacks';
import {
  DEFAULT_THEME,
  type FontStackName,
  type ThemeColors,
  type ThemeConfig,
  type ThemeFont,
  type WebFont,
} from './theme-config';

/** config.json's `theme`, checked to shapes that cannot carry anything but what they say. */

const SIDEBAR_POSITIONS = ['right', 'left', 'none'] as const;
const LOGO_PLACEMENTS = ['beside', 'instead'] as const;
const FONT_STACK_NAMES = Object.keys(FONT_STACKS) as [FontStackName, ...FontStackName[]];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const hexColor: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !HEX.test(value)) {
    throw new DecodeError(path, 'a colour as #rgb or #rrggbb, such as "#1d4e89"');
  }
  return value.toLowerCase();
};

/**
 * A URL that can sit in CSS's url("…") and in an attribute as it is: http(s) or relative, and none of
 * the characters that could end the string or the rule.
 */
export const cssSafeUrl: Decoder<string> = (value, path) => {
  const ok =
    typeof value === 'string' &&
    value.length > 0 &&
    !/[\s"'()<>\\;{}]/.test(value) &&
    URL.canParse(value, 'http://relative.invalid/') &&
    ['http:', 'https:'].includes(new URL(value, 'http://relative.invalid/').protocol);
  if (!ok) throw new DecodeError(path, 'an http(s) or relative URL without spaces, quotes or brackets');
  return value as string;
};

const woff2Url: Decoder<string> = (value, path) => {
  const checked = cssSafeUrl(value, path);
  if (!/\.woff2(?:[?#].*)?$/i.test(checked)) throw new DecodeError(path, 'the URL of a .woff2 file');
  return checked;
};

const familyName: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9 _-]{0,62}$/.test(value)) {
    throw new DecodeError(path, 'a font family name of letters, digits, spaces and dashes');
  }
  return value;
};

const fontWeight: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !/^[1-9]00(?: [1-9]00)?$/.test(value)) {
    throw new DecodeError(path, 'a weight such as "400", or a range such as "100 900"');
  }
  return value;
};

const webFont: Decoder<WebFont> = object({
  family: familyName,
  url: woff2Url,
  fallback: withDefault(oneOf(...FONT_STACK_NAMES), 'system'),
  weight: optional(fontWeight),
});

const font: Decoder<ThemeFont> = (value, path) => {
  if (typeof value === 'string') {
    if ((FONT_STACK_NAMES as string[]).includes(value)) return value as FontStackName;
    throw new DecodeError(
      path,
      `one of ${FONT_STACK_NAMES.map((name) => `"${name}"`).join(', ')}, or { "family", "url" } of a woff2 file`,
    );
  }
  return webFont(value, path);
};

const colors: Decoder<ThemeColors> = object({
  accent: optional(hexColor),
  link: optional(hexColor),
  text: optional(hexColor),
  background: optional(hexColor),
});

export const themeDecoder: Decoder<ThemeConfig> = withDefault(
  object({
    colors: optional((value, path) => ({
      ...colors(value, path),
      dark: optional(colors)((value as Record<string, unknown>).dark, `${path}.dark`),
    })),
    fonts: optional(object({ heading: optional(font), body: optional(font) })),
    logo: optional(
      object({
        url: cssSafeUrl,
        alt: nonEmptyString,
        width: intInRange(1, 2000),
        height: intInRange(1, 1000),
        placement: withDefault(oneOf(...LOGO_PLACEMENTS), 'beside'),
      }),
    ),
    headerImage: optional(
      object({ url: cssSafeUrl, width: intInRange(1, 4000), height: intInRange(1, 2000) }),
    ),
    widths: optional(
      object({ content: optional(intInRange(600, 1920)), sidebar: optional(intInRange(160, 480)) }),
    ),
    sidebar: withDefault(oneOf(...SIDEBAR_POSITIONS), DEFAULT_THEME.sidebar),
    customCss: optional(cssSafeUrl),
  }),
  DEFAULT_THEME,
);
