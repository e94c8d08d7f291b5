import { isRouteErrorResponse } from 'react-router';
import {
  ApiError,
  failedResource,
  InvalidResponseError,
  nameFailure,
  NotFoundError,
  type ApiErrorKind,
  type Words,
} from '../api/errors';

/*
 * A route's error travels from the server's render to the browser's hydration as JSON. React Router's
 * own serializing keeps only an Error's message, so the browser would rebuild a plain Error and draw a
 * different error page than the server did ("This could not be loaded" with what failed, or "Page not
 * found"), and hydration would throw the server's HTML away. Here the ApiError keeps its kind, status
 * and the name of what failed.
 */

export type WireRouteError =
  | { type: 'response'; status: number; statusText: string; data: unknown }
  | {
      type: 'api';
      name: string;
      message: string;
      kind: ApiErrorKind;
      status: number | null;
      retryable: boolean;
      retryAfterMs: number | null;
      field: string | null;
      expected: string | null;
      received: string | null;
      words: Words | null;
      what: Words | null;
    }
  | { type: 'error'; message: string };

export function toWireError(error: unknown): WireRouteError {
  if (isRouteErrorResponse(error)) {
    return { type: 'response', status: error.status, statusText: error.statusText, data: error.data };
  }
  if (error instanceof ApiError) {
    return {
      type: 'api',
      name: error.name,
      message: error.message,
      kind: error.kind,
      status: error.status,
      retryable: error.retryable,
      retryAfterMs: error.retryAfterMs,
      field: error instanceof InvalidResponseError ? error.field : null,
      expected: error instanceof InvalidResponseError ? error.expected : null,
      received: error instanceof InvalidResponseError ? error.received : null,
      words: error.words,
      what: failedResource(error),
    };
  }
  return { type: 'error', message: error instanceof Error ? error.message : String(error) };
}

export function fromWireError(wire: WireRouteError): unknown {
  if (wire.type === 'response') {
    // What isRouteErrorResponse recognises: React Router's own class is not exported.
    return { status: wire.status, statusText: wire.statusText, data: wire.data, internal: false };
  }
  if (wire.type === 'error') return new Error(wire.message);
  const error =
    wire.kind === 'not-found'
      ? new NotFoundError(wire.words ?? wire.message)
      : wire.name === 'InvalidResponseError'
        ? new InvalidResponseError(
            wire.field ?? '',
            wire.expected ?? '',
            undefined,
            wire.received ?? undefined,
          )
        : new ApiError(wire.words ?? wire.message, {
            kind: wire.kind,
            status: wire.status,
            retryable: wire.retryable,
            retryAfterMs: wire.retryAfterMs,
          });
  if (wire.what) nameFailure(error, wire.what);
  return error;
}

export function toWireErrors(errors: Record<string, unknown> | null): Record<string, WireRouteError> | null {
  if (!errors) return null;
  return Object.fromEntries(Object.entries(errors).map(([id, error]) => [id, toWireError(error)]));
}

export function fromWireErrors(
  errors: Record<string, WireRouteError> | null,
): Record<string, unknown> | null {
  if (!errors) return null;
  return Object.fromEntries(Object.entries(errors).map(([id, error]) => [id, fromWireError(error)]));
}

/**
 * The HTTP status a failed page answers with: what the route threw (404 for a missing post or page),
 * and for a backend that failed, 504 when it was too slow, 503 when it said it is unavailable or
 * overloaded, 502 when it answered with something unusable or could not be reached.
 */
export function statusForError(error: unknown): number {
  if (isRouteErrorResponse(error)) return error.status;
  if (!(error instanceof ApiError)) return 500;
  switch (error.kind) {
    case 'not-found':
      return 404;
    case 'timeout':
      return 504;
    case 'network':
    case 'invalid-response':
      return 502;
    case 'http':
      if (error.status === 429 || error.status === 503) return 503;
      if (error.status !== null && error.status >= 500) return 502;
      return error.status === 401 || error.status === 403 ? 502 : 500;
  }
}
