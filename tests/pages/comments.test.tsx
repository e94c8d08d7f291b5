import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDemoHandlers } from '../../mocks/handlers/demo';
import { server } from '../../mocks/node';
import { renderRoute } from '../support/render';

const POST = '/2020/06/proclamation-suspends-new-work-visas.html';
const POST_ID = 'post-2020-06-23';

async function openPost(path = POST, options?: Parameters<typeof renderRoute>[1]) {
  const view = renderRoute(path, options);
  await screen.findByRole('heading', { level: 1 });
  const section = await screen.findByRole('region', { name: /comments?:$/ });
  return { ...view, section };
}

/** Hoang Nguyen's first comment (c-011), which opens the reply chain c-011 → c-012 → c-013 → c-014. */
function firstQuestion() {
  const [first] = screen.getAllByRole('article', { name: 'Comment by Hoang Nguyen' });
  if (!first) throw new Error('comment c-011 is missing');
  return first;
}

/** The list items that hold a comment, outermost first: the last is its own, the one before its parent's. */
function itemsHolding(element: HTMLElement): HTMLElement[] {
  return screen
    .getAllByRole('listitem')
    .filter((item) => within(item).queryAllByRole('article').includes(element));
}

/** The comments region: the page has other live regions (share, offline), so status checks are scoped to it. */
function commentsSection() {
  return screen.getByRole('region', { name: /comments?:$/ });
}

function commentForm() {
  return screen.getByRole('form', { name: /Post a Comment|Reply to/ });
}

describe('Post a Comment', () => {
  it('publishes a comment under a name, shows it at once, then the server’s version', async () => {
    const { user } = await openPost();
    const form = commentForm();
    expect(within(form).getByText(/<b>/)).toBeInTheDocument();
    await user.type(
      within(form).getByRole('textbox', { name: 'Comment' }),
      'Clear and <b>useful</b>, thank you.',
    );
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Pat Reader');
    await user.click(within(form).getByRole('button', { name: 'Publish' }));
    const comment = await screen.findByRole('article', { name: 'Comment by Pat Reader' });
    expect(within(comment).getByText('useful').tagName).toBe('B');
    await waitFor(() =>
      expect(within(commentsSection()).getByRole('status')).toHaveTextContent(
        'Your comment has been published.',
      ),
    );
    await waitFor(() => expect(within(comment).queryByText('Publishing…')).not.toBeInTheDocument());
    expect(within(commentForm()).getByRole('textbox', { name: 'Comment' })).toHaveValue('');
  });

  it('posts as Anonymous when the name is empty, and counts the new comment', async () => {
    const { user, section } = await openPost();
    const heading = within(section).getByRole('heading', { level: 2 });
    const before = Number(/\d+/.exec(heading.textContent ?? '')?.[0]);
    await user.type(within(commentForm()).getByRole('textbox', { name: 'Comment' }), 'Short and sweet.');
    await user.click(within(commentForm()).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByRole('article', { name: 'Comment by Anonymous' })).toBeInTheDocument();
    await waitFor(() => expect(heading).toHaveTextContent(`${before + 1} comments:`));
  });

  it('refuses an empty comment and a too long one before sending anything', async () => {
    let posted = false;
    server.use(
      http.post('*/api/posts/:id/comments', () => {
        posted = true;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const { user } = await openPost();
    const field = within(commentForm()).getByRole('textbox', { name: 'Comment' });
    await user.click(within(commentForm()).getByRole('button', { name: 'Publish' }));
    expect(field).toHaveAccessibleDescription(/Write a comment before publishing\./);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();

    await user.click(field);
    await user.paste('x'.repeat(4100));
    await user.click(within(commentForm()).getByRole('button', { name: 'Publish' }));
    expect(field).toHaveAccessibleDescription(/at most 4,096 characters; this one has 4,100/);
    expect(posted).toBe(false);
  });

  it('shows the server’s validation message next to the field it names', async () => {
    server.use(
      http.post('*/api/posts/:id/comments', () =>
        HttpResponse.json(
          { error: { code: 'invalid', message: 'That name is reserved.', field: 'authorName' } },
          { status: 422 },
        ),
      ),
    );
    const { user } = await openPost();
    await user.type(within(commentForm()).getByRole('textbox', { name: 'Comment' }), 'Hello');
    await user.type(within(commentForm()).getByRole('textbox', { name: /Name/ }), 'Admin');
    await user.click(within(commentForm()).getByRole('button', { name: 'Publish' }));
    await waitFor(() =>
      expect(within(commentForm()).getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription(
        'That name is reserved.',
      ),
    );
    expect(within(commentForm()).getByRole('textbox', { name: 'Comment' })).toHaveValue('Hello');
  });

  it('rolls the optimistic comment back on a server error, keeps the text, and retries', async () => {
    // The server answers only when the test lets it, so the optimistic state can be seen however slow
    // the machine is.
    const waiting: ((failing: boolean) => void)[] = [];
    server.use(
      http.post('*/api/posts/:id/comments', async () => {
        const failing = await new Promise<boolean>((resolve) => waiting.push(resolve));
        return failing ? HttpResponse.json({ error: { message: 'down' } }, { status: 503 }) : undefined;
      }),
    );
    async function answerRequest(number: number, failing: boolean) {
      await waitFor(() => expect(waiting).toHaveLength(number));
      waiting[number - 1]?.(failing);
    }
    const { user } = await openPost();
    await user.type(within(commentForm()).getByRole('textbox', { name: 'Comment' }), 'Will this survive?');
    await user.type(within(commentForm()).getByRole('textbox', { name: /Name/ }), 'Sam');
    await user.click(within(commentForm()).getByRole('button', { name: 'Publish' }));
    // Optimistic: visible at once, marked as publishing, and the button cannot be pressed twice.
    const optimistic = await screen.findByRole('article', { name: 'Comment by Sam' });
    expect(optimistic).toHaveTextContent('Publishing…');
    expect(within(commentForm()).getByRole('button', { name: 'Publishing…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await answerRequest(1, true);
    // Rolled back, with the reason and a retry; the text stays.
    await waitFor(() =>
      expect(within(commentForm()).getByRole('alert')).toHaveTextContent(
        /not published: The blog’s server had a problem \(HTTP 503\)/,
      ),
    );
    expect(screen.queryByRole('article', { name: 'Comment by Sam' })).not.toBeInTheDocument();
    expect(within(commentForm()).getByRole('textbox', { name: 'Comment' })).toHaveValue('Will this survive?');
    await user.click(within(commentForm()).getByRole('button', { name: 'Try again' }));
    await answerRequest(2, false);
    await waitFor(() =>
      expect(within(commentsSection()).getByRole('status')).toHaveTextContent(
        'Your comment has been published.',
      ),
    );
    expect(screen.getByRole('article', { name: 'Comment by Sam' })).not.toHaveTextContent('Publishing…');
  });

  it('says a held comment awaits approval and shows it to its author only', async () => {
    server.use(...createDemoHandlers({ commentMode: () => 'moderate' }));
    const { user, unmount } = await openPost();
    await user.type(within(commentForm()).getByRole('textbox', { name: 'Comment' }), 'Please approve me.');
    await user.type(within(commentForm()).getByRole('textbox', { name: /Name/ }), 'Quinn');
    await user.click(within(commentForm()).getByRole('button', { name: 'Publish' }));
    await waitFor(() =>
      expect(within(commentsSection()).getByRole('status')).toHaveTextContent(
        'Your comment will be visible after approval.',
      ),
    );
    const held = screen.getByRole('article', { name: 'Comment by Quinn' });
    expect(held).toHaveTextContent('Awaiting approval, visible only to you');

    // Still there for its author after a reload of the app; the server does not list it.
    unmount();
    const again = await openPost();
    expect(screen.getByRole('article', { name: 'Comment by Quinn' })).toHaveTextContent('Awaiting approval');
    localStorage.clear();
    again.unmount();
    await openPost();
    expect(screen.queryByRole('article', { name: 'Comment by Quinn' })).not.toBeInTheDocument();
  });
});

describe('Reply', () => {
  it('opens the form under the comment, posts a reply nested under it, and can be cancelled', async () => {
    const { user } = await openPost();
    const parent = firstQuestion();
    await user.click(within(parent).getByRole('link', { name: 'Reply to Hoang Nguyen' }));
    const form = screen.getByRole('form', { name: 'Reply to Hoang Nguyen' });
    const parentItem = itemsHolding(parent).at(-1);
    expect(parentItem).toContainElement(form);
    expect(within(form).getByRole('textbox', { name: 'Comment' })).toHaveFocus();

    await user.click(within(form).getByRole('link', { name: 'Cancel reply' }));
    expect(screen.queryByRole('form', { name: /Reply to/ })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Post a Comment' })).toBeInTheDocument();

    await user.click(within(parent).getByRole('link', { name: 'Reply to Hoang Nguyen' }));
    await user.type(
      within(screen.getByRole('form', { name: 'Reply to Hoang Nguyen' })).getByRole('textbox', {
        name: 'Comment',
      }),
      'Same question here.',
    );
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Ines');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const reply = await screen.findByRole('article', { name: 'Comment by Ines' });
    expect(itemsHolding(reply).at(-2)).toBe(parentItem);
  });
});

describe('Nothing lost', () => {
  it('restores the draft, name and reply target after the app is mounted again', async () => {
    const first = await openPost();
    const parent = firstQuestion();
    await first.user.click(within(parent).getByRole('link', { name: 'Reply to Hoang Nguyen' }));
    await first.user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Half a thought');
    await first.user.type(screen.getByRole('textbox', { name: /Name/ }), 'Robin');
    first.unmount();

    await openPost();
    const form = screen.getByRole('form', { name: 'Reply to Hoang Nguyen' });
    expect(within(form).getByRole('textbox', { name: 'Comment' })).toHaveValue('Half a thought');
    expect(within(form).getByRole('textbox', { name: /Name/ })).toHaveValue('Robin');
  });

  it('keeps the draft when the network drops during submit', async () => {
    server.use(http.post('*/api/posts/:id/comments', () => HttpResponse.error()));
    const first = await openPost();
    await first.user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Sent into the void');
    await first.user.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() =>
      expect(within(commentForm()).getByRole('alert')).toHaveTextContent(/Could not reach the blog/),
    );
    first.unmount();
    await openPost();
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Sent into the void');
  });

  it('keeps one draft per post', async () => {
    const first = await openPost();
    await first.user.type(screen.getByRole('textbox', { name: 'Comment' }), 'About visas');
    first.unmount();
    await openPost('/2020/09/software-maker-drops-detention-contract.html');
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
  });
});

describe('a backend that asks for a name and an email address', () => {
  it('asks for both before sending, and sends the email with the comment', async () => {
    // Like WordPress: a comment without an email address is refused by the server.
    server.use(
      http.post('*/api/posts/:id/comments', async ({ request }) => {
        const body = (await request.clone().json()) as { email?: string };
        if (body.email !== 'pat@example.com') {
          return HttpResponse.json(
            { error: { message: 'Unknown address.', field: 'email' } },
            { status: 422 },
          );
        }
        return undefined;
      }),
    );
    const { user } = await openPost(POST, { capabilities: { commentIdentity: 'name-and-email' } });
    const form = commentForm();
    const text = within(form).getByRole('textbox', { name: 'Comment' });
    const name = within(form).getByRole('textbox', { name: /Name/ });
    const email = within(form).getByRole('textbox', { name: /Email/ });
    expect(name).toHaveAccessibleName('Name (required)');
    await user.type(text, 'Identity please');
    await user.click(within(form).getByRole('button', { name: 'Publish' }));
    expect(name).toHaveAccessibleDescription('This blog asks for your name with every comment.');
    expect(name).toHaveFocus();
    await user.type(name, 'Pat');
    await user.click(within(form).getByRole('button', { name: 'Publish' }));
    expect(email).toHaveAccessibleDescription('This blog asks for your email address with every comment.');
    await user.type(email, 'pat@');
    await user.click(within(form).getByRole('button', { name: 'Publish' }));
    expect(email).toHaveAccessibleDescription(/should look like name@example.com/);
    await user.type(email, 'example.com');
    await user.click(within(form).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByRole('article', { name: 'Comment by Pat' })).toBeInTheDocument();
  });

  it('shows no email field where the backend does not ask for one', async () => {
    await openPost();
    expect(within(commentForm()).queryByRole('textbox', { name: /Email/ })).not.toBeInTheDocument();
  });
});

describe('capabilities and long threads', () => {
  it('shows comments without a form or Reply buttons when the backend only reads them', async () => {
    await openPost(POST, { capabilities: { comments: 'read' } });
    expect(firstQuestion()).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Post a Comment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reply/ })).not.toBeInTheDocument();
  });

  it('shows no comments section at all when the backend has no comments', async () => {
    renderRoute(POST, { capabilities: { comments: 'none' } });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: /comments?:$/ })).not.toBeInTheDocument();
  });

  it('loads more comments page by page', async () => {
    const page = (n: number) =>
      Array.from({ length: 3 }, (_, i) => ({
        id: `x${n}-${i}`,
        postId: POST_ID,
        parentId: null,
        author: { name: `Reader ${n}-${i}`, url: null },
        published: '2021-01-01T00:00:00Z',
        html: `Comment ${n}-${i}`,
        status: 'published',
      }));
    server.use(
      http.get('*/api/posts/:id/comments', ({ request }) => {
        const second = new URL(request.url).searchParams.get('cursor') === 'two';
        return HttpResponse.json({ items: page(second ? 2 : 1), next: second ? null : 'two', total: 6 });
      }),
    );
    const { user } = await openPost();
    expect(screen.getAllByRole('article', { name: /Comment by Reader/ })).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Load more comments' }));
    await waitFor(() =>
      expect(screen.getAllByRole('article', { name: /Comment by Reader/ })).toHaveLength(6),
    );
    expect(screen.queryByRole('button', { name: 'Load more comments' })).not.toBeInTheDocument();
  });

  it('brings a comment named in the address into view and highlights it', async () => {
    await openPost(`${POST}#cc-013`);
    const [, secondQuestion] = screen.getAllByRole('article', { name: 'Comment by Hoang Nguyen' });
    if (!secondQuestion) throw new Error('comment c-013 is missing');
    const target = itemsHolding(secondQuestion).at(-1);
    await waitFor(() => expect(target).toHaveFocus());
    expect(target).toHaveClass('comment--target');
    expect(itemsHolding(firstQuestion()).at(-1)).not.toHaveClass('comment--target');
  });
});
