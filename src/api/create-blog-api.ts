import { ConfigError, type BackendConfig } from '../config';
import { createNativeApi } from './adapters/native';
import type { FetchFn } from './http';
import type { BlogApi } from './types';

/** Where the embedded demo blog lives: served by the MSW worker in the browser, msw/node in tests. */
export function demoApiRoot(): string {
  return `${import.meta.env.BASE_URL}api`;
}

/** Chooses the adapter that config.json names. Kinds whose adapter has not landed yet are refused clearly. */
export function createBlogApi(backend: BackendConfig, fetchFn: FetchFn): BlogApi {
  switch (backend.kind) {
    case 'demo':
      return createNativeApi({ url: demoApiRoot(), id: 'demo' }, fetchFn);
    case 'native':
      return createNativeApi({ url: backend.url }, fetchFn);
    case 'wordpress':
    case 'blogger':
    case 'ghost':
    case 'jsonfeed':
      throw new ConfigError(
        `In config.json, backend.kind "${backend.kind}" is not supported yet: use "demo" or "native".`,
        'backend.kind',
      );
  }
}
