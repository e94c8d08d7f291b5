import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { server } from '../../mocks/node';
import { startApp } from '../../src/start-app';

let root: Root | null = null;

async function start(config: Record<string, unknown>) {
  server.use(http.get('*/config.json', () => HttpResponse.json(config)));
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  const startDemo = vi.fn(async () => {});
  await act(() => startApp(root as Root, { startDemo, initialPath: '/' }));
  return { startDemo };
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

describe('start-up from config.json', () => {
  it('starts the demo backend, then shows the demo blog', async () => {
    const { startDemo } = await start({ backend: { kind: 'demo' }, translate: { provider: 'auto' } });
    expect(startDemo).toHaveBeenCalledOnce();
    expect(await screen.findByRole('link', { name: demoData.posts[0]?.title })).toBeInTheDocument();
  });

  it('points the same build at a native backend named in config.json', async () => {
    const { createNativeHandlers } = await import('../../mocks/handlers/native');
    server.use(...createNativeHandlers(demoData, 'https://other-blog.test/v1'));
    const { startDemo } = await start({ backend: { kind: 'native', url: 'https://other-blog.test/v1' } });
    expect(startDemo).not.toHaveBeenCalled();
    expect(await screen.findByRole('link', { name: demoData.posts[0]?.title })).toBeInTheDocument();
  });

  it('shows a configuration error page naming the field', async () => {
    await start({ backend: { kind: 'native' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Configuration error' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('backend.url should be a URL');
  });

  it('points the same build at a Ghost blog named in config.json', async () => {
    const { createGhostHandlers } = await import('../../mocks/handlers/ghost');
    server.use(...createGhostHandlers(demoData, 'https://ghost.example', { key: 'abc' }));
    const { startDemo } = await start({
      backend: { kind: 'ghost', url: 'https://ghost.example', key: 'abc' },
    });
    expect(startDemo).not.toHaveBeenCalled();
    expect(await screen.findByRole('link', { name: demoData.posts[0]?.title })).toBeInTheDocument();
    // Ghost has no comments for Lectern: the list shows no counts linking to a comment section.
    expect(screen.queryByRole('link', { name: /comments? on “/ })).not.toBeInTheDocument();
  });

  it('says when config.json is missing', async () => {
    server.use(http.get('*/config.json', () => new HttpResponse(null, { status: 404 })));
    const container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
    await act(() => startApp(root as Root, { startDemo: async () => {}, initialPath: '/' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/config\.json could not be loaded .*HTTP 404/);
  });
});
