/**
 * Tiny decoders for data that crosses a trust boundary (API responses, config.json).
 * Hand-written instead of a schema library: the shapes are small and this costs under 1 KB.
 * A failure names the path of the offending field, so an error message can point at it.
 */

export class DecodeError extends Error {
  override name = 'DecodeError';
  readonly path: string;
  readonly expected: string;

  constructor(path: string, expected: string) {
    super(`${path || 'value'} should be ${expected}`);
    this.path = path;
    this.expected = expected;
  }
}

export type Decoder<T> = (value: unknown, path: string) => T;

export type Decoded<D> = D extends Decoder<infer T> ? T : never;

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export const string: Decoder<string> = (value, path) => {
  if (typeof value !== 'string') throw new DecodeError(path, 'a string');
  return value;
};

export const nonEmptyString: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || value.trim() === '') throw new DecodeError(path, 'a non-empty string');
  return value;
};

export const boolean: Decoder<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new DecodeError(path, 'true or false');
  return value;
};

export const number: Decoder<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DecodeError(path, 'a number');
  return value;
};

export const integer: Decoder<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new DecodeError(path, 'an integer');
  return value;
};

export function intInRange(min: number, max: number): Decoder<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new DecodeError(path, `an integer from ${min} to ${max}`);
    }
    return value;
  };
}

/** An ISO 8601 date-time that Date can read. */
export const isoDate: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new DecodeError(path, 'an ISO 8601 date');
  }
  return value;
};

export const url: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !URL.canParse(value, 'http://relative.invalid/')) {
    throw new DecodeError(path, 'a URL');
  }
  return value;
};

export function oneOf<const T extends readonly string[]>(...values: T): Decoder<T[number]> {
  return (value, path) => {
    if (typeof value !== 'string' || !values.includes(value)) {
      throw new DecodeError(path, `one of ${values.map((v) => `"${v}"`).join(', ')}`);
    }
    return value as T[number];
  };
}

export function nullable<T>(decoder: Decoder<T>): Decoder<T | null> {
  return (value, path) => (value === null || value === undefined ? null : decoder(value, path));
}

export function optional<T>(decoder: Decoder<T>): Decoder<T | undefined> {
  return (value, path) => (value === undefined ? undefined : decoder(value, path));
}

export function withDefault<T>(decoder: Decoder<T>, fallback: T): Decoder<T> {
  return (value, path) => (value === undefined || value === null ? fallback : decoder(value, path));
}

export function array<T>(decoder: Decoder<T>): Decoder<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new DecodeError(path, 'a list');
    return value.map((item, index) => decoder(item, join(path, index)));
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Shape = Record<string, Decoder<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: Decoded<S[K]> };

/** Unknown keys are ignored: backends may send more than Lectern reads. */
export function object<S extends Shape>(shape: S): Decoder<FromShape<S>> {
  return (value, path) => {
    if (!isRecord(value)) throw new DecodeError(path, 'an object');
    const result: Record<string, unknown> = {};
    for (const [key, decoder] of Object.entries(shape)) {
      result[key] = decoder(value[key], join(path, key));
    }
    return result as FromShape<S>;
  };
}

export function map<A, B>(decoder: Decoder<A>, fn: (value: A) => B): Decoder<B> {
  return (value, path) => fn(decoder(value, path));
}
