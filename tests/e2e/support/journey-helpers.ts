/**
 * Small helpers for the reading-journey e2e test: named steps, demo-data facts computed the way the
 * app shows them (calendar months in the blog's time zone), and layout measurements.
 */
import type { Locator, Page } from 'playwright-core';
import type { DemoPost } from '../../../mocks/data/types';
import { BLOG_TIME_ZONE } from '../../support/post-path';

/**
 * Runs one step of a journey; a failure names the step (and the page's URL) so a long test says
 * where it broke, not just which assertion.
 */
export async function step(page: Page, name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new Error(`Step "${name}" failed (at ${page.url()}):\n${message}`, { cause: error });
    if (error instanceof Error && error.stack) wrapped.stack = `${wrapped.message}\n${error.stack}`;
    throw wrapped;
  }
}

/** Newest first, as the blog lists them. */
export function newestFirst(posts: readonly DemoPost[]): DemoPost[] {
  return [...posts].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
}

/** A post's calendar year and month (1–12) in the blog's time zone: the month the archive files it under. */
export function calendarMonth(
  post: DemoPost,
  timeZone: string = BLOG_TIME_ZONE,
): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(new Date(post.published));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month') };
}

export function postsIn(posts: readonly DemoPost[], year: number, month?: number): DemoPost[] {
  return newestFirst(posts).filter((post) => {
    const at = calendarMonth(post);
    return at.year === year && (month === undefined || at.month === month);
  });
}

/** "1 post" / "14 posts", as the Blog Archive's toggle buttons say it. */
export function postCount(count: number): string {
  return `${count} ${count === 1 ? 'post' : 'posts'}`;
}

/** "September" for 9, in English (the demo blog's locale is en-US). */
export function monthName(month: number): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 15),
  );
}

export async function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/** The document's scroll width and the viewport width: equal or less means no horizontal scrolling. */
export async function horizontalOverflow(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    // For the failure message: the elements that stick out on the right, innermost first.
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
      .slice(-5)
      .map((el) => {
        const classes =
          typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
        return `${el.tagName.toLowerCase()}${classes} (right ${Math.round(el.getBoundingClientRect().right)})`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, widest };
  });
}

export async function box(
  locator: Locator,
  what: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${what} has no bounding box (not rendered?)`);
  return found;
}
