import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoData } from '../../mocks/data/index';
import {
  DEMO_ATOM_FEED,
  DEMO_JSON_FEED,
  buildAtomFeed,
  buildJsonFeed,
  demoFeedLinks,
} from '../../mocks/handlers/feeds';

// Vitest runs from the repository root.
const publicDir = resolve('public');
const files = [
  { name: DEMO_JSON_FEED, build: buildJsonFeed },
  { name: DEMO_ATOM_FEED, build: buildAtomFeed },
];

describe('the demo blog feeds', () => {
  it.each(files)(
    'public/$name matches the demo data (UPDATE_DEMO_FEEDS=1 rewrites it)',
    ({ name, build }) => {
      const path = resolve(publicDir, name);
      const expected = build(demoData);
      if (process.env.UPDATE_DEMO_FEEDS === '1') writeFileSync(path, expected);
      expect(readFileSync(path, 'utf8')).toBe(expected);
    },
  );

  it('lists the newest posts with links that resolve to their Lectern addresses', () => {
    const feed = JSON.parse(buildJsonFeed(demoData)) as {
      items: { url: string; title: string; date_published: string }[];
    };
    const newest = [...demoData.posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published))[0];
    const first = feed.items[0];
    expect(first?.title).toBe(newest?.title);
    const feedUrl = new URL(DEMO_JSON_FEED, 'https://blog.example/base/');
    expect(new URL(first?.url ?? '', feedUrl).pathname).toMatch(
      new RegExp(`^/base/\\d{4}/\\d{2}/${newest?.slug}\\.html$`),
    );
  });

  it('escapes text in the Atom feed so it stays well-formed XML', () => {
    const data = {
      ...demoData,
      blog: { ...demoData.blog, title: 'Salt & <Pepper> "Law"' },
    };
    const atom = buildAtomFeed(data);
    expect(atom).toContain('<title>Salt &amp; &lt;Pepper&gt; &quot;Law&quot;</title>');
    const doc = new DOMParser().parseFromString(atom, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('entry').length).toBeGreaterThan(0);
  });

  it('points the demo blog at the feeds next to index.html, base path included', () => {
    expect(demoFeedLinks('http://127.0.0.1:4173/lectern/api/blog')).toEqual({
      json: 'http://127.0.0.1:4173/lectern/demo/feeds/feed.json',
      atom: 'http://127.0.0.1:4173/lectern/demo/feeds/atom.xml',
    });
  });
});
