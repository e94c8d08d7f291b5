/**
 * Timings taken inside the page with the Performance API, so Playwright's own round trips are not in
 * them: a link is clicked from page script (`performance.mark` at the click) and a MutationObserver
 * marks the moment the new page's h1 is in the DOM. Resource Timing then says when the API answers
 * that navigation needed arrived, which gives the render time after the data.
 */
import type { Page } from 'playwright-core';

export type ClickTiming = {
  /** Click to the new h1 in the DOM. */
  clickToContentMs: number;
  /** From the last API answer this navigation waited for to the new h1 (equal to the above when none). */
  afterDataMs: number;
  /** API requests started by the click, by path. */
  apiRequests: string[];
};

export type ClickTarget = {
  /** CSS selector of the link to click (the first match), or a step in the session history. */
  link: string | 'history.back' | 'history.forward';
  /** Text the new h1 contains; by default the link's own text. */
  heading?: string;
  /** Also wait for this selector to match (e.g. the comments of a post). */
  alsoWaitFor?: string;
};

/** Clicks like a script, not a mouse: no mouseenter, so PostLink's hover prefetch does not start. */
export async function clickAndMeasure(
  page: Page,
  target: ClickTarget,
  apiOrigin: string,
): Promise<ClickTiming> {
  return page.evaluate(
    ({ link, heading, alsoWaitFor, apiOrigin: origin }) =>
      new Promise<ClickTiming>((resolve, reject) => {
        const historyStep = link === 'history.back' || link === 'history.forward';
        const anchor = historyStep ? null : document.querySelector<HTMLAnchorElement>(link);
        if (!historyStep && !anchor) return reject(new Error(`no link matches ${link}`));
        const expected = (heading ?? anchor?.textContent ?? '').trim();
        const ready = () => {
          const h1 = document.querySelector('main h1');
          if (!h1 || !(h1.textContent ?? '').includes(expected)) return false;
          return !alsoWaitFor || document.querySelector(alsoWaitFor) !== null;
        };
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no h1 with "${expected}" 30 s after clicking ${link}`));
        }, 30_000);
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          clearTimeout(timer);
          performance.mark('bench-content');
          const measure = performance.measure('bench-click-to-content', 'bench-click', 'bench-content');
          const done = measure.startTime + measure.duration;
          const api = performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.startsWith(origin) && entry.startTime >= measure.startTime)
            .map((entry) => entry as PerformanceResourceTiming);
          const dataArrived = Math.max(
            measure.startTime,
            ...api.filter((entry) => entry.responseEnd <= done).map((entry) => entry.responseEnd),
          );
          resolve({
            clickToContentMs: measure.duration,
            afterDataMs: done - dataArrived,
            apiRequests: api.map((entry) => new URL(entry.name).pathname + new URL(entry.name).search),
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        performance.clearResourceTimings();
        performance.mark('bench-click');
        if (link === 'history.back') history.back();
        else if (link === 'history.forward') history.forward();
        else anchor?.click();
      }),
    { ...target, apiOrigin },
  );
}

/** Waits until no API request has been in flight for `quietMs` (prefetches and widgets settle). */
export async function apiQuiet(page: Page, apiOrigin: string, quietMs = 300): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const started = (request: { url(): string }) => {
    if (request.url().startsWith(apiOrigin)) {
      inFlight += 1;
      last = Date.now();
    }
  };
  const ended = (request: { url(): string }) => {
    if (request.url().startsWith(apiOrigin)) {
      inFlight = Math.max(0, inFlight - 1);
      last = Date.now();
    }
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (inFlight === 0 && Date.now() - last >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
