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
    expect(config.server).toEqual({ ...DEFAULT_SERVER, backendCacheSeconds: 0, pageMaxAgeSeconds: 300 });
    expect(config.backend).toEqual({ kind: 'demo', faults: undefined, timeoutMs: undefined });
  });

  it('names a bad setting, as the browser names a bad field', () => {
    const bad = () => parseLecternConfig({ backend: { kind: 'demo' }, server: { widgetDeadlineMs: -5 } });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow('In config.json, server.widgetDeadlineMs should be an integer from 0 to 10000.');
    expect(() => parseLecternConfig({ backend: { kind: 'wordpress' } })).toThrow(/backend\.url/);
  });
});
