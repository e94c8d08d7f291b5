import { isRouteErrorResponse } from 'react-router';
import { ApiError, failedResource, InvalidResponseError } from '../api/errors';

export type ErrorDescription = {
  title: string;
  detail: string;
  notFound: boolean;
  canRetry: boolean;
};

/** "Couldn't load the blog archive. ": the failing resource first, when the data layer named it. */
function whatFailed(error: unknown): string {
  const what = failedResource(error);
  return what ? `Couldn’t load ${what}. ` : '';
}

/**
 * Turns any failure into words for a reader: what went wrong, and whether trying again may help.
 * `offline` comes from the caller (useOnline in a component), not navigator.onLine read here: a server
 * render has no navigator, and the words must not change between it and the browser's hydrating render.
 */
export function describeError(
  error: unknown,
  { offline = false }: { offline?: boolean } = {},
): ErrorDescription {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return {
      title: 'Page not found',
      detail: 'There is nothing at this address.',
      notFound: true,
      canRetry: false,
    };
  }
  if (error instanceof ApiError) {
    if (error.kind === 'not-found') {
      return {
        title: 'Page not found',
        detail: 'There is nothing at this address.',
        notFound: true,
        canRetry: false,
      };
    }
    if (error.kind === 'network' && offline) {
      return {
        title: 'You are offline',
        detail: 'This page is not available offline. Reconnect and try again.',
        notFound: false,
        canRetry: true,
      };
    }
    const cause =
      error instanceof InvalidResponseError && error.field
        ? `${error.message} (field: ${error.field})`
        : error.message;
    return {
      title: 'This could not be loaded',
      detail: whatFailed(error) + cause,
      notFound: false,
      canRetry: true,
    };
  }
  return {
    title: 'Something went wrong',
    detail: whatFailed(error) + (error instanceof Error ? error.message : 'An unexpected error occurred.'),
    notFound: false,
    canRetry: true,
  };
}
