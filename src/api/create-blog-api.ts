import type { BackendConfig } from '../config';
import { createBloggerApi } from './adapters/blogger';
import { createGhostApi } from './adapters/ghost';
import { createJsonFeedApi } from './adapters/json-feed';
import { createNativeApi } from './adapters/native';
import { createWordPressApi } from './adapters/wordpress';
import type { FetchFn } from './http';
import type { BlogApi } from './types';

/** Where the embedded demo blog lives: served by the MSW worker in the browser, msw/node in tests. */
export function demoApiRoot(): string {
  return `${import.meta.env.BASE_URL}api`;
}

/** Chooses the adapter that config.json names (docs/backends.md says what each one supports). */
export function createBlogApi(backend: BackendConfig, fetchFn: FetchFn): BlogApi {
  switch (backend.kind) {
    case 'demo':
      return createNativeApi({ url: demoApiRoot(), id: 'demo' }, fetchFn);
    case 'native':
      return createNativeApi({ url: backend.url }, fetchFn);
    case 'wordpress':
      return createWordPressApi({ url: backend.url }, fetchFn);
    case 'blogger':
      return createBloggerApi({ blogId: backend.blogId, key: backend.key, url: backend.url }, fetchFn);
    case 'ghost':
      return createGhostApi({ url: backend.url, key: backend.key }, fetchFn);
    case 'jsonfeed':
      return createJsonFeedApi({ url: backend.url }, fetchFn);
  }
}
