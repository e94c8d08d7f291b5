import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBlogApi } from '../src/api/create-blog-api';
import { ConfigError, loadConfig, parseConfig } from '../src/config';
import { server } from '../mocks/node';
import { DEFAULT_LAYOUT } from '../src/layout-config';
import { DEFAULT_THEME } from '../src/theme/theme-config';

describe('parseConfig', () => {
  it('accepts the shipped demo configuration', () => {
    expect(parseConfig({ backend: { kind: 'demo' }, translate: { provider: 'auto' } })).toEqual({
      backend: { kind: 'demo' },
      translate: { provider: 'auto', url: undefined, key: undefined },
      archive: { style: 'hierarchy', order: 'newest' },
      offline: { enabled: true },
      ui: { locale: undefined },
      theme: DEFAULT_THEME,
      layout: DEFAULT_LAYOUT,
    });
  });

  it('reads the site URL, and names a bad one', () => {
    const config = parseConfig({ backend: { kind: 'demo' }, siteUrl: 'https://blog.example.org/' });
    expect(config.siteUrl).toBe('https://blog.example.org/');
    expect(() => parseConfig({ backend: { kind: 'demo' }, siteUrl: 'not a url' })).toThrow(/siteUrl/);
    expect(() => parseConfig({ backend: { kind: 'demo' }, siteUrl: '/relative/' })).toThrow(/siteUrl/);
  });

  it('reads the blog’s language in its canonical spelling, and names a bad one', () => {
    expect(parseConfig({ backend: { kind: 'demo' }, ui: { locale: 'pt_br' } }).ui.locale).toBe('pt-BR');
    expect(() => parseConfig({ backend: { kind: 'demo' }, ui: { locale: 'not a language' } })).toThrow(
      /ui\.locale should be a language tag/,
    );
  });

  it('defaults the translate provider to auto when the section is missing', () => {
    expect(parseConfig({ backend: { kind: 'demo' } }).translate.provider).toBe('auto');
  });

  it('reads a native backend with its API root', () => {
    expect(parseConfig({ backend: { kind: 'native', url: 'https://blog.example/api' } }).backend).toEqual({
      kind: 'native',
      url: 'https://blog.example/api',
    });
  });

  it('names the missing field of a backend', () => {
    expect(() => parseConfig({ backend: { kind: 'native' } })).toThrowError(
      expect.objectContaining({ name: 'ConfigError', field: 'backend.url' }),
    );
    expect(() => parseConfig({ backend: { kind: 'blogger', blogId: '42' } })).toThrowError(/backend\.key/);
  });

  it('names an unknown backend kind and lists the valid ones', () => {
    expect(() => parseConfig({ backend: { kind: 'tumblr' } })).toThrowError(
      /backend\.kind should be one of "demo", "native", "wordpress", "blogger", "ghost", "jsonfeed"/,
    );
  });

  it('rejects a config that is not an object, and a missing backend', () => {
    expect(() => parseConfig([])).toThrowError(ConfigError);
    expect(() => parseConfig({})).toThrowError(/backend should be an object/);
  });

  it('rejects an unknown translate provider and libretranslate without a url', () => {
    expect(() => parseConfig({ backend: { kind: 'demo' }, translate: { provider: 'deepl' } })).toThrowError(
      /translate\.provider/,
    );
    expect(() =>
      parseConfig({ backend: { kind: 'demo' }, translate: { provider: 'libretranslate' } }),
    ).toThrowError(/translate\.url/);
  });
});

describe('createBlogApi', () => {
  it.each([
    [{ kind: 'wordpress', url: 'https://blog.example/' }, 'wordpress:https://blog.example', 'write'],
    [{ kind: 'blogger', blogId: '42', key: 'k' }, 'blogger:42', 'read'],
    [{ kind: 'ghost', url: 'https://blog.example/', key: 'k' }, 'ghost:https://blog.example', 'none'],
    [
      { kind: 'jsonfeed', url: 'https://blog.example/feed.json' },
      'jsonfeed:https://blog.example/feed.json',
      'none',
    ],
  ])('creates the %o adapter with its own identity and honest capabilities', (raw, id, comments) => {
    const api = createBlogApi(parseConfig({ backend: raw }).backend, fetch);
    expect(api.id).toBe(id);
    expect(api.capabilities).toMatchObject({ comments, archive: 'derived' });
  });

  it('gives the demo and a native backend different identities, so their caches never mix', () => {
    const demo = createBlogApi({ kind: 'demo' }, fetch);
    const native = createBlogApi({ kind: 'native', url: 'https://blog.example/api/' }, fetch);
    expect(demo.id).toBe('demo');
    expect(native.id).toBe('native:https://blog.example/api');
  });
});

describe('loadConfig', () => {
  it('loads and validates config.json', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.json({ backend: { kind: 'demo' } })));
    await expect(loadConfig(fetch, '/config.json')).resolves.toMatchObject({ backend: { kind: 'demo' } });
  });

  it('says when config.json is missing', async () => {
    server.use(http.get('*/config.json', () => new HttpResponse('Not found', { status: 404 })));
    await expect(loadConfig(fetch, '/config.json')).rejects.toThrowError(/could not be loaded .*HTTP 404/);
  });

  it('says when config.json is not JSON', async () => {
    server.use(http.get('*/config.json', () => new HttpResponse('{ backend: demo', { status: 200 })));
    await expect(loadConfig(fetch, '/config.json')).rejects.toThrowError(/is not valid JSON/);
  });

  it('says when the server cannot be reached', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.error()));
    await expect(loadConfig(fetch, '/config.json')).rejects.toThrowError(/did not answer/);
  });
});
