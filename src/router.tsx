import type { RouteObject } from 'react-router';
import { Skeleton } from './components/widget-boundary';
import { ArchivePage, archiveLoader, PeriodArchivePage, periodLoader } from './pages/archive-page';
import { HomePage, homeLoader } from './pages/home-page';
import { LabelPage, labelLoader } from './pages/label-page';
import { Layout, layoutLoader } from './pages/layout';
import { NotFoundContent } from './pages/not-found-page';
import { PostPage, postLoader } from './pages/post-page';
import { ProfilePage, profileLoader } from './pages/profile-page';
import type { RouteDeps } from './pages/route-deps';
import { RootError, RouteError } from './pages/route-error';
import { SearchPage, searchLoader } from './pages/search-page';
import { StaticPage, staticPageLoader } from './pages/static-page';

function AppLoading() {
  return (
    <main id="main" className="standalone">
      <Skeleton lines={6} label="Loading the blog" />
    </main>
  );
}

/** Blogger-compatible URLs (DESIGN.md §4), so a blog that moves to Lectern keeps its links. */
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
            { index: true, loader: homeLoader(deps), element: <HomePage /> },
            { path: 'archive', loader: archiveLoader(deps), element: <ArchivePage /> },
            { path: 'search/label/:label', loader: labelLoader(deps), element: <LabelPage /> },
            { path: 'label/:label', loader: labelLoader(deps), element: <LabelPage /> },
            { path: 'search', loader: searchLoader(deps), element: <SearchPage /> },
            { path: 'profile/:authorId', loader: profileLoader(deps), element: <ProfilePage /> },
            { path: 'p/:slug', loader: staticPageLoader(deps), element: <StaticPage /> },
            { path: ':year', loader: periodLoader(deps), element: <PeriodArchivePage /> },
            { path: ':year/:month', loader: periodLoader(deps), element: <PeriodArchivePage /> },
            { path: ':year/:month/:slug', loader: postLoader(deps), element: <PostPage /> },
            { path: '*', element: <NotFoundContent /> },
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
