import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation, type LoaderFunctionArgs } from 'react-router';
import { useBlogQueries, useTheme } from '../api/blog-api-context';
import { useLanguage } from '../i18n/language-context';
import { catalogLocaleFor } from '../i18n/locales';
import { DEFAULT_SIDEBAR, type GadgetType } from '../layout-config';
import { OfflineBanner } from '../components/offline-banner';
import { SiteFooter } from '../components/site-footer';
import { SiteHeader } from '../components/site-header';
import { Sidebar } from '../components/sidebar';
import {
  loadArchiveGadget,
  loadAuthorCardGadget,
  loadFeaturedPostGadget,
  loadLabelsGadget,
} from '../components/widgets/gadgets';
import { ignore, type RouteDeps } from './route-deps';

/** The blog's facts are needed by every page (title, locale, time zone): awaited. Widgets start without waiting. */
export function layoutLoader({ queryClient, queries, capabilities, layout, locale }: RouteDeps) {
  // Lectern's words in the blog's language are in the cache before the layout draws (src/i18n/).
  const loadWords = (lang: string | undefined) => {
    const catalog = catalogLocaleFor(lang);
    return catalog === 'en' ? undefined : queryClient.query(queries.catalog(catalog));
  };
  // The gadgets config.json's sidebar lists (today's set by default) start their data and code now.
  const shows = (type: GadgetType) => (layout?.sidebar ?? DEFAULT_SIDEBAR).some((g) => g.type === type);
  return async (_args: LoaderFunctionArgs) => {
    if (shows('archive')) {
      void queryClient.query(queries.archive()).catch(ignore);
      void loadArchiveGadget().catch(ignore);
    }
    if (shows('labels')) {
      void queryClient.query(queries.labels()).catch(ignore);
      if (capabilities.labels) void loadLabelsGadget().catch(ignore);
    }
    if (capabilities.profiles) void loadAuthorCardGadget().catch(ignore);
    // The Featured Post gadget appears only when the blog has one: asked now, so the server draws it.
    if (capabilities.featuredPosts) {
      void queryClient
        .query(queries.featuredPost())
        .then((featured) => (featured ? loadFeaturedPostGadget() : undefined))
        .catch(ignore);
    }
    const blog = await queryClient.query(queries.blog()).catch(async (error: unknown) => {
      await loadWords(locale)?.catch(ignore);
      throw error;
    });
    if (blog.mainAuthorId) void queryClient.query(queries.author(blog.mainAuthorId)).catch(ignore);
    await loadWords(blog.locale);
    return null;
  };
}

/** After an in-app navigation, move focus to the new page's heading so keyboard and screen-reader users land there. */
function useFocusPageHeading() {
  const location = useLocation();
  // Compared by key, not with a "first render" flag: StrictMode runs effects twice on mount.
  const lastKey = useRef(location.key);
  useEffect(() => {
    if (lastKey.current === location.key) return;
    lastKey.current = location.key;
    if (location.hash) return;
    const heading = document.querySelector<HTMLElement>('main [data-page-heading]');
    heading?.focus({ preventScroll: true });
  }, [location.key, location.hash]);
}

export function Layout() {
  const { data: blog } = useSuspenseQuery(useBlogQueries().blog());
  // config.json's theme.sidebar: at the inline end (right in a left-to-right blog), the start, or none.
  const side = useTheme().sidebar;
  useFocusPageHeading();
  // While the next page's data loads the current page stays readable; a thin bar says work is under way.
  const busy = useNavigation().state === 'loading';
  const { lang, dir } = useLanguage();
  useEffect(() => {
    // Writing lang or dir, even the value it has, restyles the whole page (30–45 ms in Chromium while
    // it loads); the server's HTML already carries them, so hydration writes nothing.
    const root = document.documentElement;
    if (root.lang !== lang) root.lang = lang;
    if (root.dir !== dir) root.dir = dir;
  }, [lang, dir]);

  return (
    <div className="layout" data-sidebar={side}>
      <div className="nav-progress" data-active={busy} aria-hidden="true" />
      <OfflineBanner />
      <SiteHeader blog={blog} />
      <div className="layout__columns">
        <main id="main" className="main" tabIndex={-1} aria-busy={busy}>
          <Outlet />
        </main>
        {side === 'none' ? null : <Sidebar />}
      </div>
      <SiteFooter blog={blog} />
      <ScrollRestoration />
    </div>
  );
}
