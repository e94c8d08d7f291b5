import { describe, expect, it } from 'vitest';
import { BLOGGER_API_ROOT } from '../../src/api/adapters/blogger';
import {
  BLOGGER_DEFAULT_ORIGIN,
  startOfflineSupport,
  workerUrl,
} from '../../src/offline/register-service-worker';

const page = 'https://blog.example.org/2024/05/a-post.html';

describe('the offline worker’s URL', () => {
  it('is the demo’s combined worker (MSW + offline) in demo mode', () => {
    expect(workerUrl({ kind: 'demo' }, '/', page)).toBe('/sw-demo.js');
  });

  it('names the backend’s origin, whose GET answers it may keep', () => {
    expect(workerUrl({ kind: 'native', url: 'https://api.example.net/v1' }, '/', page)).toBe(
      `/sw.js?api=${encodeURIComponent('https://api.example.net')}`,
    );
    // A relative API root is on the blog's own origin.
    expect(workerUrl({ kind: 'native', url: '/api' }, '/blog/', page)).toBe(
      `/blog/sw.js?api=${encodeURIComponent('https://blog.example.org')}`,
    );
    expect(workerUrl({ kind: 'wordpress', url: 'https://wp.example.com/' }, '/', page)).toContain(
      encodeURIComponent('https://wp.example.com'),
    );
  });

  it('uses Google’s API origin for Blogger unless config.json names another', () => {
    expect(BLOGGER_DEFAULT_ORIGIN).toBe(new URL(BLOGGER_API_ROOT).origin);
    expect(workerUrl({ kind: 'blogger', blogId: '1', key: 'k' }, '/', page)).toBe(
      `/sw.js?api=${encodeURIComponent(BLOGGER_DEFAULT_ORIGIN)}`,
    );
    expect(
      workerUrl({ kind: 'blogger', blogId: '1', key: 'k', url: 'https://proxy.example/b' }, '/', page),
    ).toBe(`/sw.js?api=${encodeURIComponent('https://proxy.example')}`);
  });
});

describe('startOfflineSupport', () => {
  it('registers nothing outside a production build (the dev server’s modules must never be cached)', async () => {
    const registrations: unknown[] = [];
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: { register: (...args: unknown[]) => registrations.push(args), ready: new Promise(() => {}) },
    });
    try {
      await startOfflineSupport({ backend: { kind: 'native', url: '/api' }, offline: { enabled: true } });
      expect(registrations).toEqual([]);
    } finally {
      Reflect.deleteProperty(navigator, 'serviceWorker');
    }
  });
});
