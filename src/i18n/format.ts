/**
 * A small ICU MessageFormat: `{name}`, `{n, number}`, `{n, plural, =0 {…} one {# …} other {…}}` and
 * `{x, select, a {…} other {…}}`, nested, with ICU's apostrophe quoting (`''` is one apostrophe; `'{'`
 * a literal brace). That is all Lectern's catalogs use; plural categories and digits come from Intl, so
 * every language's rules (Arabic's six forms, Polish's three) are the platform's, not ours.
 * docs/decisions/0008-languages.md says why this and not a library.
 */

type Part =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'number'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural'; name: string; options: Record<string, Part[]> }
  | { kind: 'select'; name: string; options: Record<string, Part[]> };

export type MessageValue = unknown;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** A message the catalog cannot parse: a mistake in a catalog, caught by its tests. */
export class MessageSyntaxError extends Error {
  override name = 'MessageSyntaxError';
}

function parse(source: string): Part[] {
  let at = 0;

  function fail(what: string): never {
    throw new MessageSyntaxError(`${what} at ${at} in “${source}”`);
  }

  function skipSpace() {
    while (at < source.length && /\s/.test(source[at] ?? '')) at++;
  }

  function word(): string {
    skipSpace();
    const start = at;
    while (at < source.length && /[^\s,{}]/.test(source[at] ?? '')) at++;
    if (at === start) fail('A name is missing');
    return source.slice(start, at);
  }

  function options(): Record<string, Part[]> {
    const found: Record<string, Part[]> = {};
    for (;;) {
      skipSpace();
      if (source[at] === '}') break;
      const key = word();
      skipSpace();
      if (source[at] !== '{') fail(`“${key}” needs a {message}`);
      at++;
      found[key] = parts(true);
      at++; // the closing brace
    }
    if (!('other' in found)) fail('An “other” branch is missing');
    return found;
  }

  function argument(): Part {
    const name = word();
    skipSpace();
    if (source[at] === '}') return { kind: 'arg', name };
    if (source[at] !== ',') fail('A comma or brace is expected');
    at++;
    const type = word();
    skipSpace();
    if (type === 'number') {
      if (source[at] !== '}') fail('Number styles are not supported');
      return { kind: 'number', name };
    }
    if (type !== 'plural' && type !== 'select') fail(`Unknown argument type “${type}”`);
    if (source[at] !== ',') fail('A comma is expected');
    at++;
    return { kind: type, name, options: options() };
  }

  // `#` is the count inside a branch; at the top level it is text.
  function parts(nested: boolean): Part[] {
    const out: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    while (at < source.length) {
      const ch = source[at] as string;
      if (ch === "'") {
        const next = source[at + 1];
        if (next === "'") {
          text += "'";
          at += 2;
        } else if (next === '{' || next === '}' || next === '#') {
          const end = source.indexOf("'", at + 1);
          text += source.slice(at + 1, end === -1 ? source.length : end);
          at = end === -1 ? source.length : end + 1;
        } else {
          text += ch;
          at++;
        }
      } else if (ch === '{') {
        flush();
        at++;
        out.push(argument());
        skipSpace();
        if (source[at] !== '}') fail('A closing brace is missing');
        at++;
      } else if (ch === '}') {
        if (!nested) fail('An unmatched closing brace');
        break;
      } else if (ch === '#' && nested) {
        flush();
        out.push({ kind: 'pound' });
        at++;
      } else {
        text += ch;
        at++;
      }
    }
    if (nested && source[at] !== '}') fail('A closing brace is missing');
    flush();
    return out;
  }

  return parts(false);
}

// Parsed once per message text; Intl objects once per locale (the first of a kind loads ICU data).
const parsed = new Map<string, Part[]>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let found = map.get(key);
  if (found === undefined) {
    found = make();
    map.set(key, found);
  }
  return found;
}

export function parseMessage(source: string): Part[] {
  return cached(parsed, source, () => parse(source));
}

export function formatNumber(value: number, locale: string): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

export function pluralCategory(value: number, locale: string): Intl.LDMLPluralRule {
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(value);
}

function asNumber(value: MessageValue, name: string): number {
  if (typeof value !== 'number') throw new TypeError(`“${name}” must be a number`);
  return value;
}

function render(parts: Part[], locale: string, values: MessageValues, count: number | null, out: unknown[]) {
  for (const part of parts) {
    if (typeof part === 'string') out.push(part);
    else if (part.kind === 'arg') out.push(values[part.name] ?? `{${part.name}}`);
    else if (part.kind === 'number') out.push(formatNumber(asNumber(values[part.name], part.name), locale));
    else if (part.kind === 'pound') out.push(count === null ? '#' : formatNumber(count, locale));
    else if (part.kind === 'plural') {
      const n = asNumber(values[part.name], part.name);
      const branch = part.options[`=${n}`] ?? part.options[pluralCategory(n, locale)] ?? part.options.other;
      render(branch ?? [], locale, values, n, out);
    } else {
      const branch = part.options[String(values[part.name])] ?? part.options.other;
      render(branch ?? [], locale, values, count, out);
    }
  }
}

/** The message's pieces in order: text, and the values given (which may be React elements) where they go. */
export function formatParts(source: string, locale: string, values: MessageValues = {}): unknown[] {
  const out: unknown[] = [];
  render(parseMessage(source), locale, values, null, out);
  // Adjacent text pieces joined, so a rich message hands React as few nodes as a plain one.
  const joined: unknown[] = [];
  for (const piece of out) {
    const last = joined.length - 1;
    if (typeof piece === 'string' && typeof joined[last] === 'string') joined[last] += piece;
    else joined.push(piece);
  }
  return joined;
}

export function formatMessage(source: string, locale: string, values: MessageValues = {}): string {
  return formatParts(source, locale, values).map(String).join('');
}

/** What a message uses, for the catalogs' tests: its argument names and each plural's branch keys. */
export function describeMessage(source: string): { args: Set<string>; plurals: string[][] } {
  const args = new Set<string>();
  const plurals: string[][] = [];
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (typeof part === 'string' || part.kind === 'pound') continue;
      args.add(part.name);
      if (part.kind === 'plural' || part.kind === 'select') {
        if (part.kind === 'plural') plurals.push(Object.keys(part.options));
        Object.values(part.options).forEach(walk);
      }
    }
  };
  walk(parseMessage(source));
  return { args, plurals };
}
