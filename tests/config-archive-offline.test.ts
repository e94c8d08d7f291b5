import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config';

const demo = { backend: { kind: 'demo' } };

describe('config.json: archive and offline', () => {
  it('defaults to Blogger’s hierarchy, newest first, with offline reading on', () => {
    const config = parseConfig(demo);
    expect(config.archive).toEqual({ style: 'hierarchy', order: 'newest' });
    expect(config.offline).toEqual({ enabled: true });
  });

  it.each([
    ['flat', 'oldest'],
    ['menu', 'newest'],
    ['hierarchy', 'oldest'],
  ] as const)('reads archive style %s, order %s', (style, order) => {
    expect(parseConfig({ ...demo, archive: { style, order } }).archive).toEqual({ style, order });
  });

  it('fills in the missing half of the archive settings', () => {
    expect(parseConfig({ ...demo, archive: { order: 'oldest' } }).archive).toEqual({
      style: 'hierarchy',
      order: 'oldest',
    });
  });

  it('names the field when an archive setting is not one it knows', () => {
    expect(() => parseConfig({ ...demo, archive: { style: 'tree' } })).toThrowError(
      'In config.json, archive.style should be one of "hierarchy", "flat", "menu".',
    );
    expect(() => parseConfig({ ...demo, archive: { order: 'latest' } })).toThrowError(
      'In config.json, archive.order should be one of "newest", "oldest".',
    );
    expect(() => parseConfig({ ...demo, archive: 'flat' })).toThrowError(/archive should be an object/);
  });

  it('turns offline reading off, and insists on true or false', () => {
    expect(parseConfig({ ...demo, offline: { enabled: false } }).offline).toEqual({ enabled: false });
    expect(() => parseConfig({ ...demo, offline: { enabled: 'no' } })).toThrowError(
      'In config.json, offline.enabled should be true or false.',
    );
  });
});
