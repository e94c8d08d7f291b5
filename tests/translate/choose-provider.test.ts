import { describe, expect, it } from 'vitest';
import { chooseProvider } from '../../src/translate/choose-provider';
import { fakeTranslationApi } from '../support/fake-translation-api';

const browserApi = fakeTranslationApi().api;

function providerOf(setup: ReturnType<typeof chooseProvider>) {
  return setup.kind === 'ready' ? `${setup.provider.kind} ${setup.provider.id}` : setup.kind;
}

describe('chooseProvider', () => {
  it('none: no widget at all', () => {
    expect(chooseProvider({ provider: 'none' }, { browserApi }).kind).toBe('none');
  });

  it('browser: the on-device API, or unavailable without it', () => {
    expect(providerOf(chooseProvider({ provider: 'browser' }, { browserApi }))).toBe('browser browser');
    expect(chooseProvider({ provider: 'browser', url: 'https://t.test' }, { browserApi: null }).kind).toBe(
      'unavailable',
    );
  });

  it('libretranslate: the configured server, even where the browser could translate', () => {
    expect(
      providerOf(chooseProvider({ provider: 'libretranslate', url: 'https://t.test/' }, { browserApi })),
    ).toBe('libretranslate libretranslate:https://t.test');
  });

  it('auto: on-device first, then the configured server, then (demo only) the mock, else unavailable', () => {
    const auto = { provider: 'auto' as const };
    // On-device, falling back on the server when its model cannot be downloaded.
    expect(providerOf(chooseProvider({ ...auto, url: 'https://t.test' }, { browserApi }))).toBe(
      'browser browser+libretranslate:https://t.test',
    );
    expect(providerOf(chooseProvider(auto, { browserApi, fallbackUrl: '/demo-translate' }))).toBe(
      'browser browser+libretranslate:/demo-translate',
    );
    expect(providerOf(chooseProvider(auto, { browserApi }))).toBe('browser browser');
    expect(providerOf(chooseProvider({ ...auto, url: 'https://t.test' }, { browserApi: null }))).toBe(
      'libretranslate libretranslate:https://t.test',
    );
    expect(
      providerOf(
        chooseProvider(
          { ...auto, url: 'https://t.test' },
          { browserApi: null, fallbackUrl: '/demo-translate' },
        ),
      ),
    ).toBe('libretranslate libretranslate:https://t.test');
    expect(providerOf(chooseProvider(auto, { browserApi: null, fallbackUrl: '/demo-translate' }))).toBe(
      'libretranslate libretranslate:/demo-translate',
    );
    expect(chooseProvider(auto, { browserApi: null }).kind).toBe('unavailable');
    // Feature detection by default: jsdom has no Translator.
    expect(chooseProvider(auto).kind).toBe('unavailable');
  });
});
