import { queryOptions } from '@tanstack/react-query';
import type { TranslationStore } from './translation-store';

/** The languages the provider offers for the blog's language: asked once per visit. */
export function languagesQuery(store: TranslationStore, source: string | null) {
  return queryOptions({
    queryKey: ['translate', store.providerId, 'languages', source],
    queryFn: ({ signal }) => store.languages(source, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
