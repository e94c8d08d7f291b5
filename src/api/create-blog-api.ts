import type { BackendConfig } from '../config';
import { createBloggerApi } from './adapters/blogger';
import { createGhostApi } from './adapters/ghost';
import { createJsonFeedApi } from './adapters/json-feed';
import { createNativeApi } from './adapters/native';
import { createWordPressApi } from './adapters/wordpress';
import { makeBlogApi, type AdapterFactory, type BackendKind } from './backends';
import type { FetchFn } from './http';
import type { BlogApi } from './types';

/** Every adapter at hand, for the server, tests and tools (the browser loads its one: load-blog-api.ts). */
const FACTORIES: { [K in BackendKind]: AdapterFactory<K> } = {
  demo: createNativeApi,
  native: createNativeApi,
  wordpress: createWordPressApi,
  blogger: createBloggerApi,
  ghost: createGhostApi,
  jsonfeed: createJsonFeedApi,
};

/** The adapter config.json names, created at once (backends.ts makes its settings). */
export function createBlogApi(backend: BackendConfig, fetchFn: FetchFn): BlogApi {
  return makeBlogApi(backend, FACTORIES[backend.kind] as AdapterFactory<BackendKind>, fetchFn);
}
