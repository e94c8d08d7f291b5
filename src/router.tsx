import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { useT } from './i18n/language-context';
import { Layout, layoutLoader } from './pages/layout';
import { archiveLoader, homeLoader, periodLoader, profileLoader } from './pages/page-loaders';
import { PostPage, postLoader } from './pages/post-page';
import type { RouteDeps } from './pages/route-deps';
import { RootError, RouteError } from './pages/lazy-route-errors';
import { notFound } from './pages/route-deps';

/**
 * While the first page's data loads. index.html holds the same markup, so the reader sees it before any
 * script has run (and React's first render changes nothing on screen): keep the two alike.
 */
function AppLoading() {
  // English until the blog's language is known (config.json's ui.locale, once its catalog is in).
  const t = useT();
  return (
    <main id="main" className="standalone app-loading-state">
      <p className="app-loading" role="status">
        {t('chrome.loading')}
      </p>
      <div className="skeleton" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <span key={i} className="skeleton__line" />
        ))}
      </div>
    </main>
  );
}

function notFoundLoader(): never {
  throw notFound('No page at this address');
}

function route(loader: NonNullable<RouteObject['loader']>, Component: () => ReactNode) {
  return { loader, Component };
}

function labelRoute(deps: RouteDeps) {
  return import('./pages/label-page').then((m) => route(m.labelLoader(deps), m.LabelPage));
}

// The loader is here, the component on demand: the router starts the page's requests while its code
// downloads (src/pages/page-loaders.ts).
function periodRoute(deps: RouteDeps) {
  return {
    loader: periodLoader(deps),
    lazy: {
      Component: () => import('./pages/archive-page').then((m) => m.PeriodArchivePage),
    },
  };
}

/** Blogger-compatible URLs (docs/migrating.md), so a blog that moves to Lectern keeps its links. */
export function createRoutes(deps: RouteDeps): RouteObject[] {
  return [
    {
      id: 'root',
      path: '/',
      loader: layoutLoader(deps),
      element: <Layout />,
      errorElement: <RootError />,
      HydrateFallback: AppLoading,
      children: [
        {
          // Pathless: a page's failure renders inside the layout, so header and sidebar stay.
          errorElement: <RouteError />,
          children: [
            // A post is where most readers land (links, search engines): its page is in the first
            // bundle. Every other page, the home page included, loads on demand (docs/performance.md).
            {
              index: true,
              loader: homeLoader(deps),
              lazy: { Component: () => import('./pages/home-page').then((m) => m.HomePage) },
            },
            {
              path: 'archive',
              loader: archiveLoader(deps),
              lazy: { Component: () => import('./pages/archive-page').then((m) => m.ArchivePage) },
            },
            { path: 'search/label/:label', lazy: () => labelRoute(deps) },
            { path: 'label/:label', lazy: () => labelRoute(deps) },
            {
              path: 'search',
              lazy: () =>
                import('./pages/search-page').then((m) => route(m.searchLoader(deps), m.SearchPage)),
            },
            {
              path: 'profile/:authorId',
              loader: profileLoader(deps),
              lazy: { Component: () => import('./pages/profile-page').then((m) => m.ProfilePage) },
            },
            {
              path: 'p/:slug',
              lazy: () =>
                import('./pages/static-page').then((m) => route(m.staticPageLoader(deps), m.StaticPage)),
            },
            { path: ':year', ...periodRoute(deps) },
            { path: ':year/:month', ...periodRoute(deps) },
            {
              path: ':year/:month/:slug',
              loader: postLoader(deps),
              // A comment form posted without JavaScript (npm start), and the password form of a
              // password-protected post (with or without it): loaded when it is used.
              action: (args) => import('./pages/comment-action').then((m) => m.commentAction(deps)(args)),
              element: <PostPage />,
            },
            // Thrown, not drawn: the route error shows "not found", and the server answers 404.
            { path: '*', loader: notFoundLoader, element: null },
          ],
        },
      ],
    },
  ];
}

/** Vite's base URL without its trailing slash, as React Router wants it. */
export function routerBasename(): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
}
