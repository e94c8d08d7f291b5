import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoData } from '../../mocks/data/index';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';

const newest = demoData.posts[0];
if (!newest) throw new Error('the demo blog has no posts');

function pathOf(published: string, slug: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: demoData.blog.timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date(published));
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `/${get('year')}/${get('month')}/${slug}.html`;
}

describe('the app on the demo blog', () => {
  it('shows the blog header, the newest posts under date headers, and the sidebar', async () => {
    renderRoute('/');
    expect(await screen.findByRole('link', { name: newest.title })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(demoData.blog.title);
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('complementary')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const dateHeaders = within(screen.getByRole('main')).getAllByRole('heading', { level: 2 });
    expect(dateHeaders[0]).toHaveTextContent(/^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(screen.getByRole('link', { name: 'Older posts' })).toBeInTheDocument();
  });

  it('opens a post from the list and shows it with its date header and byline', async () => {
    const { user } = renderRoute('/');
    await user.click(await screen.findByRole('link', { name: newest.title }));
    expect(await screen.findByRole('heading', { level: 1, name: newest.title })).toBeInTheDocument();
    expect(screen.getByText(/Posted by/)).toBeInTheDocument();
    expect(document.title).toBe(`${newest.title} | ${demoData.blog.title}`);
  });

  it('shows the post of Friday, September 25, 2020 with "No comments:"', async () => {
    const post = demoData.posts.find((p) => p.id === 'post-2020-09-25');
    if (!post) throw new Error('the demo blog lacks its 2020-09-25 post');
    renderRoute(pathOf(post.published, post.slug));
    expect(await screen.findByRole('heading', { level: 1, name: post.title })).toBeInTheDocument();
    expect(screen.getByText('Friday, September 25, 2020')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No comments:' })).toBeInTheDocument();
  });

  it('says a post is not found, with a way home', async () => {
    renderRoute('/2020/09/no-such-post.html');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('says an unknown address is not found', async () => {
    renderRoute('/no/such/place/at/all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows what failed when the posts cannot load, keeps the layout, and recovers on retry', async () => {
    let failing = true;
    server.use(
      http.get('*/api/posts', () =>
        failing ? HttpResponse.json({ error: { message: 'down' } }, { status: 503 }) : undefined,
      ),
    );
    const { user } = renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/server had a problem \(HTTP 503\)/);
    expect(screen.getByRole('banner')).toHaveTextContent(demoData.blog.title);
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: newest.title })).toBeInTheDocument();
  });

  it('names the field when the backend answers in the wrong shape', async () => {
    server.use(http.get('*/api/posts', () => HttpResponse.json({ items: 'nope', next: null })));
    renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(/field: items/);
  });

  it('shows a whole-page error with retry when the blog itself cannot load', async () => {
    server.use(http.get('*/api/blog', () => HttpResponse.error()));
    renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Could not reach the blog/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
