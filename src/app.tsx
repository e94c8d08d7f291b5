import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import type { DataRouter } from 'react-router';
import { BlogApiProvider, type BlogApiContextValue } from './api/blog-api-context';
import type { AppConfig } from './config';
import { AppErrorBoundary } from './components/app-error-boundary';
import { BlogLanguage } from './components/blog-language';
import { JsonLdRecordContext, type JsonLdRecord } from './components/json-ld-record';
import { OnDemandRecordProvider, type OnDemandRecord } from './components/on-demand';
import { SiteOriginProvider } from './components/site-origin';
import { HydrationGate } from './lib/hydration';
import type { TranslationSetup } from './translate/choose-provider';
import { TranslationProvider } from './translate/translation-context';

type ProvidersProps = {
  queryClient: QueryClient;
  blog: BlogApiContextValue;
  /** The Translate widget's provider (src/translate/choose-provider.ts); without it, translation is unavailable. */
  translation?: TranslationSetup;
  /** The origin absolute URLs use: the server's, when it rendered the page; else the browser's own. */
  origin?: string | null;
  /** Server rendering only: what the page drew that the HTML around it needs to know. */
  record?: { onDemand: OnDemandRecord; jsonLd: JsonLdRecord };
  /** The first render draws (on the server) or adopts (hydrating) server HTML: see src/lib/hydration.tsx. */
  serverRendered?: boolean;
  children: ReactNode;
};

/** The blog API context made from config.json: the same in the browser, hydrating, and on the server. */
export function blogContextOf(
  api: BlogApiContextValue['api'],
  queries: BlogApiContextValue['queries'],
  config: Pick<AppConfig, 'archive' | 'theme' | 'layout' | 'ui'>,
): BlogApiContextValue {
  const { archive, theme, layout, ui } = config;
  return { api, queries, archive, theme, layout, locale: ui.locale };
}

const NO_TRANSLATION: TranslationSetup = { kind: 'unavailable' };

/** Everything around the router, the same in the browser and on the server (server/render.tsx). */
export function AppProviders({
  queryClient,
  blog,
  translation = NO_TRANSLATION,
  origin = null,
  record,
  serverRendered = false,
  children,
}: ProvidersProps) {
  const value = useMemo(() => blog, [blog]);
  const providers = (
    <SiteOriginProvider value={origin}>
      <OnDemandRecordProvider value={record?.onDemand ?? null}>
        <JsonLdRecordContext.Provider value={record?.jsonLd ?? null}>
          <QueryClientProvider client={queryClient}>
            <BlogApiProvider value={value}>
              <BlogLanguage>
                <TranslationProvider setup={translation}>
                  {/* Backs every route and widget boundary: no failure ends in a blank screen. */}
                  <AppErrorBoundary>{children}</AppErrorBoundary>
                </TranslationProvider>
              </BlogLanguage>
            </BlogApiProvider>
          </QueryClientProvider>
        </JsonLdRecordContext.Provider>
      </OnDemandRecordProvider>
    </SiteOriginProvider>
  );
  return <StrictMode>{serverRendered ? <HydrationGate>{providers}</HydrationGate> : providers}</StrictMode>;
}

type AppProps = Omit<ProvidersProps, 'children' | 'record'> & { router: DataRouter };

export function App({ router, ...providers }: AppProps) {
  return (
    <AppProviders {...providers}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
