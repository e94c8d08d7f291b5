import type { MessageKey } from '../i18n/en/index';
import { en } from '../i18n/en/index';
import { formatMessage } from '../i18n/format';

/**
 * What Lectern says of a failure, as a catalog message: the error page shows it in the blog's language,
 * and `message` (for logs and developers) is its English. A backend's own words stay a plain string.
 */
export type Words = { key: MessageKey; values?: Readonly<Record<string, string | number | Words>> };

export function words(key: MessageKey, values?: Words['values']): Words {
  return values ? { key, values } : { key };
}

/** Words in one language: `translate` is the blog's (src/i18n/translator.ts); values may be words too. */
export function say(
  said: Words,
  translate: (key: MessageKey, values?: Record<string, unknown>) => string,
): string {
  const values: Record<string, unknown> = Object.fromEntries(
    Object.entries(said.values ?? {}).map(([name, value]): [string, unknown] => [
      name,
      typeof value === 'object' ? say(value, translate) : value,
    ]),
  );
  return translate(said.key, values);
}

function english(text: string | Words): string {
  return typeof text === 'string' ? text : say(text, (key, values) => formatMessage(en[key], 'en', values));
}

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
  /** Lectern's words for it, when Lectern worded it (not the backend). */
  readonly words: Words | null;

  constructor(message: string | Words, init: ApiErrorInit) {
    super(english(message), { cause: init.cause });
    this.words = typeof message === 'string' ? null : message;
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.retryable = init.retryable ?? false;
    this.url = init.url;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';

  constructor(message: string | Words, url?: string) {
    super(message, { kind: 'not-found', status: 404, retryable: false, url });
  }
}

/** The backend answered, but not in the expected shape. `field` says where, e.g. `items[3].title`. */
export class InvalidResponseError extends ApiError {
  override name = 'InvalidResponseError';
  readonly field: string;

  /** `received` says what came instead when it helps (`an HTML page`, `text/html`, `7.2 MB`). */
  readonly expected: string;
  readonly received: string | null;

  /** `expected` and `received` are a decoder's technical words (`a string`), shown as they are. */
  constructor(field: string, expected: string, url?: string, received?: string) {
    super(
      words('errors.invalid', {
        field: field || english(words('errors.invalid.response')),
        expected,
        received: received || 'none',
      }),
      { kind: 'invalid-response', retryable: true, url },
    );
    this.field = field;
    this.expected = expected;
    this.received = received ?? null;
  }
}

/** A write the backend refused because of what was sent; `field` names the offending input when known. */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  readonly field: string | null;

  constructor(message: string | Words, field: string | null, status: number, url?: string) {
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
const failures = new WeakMap<object, { what: Words; startedAt: number }>();

/** Records that `error` happened while loading `what`, whose first attempt began at `startedAt`. */
export function nameFailure(error: unknown, what: Words, startedAt: number = Date.now()): void {
  if (typeof error === 'object' && error !== null) failures.set(error, { what, startedAt });
}

/** What was being loaded when `error` happened, as a catalog message, when known. */
export function failedResource(error: unknown): Words | null {
  return typeof error === 'object' && error !== null ? (failures.get(error)?.what ?? null) : null;
}

/** When the first attempt of the load that ended in `error` began (Date.now() time), when known. */
export function failureStartedAt(error: unknown): number | null {
  return typeof error === 'object' && error !== null ? (failures.get(error)?.startedAt ?? null) : null;
}
