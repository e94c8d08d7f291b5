import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { RouterProvider } from 'react-router';
import type { DataRouter } from 'react-router';
import { BlogApiProvider, type BlogApiContextValue } from './api/blog-api-context';

type AppProps = {
  router: DataRouter;
  queryClient: QueryClient;
  blog: BlogApiContextValue;
};

export function App({ router, queryClient, blog }: AppProps) {
  const value = useMemo(() => blog, [blog]);
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BlogApiProvider value={value}>
          <RouterProvider router={router} />
        </BlogApiProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
