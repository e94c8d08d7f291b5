import { lazy, Suspense } from 'react';

/*
 * The error pages (route-error.tsx), downloaded only when a page fails: a post that loads never needs
 * them. Each waits for its code in its own Suspense boundary, since React Router gives none.
 */

const RouteErrorContent = lazy(() =>
  import('./route-error').then((module) => ({ default: module.RouteError })),
);
const RootErrorContent = lazy(() =>
  import('./route-error').then((module) => ({ default: module.RootError })),
);

export function RouteError() {
  return (
    <Suspense fallback={null}>
      <RouteErrorContent />
    </Suspense>
  );
}

export function RootError() {
  return (
    <Suspense fallback={null}>
      <RootErrorContent />
    </Suspense>
  );
}
