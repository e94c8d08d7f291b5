import { describe, expect, it } from 'vitest';
import { TranslateError } from '../../src/translate/errors';
import { createTranslationStore, LANGUAGE_STORAGE_KEY } from '../../src/translate/translation-store';
import type { TranslationProvider } from '../../src/translate/types';

/** A provider whose answers the test hands out one call at a time. */
function manualProvider() {
  const calls: {
    items: string[];
    target: string;
    resolve: (texts: string[]) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const provider: TranslationProvider = {
    id: 'manual',
    kind: 'libretranslate',
    languages: async () => [{ code: 'fr' }, { code: 'de' }],
    translate: (items, { target, signal }) =>
      new Promise<string[]>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        calls.push({ items: items.map((i) => i.content), target, resolve, reject });
      }),
  };
  return { provider, calls };
}

const request = (part = 'post', items = [{ key: 'title', content: 'Hello', format: 'text' as const }]) => ({
  scope: 'post-1',
  part,
  source: 'en',
  items,
});

describe('translation store', () => {
  it('goes original → translating → translated, and caches per post and language', async () => {
    const { provider, calls } = manualProvider();
    const store = createTranslationStore(provider);
    expect(store.getState().status.kind).toBe('original');
    const unwatch = store.watch('post-1');
    store.choose('fr');
    expect(store.getState().status.kind).toBe('ready');

    const job = store.translate(request(), 'fr', new AbortController().signal);
    expect(store.getState().status.kind).toBe('translating');
    calls[0]?.resolve(['Bonjour']);
    await job;
    expect(store.getState().status.kind).toBe('translated');
    expect(store.lookup('post-1', 'title', 'Hello')).toEqual({
      text: 'Bonjour',
      language: 'fr',
      source: 'Hello',
    });
    // A changed original is not served a stale translation.
    expect(store.lookup('post-1', 'title', 'Hello again')).toBeUndefined();

    await store.translate(request(), 'fr', new AbortController().signal);
    expect(calls).toHaveLength(1);
    store.choose(null);
    expect(store.lookup('post-1', 'title', 'Hello')).toBeUndefined();
    unwatch();
  });

  it('remembers the chosen language for the next visit, and forgets it on "Show original"', () => {
    const { provider } = manualProvider();
    createTranslationStore(provider).choose('de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('"de"');
    expect(createTranslationStore(provider).getState().language).toBe('de');
    createTranslationStore(provider).choose(null);
    expect(createTranslationStore(provider).getState().language).toBeNull();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, '"<script>"');
    expect(createTranslationStore(provider).getState().language).toBeNull();
  });

  it('a cancelled job is not a failure and leaves nothing behind', async () => {
    const { provider } = manualProvider();
    const store = createTranslationStore(provider);
    store.watch('post-1');
    store.choose('fr');
    const controller = new AbortController();
    const job = store.translate(request(), 'fr', controller.signal);
    controller.abort();
    expect(store.getState().status.kind).toBe('ready');
    await job;
    expect(store.getState().status.kind).toBe('ready');
    expect(store.lookup('post-1', 'title', 'Hello')).toBeUndefined();
  });

  it('keeps a failure of one part (comments) while another (the post) succeeds, until retried', async () => {
    const { provider, calls } = manualProvider();
    const store = createTranslationStore(provider);
    store.watch('post-1');
    store.choose('fr');
    const post = store.translate(request('post'), 'fr', new AbortController().signal);
    const comments = store.translate(
      request('comments', [{ key: 'comment:1', content: 'Nice', format: 'text' }]),
      'fr',
      new AbortController().signal,
    );
    calls[1]?.reject(new TranslateError('quota', 'Slow down'));
    calls[0]?.resolve(['Bonjour']);
    await Promise.all([post, comments]);
    const { status } = store.getState();
    expect(status.kind === 'failed' && status.error.kind).toBe('quota');
    const before = store.getState().attempt;
    store.retry();
    expect(store.getState()).toMatchObject({ attempt: before + 1, status: { kind: 'translated' } });
  });

  it('reports download progress while an on-device model loads', async () => {
    let report: ((loaded: number) => void) | undefined;
    let finish: (texts: string[]) => void = () => {};
    const provider: TranslationProvider = {
      id: 'device',
      kind: 'browser',
      languages: async () => [],
      translate: (_items, options) =>
        new Promise((resolve) => {
          report = options.onDownloadProgress;
          finish = resolve;
        }),
    };
    const store = createTranslationStore(provider);
    store.watch('post-1');
    store.choose('fr');
    const job = store.translate(request(), 'fr', new AbortController().signal);
    report?.(0.3);
    expect(store.getState().status).toEqual({ kind: 'downloading', loaded: 0.3, stalled: false });
    report?.(1);
    expect(store.getState().status.kind).toBe('translating');
    finish(['Bonjour']);
    await job;
    expect(store.getState().status.kind).toBe('translated');
  });
});
