/**
 * Writing comments in a real browser: a reply whose draft survives a reload mid-way, then publishes
 * nested under its parent; and the demo's moderation switch.
 */
import { expect, test } from 'vitest';
import { describeWithChromium, newPage, waitVisible } from './support/chromium';
import { useProductionSite } from './support/production-site';

const POST = '/2020/06/proclamation-suspends-new-work-visas.html';

describeWithChromium('comments in the production build', () => {
  const production = useProductionSite();

  test('a reply draft survives a reload, then publishes under its parent', async () => {
    const { browser, site } = production();
    const tracked = await newPage(browser);
    const { page } = tracked;
    await page.goto(`${site.url}${POST}`);
    const parent = page.getByRole('article', { name: 'Comment by Hoang Nguyen' }).first();
    await waitVisible(tracked, parent, 'the first comment of the thread');
    await parent.getByRole('link', { name: 'Reply to Hoang Nguyen' }).click();
    const form = page.getByRole('form', { name: 'Reply to Hoang Nguyen' });
    await form.getByRole('textbox', { name: 'Comment' }).pressSequentially('Typed before the reload');
    await form.getByRole('textbox', { name: /Name/ }).fill('Eun-ji');

    await page.reload();
    const restored = page.getByRole('form', { name: 'Reply to Hoang Nguyen' });
    await waitVisible(tracked, restored, 'the reply form, restored under its comment');
    expect(await restored.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe(
      'Typed before the reload',
    );
    expect(await restored.getByRole('textbox', { name: /Name/ }).inputValue()).toBe('Eun-ji');

    const text = restored.getByRole('textbox', { name: 'Comment' });
    await text.focus();
    await text.press('ControlOrMeta+End');
    await text.pressSequentially(', and after it.');
    await restored.getByRole('button', { name: 'Publish' }).click();
    const reply = page.getByRole('article', { name: 'Comment by Eun-ji' });
    await waitVisible(tracked, reply, 'the published reply');
    expect(await reply.textContent()).toContain('Typed before the reload, and after it.');
    // Nested: the reply sits in the replies list of the parent's list item.
    const nested = page
      .getByRole('listitem')
      .filter({ has: page.getByText('My wife is in Vietnam') })
      .last()
      .getByRole('article', { name: 'Comment by Eun-ji' });
    expect(await nested.count()).toBe(1);
    // Accepted: the draft is gone after another reload.
    await page.reload();
    await waitVisible(tracked, page.getByRole('form', { name: 'Post a Comment' }), 'the empty comment form');
    expect(await page.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('');
    expect(tracked.errors).toEqual([]);
  });

  test('with the demo switched to moderation, a comment awaits approval', async () => {
    const { browser, site } = production();
    const tracked = await newPage(browser);
    const { page } = tracked;
    await page.goto(`${site.url}${POST}?demo-comments=moderate`);
    const form = page.getByRole('form', { name: 'Post a Comment' });
    await waitVisible(tracked, form, 'the comment form');
    await form.getByRole('textbox', { name: 'Comment' }).fill('Held for review');
    await form.getByRole('button', { name: 'Publish' }).click();
    await waitVisible(
      tracked,
      page.getByText('Your comment will be visible after approval.'),
      'the moderation notice',
    );
    const held = page.getByRole('article', { name: 'Comment by Anonymous' });
    expect(await held.textContent()).toContain('Awaiting approval, visible only to you');
    expect(tracked.errors).toEqual([]);
  });
});
