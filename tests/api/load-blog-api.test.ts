import { describe, expect, it } from 'vitest';
import type { BackendConfig } from '../../src/config';
import { createBlogApi } from '../../src/api/create-blog-api';
import { loadBlogApi } from '../../src/api/load-blog-api';

const backends: BackendConfig[] = [
  { kind: 'demo' },
  { kind: 'native', url: 'https://blog.example/api/' },
  { kind: 'wordpress', url: 'https://blog.example/' },
  { kind: 'blogger', blogId: '42', key: 'k' },
  { kind: 'ghost', url: 'https://blog.example/', key: 'k' },
  { kind: 'jsonfeed', url: 'https://blog.example/feed.json' },
];

describe('loadBlogApi (the adapter config.json names, its code loaded on demand)', () => {
  it.each(backends)('gives the $kind backend the adapter createBlogApi gives it', async (backend) => {
    const loaded = await loadBlogApi(backend, fetch);
    const created = createBlogApi(backend, fetch);
    expect(loaded.id).toBe(created.id);
    expect(loaded.capabilities).toEqual(created.capabilities);
  });
});
