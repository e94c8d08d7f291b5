/**
 * Every failure an adapter can meet is normalised into one of these, so pages and components can
 * tell a reader what went wrong (and whether trying again can help) without knowing the backend.
 */

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'not-found' | 'invalid-response';

type ApiErrorInit = {
  kind: ApiErrorKind;
  status?: number | null;
  retryable?: boolean;
  url?: string;
  cause?: unknown;
  retryAfterMs?: number | null;
};

/**
 * The longest `Retry-After` Lectern waits out by itself: a page must render or explain itself within
 * 15 s. A server that asks for longer is not retried automatically: the reader is told when to try
 * again instead of watching a skeleton.
 */
export const MAX_RETRY_AFTER_MS = 10_000;

export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly retryable: boolean;
  readonly url: string | undefined;
  /** How long the server asked to wait before the next attempt (its `Retry-After`), when it said. */
  readonly retryAfterMs: number | null;

  constructor(message: string, init: ApiErrorInit) {
    super(message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.retryable = init.retryable ?? false;
    this.url = init.url;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';

  constructor(message: string, url?: string) {
    super(message, { kind: 'not-found', status: 404, retryable: false, url });
  }
}

/** The backend answered, but not in the expected shape. `field` says where, e.g. `items[3].title`. */
export class InvalidResponseError extends ApiError {
  override name = 'InvalidResponseError';
  readonly field: string;

  /** `received` says what came instead when it helps (`an HTML page`, `text/html`, `7.2 MB`). */
  constructor(field: string, expected: string, url?: string, received?: string) {
    const instead = received ? `, not ${received}` : '';
    super(
      `The blog's server sent an unexpected answer: ${field || 'the response'} should be ${expected}${instead}.`,
      {
        kind: 'invalid-response',
        retryable: true,
        url,
      },
    );
    this.field = field;
  }
}

/** A write the backend refused because of what was sent; `field` names the offending input when known. */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  readonly field: string | null;

  constructor(message: string, field: string | null, status: number, url?: string) {
    super(message, { kind: 'http', status, retryable: false, url });
    this.field = field;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isNotFound(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}

// What the reader was waiting for when an error happened ("the blog archive") and when that load's
// first attempt began, kept beside the error rather than in it: the same error object travels from the
// adapter to whichever boundary shows it, and the retry policy reads the time.
const failures = new WeakMap<object, { what: string; startedAt: number }>();

/** Records that `error` happened while loading `what`, whose first attempt began at `startedAt`. */
export function nameFailure(error: unknown, what: string, startedAt: number = Date.now()): void {
  if (typeof error === 'object' && error !== null) failures.set(error, { what, startedAt });
}

/** What was being loaded when `error` happened, in reader's words, when known. */
export function failedResource(error: unknown): string | null {
  return typeof error === 'object' && error !== null ? (failures.get(error)?.what ?? null) : null;
}

/** When the first attempt of the load that ended in `error` began (Date.now() time), when known. */
export function failureStartedAt(error: unknown): number | null {
  return typeof error === 'object' && error !== null ? (failures.get(error)?.startedAt ?? null) : null;
}
