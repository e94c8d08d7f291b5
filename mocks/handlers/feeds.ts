import type { Feeds } from '../../src/api/types';
import { createNativeBackend, type DemoData } from '../backend/native-backend';

/**
 * The demo blog's feeds (JSON Feed 1.1 and Atom), generated from the demo records through the native
 * backend, so they say what the app shows.
 *
 * They are committed as static files in public/demo/feeds/ rather than answered by MSW: following a
 * feed link is a navigation, and the MSW service worker never intercepts navigations. Links inside the
 * feeds are relative to the feed file, so they stay right under any base path.
 * tests/mocks/demo-feeds.test.ts fails when the files drift from the data (and rewrites them with
 * UPDATE_DEMO_FEEDS=1).
 */

export const DEMO_FEED_DIR = 'demo/feeds/';
export const DEMO_JSON_FEED = `${DEMO_FEED_DIR}feed.json`;
export const DEMO_ATOM_FEED = `${DEMO_FEED_DIR}atom.xml`;
/** From a file in demo/feeds/ back to the site root. */
const SITE_ROOT = '../../';
const FEED_SIZE = 20;

type WireSummary = {
  id: string;
  year: number;
  month: number;
  slug: string;
  title: string;
  published: string;
  updated: string;
  author: { id: string; displayName: string };
  labels: string[];
  excerpt: string;
};

type FeedEntry = WireSummary & { html: string; path: string };

/** Where the demo's /blog answer points: next to index.html, found from the demo API's own address. */
export function demoFeedLinks(apiRequestUrl: string): Feeds {
  // The demo API lives at <base>api/…, so <base> is one level above the API root.
  const base = new URL('../', apiRequestUrl.replace(/\/api\/.*$/, '/api/'));
  return {
    json: new URL(DEMO_JSON_FEED, base).href,
    atom: new URL(DEMO_ATOM_FEED, base).href,
  };
}

function newestEntries(data: DemoData): FeedEntry[] {
  const backend = createNativeBackend(data);
  const list = backend.listPosts(new URLSearchParams({ limit: String(FEED_SIZE) })).body as {
    items: WireSummary[];
  };
  return list.items.map((item) => {
    const post = backend.getPost(item.year, item.month, item.slug).body as { html: string };
    const path = `${item.year}/${String(item.month).padStart(2, '0')}/${item.slug}.html`;
    return { ...item, html: post.html, path };
  });
}

function tagUri(id: string): string {
  return `tag:lectern.demo,2020:${id}`;
}

export function buildJsonFeed(data: DemoData): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: data.blog.title,
    description: data.blog.description,
    home_page_url: SITE_ROOT,
    feed_url: 'feed.json',
    language: data.blog.locale,
    items: newestEntries(data).map((entry) => ({
      id: tagUri(entry.id),
      url: `${SITE_ROOT}${entry.path}`,
      title: entry.title,
      summary: entry.excerpt,
      content_html: entry.html,
      date_published: entry.published,
      date_modified: entry.updated,
      authors: [{ name: entry.author.displayName }],
      tags: entry.labels,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildAtomFeed(data: DemoData): string {
  const entries = newestEntries(data);
  const updated =
    entries
      .map((e) => new Date(e.updated).toISOString())
      .sort()
      .at(-1) ?? '';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(data.blog.locale)}">`,
    `  <title>${xml(data.blog.title)}</title>`,
    `  <subtitle>${xml(data.blog.description)}</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${SITE_ROOT}"/>`,
    '  <link rel="self" type="application/atom+xml" href="atom.xml"/>',
    `  <id>${tagUri('blog')}</id>`,
    `  <updated>${updated}</updated>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <title>${xml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${SITE_ROOT}${xml(entry.path)}"/>`,
      `    <id>${tagUri(entry.id)}</id>`,
      `    <published>${entry.published}</published>`,
      `    <updated>${entry.updated}</updated>`,
      `    <author><name>${xml(entry.author.displayName)}</name></author>`,
      ...entry.labels.map((label) => `    <category term="${xml(label)}"/>`),
      `    <summary>${xml(entry.excerpt)}</summary>`,
      `    <content type="html">${xml(entry.html)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
