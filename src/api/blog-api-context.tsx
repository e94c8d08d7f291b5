import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_ARCHIVE, type ArchiveConfig } from '../config';
import { DEFAULT_LAYOUT, type LayoutConfig } from '../layout-config';
import { DEFAULT_THEME, type ThemeConfig } from '../theme/theme-config';
import type { BlogQueries } from './queries';
import type { BlogApi } from './types';

export type BlogApiContextValue = {
  api: BlogApi;
  queries: BlogQueries;
  /** config.json's Blog Archive style and order; Blogger's defaults when absent. */
  archive?: ArchiveConfig;
  /** config.json's theme (logo, header image, the sidebar's side); Lectern's own look when absent. */
  theme?: ThemeConfig;
  /** config.json's layout (the sidebar's gadgets, posts per page); today's sidebar when absent. */
  layout?: LayoutConfig;
  /** config.json's ui.locale: the blog's language when the backend's is wrong or unknown. */
  locale?: string | null;
};

const BlogApiContext = createContext<BlogApiContextValue | null>(null);

export function BlogApiProvider({ value, children }: { value: BlogApiContextValue; children: ReactNode }) {
  return <BlogApiContext.Provider value={value}>{children}</BlogApiContext.Provider>;
}

function useBlogApiContext(): BlogApiContextValue {
  const value = useContext(BlogApiContext);
  if (!value) throw new Error('BlogApiProvider is missing above this component.');
  return value;
}

/** The query-option factories for the configured backend. */
export function useBlogQueries(): BlogQueries {
  return useBlogApiContext().queries;
}

/** The backend's identity, for keys of what this browser keeps per backend (drafts, pending comments). */
export function useBackendId(): string {
  return useBlogApiContext().api.id;
}

/** What the configured backend can do, so the UI never shows a control that cannot work. */
export function useCapabilities(): BlogApi['capabilities'] {
  return useBlogApiContext().api.capabilities;
}

/** How the Blog Archive widget lists the archive (config.json `archive`). */
export function useArchiveSettings(): ArchiveConfig {
  return useBlogApiContext().archive ?? DEFAULT_ARCHIVE;
}

/** The blog's theme (config.json `theme`). */
export function useTheme(): ThemeConfig {
  return useBlogApiContext().theme ?? DEFAULT_THEME;
}

/** The sidebar's gadgets and the posts per page (config.json `layout`). */
export function useLayoutSettings(): LayoutConfig {
  return useBlogApiContext().layout ?? DEFAULT_LAYOUT;
}

/** config.json's ui.locale, when set: it wins over the language the backend reports. */
export function useConfiguredLocale(): string | null {
  return useBlogApiContext().locale ?? null;
}
