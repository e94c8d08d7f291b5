import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createNativeBackend } from '../../mocks/backend/native-backend';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';
import { splitAndTeaserData, teaserPost } from '../../mocks/data/real-world';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { archiveYears, authorById, demoData, labelCounts } from '../support/demo-paths';

/*
 * config.json's layout.sidebar and layout.posts, and the parts of its theme that are markup (logo,
 * header image, the sidebar's side), through the real route table.
 */

const slow = { timeout: 20_000 };

async function sidebar() {
  return screen.findByRole('complementary', { name: 'Blog sidebar' });
}

function headings(aside: HTMLElement): (string | null)[] {
  return within(aside)
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);
}

afterEach(() => {
  delete (window as { __hostile?: unknown }).__hostile;
});

describe('layout.sidebar', slow, () => {
  it('shows only the gadgets it lists, in its order, with the titles it gives', async () => {
    renderRoute('/', {
      config: {
        layout: {
          sidebar: [
            {
              type: 'link-list',
              title: 'Elsewhere',
              links: [{ title: 'Court forms', url: 'https://forms.example/' }],
            },
            { type: 'labels', display: 'cloud' },
            { type: 'search', title: 'Find a post' },
          ],
        },
      },
    });
    const aside = await sidebar();
    expect(headings(aside)).toEqual(['Elsewhere', 'Labels', 'Find a post']);
    expect(within(aside).queryByRole('region', { name: 'About Me' })).not.toBeInTheDocument();
    expect(within(aside).queryByRole('region', { name: 'Blog Archive' })).not.toBeInTheDocument();
    expect(await within(aside).findByRole('searchbox', { name: 'Search this blog' })).toBeInTheDocument();
  });

  it('keeps today’s Blogger-like sidebar when config.json has no layout', async () => {
    renderRoute('/', { config: {} });
    const aside = await sidebar();
    expect(headings(aside)).toEqual([
      'About Me',
      'Translate',
      'Popular Posts',
      'Blog Archive',
      'Labels',
      'Search This Blog',
    ]);
  });

  it('draws a Link List from its links: a path on the blog and another site', async () => {
    renderRoute('/', {
      config: {
        layout: {
          sidebar: [
            {
              type: 'link-list',
              links: [
                { title: 'All our posts', url: '/archive' },
                { title: 'State labor office', url: 'https://labor.example.gov/' },
              ],
            },
          ],
        },
      },
    });
    const links = within(await screen.findByRole('region', { name: 'Links' }));
    expect(await links.findByRole('link', { name: 'All our posts' })).toHaveAttribute('href', '/archive');
    expect(links.getByRole('link', { name: 'State labor office' })).toHaveAttribute(
      'href',
      'https://labor.example.gov/',
    );
  });

  it('shows Text gadget HTML through the sanitizer: formatting kept, scripts and handlers gone', async () => {
    const hostile =
      '<p>Office hours <strong>Mon–Fri</strong></p><img src="x" onerror="window.__hostile=1">' +
      '<script>window.__hostile=2</script><a href="javascript:window.__hostile=3">Call</a>';
    renderRoute('/', { config: { layout: { sidebar: [{ type: 'text', title: 'Hours', html: hostile }] } } });
    const region = await screen.findByRole('region', { name: 'Hours' });
    expect(await within(region).findByText('Mon–Fri')).toBeInTheDocument();
    expect(within(region).getByText('Call')).toBeInTheDocument();
    // eslint-disable-next-line testing-library/no-node-access -- scripts and handler attributes have no role
    expect(region.querySelector('script, [onerror], a[href^="javascript"]')).toBeNull();
    expect((window as { __hostile?: unknown }).__hostile).toBeUndefined();
  });

  it('draws Labels as a cloud, most used first, without counts, only the chosen ones', async () => {
    const [a, b, c] = [...labelCounts()].sort((x, y) => y.count - x.count);
    if (!a || !b || !c) throw new Error('the demo blog needs three labels');
    renderRoute('/', {
      config: {
        layout: {
          sidebar: [
            {
              type: 'labels',
              display: 'cloud',
              sort: 'frequency',
              counts: false,
              labels: [c.name, a.name, b.name],
            },
          ],
        },
      },
    });
    const region = await screen.findByRole('region', { name: 'Labels' });
    const list = await within(region).findByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([a.name, b.name, c.name]);
    expect(within(list).queryByText(`(${a.count})`, { exact: false })).not.toBeInTheDocument();
  });

  it('lists the Labels alphabetically with counts by default', async () => {
    renderRoute('/', { config: { layout: { sidebar: [{ type: 'labels' }] } } });
    const region = await screen.findByRole('region', { name: 'Labels' });
    const first = labelCounts()[0];
    if (!first) throw new Error('the demo blog has no labels');
    await within(region).findByRole('link', { name: first.name });
    expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent(`${first.name} (${first.count})`);
  });

  it('makes the Profile gadget "Contributors" when it names several authors', async () => {
    const authors = demoData.authors.map((author) => author.id);
    renderRoute('/', { config: { layout: { sidebar: [{ type: 'profile', authors }] } } });
    const region = await screen.findByRole('region', { name: 'Contributors' });
    for (const id of authors) {
      expect(await within(region).findByRole('link', { name: authorById(id).displayName })).toHaveAttribute(
        'href',
        `/profile/${id}`,
      );
    }
  });

  it('shows as many Popular Posts as its count asks', async () => {
    renderRoute('/', { config: { layout: { sidebar: [{ type: 'popular-posts', count: 2 }] } } });
    const region = await screen.findByRole('region', { name: 'Popular Posts' });
    const list = await within(region).findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });

  it('lists the Blog Archive by year, oldest first, when asked', async () => {
    const years = archiveYears().map((entry) => entry.year);
    renderRoute('/', {
      config: {
        layout: { sidebar: [{ type: 'archive', style: 'flat', order: 'oldest', frequency: 'yearly' }] },
      },
    });
    const region = await screen.findByRole('region', { name: 'Blog Archive' });
    await within(region).findAllByRole('link');
    expect(
      within(region)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([...years].sort((x, y) => x - y).map((year) => `/${year}/`));
  });

  it('links the Pages it names, Home first', async () => {
    renderRoute('/', {
      config: {
        layout: {
          sidebar: [
            {
              type: 'pages',
              pages: [
                { slug: 'about', title: 'About us' },
                { slug: 'contact.html', title: 'Contact' },
              ],
            },
          ],
        },
      },
    });
    const nav = within(await screen.findByRole('navigation', { name: 'Pages' }));
    expect((await nav.findAllByRole('link')).map((link) => link.getAttribute('href'))).toEqual([
      '/',
      '/p/about.html',
      '/p/contact.html',
    ]);
  });

  it('lists the blog’s feeds in Subscribe, and draws the Attribution line it is given', async () => {
    const blog = createNativeBackend(demoData).getBlog().body as object;
    server.use(
      http.get('*/api/blog', () =>
        HttpResponse.json({ ...blog, feeds: { atom: 'https://blog.example/feeds/posts.atom' } }),
      ),
    );
    renderRoute('/', {
      config: {
        layout: { sidebar: [{ type: 'subscribe' }, { type: 'attribution', text: 'Set in our own type' }] },
      },
    });
    const subscribe = within(await screen.findByRole('region', { name: 'Subscribe To' }));
    expect(await subscribe.findByRole('link', { name: 'Posts (Atom)' })).toHaveAttribute(
      'href',
      'https://blog.example/feeds/posts.atom',
    );
    const attribution = within(screen.getByRole('region', { name: 'Attribution' }));
    expect(await attribution.findByText('Set in our own type')).toBeInTheDocument();
  });

  it('hides a gadget the backend cannot fill, and the whole sidebar with theme.sidebar "none"', async () => {
    const view = renderRoute('/', {
      capabilities: { labels: false },
      config: { layout: { sidebar: [{ type: 'labels' }, { type: 'attribution' }] } },
    });
    const aside = await sidebar();
    expect(headings(aside)).toEqual(['Attribution']);
    view.unmount();
    renderRoute('/', { config: { theme: { sidebar: 'none' } } });
    expect(await screen.findByRole('heading', { name: 'Latest posts' })).toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Blog sidebar' })).not.toBeInTheDocument();
  });
});

describe('layout.posts', slow, () => {
  it('shows as many posts on a list page as its count says', async () => {
    renderRoute('/', { config: { layout: { posts: { count: 3 } } } });
    await screen.findByRole('heading', { name: 'Latest posts' }, { timeout: 10_000 });
    expect(within(screen.getByRole('main')).getAllByRole('article')).toHaveLength(3);
  });

  it('shows each post up to its jump break on the home page with home "full"', async () => {
    // The demo blog with a post that has a jump break (the newest of them).
    server.use(...createNativeHandlers(splitAndTeaserData, '*/api'));
    renderRoute('/', { config: { layout: { posts: { count: 50, home: 'full' } } } });
    await screen.findByRole('link', { name: teaserPost.title }, { timeout: 10_000 });
    const article = screen
      .getAllByRole('article')
      .find((item) => within(item).queryByRole('link', { name: teaserPost.title }));
    if (!article) throw new Error('no article for the teaser post');
    expect(
      await within(article).findByRole('link', { name: `Read more » “${teaserPost.title}”` }),
    ).toBeInTheDocument();
    // The opening as the post's own paragraphs (a snippet is one paragraph ending in "Read more »"),
    // and nothing after the jump break.
    expect(
      within(article).getByText('The short version: more salaried workers are owed overtime.'),
    ).toBeInTheDocument();
    expect(within(article).queryByText(/The long version/)).not.toBeInTheDocument();
  });
});

describe('theme markup', slow, () => {
  it('puts the logo beside the title, or in its place as the home link', async () => {
    const view = renderRoute('/', {
      config: { theme: { logo: { url: '/demo/logo.svg', alt: 'The Docket', width: 48, height: 48 } } },
    });
    const banner = within(await screen.findByRole('banner'));
    expect(await banner.findByRole('link', { name: demoData.blog.title })).toBeInTheDocument();
    view.unmount();
    renderRoute('/', {
      config: {
        theme: {
          logo: {
            url: '/demo/logo.svg',
            alt: 'The Docket, home',
            width: 48,
            height: 48,
            placement: 'instead',
          },
          headerImage: { url: '/demo/header.jpg', width: 1200, height: 200 },
        },
      },
    });
    const header = within(await screen.findByRole('banner'));
    expect(await header.findByRole('link', { name: 'The Docket, home' })).toHaveAttribute('href', '/');
    expect(header.queryByRole('link', { name: demoData.blog.title })).not.toBeInTheDocument();
  });
});
