import { describe, expect, it, vi } from 'vitest';
import { lazyProvider } from '../../src/translate/lazy-provider';
import type { TranslationProvider } from '../../src/translate/types';

function realProvider(id = 'libretranslate:https://t.test'): TranslationProvider {
  return {
    id,
    kind: 'libretranslate',
    languages: async () => [{ code: 'fr' }],
    translate: async (items, { target }) => items.map((item) => `[${target}] ${item.content}`),
  };
}

const signal = () => new AbortController().signal;

describe('lazyProvider', () => {
  it('downloads the provider on first use only, once, and then behaves as it does', async () => {
    const load = vi.fn(async () => realProvider());
    const provider = lazyProvider({ id: 'libretranslate:https://t.test', kind: 'libretranslate' }, load);
    expect(provider.id).toBe('libretranslate:https://t.test');
    expect(load).not.toHaveBeenCalled();

    await expect(provider.languages('en', signal())).resolves.toEqual([{ code: 'fr' }]);
    await expect(
      provider.translate([{ content: 'Hello', format: 'text' }], {
        source: 'en',
        target: 'fr',
        signal: signal(),
      }),
    ).resolves.toEqual(['[fr] Hello']);
    expect(load).toHaveBeenCalledOnce();
  });

  it('tries the download again after it failed', async () => {
    const load = vi
      .fn<() => Promise<TranslationProvider>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(realProvider());
    const provider = lazyProvider({ id: 'libretranslate:https://t.test', kind: 'libretranslate' }, load);

    await expect(provider.languages('en', signal())).rejects.toThrow('Failed to fetch');
    await expect(provider.languages('en', signal())).resolves.toEqual([{ code: 'fr' }]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('refuses a provider whose identity is not the one announced (caches are keyed on it)', async () => {
    const provider = lazyProvider({ id: 'libretranslate:https://t.test', kind: 'libretranslate' }, async () =>
      realProvider('libretranslate:https://other.test'),
    );
    await expect(provider.languages('en', signal())).rejects.toThrow(/announced/);
  });
});
