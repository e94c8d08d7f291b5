import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../support/render';
import { pathOf, postById } from '../support/demo-paths';

const slow = { timeout: 20_000 };
const post = postById('post-2020-09-25');
const postAddress = `${window.location.origin}${pathOf(post)}`;

async function shareRegion() {
  await screen.findByRole('article', { name: post.title });
  // The share buttons' code loads on demand (src/components/below-the-fold.tsx).
  return screen.findByRole('region', { name: 'Share this post' });
}

function setShare(share: ((data: ShareData) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('share buttons on a post', slow, () => {
  it('copies the post link and says so', async () => {
    const { user } = renderRoute(pathOf(post));
    const share = await shareRegion();
    await user.click(within(share).getByRole('button', { name: 'Copy link' }));
    expect(await within(share).findByRole('status')).toHaveTextContent('Link copied');
    await expect(navigator.clipboard.readText()).resolves.toBe(postAddress);
  });

  it('shows the link selected in a field when the browser refuses to copy', async () => {
    const { user } = renderRoute(pathOf(post));
    const share = await shareRegion();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    await user.click(within(share).getByRole('button', { name: 'Copy link' }));
    const field = await within(share).findByRole('textbox', { name: 'Link to this post' });
    expect(field).toHaveValue(postAddress);
    expect(field).toHaveAttribute('readonly');
    await waitFor(() => expect(field).toHaveFocus());
    expect(within(share).getByRole('status')).toHaveTextContent(/copy it from there/);
    expect(within(share).getByRole('status')).not.toHaveTextContent('Link copied');
  });

  it('shows the field when there is no clipboard at all', async () => {
    const { user } = renderRoute(pathOf(post));
    const share = await shareRegion();
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      await user.click(within(share).getByRole('button', { name: 'Copy link' }));
      expect(await within(share).findByRole('textbox', { name: 'Link to this post' })).toHaveValue(
        postAddress,
      );
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
    }
  });

  it('offers an email with the title and link', async () => {
    renderRoute(pathOf(post));
    const share = await shareRegion();
    const href = within(share).getByRole('link', { name: 'Email' }).getAttribute('href') ?? '';
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe(post.title);
    expect(mail.searchParams.get('body')).toContain(postAddress);
  });

  it('has no Share… button where the browser has no share sheet', async () => {
    renderRoute(pathOf(post));
    const share = await shareRegion();
    expect(within(share).queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
  });

  it('opens the share sheet with the title and link, and stays quiet when the reader cancels', async () => {
    const sheet = vi.fn((_data: ShareData) =>
      Promise.reject(new DOMException('Share canceled', 'AbortError')),
    );
    setShare(sheet);
    const { user } = renderRoute(pathOf(post));
    const share = await shareRegion();
    await user.click(within(share).getByRole('button', { name: 'Share…' }));
    expect(sheet).toHaveBeenCalledWith({ title: post.title, url: postAddress });
    expect(within(share).getByRole('status')).toBeEmptyDOMElement();
  });

  it('says so when the share sheet fails for another reason', async () => {
    setShare(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const { user } = renderRoute(pathOf(post));
    const share = await shareRegion();
    await user.click(within(share).getByRole('button', { name: 'Share…' }));
    expect(await within(share).findByRole('status')).toHaveTextContent('Sharing did not work');
  });
});
