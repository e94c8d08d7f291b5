import type { DemoData } from '../backend/native-backend';
import type { DemoComment, DemoPost } from '../data/types';

/**
 * What the mock backends (WordPress, Blogger, Ghost, JSON Feed) derive alike from the demo blog's
 * records before each writes them in its own wire format. Kept apart from src/ on purpose: a mock must
 * not share code with the adapter it tests.
 */

export type DemoEntry = {
  post: DemoPost;
  /** 0 for the oldest post: backends that number their posts count up from it. */
  serial: number;
  /** Wall-clock time in the blog's zone, as the demo data writes it: `2020-09-25T09:30:00`. */
  local: string;
  /** The same instant in UTC without milliseconds: `2020-09-25T16:30:00`. */
  utc: string;
  year: number;
  month: number;
  text: string;
  comments: DemoComment[];
};

export function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function utcOf(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19);
}

export function demoEntries(data: DemoData): DemoEntry[] {
  const newest = [...data.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  return newest.map((post, i) => ({
    post,
    serial: newest.length - 1 - i,
    local: post.published.slice(0, 19),
    utc: utcOf(post.published),
    year: Number(post.published.slice(0, 4)),
    month: Number(post.published.slice(5, 7)),
    text: plainText(post.html),
    comments: data.comments.filter((c) => c.postId === post.id && c.status !== 'pending'),
  }));
}

export function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Labels used by the demo posts, each once, in order of first use. */
export function demoLabels(data: DemoData): string[] {
  return [...new Set(data.posts.flatMap((p) => p.labels))];
}

export function contains(entry: DemoEntry, q: string): boolean {
  const needle = q.trim().toLowerCase();
  return entry.post.title.toLowerCase().includes(needle) || entry.text.toLowerCase().includes(needle);
}
