import type { QueryClient } from '@tanstack/react-query';
import type { BlogQueries } from '../api/queries';
import type { Capabilities } from '../api/types';
import type { ArchiveConfig } from '../config';
import type { LayoutConfig } from '../layout-config';

/** What a route loader needs: the cache to warm and the queries to warm it with. */
export type RouteDeps = {
  queryClient: QueryClient;
  queries: BlogQueries;
  capabilities: Capabilities;
  /** config.json's Blog Archive style: `hierarchy` (the default) lists the open month's posts. */
  archiveStyle?: ArchiveConfig['style'];
  /** config.json's layout: which gadgets the sidebar shows (their data is started), the home page's posts. */
  layout?: LayoutConfig;
  /** config.json's ui.locale: its catalog is loaded even when the blog cannot be, for the error page. */
  locale?: string | undefined;
};

export function ignore(): void {
  // Widgets' data is started by loaders without waiting; their own boundaries show any failure.
}

/** A 404 the route error element shows as "not found". */
export function notFound(what: string): Response {
  return new Response(what, { status: 404, statusText: 'Not Found' });
}
