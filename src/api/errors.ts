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
};

export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly retryable: boolean;
  readonly url: string | undefined;

  constructor(message: string, init: ApiErrorInit) {
    super(message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.retryable = init.retryable ?? false;
    this.url = init.url;
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

  constructor(field: string, expected: string, url?: string) {
    super(`The blog's server sent an unexpected answer: ${field || 'the response'} should be ${expected}.`, {
      kind: 'invalid-response',
      retryable: true,
      url,
    });
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
