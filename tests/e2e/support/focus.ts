/**
 * Where keyboard focus is, for keyboard-only journeys: a readable description of the focused element,
 * an assertion that a locator holds focus, and a Tab walk that stops at a target and checks on the way
 * that every stop shows a visible focus indicator.
 */
import type { Locator, Page } from 'playwright-core';

export type FocusStop = {
  /** e.g. `link "Older posts"` or `button "2023, 12 posts" [aria-expanded=false]` */
  description: string;
  /** The focused element draws an outline (or a box shadow) at least 2 px wide. */
  indicated: boolean;
};

/** Describes document.activeElement: its role (explicit or the usual implicit one) and its name. */
export async function focused(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { description: '(body)', indicated: false };
    const tag = el.tagName.toLowerCase();
    const type = el.getAttribute('type');
    const implicit: Record<string, string> = {
      a: 'link',
      button: 'button',
      textarea: 'textbox',
      select: 'combobox',
      main: 'main',
      h1: 'heading',
      h2: 'heading',
      h3: 'heading',
      li: 'listitem',
      input: type === 'search' ? 'searchbox' : type === 'checkbox' ? 'checkbox' : 'textbox',
    };
    const role = el.getAttribute('role') ?? implicit[tag] ?? tag;
    const byIds = (ids: string | null) =>
      ids
        ?.split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])] : [];
    const name = (
      el.getAttribute('aria-label') ??
      byIds(el.getAttribute('aria-labelledby')) ??
      (labels.length > 0 ? labels.map((label) => label.textContent).join(' ') : null) ??
      el.textContent ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80);
    const expanded = el.getAttribute('aria-expanded');
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    return {
      description: `${role} "${name}"${expanded === null ? '' : ` [aria-expanded=${expanded}]`}`,
      indicated: outline || shadow,
    };
  });
}

/** True when the (single) element the locator finds holds focus. Never waits. */
export async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluateAll((elements) => elements.some((el) => el === document.activeElement));
}

/** Fails unless the locator's element holds focus, naming what does. */
export async function expectFocus(page: Page, locator: Locator, what: string): Promise<void> {
  // Focus moves in an effect after React renders: give it a moment.
  const deadline = Date.now() + 5_000;
  while (!(await hasFocus(locator))) {
    if (Date.now() > deadline) {
      throw new Error(`Expected focus on ${what}, but it is on ${(await focused(page)).description}`);
    }
    await page.waitForTimeout(50);
  }
}

/**
 * Presses Tab (or Shift+Tab) until the target holds focus; every stop on the way must show a focus
 * indicator. Fails after `max` presses, or when focus reaches `stopAt` first, listing the stops.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  what: string,
  { max = 150, backwards = false, stopAt }: { max?: number; backwards?: boolean; stopAt?: Locator } = {},
): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const stop = await focused(page);
    stops.push(stop);
    if (!stop.indicated) {
      throw new Error(
        `No visible focus indicator on ${stop.description} (Tab stop ${i + 1} on the way to ${what})`,
      );
    }
    if (await hasFocus(target)) return stops;
    if (stopAt && (await hasFocus(stopAt))) break;
  }
  throw new Error(
    `${backwards ? 'Shift+Tab' : 'Tab'} never reached ${what}; the stops were:\n  ${stops
      .map((s) => s.description)
      .join('\n  ')}`,
  );
}
