import { ApiError, failedResource, InvalidResponseError, say, type Words } from './errors';
import { ENGLISH, type Translate } from '../i18n/translator';

export type ErrorDescription = {
  title: string;
  detail: string;
  notFound: boolean;
  canRetry: boolean;
};

/**
 * A 404 a loader threw (`throw notFound(…)`, a Response React Router hands on as an ErrorResponse):
 * read by its shape, so the data layer stays free of the router.
 */
function isNotFoundResponse(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'statusText' in error &&
    'status' in error &&
    error.status === 404
  );
}

/** An ApiError's own words in the blog's language: Lectern's when it worded it, else the backend's. */
export function errorText(error: ApiError, t: Translate): string {
  if (error instanceof InvalidResponseError) {
    const field = error.field || t('errors.invalid.response');
    const cause = t('errors.invalid', {
      field,
      expected: error.expected,
      received: error.received ?? 'none',
    });
    return error.field ? t('errors.withField', { cause, field: error.field }) : cause;
  }
  return error.words ? say(error.words, t) : error.message;
}

/** "Couldn't load the blog archive. …": the failing resource first, when the data layer named it. */
function withWhatFailed(error: unknown, cause: string, t: Translate): string {
  const what: Words | null = failedResource(error);
  return what ? t('errors.couldNotLoad', { what: say(what, t), cause }) : cause;
}

/**
 * Turns any failure into words for a reader, in the blog's language (`t`; English without it): what
 * went wrong, and whether trying again may help. `offline` comes from the caller (useOnline in a
 * component), not navigator.onLine read here: a server render has no navigator, and the words must not
 * change between it and the browser's hydrating render.
 */
export function describeError(
  error: unknown,
  { offline = false, t = ENGLISH.t }: { offline?: boolean; t?: Translate } = {},
): ErrorDescription {
  const notFound = isNotFoundResponse(error) || (error instanceof ApiError && error.kind === 'not-found');
  if (notFound) {
    return {
      title: t('errors.notFound.title'),
      detail: t('errors.notFound.detail'),
      notFound: true,
      canRetry: false,
    };
  }
  if (error instanceof ApiError) {
    if (error.kind === 'network' && offline) {
      return {
        title: t('errors.offline.title'),
        detail: t('errors.offline.detail'),
        notFound: false,
        canRetry: true,
      };
    }
    return {
      title: t('errors.loadFailed.title'),
      detail: withWhatFailed(error, errorText(error, t), t),
      notFound: false,
      canRetry: true,
    };
  }
  return {
    title: t('errors.unexpected.title'),
    detail: withWhatFailed(error, error instanceof Error ? error.message : t('errors.unexpected.detail'), t),
    notFound: false,
    canRetry: true,
  };
}
