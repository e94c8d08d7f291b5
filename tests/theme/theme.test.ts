// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../server/prerender/redirects-file';
import { parseLecternConfig } from '../../server/server-config';
import { ConfigError, parseConfig } from '../../src/config';
import { configExtras } from '../../src/config-extras';
import { DEFAULT_SIDEBAR, gadgetTitle } from '../../src/layout-config';
import { AA_TEXT, contrast, ensureContrast, themePalette } from '../../src/theme/palette';
import { themeOrigins, themeProperties, themeStyleText } from '../../src/theme/theme-css';
import type { ThemeConfig } from '../../src/theme/theme-config';
import { get, serverHandler } from '../support/server-setup';

const parse = (extra: Record<string, unknown>) =>
  parseConfig({ backend: { kind: 'demo' }, ...extra }, configExtras);

function refusal(extra: Record<string, unknown>): ConfigError {
  try {
    parse(extra);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('theme and layout in config.json', () => {
  it('defaults to Lectern’s look and today’s sidebar', () => {
    const config = parse({});
    expect(config.theme).toEqual({ sidebar: 'right' });
    expect(config.layout.sidebar).toEqual(DEFAULT_SIDEBAR);
    expect(config.layout.posts).toEqual({ count: 10, home: 'snippets' });
    expect(themeStyleText(config.theme)).toBe('');
  });

  it.each([
    [{ layout: { sidebar: [{ type: 'weather' }] } }, 'layout.sidebar[0].type', /should be one of "profile"/],
    [{ layout: { sidebar: [{ type: 'labels', sort: 'random' }] } }, 'layout.sidebar[0].sort', /"frequency"/],
    [{ layout: { sidebar: [{ type: 'text', html: '' }] } }, 'layout.sidebar[0].html', /non-empty/],
    [{ layout: { sidebar: [{ type: 'search', title: 7 }] } }, 'layout.sidebar[0].title', /./],
    [{ layout: { posts: { home: 'excerpts' } } }, 'layout.posts.home', /"snippets", "full"/],
    [{ theme: { colors: { accent: 'purple' } } }, 'theme.colors.accent', /#rgb or #rrggbb/],
    [{ theme: { fonts: { heading: 'Comic' } } }, 'theme.fonts.heading', /"serif"/],
    [
      { theme: { fonts: { body: { family: 'x;}', url: '/f.woff2' } } } },
      'theme.fonts.body.family',
      /family name/,
    ],
  ])('names the field of a mistake: %j', (extra, field, wording) => {
    const error = refusal(extra);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(
      new RegExp(`^In config.json, ${field.replace(/[[\].]/g, '\\$&')} should be`),
    );
    expect(error.message).toMatch(wording);
  });

  it('lets a Blog Archive gadget’s style and order win over the top-level archive', () => {
    const config = parse({
      archive: { style: 'menu', order: 'newest' },
      layout: { sidebar: [{ type: 'archive', order: 'oldest' }] },
    });
    expect(config.archive).toEqual({ style: 'menu', order: 'oldest' });
  });

  it('titles each gadget from one table, config.json’s title first, Contributors for several authors', () => {
    expect(gadgetTitle({ type: 'search' })).toBe('Search This Blog');
    expect(gadgetTitle({ type: 'search', title: 'Find' })).toBe('Find');
    expect(gadgetTitle({ type: 'profile', authors: ['a'] })).toBe('About Me');
    expect(gadgetTitle({ type: 'profile', authors: ['a', 'b'] })).toBe('Contributors');
  });
});

describe('theme palette', () => {
  it('measures WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('moves a colour just far enough to meet AA on every background', () => {
    const fitted = ensureContrast('#aaaaaa', ['#ffffff', '#f5f5f5']);
    expect(contrast(fitted, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(fitted, '#f5f5f5')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(fitted, '#f5f5f5')).toBeLessThan(7);
  });

  it('derives the dark scheme from light colours, every text colour at AA in both', () => {
    const palette = themePalette({ sidebar: 'right', colors: { accent: '#6b2f8a', background: '#fbf8f3' } });
    if (!palette) throw new Error('no palette');
    for (const scheme of [palette.light, palette.dark]) {
      for (const color of [scheme.text, scheme.muted, scheme.link, scheme.accent, scheme.linkHover]) {
        expect(contrast(color, scheme.bg)).toBeGreaterThanOrEqual(AA_TEXT);
        expect(contrast(color, scheme.surface)).toBeGreaterThanOrEqual(AA_TEXT);
      }
    }
    expect(palette.light.bg).toBe('#fbf8f3');
    // Dark: a dark background of the same hue, a light accent.
    expect(contrast(palette.dark.bg, '#000000')).toBeLessThan(2);
    expect(palette.warnings).toEqual([]);
  });

  it('warns of a configured pair below AA, naming the field, and shows an adjusted colour', () => {
    const theme: ThemeConfig = {
      sidebar: 'right',
      colors: { link: '#9ab0c8', background: '#ffffff', dark: { text: '#333333', background: '#111111' } },
    };
    const palette = themePalette(theme);
    expect(palette?.warnings).toEqual([
      expect.stringMatching(
        /^theme\.colors\.link \(#9ab0c8\) has a contrast of 2\.\d\d:1 with the light background/,
      ),
      expect.stringMatching(/^theme\.colors\.dark\.text \(#333333\)/),
    ]);
    expect(contrast(palette!.light.link, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(palette!.dark.text, '#111111')).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('writes custom properties, fonts with swap, and lists the other origins it loads from', () => {
    const theme: ThemeConfig = {
      sidebar: 'left',
      colors: { accent: '#336699' },
      fonts: { heading: { family: 'Lora', url: 'https://fonts.example.org/lora.woff2', fallback: 'serif' } },
      widths: { sidebar: 320 },
      customCss: 'https://cdn.example.org/site.css',
    };
    const properties = Object.fromEntries(themeProperties(theme));
    expect(properties['--accent']).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
    expect(properties['--font-heading']).toBe("'Lora', Georgia, 'Times New Roman', serif");
    expect(properties['--sidebar-width']).toBe('320px');
    expect(themeStyleText(theme)).toContain(
      `@font-face{font-family:'Lora';src:url("https://fonts.example.org/lora.woff2") format("woff2");font-display:swap}`,
    );
    expect(themeOrigins(theme, 'https://blog.example.org/')).toEqual({
      style: ['https://cdn.example.org'],
      font: ['https://fonts.example.org'],
    });
  });
});

describe('a themed page from npm start', () => {
  const config = {
    backend: { kind: 'demo' },
    theme: {
      colors: { accent: '#6b2f8a' },
      fonts: { body: { family: 'Lora', url: 'https://fonts.example.org/lora.woff2' } },
      customCss: 'https://cdn.example.org/site.css',
    },
  };

  it('carries the theme in a nonce’d style after Lectern’s stylesheet, the font preloaded, customCss last', async () => {
    const { handler } = serverHandler(config);
    const { response, document } = await get(handler, '/');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}' https://cdn.example.org`);
    expect(csp).toContain("font-src 'self' https://fonts.example.org");
    const style = document.querySelector('style#lectern-theme');
    expect(style?.getAttribute('nonce')).toBe(nonce);
    expect(style?.textContent).toMatch(/^:root\{--bg:light-dark\(/);
    expect(document.querySelector('link[rel=preload][as=font]')?.getAttribute('href')).toBe(
      'https://fonts.example.org/lora.woff2',
    );
    const sheets = [...document.head.querySelectorAll('link[rel=stylesheet], style')];
    expect(sheets.at(-1)?.getAttribute('href')).toBe('https://cdn.example.org/site.css');
  });

  it('sends no theme style, and the policy as before, for a blog without a theme', async () => {
    const { handler } = serverHandler();
    const { response, document } = await get(handler, '/');
    expect(document.querySelector('style#lectern-theme')).toBeNull();
    expect(response.headers.get('Content-Security-Policy')).not.toContain('font-src');
  });
});

describe('a themed blog prerendered for a static host', () => {
  it('lets the theme’s style in by its hash in _headers, with no nonce left in the policy', () => {
    const config = parseLecternConfig({
      backend: { kind: 'native', url: 'https://api.blog.example' },
      siteUrl: 'https://blog.example.org/',
      theme: { colors: { accent: '#6b2f8a' } },
    });
    const css = themeStyleText(config.theme);
    const hash = createHash('sha256').update(css).digest('base64');
    const headers = headersFile(config);
    expect(headers).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(headers).not.toContain('nonce');
    expect(headersFile(parseLecternConfig({ ...config, theme: undefined }))).toContain("style-src 'self';");
  });
});
