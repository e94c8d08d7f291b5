import type { ErrorInfo } from 'react';
import { ApiError, failedResource, say } from '../api/errors';
import { ENGLISH } from '../i18n/translator';

/**
 * React's report of an error a boundary caught (createRoot's onCaughtError). A backend failure is
 * already explained to the reader and is the backend's doing, so it is a warning for the blog's owner;
 * anything else is a bug in Lectern and stays an error.
 */
export function reportCaughtError(error: unknown, info: ErrorInfo): void {
  if (error instanceof ApiError) {
    // For the blog's owner, in the console: English, whatever the blog's language.
    const what = failedResource(error);
    console.warn(
      `Lectern: ${what ? `couldn’t load ${say(what, ENGLISH.t)}: ` : ''}${error.message}`,
      error.url ?? '',
    );
    return;
  }
  console.error('Lectern: a section of the page failed', error, info.componentStack);
}
