import { seededRandom } from '../seeded-random';
/**
 * Fault mode for the demo backend (docs/fault-mode.md): a share of answers fail with 503, arrive late,
 * never arrive, or carry a malformed body, so anyone can watch Lectern cope with a bad backend. Pure:
 * options parsing and a seeded decision per request, shared by the MSW handlers and the node servers.
 */

export type FaultOptions = {
  /** Share of answers replaced by a 503, 0–1. */
  errors: number;
  /** Every answer waits a random time from 0 to this many milliseconds. */
  latency: number;
  /** How many requests, counted from the start, never get an answer. */
  hang: number;
  /** Share of answers replaced by a malformed body (with status 200), 0–1. */
  malformed: number;
  /** Same seed, same faults for the same requests. */
  seed: number;
};

export const NO_FAULTS: FaultOptions = { errors: 0, latency: 0, hang: 0, malformed: 0, seed: 1 };

export function hasFaults(options: FaultOptions): boolean {
  return options.errors > 0 || options.latency > 0 || options.hang > 0 || options.malformed > 0;
}

const LIMITS: Record<keyof FaultOptions, { min: number; max: number; integer: boolean }> = {
  errors: { min: 0, max: 1, integer: false },
  latency: { min: 0, max: 60_000, integer: true },
  hang: { min: 0, max: 1_000, integer: true },
  malformed: { min: 0, max: 1, integer: false },
  seed: { min: 0, max: 2 ** 31, integer: true },
};

function isFaultName(name: string): name is keyof FaultOptions {
  return Object.hasOwn(LIMITS, name);
}

function checked(name: keyof FaultOptions, value: unknown): number {
  const { min, max, integer } = LIMITS[name];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new Error(`demo faults: ${name} should be a number from ${min} to ${max}`);
  }
  if (integer && !Number.isInteger(value)) throw new Error(`demo faults: ${name} should be a whole number`);
  return value;
}

/** Some of the options, as config.json's `backend.faults` holds them. */
export type FaultSettings = Partial<Record<keyof FaultOptions, number | undefined>>;

/** From config.json's `backend.faults` (already validated there) or any partial object. */
export function faultsFrom(partial: FaultSettings = {}): FaultOptions {
  const options = { ...NO_FAULTS };
  for (const [name, value] of Object.entries(partial)) {
    if (value !== undefined && isFaultName(name)) options[name] = checked(name, value);
  }
  return options;
}

/**
 * `errors:0.3,latency:3000,hang:1,malformed:0.1,seed:7` (any subset, any order); `off` or an empty
 * text means no faults. Throws an Error naming the first bad entry.
 */
export function parseFaults(text: string): FaultOptions {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'off') return { ...NO_FAULTS };
  const partial: Partial<FaultOptions> = {};
  for (const entry of trimmed.split(',')) {
    const [name = '', value = '', ...rest] = entry.split(':').map((part) => part.trim());
    if (!isFaultName(name) || rest.length > 0) {
      throw new Error(`demo faults: "${entry}" is not one of errors, latency, hang, malformed, seed`);
    }
    partial[name] = value === '' ? Number.NaN : Number(value);
  }
  return faultsFrom(partial);
}

export function formatFaults(options: FaultOptions): string {
  if (!hasFaults(options)) return 'off';
  return (Object.keys(LIMITS) as (keyof FaultOptions)[])
    .filter((name) => name === 'seed' || options[name] > 0)
    .map((name) => `${name}:${options[name]}`)
    .join(',');
}

/** Bodies a broken backend or a proxy in front of it really sends with a 200. */
export const MALFORMED_BODIES: readonly { contentType: string; body: string; what: string }[] = [
  {
    contentType: 'application/json',
    body: '{"items": [{"id": "p1", "title": "Cut o',
    what: 'truncated JSON',
  },
  {
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
    what: 'an HTML error page',
  },
  { contentType: 'application/json', body: '{"status": "ok", "data": null}', what: 'JSON of another shape' },
  { contentType: 'application/json', body: '[]', what: 'a list instead of an object' },
];

export type FaultDecision =
  | { kind: 'pass'; delayMs: number }
  | { kind: 'error'; delayMs: number }
  | { kind: 'malformed'; delayMs: number; body: (typeof MALFORMED_BODIES)[number] }
  | { kind: 'hang' };

function hash(text: string, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export type FaultPlan = { decide(method: string, url: string): FaultDecision };

/**
 * Decides each request's fate. A request's dice depend on the seed, its method and address and how
 * many times that same request came before, not on the order requests from different widgets arrive
 * in, so a run can be repeated. `options` is read at each request, so a switch can change meanwhile.
 */
export function createFaultPlan(options: FaultOptions | (() => FaultOptions)): FaultPlan {
  const read = typeof options === 'function' ? options : () => options;
  const seen = new Map<string, number>();
  let requests = 0;
  return {
    decide(method, url) {
      const current = read();
      requests += 1;
      if (requests <= current.hang) return { kind: 'hang' };
      const parsed = new URL(url, 'http://fault.invalid');
      const key = `${method.toUpperCase()} ${parsed.pathname}${parsed.search}`;
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      const dice = seededRandom(hash(`${key}#${nth}`, current.seed));
      const delayMs = Math.round(dice() * current.latency);
      const roll = dice();
      if (roll < current.errors) return { kind: 'error', delayMs };
      if (roll < current.errors + current.malformed) {
        const body = MALFORMED_BODIES[Math.floor(dice() * MALFORMED_BODIES.length)] ?? MALFORMED_BODIES[0];
        if (body) return { kind: 'malformed', delayMs, body };
      }
      return { kind: 'pass', delayMs };
    },
  };
}

export const FAULT_ERROR_BODY = {
  error: {
    code: 'unavailable',
    message: 'The demo backend is in fault mode and failed this request on purpose.',
  },
};
