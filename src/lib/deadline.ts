export type Deadline = {
  /** Aborts when the time is up or the caller's signal aborts (with the caller's reason). */
  signal: AbortSignal;
  /** Whether it was the time limit, not the caller, that aborted. */
  timedOut(): boolean;
  /** Stops the timer and lets go of the caller's signal; call it once the request is settled. */
  done(): void;
};

/**
 * A time limit linked to the caller's signal. Built by hand rather than with AbortSignal.any/timeout so
 * the reason (timeout vs. the caller going away) stays known, and it works on every runtime Lectern meets.
 * Shared by the blog's HTTP client and the LibreTranslate provider.
 */
export function withDeadline(signal: AbortSignal | undefined, timeoutMs: number): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort(signal?.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}
