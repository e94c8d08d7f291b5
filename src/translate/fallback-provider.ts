import { TranslateError } from './errors';
import type { TranslateOptions, TranslationProvider } from './types';

/**
 * The on-device translator first, a translation service when it cannot: a model that will not
 * download (offline, blocked by a policy, no space) stalls or fails, and the reader still gets the
 * translation. Which target languages failed on the device is kept for the session (sessionStorage),
 * so the next post goes straight to the service instead of waiting for the stall again.
 */

export const ON_DEVICE_FAILED_KEY = 'lectern:translate-on-device-failed';

function readFailed(): Set<string> {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(ON_DEVICE_FAILED_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((code) => typeof code === 'string') : []);
  } catch {
    return new Set();
  }
}

function rememberFailed(failed: Set<string>): void {
  try {
    window.sessionStorage.setItem(ON_DEVICE_FAILED_KEY, JSON.stringify([...failed]));
  } catch {
    // Storage refused: remembered for this page only.
  }
}

/** A download that failed outright, or one the reader would otherwise wait on for ever. */
function isDownloadFailure(error: unknown): boolean {
  return error instanceof TranslateError && error.kind === 'down';
}

export function fallbackProvider(first: TranslationProvider, next: TranslationProvider): TranslationProvider {
  const failed = readFailed();

  async function viaNext(items: Parameters<TranslationProvider['translate']>[0], options: TranslateOptions) {
    options.onFallback?.();
    return next.translate(items, { ...options, onDownloadProgress: undefined, onDownloadStalled: undefined });
  }

  return {
    // The cache keys on the pair: a translation by either is this provider's.
    id: `${first.id}+${next.id}`,
    kind: first.kind,
    languages: (source, signal) => first.languages(source, signal),

    async translate(items, options) {
      if (failed.has(options.target)) return viaNext(items, options);
      const attempt = new AbortController();
      const cancel = () => attempt.abort(options.signal.reason);
      options.signal.addEventListener('abort', cancel, { once: true });
      let stalled = false;
      try {
        return await first.translate(items, {
          ...options,
          signal: attempt.signal,
          onDownloadStalled: () => {
            options.onDownloadStalled?.();
            stalled = true;
            attempt.abort();
          },
        });
      } catch (error) {
        if (options.signal.aborted || (!stalled && !isDownloadFailure(error))) throw error;
        failed.add(options.target);
        rememberFailed(failed);
        return viaNext(items, options);
      } finally {
        options.signal.removeEventListener('abort', cancel);
      }
    },
  };
}
