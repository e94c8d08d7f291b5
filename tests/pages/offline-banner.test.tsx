import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { demoData } from '../support/demo-paths';

const OFFLINE_MESSAGE = "You're offline. Showing saved copies; they may be out of date.";
const BACK_ONLINE_MESSAGE = 'Back online.';

const slow = { timeout: 30_000 };

/** What the browser does when the connection drops or returns: navigator.onLine, then the event. */
function connection(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

function banner() {
  return screen.getAllByRole('status').find((element) => element.classList.contains('offline-banner'));
}

describe('offline bar', slow, () => {
  it('says nothing while online', async () => {
    renderRoute('/');
    await screen.findByRole('banner');
    expect(screen.queryByText(OFFLINE_MESSAGE)).not.toBeInTheDocument();
    expect(banner()).toBeEmptyDOMElement();
  });

  it('says the reader is offline and copies may be old, then "Back online." that goes away', async () => {
    renderRoute('/');
    await screen.findByRole('banner');
    connection(false);
    // The bar subscribes in an effect, which may run just after the header is in the page.
    await vi.waitFor(() => expect(banner()).toHaveTextContent(OFFLINE_MESSAGE));
    connection(true);
    await vi.waitFor(() => expect(banner()).toHaveTextContent(BACK_ONLINE_MESSAGE));
    await vi.waitFor(() => expect(banner()).toBeEmptyDOMElement(), { timeout: 10_000 });
  });

  it('is there at once on a page opened offline (from the saved copies)', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderRoute('/');
    await screen.findByRole('banner');
    expect(banner()).toHaveTextContent(OFFLINE_MESSAGE);
  });

  it('fetches what is on screen afresh when the connection returns', async () => {
    renderRoute('/');
    const header = await screen.findByRole('banner');
    expect(await within(header).findByRole('link', { name: demoData.blog.title })).toBeInTheDocument();
    connection(false);
    await vi.waitFor(() => expect(banner()).toHaveTextContent(OFFLINE_MESSAGE));
    // Meanwhile the blog changed on the server.
    server.use(
      http.get('*/api/blog', () =>
        HttpResponse.json({ ...demoData.blog, title: 'Renamed While Away', feeds: {} }),
      ),
    );
    connection(true);
    expect(await within(header).findByRole('link', { name: 'Renamed While Away' })).toBeInTheDocument();
  });
});
