import type { TranslationProvider } from './types';

/**
 * A provider whose code downloads the first time it is asked for something (the widget's language
 * list, a translation), not with the page: most readers never translate. Its identity is known up
 * front because caches are keyed on it before anything is loaded.
 */
export function lazyProvider(
  identity: Pick<TranslationProvider, 'id' | 'kind'>,
  load: () => Promise<TranslationProvider>,
): TranslationProvider {
  let loading: Promise<TranslationProvider> | null = null;

  function provider(): Promise<TranslationProvider> {
    loading ??= load().then(
      (loaded) => {
        if (loaded.id !== identity.id) {
          throw new Error(`Translation provider "${loaded.id}" loaded where "${identity.id}" was announced`);
        }
        return loaded;
      },
      (error: unknown) => {
        // A failed download (offline for a moment) is tried again on the reader's next attempt.
        loading = null;
        throw error;
      },
    );
    return loading;
  }

  return {
    ...identity,
    languages: async (source, signal) => (await provider()).languages(source, signal),
    translate: async (items, options) => (await provider()).translate(items, options),
  };
}
