// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type AnySchema, type ErrorObject } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseLecternConfig } from '../server/server-config';
import { ConfigError } from '../src/config';

/*
 * public/config.schema.json (for editors) against the validator the app and the server use
 * (src/config.ts, server/server-config.ts): every configuration one accepts the other accepts, every
 * one it refuses the other refuses at the same field, and the schema describes every field the
 * validator returns. Adding a field to one and not the other fails here.
 */

const root = join(import.meta.dirname, '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const schema = readJson('public/config.schema.json') as Record<string, unknown>;
const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(
  schema as AnySchema,
);

const FULL_EXAMPLE = 'docs/config.example.json';

const valid: Record<string, unknown> = {
  'the shipped config.json': readJson('public/config.json'),
  'the full example in docs/': readJson(FULL_EXAMPLE),
  'demo with faults': {
    backend: { kind: 'demo', faults: { errors: 0.2, latency: 800, hang: 2, malformed: 0.1, seed: 7 } },
  },
  native: { backend: { kind: 'native', url: '/api' } },
  'JSON Feed': { backend: { kind: 'jsonfeed', url: 'https://example.org/feed.json' } },
  Blogger: { backend: { kind: 'blogger', blogId: '123', key: 'AIza', url: 'https://proxy.example.org/v3' } },
  Ghost: { backend: { kind: 'ghost', url: 'https://ghost.example.org', key: 'abc123' } },
  'LibreTranslate with its url': {
    backend: { kind: 'demo' },
    translate: { provider: 'libretranslate', url: 'https://t.example.org' },
  },
  'no translation, flat archive, no offline': {
    backend: { kind: 'demo' },
    translate: { provider: 'none' },
    archive: { style: 'flat', order: 'oldest' },
    offline: { enabled: false },
    server: { backendCacheSeconds: 0 },
  },
  'a themed blog: system fonts, sidebar left, a short sidebar': {
    backend: { kind: 'demo' },
    theme: { colors: { accent: '#0a7' }, fonts: { heading: 'serif', body: 'system' }, sidebar: 'left' },
    layout: { sidebar: [{ type: 'search' }, { type: 'labels', display: 'cloud' }], posts: { home: 'full' } },
  },
  'the themed example in docs/': readJson('docs/config.themed.example.json'),
};

/** Each refused, and the field both name. */
const invalid: [name: string, config: unknown, field: string][] = [
  ['no backend', {}, 'backend'],
  ['a language that is no tag', { backend: { kind: 'demo' }, ui: { locale: 'Deutsch!' } }, 'ui.locale'],
  ['an unknown backend', { backend: { kind: 'tumblr' } }, 'backend.kind'],
  ['WordPress without its url', { backend: { kind: 'wordpress' } }, 'backend.url'],
  ['Ghost without its key', { backend: { kind: 'ghost', url: 'https://g.example.org' } }, 'backend.key'],
  ['Blogger with an empty key', { backend: { kind: 'blogger', blogId: '1', key: ' ' } }, 'backend.key'],
  [
    'a timeout under a second',
    { backend: { kind: 'native', url: '/api', timeoutMs: 10 } },
    'backend.timeoutMs',
  ],
  ['a fault share over 1', { backend: { kind: 'demo', faults: { errors: 2 } } }, 'backend.faults.errors'],
  [
    'an unknown provider',
    { backend: { kind: 'demo' }, translate: { provider: 'deepl' } },
    'translate.provider',
  ],
  [
    'LibreTranslate without its url',
    { backend: { kind: 'demo' }, translate: { provider: 'libretranslate' } },
    'translate.url',
  ],
  ['an unknown archive style', { backend: { kind: 'demo' }, archive: { style: 'tree' } }, 'archive.style'],
  ['offline as a string', { backend: { kind: 'demo' }, offline: { enabled: 'no' } }, 'offline.enabled'],
  [
    'a URL as an iframe host',
    { backend: { kind: 'demo' }, embeds: { iframeHosts: ['https://x.example.org/'] } },
    'embeds.iframeHosts[0]',
  ],
  ['a relative siteUrl', { backend: { kind: 'demo' }, siteUrl: '/blog/' }, 'siteUrl'],
  [
    'a negative cache time',
    { backend: { kind: 'demo' }, server: { backendCacheSeconds: -1 } },
    'server.backendCacheSeconds',
  ],
  [
    'a colour by name',
    { backend: { kind: 'demo' }, theme: { colors: { link: 'teal' } } },
    'theme.colors.link',
  ],
  [
    'a dark colour without its #',
    { backend: { kind: 'demo' }, theme: { colors: { dark: { text: 'eeeeee' } } } },
    'theme.colors.dark.text',
  ],
  [
    'a font that is not woff2',
    { backend: { kind: 'demo' }, theme: { fonts: { body: { family: 'Lora', url: '/lora.ttf' } } } },
    'theme.fonts.body.url',
  ],
  [
    'a customCss URL that could end the rule',
    { backend: { kind: 'demo' }, theme: { customCss: '/a.css");x{' } },
    'theme.customCss',
  ],
  ['a sidebar on top', { backend: { kind: 'demo' }, theme: { sidebar: 'top' } }, 'theme.sidebar'],
  [
    'a logo without its size',
    { backend: { kind: 'demo' }, theme: { logo: { url: '/logo.svg', alt: 'Home' } } },
    'theme.logo.width',
  ],
  [
    'an unknown gadget',
    { backend: { kind: 'demo' }, layout: { sidebar: [{ type: 'search' }, { type: 'weather' }] } },
    'layout.sidebar[1].type',
  ],
  [
    'a labels display that is neither list nor cloud',
    { backend: { kind: 'demo' }, layout: { sidebar: [{ type: 'labels', display: 'pie' }] } },
    'layout.sidebar[0].display',
  ],
  [
    'a Link List link to javascript:',
    {
      backend: { kind: 'demo' },
      layout: { sidebar: [{ type: 'link-list', links: [{ title: 'x', url: 'javascript:alert(1)' }] }] },
    },
    'layout.sidebar[0].links[0].url',
  ],
  [
    'a Text gadget without its html',
    { backend: { kind: 'demo' }, layout: { sidebar: [{ type: 'text', title: 'Hi' }] } },
    'layout.sidebar[0].html',
  ],
  [
    'too many popular posts',
    { backend: { kind: 'demo' }, layout: { sidebar: [{ type: 'popular-posts', count: 100 }] } },
    'layout.sidebar[0].count',
  ],
  ['no posts per page', { backend: { kind: 'demo' }, layout: { posts: { count: 0 } } }, 'layout.posts.count'],
  [
    'a widget deadline too long',
    { backend: { kind: 'demo' }, server: { widgetDeadlineMs: 60_000 } },
    'server.widgetDeadlineMs',
  ],
];

/** ajv's "/backend/url" (or a missing property reported on its parent) as the validator's "backend.url". */
function schemaFields(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const parts = error.instancePath.split('/').slice(1);
    if (error.keyword === 'required') parts.push(String(error.params['missingProperty']));
    return parts.reduce(
      (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
      '',
    );
  });
}

function validatorField(config: unknown): string | null {
  try {
    parseLecternConfig(config);
    return null;
  } catch (error) {
    if (error instanceof ConfigError) return error.field;
    throw error;
  }
}

/** Every property path the schema describes ("backend.faults.errors", "embeds.iframeHosts[]"). */
function describedPaths(node: unknown, prefix: string, into: Set<string>): Set<string> {
  if (typeof node !== 'object' || node === null) return into;
  const record = node as Record<string, unknown>;
  if (typeof record['$ref'] === 'string') {
    const target = (record['$ref'] as string).replace('#/$defs/', '');
    describedPaths((schema['$defs'] as Record<string, unknown>)[target], prefix, into);
  }
  for (const [key, child] of Object.entries((record['properties'] as Record<string, unknown>) ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    into.add(path);
    describedPaths(child, path, into);
  }
  for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
    for (const branch of (record[keyword] as unknown[]) ?? []) describedPaths(branch, prefix, into);
  }
  if (record['items']) describedPaths(record['items'], `${prefix}[]`, into);
  return into;
}

/** Every key path of a decoded configuration (arrays as "[]"), undefined fields left out. */
function keyPaths(value: unknown, prefix: string, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      into.add(path);
      keyPaths(child, path, into);
    }
  }
  return into;
}

describe('config.schema.json and the validator', () => {
  it.each(Object.entries(valid))('both accept %s', (_name, config) => {
    expect(schemaFields(validate(config) ? [] : validate.errors)).toEqual([]);
    expect(validatorField(config)).toBeNull();
  });

  it.each(invalid)('both refuse %s, naming the same field', (_name, config, field) => {
    expect(validate(config)).toBe(false);
    expect(schemaFields(validate.errors)).toContain(field);
    expect(validatorField(config)).toBe(field);
  });

  it('describes every field the validator returns, and the full example uses every field it describes', () => {
    const described = describedPaths(schema, '', new Set());
    described.delete('$schema');
    const decoded = keyPaths(parseLecternConfig(readJson(FULL_EXAMPLE)), '', new Set());
    expect([...decoded].filter((path) => !described.has(path))).toEqual([]);
    const example = keyPaths(readJson(FULL_EXAMPLE), '', new Set());
    example.delete('$schema');
    const unused = [...described].filter((path) => !example.has(path) && !path.startsWith('backend.'));
    // The example is one WordPress blog: the other backends' fields are shown by the cases above.
    expect(unused).toEqual([]);
  });

  it('gives the defaults the validator uses', () => {
    const decoded = parseLecternConfig({ backend: { kind: 'demo' } }) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    const properties = schema['properties'] as Record<
      string,
      { properties?: Record<string, { default?: unknown }> }
    >;
    for (const section of ['translate', 'archive', 'offline', 'server']) {
      for (const [field, described] of Object.entries(properties[section]?.properties ?? {})) {
        if ('default' in described)
          expect([section, field, decoded[section]?.[field]]).toEqual([section, field, described.default]);
      }
    }
  });
});
