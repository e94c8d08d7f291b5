import type { BackendConfig } from '../config';
import { BACKENDS, makeBlogApi, type AdapterFactory, type BackendKind } from './backends';
import type { FetchFn } from './http';
import type { BlogApi } from './types';

/**
 * The adapter that config.json names (docs/backends.md says what each one supports), with only its
 * code loaded: a blog has one backend, so the other adapters never reach the reader's browser.
 */
export async function loadBlogApi(backend: BackendConfig, fetchFn: FetchFn): Promise<BlogApi> {
  const factory = await BACKENDS[backend.kind].load();
  return makeBlogApi(backend, factory as AdapterFactory<BackendKind>, fetchFn);
}
