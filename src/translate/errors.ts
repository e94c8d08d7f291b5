/**
 * What can go wrong when translating, in terms the widget can explain to a reader. Providers map their
 * own failures (HTTP statuses, DOMExceptions) onto these kinds; a cancelled request is not an error.
 */
export type TranslateErrorKind =
  /** The provider cannot translate between these two languages. */
  | 'unsupported'
  /** The service does not answer, answers with a server error, or a model download failed. */
  | 'down'
  /** The service refused more work: rate limit, quota, or a missing or invalid API key. */
  | 'quota'
  /** The service took too long. */
  | 'timeout'
  /** The browser wants a click before it downloads a model (no user activation). */
  | 'needs-permission'
  /** Anything else: a malformed answer, a refused request. */
  | 'failed';

const RETRYABLE: ReadonlySet<TranslateErrorKind> = new Set(['down', 'timeout', 'needs-permission', 'failed']);

export class TranslateError extends Error {
  override name = 'TranslateError';
  readonly kind: TranslateErrorKind;
  /** What the service itself said (e.g. "Slowdown: 20 per 1 minute"), shown to the reader as a detail. */
  readonly detail: string | null;

  constructor(
    kind: TranslateErrorKind,
    message: string,
    options: { detail?: string | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.detail = options.detail ?? null;
  }

  /** Whether trying the same thing again may well work. */
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

/**
 * True for the rejection of work the caller cancelled: never shown as a failure. With the caller's
 * signal at hand only that signal counts, so an abort of shared work (a model download another job
 * gave up on) is not mistaken for this caller's.
 */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  if (signal) return signal.aborted;
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Anything thrown while translating, as a TranslateError. */
export function toTranslateError(error: unknown): TranslateError {
  if (error instanceof TranslateError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new TranslateError('failed', `Translation failed: ${message}`, { cause: error });
}
