// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config';
import { DEFAULT_SERVER, parseLecternConfig } from '../../server/server-config';

describe("npm start's settings in config.json", () => {
  it('defaults every server setting, and reads the ones given', () => {
    expect(parseLecternConfig({ backend: { kind: 'demo' } }).server).toEqual(DEFAULT_SERVER);
    const config = parseLecternConfig({
      backend: { kind: 'demo' },
      server: { backendCacheSeconds: 0, pageMaxAgeSeconds: 300 },
    });
    // pageCacheSeconds unset follows backendCacheSeconds: a server told to reuse no answer reuses no page.
    expect(config.server).toEqual({
      ...DEFAULT_SERVER,
      backendCacheSeconds: 0,
      pageCacheSeconds: 0,
      pageMaxAgeSeconds: 300,
    });
    const pages = (server: unknown) => parseLecternConfig({ backend: { kind: 'demo' }, server }).server;
    expect(pages({ pageCacheSeconds: 0 })).toMatchObject({ backendCacheSeconds: 10, pageCacheSeconds: 0 });
    expect(pages({ backendCacheSeconds: 30, pageCacheSeconds: 5 }).pageCacheSeconds).toBe(5);
    expect(() => pages({ pageCacheSeconds: 86_401 })).toThrow(
      'In config.json, server.pageCacheSeconds should be an integer from 0 to 86400.',
    );
    expect(() => pages({ pageCacheSeconds: 1.5 })).toThrow(ConfigError);
    expect(config.backend).toEqual({ kind: 'demo', faults: undefined, timeoutMs: undefined });
  });

  it('names a bad setting, as the browser names a bad field', () => {
    const bad = () => parseLecternConfig({ backend: { kind: 'demo' }, server: { widgetDeadlineMs: -5 } });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow('In config.json, server.widgetDeadlineMs should be an integer from 0 to 10000.');
    expect(() => parseLecternConfig({ backend: { kind: 'wordpress' } })).toThrow(/backend\.url/);
  });
});
