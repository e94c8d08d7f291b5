import type { BackendConfig } from '../config';
import { createBloggerApi } from './adapters/blogger';
import { createGhostApi } from './adapters/ghost';
import { createJsonFeedApi } from './adapters/json-feed';
import { createNativeApi } from './adapters/native';
import { createWordPressApi } from './adapters/wordpress';
import type { FetchFn } from './http';
import { demoApiRoot } from './load-blog-api';
import type { BlogApi } from './types';

export { demoApiRoot };

/**
 * The adapter config.json names, created at once from adapters already at hand: for tests and tools.
 * The app itself uses loadBlogApi (load-blog-api.ts), which downloads only the adapter it needs; keep
 * the two switches in step.
 */
export function createBlogApi(backend: BackendConfig, fetchFn: FetchFn): BlogApi {
  switch (backend.kind) {
    case 'demo':
      return createNativeApi({ url: demoApiRoot(), id: 'demo', timeoutMs: backend.timeoutMs }, fetchFn);
    case 'native':
      return createNativeApi({ url: backend.url, timeoutMs: backend.timeoutMs }, fetchFn);
    case 'wordpress':
      return createWordPressApi({ url: backend.url, timeoutMs: backend.timeoutMs }, fetchFn);
    case 'blogger':
      return createBloggerApi(
        { blogId: backend.blogId, key: backend.key, url: backend.url, timeoutMs: backend.timeoutMs },
        fetchFn,
      );
    case 'ghost':
      return createGhostApi({ url: backend.url, key: backend.key, timeoutMs: backend.timeoutMs }, fetchFn);
    case 'jsonfeed':
      return createJsonFeedApi({ url: backend.url, timeoutMs: backend.timeoutMs }, fetchFn);
  }
}
