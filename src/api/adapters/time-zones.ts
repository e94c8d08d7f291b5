/**
 * Dates in a blog's time zone: the calendar month of an instant there, the bounds of a month, and the
 * zone itself where a backend does not say it (from the offsets its dates are written with).
 */

const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: number, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const read = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: read('year'),
    month: read('month'),
    day: read('day'),
    hour: read('hour'),
    minute: read('minute'),
  };
}

/** Calendar year and month of an instant in a time zone. */
export function zonedYearMonth(iso: string, timeZone: string): { year: number; month: number } {
  const { year, month } = partsIn(Date.parse(iso), timeZone);
  return { year, month };
}

/** Year and month as written in the date itself, i.e. in the publisher's own offset. */
export function wallClockYearMonth(iso: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})/.exec(iso);
  return { year: Number(match?.[1]), month: Number(match?.[2]) };
}

function offsetMinutesAt(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

/** The instant of local midnight starting day `day` of `month` in `timeZone` (month may overflow). */
export function zonedMidnight(year: number, month: number, timeZone: string, day = 1): number {
  const wall = Date.UTC(year, month - 1, day);
  let instant = wall;
  for (let i = 0; i < 3; i += 1) instant = wall - offsetMinutesAt(instant, timeZone) * MINUTE;
  return instant;
}

/** [start, end) instants of a year, or of one month of it, in the blog's time zone. */
export function periodBounds(year: number, month: number | undefined, timeZone: string) {
  return month
    ? { start: zonedMidnight(year, month, timeZone), end: zonedMidnight(year, month + 1, timeZone) }
    : { start: zonedMidnight(year, 1, timeZone), end: zonedMidnight(year + 1, 1, timeZone) };
}

/** Minutes east of UTC written in an ISO date (`-07:00` → -420, `Z` → 0); null when it has none. */
export function writtenOffset(iso: string): number | null {
  if (/z$/i.test(iso)) return 0;
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!match || !/T\d/.test(iso)) return null;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

export function isTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A fixed-offset zone; Etc/GMT signs are inverted by definition (UTC-8 is Etc/GMT+8). */
export function fixedZone(minutesEast: number): string {
  if (minutesEast === 0 || minutesEast % 60 !== 0) return 'UTC';
  const hours = minutesEast / 60;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/**
 * For backends that do not say their time zone (Blogger, JSON Feed) but write each date with the blog's
 * offset: the first IANA zone whose offsets match every sample (so daylight saving is right), else the
 * fixed offset of the newest sample.
 */
export function guessTimeZone(isoDates: string[]): string {
  const samples = isoDates
    .slice(0, 200)
    .map((iso) => ({ instant: Date.parse(iso), offset: writtenOffset(iso) }))
    .filter((s): s is { instant: number; offset: number } => s.offset !== null && !Number.isNaN(s.instant));
  const first = samples[0];
  if (!first) return 'UTC';
  if (samples.every((s) => s.offset === first.offset)) return fixedZone(first.offset);
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const found = zones.find((zone) => samples.every((s) => offsetMinutesAt(s.instant, zone) === s.offset));
  return found ?? fixedZone(first.offset);
}
