import type { ArchiveYear, Label, PostLink, PostPath } from '../types';

/**
 * Facts an adapter derives from a lightweight listing of every post when its backend does not give
 * them: archive counts, label counts, a post's neighbours, the post a path names; and the small cache
 * that keeps the listing.
 */

const MINUTE = 60_000;

/** One post in the lightweight listing an adapter keeps to derive what its backend lacks. */
export type IndexEntry = PostLink & {
  id: string;
  published: string;
  authorId?: string;
  labels?: string[];
};

export function byNewest<T extends { published: string }>(a: T, b: T): number {
  return Date.parse(b.published) - Date.parse(a.published);
}

/** Post counts per year and month, newest first, as the native contract's /archive answers. */
export function archiveOf(entries: { year: number; month: number }[]): ArchiveYear[] {
  const years = new Map<number, Map<number, number>>();
  for (const { year, month } of entries) {
    const months = years.get(year) ?? new Map<number, number>();
    months.set(month, (months.get(month) ?? 0) + 1);
    years.set(year, months);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const list = [...months.entries()]
        .sort(([a], [b]) => b - a)
        .map(([month, count]) => ({ month, count }));
      return { year, count: list.reduce((n, m) => n + m.count, 0), months: list };
    });
}

export function labelCounts(labelLists: string[][]): Label[] {
  const counts = new Map<string, number>();
  for (const labels of labelLists) for (const l of new Set(labels)) counts.set(l, (counts.get(l) ?? 0) + 1);
  return sortLabels([...counts.entries()].map(([name, count]) => ({ name, count })));
}

export function sortLabels(labels: Label[]): Label[] {
  return labels.filter((l) => l.count > 0).sort((a, b) => a.name.localeCompare(b.name));
}

export function linkOf(entry: PostLink): PostLink {
  return { year: entry.year, month: entry.month, slug: entry.slug, title: entry.title };
}

/** Newer and older neighbours of a post in a newest-first listing. */
export function neighboursOf(entries: IndexEntry[], id: string) {
  const i = entries.findIndex((e) => e.id === id);
  const newer = i > 0 ? entries[i - 1] : undefined;
  const older = i >= 0 ? entries[i + 1] : undefined;
  return { newer: newer ? linkOf(newer) : null, older: older ? linkOf(older) : null };
}

/** The post a Blogger-shaped path names: same slug, preferring the same year and month. */
export function findBySlug<T extends PostPath>(entries: T[], path: PostPath): T | undefined {
  const same = entries.filter((e) => e.slug === path.slug);
  return same.find((e) => e.year === path.year && e.month === path.month) ?? same[0];
}

export function samePath(a: PostPath, b: PostPath): boolean {
  return a.year === b.year && a.month === b.month && a.slug === b.slug;
}

export function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

/** Memoises a load for `ttlMs`; a failed load is forgotten so the next caller tries again. */
export function cached<T>(load: () => Promise<T>, ttlMs = 5 * MINUTE): () => Promise<T> {
  let entry: { at: number; value: Promise<T> } | null = null;
  return () => {
    if (entry && Date.now() - entry.at < ttlMs) return entry.value;
    const current = { at: Date.now(), value: load() };
    entry = current;
    current.value.catch(() => {
      if (entry === current) entry = null;
    });
    return current.value;
  };
}
