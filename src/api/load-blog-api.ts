import type { BackendConfig } from '../config';
import type { FetchFn } from './http';
import type { BlogApi } from './types';

/** Where the embedded demo blog lives: served by the MSW worker in the browser, msw/node in tests. */
export function demoApiRoot(): string {
  return `${import.meta.env.BASE_URL}api`;
}

/**
 * Chooses the adapter that config.json names (docs/backends.md says what each one supports) and loads
 * only its code: a blog has one backend, so the other adapters never reach the reader's browser.
 */
export async function loadBlogApi(backend: BackendConfig, fetchFn: FetchFn): Promise<BlogApi> {
  switch (backend.kind) {
    case 'demo': {
      const { createNativeApi } = await import('./adapters/native');
      return createNativeApi({ url: demoApiRoot(), id: 'demo', timeoutMs: backend.timeoutMs }, fetchFn);
    }
    case 'native': {
      const { createNativeApi } = await import('./adapters/native');
      return createNativeApi({ url: backend.url, timeoutMs: backend.timeoutMs }, fetchFn);
    }
    case 'wordpress': {
      const { createWordPressApi } = await import('./adapters/wordpress');
      return createWordPressApi({ url: backend.url, timeoutMs: backend.timeoutMs }, fetchFn);
    }
    case 'blogger': {
      const { createBloggerApi } = await import('./adapters/blogger');
      return createBloggerApi(
        { blogId: backend.blogId, key: backend.key, url: backend.url, timeoutMs: backend.timeoutMs },
        fetchFn,
      );
    }
    case 'ghost': {
      const { createGhostApi } = await import('./adapters/ghost');
      return createGhostApi({ url: backend.url, key: backend.key, timeoutMs: backend.timeoutMs }, fetchFn);
    }
    case 'jsonfeed': {
      const { createJsonFeedApi } = await import('./adapters/json-feed');
      return createJsonFeedApi({ url: backend.url, timeoutMs: backend.timeoutMs }, fetchFn);
    }
  }
}
