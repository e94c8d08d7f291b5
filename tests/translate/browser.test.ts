import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserProvider } from '../../src/translate/browser';
import { detectBrowserTranslation } from '../../src/translate/detect-browser';
import { TranslateError } from '../../src/translate/errors';
import { DOWNLOAD_STALL_MS } from '../../src/translate/types';
import { fakeTranslationApi } from '../support/fake-translation-api';

const signal = () => new AbortController().signal;
const html = (content: string) => [{ content, format: 'html' as const }];

async function failureOf(promise: Promise<unknown>): Promise<TranslateError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TranslateError)) throw new Error(`expected a TranslateError, got ${String(error)}`);
  return error;
}

describe('detectBrowserTranslation', () => {
  it('finds the API only where it is, with or without a language detector', () => {
    expect(detectBrowserTranslation({})).toBeNull();
    expect(detectBrowserTranslation({ Translator: {} })).toBeNull();
    const { api } = fakeTranslationApi();
    expect(detectBrowserTranslation({ Translator: api.Translator })).toEqual({
      Translator: api.Translator,
      LanguageDetector: null,
    });
    expect(detectBrowserTranslation(api)?.LanguageDetector).toBe(api.LanguageDetector);
    // jsdom, like most browsers today, has neither.
    expect(detectBrowserTranslation()).toBeNull();
  });
});

describe('on-device provider', () => {
  it('lists the languages the browser can translate the source into', async () => {
    const fake = fakeTranslationApi({
      availability: (_s, t) => (['fr', 'de', 'ar'].includes(t) ? 'downloadable' : 'unavailable'),
    });
    const provider = createBrowserProvider(fake.api);
    expect((await provider.languages('en', signal())).map((l) => l.code)).toEqual(['ar', 'de', 'fr']);
  });

  it('translates text runs one by one and keeps every tag and attribute', async () => {
    const fake = fakeTranslationApi();
    const provider = createBrowserProvider(fake.api);
    const [result] = await provider.translate(
      html('<p>Read <a href="/x" title="keep me">this</a>,\n <em>now</em>. <code>npm test</code></p>'),
      { source: 'en', target: 'fr', signal: signal() },
    );
    expect(result).toBe(
      '<p>Read (fr) <a href="/x" title="keep me">this (fr)</a>, (fr)\n <em>now (fr)</em>. (fr) <code>npm test</code></p>',
    );
    expect(fake.translated).toEqual(['Read', 'this', ',', 'now', '.']);
    expect(fake.creations).toHaveLength(1);
  });

  it('reports the model download: 0 at the start, progress events, 1 at the end', async () => {
    const fake = fakeTranslationApi({ availability: () => 'downloadable', manualDownload: true });
    const provider = createBrowserProvider(fake.api);
    const seen: number[] = [];
    const pending = provider.translate([{ content: 'Hello', format: 'text' }], {
      source: 'en',
      target: 'fr',
      signal: signal(),
      onDownloadProgress: (loaded) => seen.push(loaded),
    });
    await expect.poll(() => fake.creations.length).toBe(1);
    fake.progress(0.25);
    fake.progress(0.75);
    fake.finishDownload();
    expect(await pending).toEqual(['Hello (fr)']);
    expect(seen).toEqual([0, 0.25, 0.75, 1, 1]);
  });

  describe('a download that makes no progress', () => {
    afterEach(() => vi.useRealTimers());

    it(`is reported after ${DOWNLOAD_STALL_MS / 1000} s without progress, and again after progress resumes and stops`, async () => {
      vi.useFakeTimers();
      const fake = fakeTranslationApi({ availability: () => 'downloadable', manualDownload: true });
      const provider = createBrowserProvider(fake.api);
      let stalls = 0;
      const pending = provider.translate([{ content: 'Hello', format: 'text' }], {
        source: 'en',
        target: 'fr',
        signal: signal(),
        onDownloadStalled: () => (stalls += 1),
      });
      await vi.advanceTimersByTimeAsync(DOWNLOAD_STALL_MS - 1);
      expect(fake.creations).toHaveLength(1);
      expect(stalls).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(stalls).toBe(1);
      fake.progress(0.5);
      await vi.advanceTimersByTimeAsync(DOWNLOAD_STALL_MS - 1);
      expect(stalls).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(stalls).toBe(2);
      // Reported, not abandoned: the download may still finish.
      fake.finishDownload();
      expect(await pending).toEqual(['Hello (fr)']);
    });

    it('is not reported for a model already on the device', async () => {
      vi.useFakeTimers();
      const provider = createBrowserProvider(fakeTranslationApi().api, { stallMs: 10 });
      let stalls = 0;
      await provider.translate(html('Hi'), {
        source: 'en',
        target: 'de',
        signal: signal(),
        onDownloadStalled: () => (stalls += 1),
      });
      await vi.advanceTimersByTimeAsync(100);
      expect(stalls).toBe(0);
    });
  });

  it.each(['available', 'downloading'] as const)('uses a model that is %s', async (state) => {
    const fake = fakeTranslationApi({ availability: () => state });
    const provider = createBrowserProvider(fake.api);
    expect(
      await provider.translate([{ content: 'Hi', format: 'text' }], {
        source: 'en',
        target: 'de',
        signal: signal(),
      }),
    ).toEqual(['Hi (de)']);
  });

  it('says a pair the browser cannot translate is unsupported', async () => {
    const provider = createBrowserProvider(fakeTranslationApi({ availability: () => 'unavailable' }).api);
    const error = await failureOf(
      provider.translate(html('Hi'), { source: 'en', target: 'ko', signal: signal() }),
    );
    expect(error.kind).toBe('unsupported');
  });

  it.each([
    ['NotAllowedError', 'needs-permission'],
    ['NotSupportedError', 'unsupported'],
    ['NetworkError', 'down'],
    ['QuotaExceededError', 'quota'],
  ] as const)('maps %s from create() to %s', async (name, kind) => {
    const fake = fakeTranslationApi({
      availability: () => 'downloadable',
      createError: new DOMException('x', name),
    });
    const provider = createBrowserProvider(fake.api);
    const error = await failureOf(
      provider.translate(html('Hi'), { source: 'en', target: 'fr', signal: signal() }),
    );
    expect(error.kind).toBe(kind);
  });

  it('detects the language of a comment when it is unknown, and leaves one already in the target alone', async () => {
    const fake = fakeTranslationApi({
      detector: {
        detect: (text) =>
          text.startsWith('Hola')
            ? [{ detectedLanguage: 'es', confidence: 0.95 }]
            : [{ detectedLanguage: 'fr', confidence: 0.9 }],
      },
    });
    const provider = createBrowserProvider(fake.api);
    const result = await provider.translate(
      [
        { content: 'Hola <b>amigos</b>', format: 'html' },
        { content: 'Déjà en français', format: 'html' },
      ],
      { source: null, sourceHint: 'en', target: 'fr', signal: signal() },
    );
    expect(result).toEqual(['Hola (fr) <b>amigos (fr)</b>', 'Déjà en français']);
    expect(fake.creations.map((c) => `${c.source}>${c.target}`)).toEqual(['es>fr']);
  });

  it('falls back on the hint when detection is unsure or there is no detector', async () => {
    const unsure = fakeTranslationApi({
      detector: { detect: () => [{ detectedLanguage: 'it', confidence: 0.2 }] },
    });
    await createBrowserProvider(unsure.api).translate(html('Ciao?'), {
      source: null,
      sourceHint: 'en',
      target: 'de',
      signal: signal(),
    });
    expect(unsure.creations[0]?.source).toBe('en');

    const none = fakeTranslationApi({ detector: null });
    await createBrowserProvider(none.api).translate(html('Hi'), {
      source: null,
      sourceHint: 'en',
      target: 'de',
      signal: signal(),
    });
    expect(none.creations[0]?.source).toBe('en');
  });

  it('cancels a download nobody waits for any more, but not one another job still needs', async () => {
    const fake = fakeTranslationApi({ availability: () => 'downloadable', manualDownload: true });
    const provider = createBrowserProvider(fake.api);
    const post = new AbortController();
    const comments = new AbortController();
    const forPost = provider.translate(html('Title'), { source: 'en', target: 'fr', signal: post.signal });
    await expect.poll(() => fake.creations.length).toBe(1);
    const forComments = provider.translate(html('Comment'), {
      source: 'en',
      target: 'fr',
      signal: comments.signal,
    });
    comments.abort();
    await expect(forComments).rejects.not.toBeInstanceOf(TranslateError);
    expect(fake.creations[0]?.signal?.aborted).toBe(false);
    fake.finishDownload();
    expect(await forPost).toEqual(['Title (fr)']);

    const gone = new AbortController();
    const pending = provider.translate(html('Hi'), { source: 'en', target: 'de', signal: gone.signal });
    await expect.poll(() => fake.creations.length).toBe(2);
    gone.abort();
    await expect(pending).rejects.not.toBeInstanceOf(TranslateError);
    expect(fake.creations[1]?.signal?.aborted).toBe(true);
  });
});
