import { safeHttpUrl } from '../../lib/safe-url';
import type { Feeds } from '../types';

/**
 * Feed addresses come from backends and end up as links a reader follows and as <link rel="alternate">:
 * only http(s) survive (a javascript: or data: "feed" is dropped, never shown).
 */
export function safeFeedUrl(value: unknown): string | undefined {
  return safeHttpUrl(value) ?? undefined;
}

export function safeFeeds(feeds: Feeds): Feeds {
  const safe: Feeds = {};
  for (const kind of ['atom', 'rss', 'json'] as const) {
    const url = safeFeedUrl(feeds[kind]);
    if (url) safe[kind] = url;
  }
  return safe;
}
