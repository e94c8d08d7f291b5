import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserProvider } from '../../src/translate/browser';
import { TranslateError } from '../../src/translate/errors';
import { fallbackProvider, ON_DEVICE_FAILED_KEY } from '../../src/translate/fallback-provider';
import type { TranslationProvider } from '../../src/translate/types';
import { fakeTranslationApi, type FakeOptions } from '../support/fake-translation-api';

const text = (content: string) => [{ content, format: 'text' as const }];

/** A translation service that marks what it translated: "Hello" → "[fr] Hello". */
function service() {
  const asked: string[] = [];
  const provider: TranslationProvider = {
    id: 'libretranslate:https://t.test',
    kind: 'libretranslate',
    languages: async () => [{ code: 'fr' }],
    translate: async (items, { target }) => {
      asked.push(...items.map((item) => item.content));
      return items.map((item) => `[${target}] ${item.content}`);
    },
  };
  return { provider, asked };
}

function setUp(options: FakeOptions, stallMs = 20) {
  const device = fakeTranslationApi({ availability: () => 'downloadable', manualDownload: true, ...options });
  const next = service();
  const provider = fallbackProvider(createBrowserProvider(device.api, { stallMs }), next.provider);
  return { device, next, provider };
}

afterEach(() => window.sessionStorage.clear());

describe('on-device translation with a service to fall back on', () => {
  it('uses the on-device model when it downloads', async () => {
    const { device, next, provider } = setUp({}, 10_000);
    const pending = provider.translate(text('Hello'), {
      source: 'en',
      target: 'fr',
      signal: new AbortController().signal,
    });
    await expect.poll(() => device.creations.length).toBe(1);
    device.finishDownload();
    expect(await pending).toEqual(['Hello (fr)']);
    expect(next.asked).toEqual([]);
  });

  it('goes to the service when the download stalls, says so, and does so at once for that language from then on', async () => {
    const { device, next, provider } = setUp({});
    const events: string[] = [];
    const options = {
      source: 'en',
      target: 'fr',
      signal: new AbortController().signal,
      onDownloadStalled: () => events.push('stalled'),
      onFallback: () => events.push('fallback'),
    };
    expect(await provider.translate(text('Hello'), options)).toEqual(['[fr] Hello']);
    expect(events).toEqual(['stalled', 'fallback']);
    expect(next.asked).toEqual(['Hello']);
    // The stalled download was cancelled, not left running.
    expect(device.creations[0]?.signal?.aborted).toBe(true);
    expect(JSON.parse(window.sessionStorage.getItem(ON_DEVICE_FAILED_KEY) ?? '[]')).toEqual(['fr']);

    // Another post, in a new page of the same session: straight to the service.
    const again = setUp({});
    expect(await again.provider.translate(text('Bye'), options)).toEqual(['[fr] Bye']);
    expect(again.device.creations).toEqual([]);
  });

  it('goes to the service when the download fails', async () => {
    const { next, provider } = setUp({ createError: new DOMException('no network', 'NetworkError') });
    expect(
      await provider.translate(text('Hello'), {
        source: 'en',
        target: 'fr',
        signal: new AbortController().signal,
      }),
    ).toEqual(['[fr] Hello']);
    expect(next.asked).toEqual(['Hello']);
  });

  it('does not fall back for what the service could not do better, nor when the reader cancels', async () => {
    const unsupported = setUp({ availability: () => 'unavailable' });
    const error = await unsupported.provider
      .translate(text('Hi'), { source: 'en', target: 'ko', signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranslateError);
    expect((error as TranslateError).kind).toBe('unsupported');

    const cancelled = setUp({}, 10_000);
    const controller = new AbortController();
    const pending = cancelled.provider.translate(text('Hi'), {
      source: 'en',
      target: 'fr',
      signal: controller.signal,
    });
    await expect.poll(() => cancelled.device.creations.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(cancelled.next.asked).toEqual([]);
    expect(window.sessionStorage.getItem(ON_DEVICE_FAILED_KEY)).toBeNull();
  });
});
