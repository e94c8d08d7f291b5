import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';

const newest = demoData.posts[0];
if (!newest) throw new Error('the demo blog has no posts');

// The proof that a post was fetched ahead: after hovering (or focusing) its link the backend goes
// down, yet the click still shows the post.
function takePostsDown() {
  server.use(http.get('*/api/posts/:year/:month/:slug', () => HttpResponse.json({}, { status: 503 })));
}

describe('prefetching a post before the click', () => {
  it('on hover', async () => {
    const { user } = renderRoute('/');
    const link = await screen.findByRole('link', { name: newest.title });
    await user.hover(link);
    // Give the prefetch its round trip to the mock backend before it goes away.
    await new Promise((resolve) => setTimeout(resolve, 300));
    takePostsDown();
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: newest.title })).toBeInTheDocument();
  });

  it('on keyboard focus', async () => {
    const { user } = renderRoute('/');
    const link = await screen.findByRole('link', { name: newest.title });
    link.focus();
    await new Promise((resolve) => setTimeout(resolve, 300));
    takePostsDown();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: newest.title })).toBeInTheDocument();
  });

  it('without a hover the same outage shows an error, so the tests above prove the prefetch', async () => {
    const { user } = renderRoute('/');
    const link = await screen.findByRole('link', { name: newest.title });
    takePostsDown();
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This could not be loaded' }),
    ).toBeInTheDocument();
  });
});
