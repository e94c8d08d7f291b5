import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { RouterProvider } from 'react-router';
import type { DataRouter } from 'react-router';
import { BlogApiProvider, type BlogApiContextValue } from './api/blog-api-context';
import { AppErrorBoundary } from './components/app-error-boundary';
import type { TranslationSetup } from './translate/choose-provider';
import { TranslationProvider } from './translate/translation-context';

type AppProps = {
  router: DataRouter;
  queryClient: QueryClient;
  blog: BlogApiContextValue;
  /** The Translate widget's provider (src/translate/choose-provider.ts); without it, translation is unavailable. */
  translation?: TranslationSetup;
};

const NO_TRANSLATION: TranslationSetup = { kind: 'unavailable' };

export function App({ router, queryClient, blog, translation = NO_TRANSLATION }: AppProps) {
  const value = useMemo(() => blog, [blog]);
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BlogApiProvider value={value}>
          <TranslationProvider setup={translation}>
            {/* Backs every route and widget boundary: no failure ends in a blank screen. */}
            <AppErrorBoundary>
              <RouterProvider router={router} />
            </AppErrorBoundary>
          </TranslationProvider>
        </BlogApiProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
