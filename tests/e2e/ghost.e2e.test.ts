/**
 * A production build of Lectern pointed, through config.json, at a real Ghost 5.130 (support/ghost.ts:
 * installed once per machine from the npm registry, started on 127.0.0.1 with its own SQLite file) that
 * the Admin API seeds with two authors with photos, tags, thirteen posts over two years in the blog's
 * own zone, hand-written excerpts, a featured post with its image and an image in a body. Reads home,
 * posts, the Blog Archive and a month, tag pages, search and a profile in Chromium, from the static
 * build and behind `npm start`. Without a Ghost install the suite is skipped with a banner, or fails
 * under CI=true.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp, type AppBuild, writeSiteConfig } from './support/build';
import { launchBrowser, newPage, visit, waitVisible, type TrackedPage } from './support/chromium';
import {
  describeWithGhost,
  ghostInstall,
  startGhost,
  type GhostSeed,
  type GhostSeedPost,
  type GhostSeedUser,
  type GhostSite,
} from './support/ghost';
import { step } from './support/journey-helpers';
import { startLecternServer, type LecternServer } from './support/lectern-server';
import { startStaticServer, type StaticServer } from './support/static-server';

const SITE = {
  title: 'Tide Tables & Teacups',
  description: 'Coastal walks, and the tea that gets us through them',
  // Not UTC: a post's Lectern path and archive month are its date in the blog's zone.
  timeZone: 'Europe/Berlin',
};

const MIRA: GhostSeedUser = {
  login: 'mira',
  email: 'mira@example.org',
  name: 'Mira Solberg',
  bio: 'Walks the coast at low water and keeps a notebook of every tide she has misjudged.',
  location: 'Sylt',
  website: 'https://mira.example.org',
  photo: { alt: '', rgb: [40, 110, 160] },
};
const TOMAS: GhostSeedUser = {
  login: 'tomas',
  email: 'tomas@example.org',
  name: 'Tomas Eng',
  bio: 'Repairs kettles for the neighbours and brews whatever they pay him in.',
  location: 'Bergen',
  website: 'https://tomas.example.net/about',
  photo: { alt: '', rgb: [170, 90, 30] },
};

function body(...paragraphs: string[]): string {
  // Ghost's editor writes blocks with newlines between them; what Ghost sends back has none.
  return paragraphs.map((p) => `<p>${p}</p>`).join('\n');
}

function post(
  key: string,
  date: string,
  author: GhostSeedUser,
  title: string,
  tags: string[],
  html: string,
  extra: Partial<GhostSeedPost> = {},
): GhostSeedPost {
  return { key, date, author: author.login, title, tags, html, ...extra };
}

const FOG_IMAGE = { alt: 'Grey fog over a shingle beach', rgb: [150, 160, 165] as [number, number, number] };
const EQUINOX_IMAGE = {
  alt: 'The harbour steps under water',
  rgb: [20, 70, 120] as [number, number, number],
};

/** Dates carry the blog's offset (Europe/Berlin: +01:00 in winter, +02:00 in summer). */
const POSTS: GhostSeedPost[] = [
  post(
    'tables',
    '2024-01-20T10:00:00+01:00',
    MIRA,
    'Reading a tide table',
    ['Tides'],
    body(
      'Two highs and two lows a day, each about fifty minutes later than yesterday.',
      'The table is printed for the harbour, not for the sandbar: add a quarter of an hour out there.',
    ),
  ),
  post(
    'kettle',
    '2024-02-14T19:30:00+01:00',
    TOMAS,
    'Descaling a kettle with lemon',
    ['Tea', 'Tools & Fixes'],
    body('Half a lemon, sliced, and water to the line.', 'Boil, leave it an hour, boil again, rinse twice.'),
    { excerpt: 'Citric acid does what the shop-bought tablets do, for the price of half a lemon.' },
  ),
  post(
    'fog',
    '2024-04-06T08:15:00+02:00',
    MIRA,
    'Walking into fog',
    ['Walks'],
    body(
      'The fog came in off the water in ten minutes and took the lighthouse with it.',
      'A compass bearing back to the dunes, counted in paces, is worth more than any phone.',
    ),
    { featured: true, image: FOG_IMAGE },
  ),
  post(
    'oolong',
    '2024-06-01T16:00:00+02:00',
    TOMAS,
    'Oolong, brewed three times',
    ['Tea'],
    body('The first infusion is thin, the second is the one, the third is for the thermos.'),
  ),
  post(
    'cliff',
    '2024-06-23T07:40:00+02:00',
    MIRA,
    'The cliff path after rain',
    ['Walks', 'Tides'],
    body(
      'Clay turns to soap after a night of rain.',
      'Take the beach at low water instead, and the steps back up.',
    ),
  ),
  post(
    'flask',
    '2024-09-09T12:10:00+02:00',
    TOMAS,
    'Fewer than <10 minutes for flask tea',
    ['Tea', 'Walks'],
    body('Brew it strong, strain it hard and pour it in while the flask is still warm from rinsing.'),
  ),
  post(
    'surge',
    '2024-11-30T15:00:00+01:00',
    MIRA,
    'Storm surge, seen from the harbour wall',
    ['Tides'],
    '<p>The water stood a metre above the table and nobody was surprised.</p>\n' +
      '<blockquote><p>The sea keeps its own calendar.</p><p>We only print the guesses.</p></blockquote>\n' +
      '<p>The wall held. The benches did not.</p>',
  ),
  post(
    'samovar',
    '2025-01-05T11:00:00+01:00',
    TOMAS,
    'Mending a samovar tap',
    ['Tools & Fixes'],
    body('A brass tap, a perished washer and a neighbour who wanted it fixed before the holidays.'),
  ),
  // 00:30 on 1 March in Berlin is 23:30 on 28 February in UTC: March in Lectern's path and archive.
  post(
    'loop',
    '2025-03-01T00:30:00+01:00',
    MIRA,
    'Salt & spray: Mira’s “low-tide” loop',
    ['Walks', 'Tides'],
    body('Out along the sandbar at midnight low water, back by the dyke before the flood.'),
  ),
  post(
    'lapsang',
    '2025-03-15T09:20:00+01:00',
    MIRA,
    'Lapsang by the fire',
    ['Tea'],
    body('Smoke in the cup and smoke from the driftwood: the one tea that tastes right on a beach.'),
  ),
  post(
    'equinox',
    '2025-04-12T18:00:00+02:00',
    MIRA,
    'Spring tides at the equinox',
    ['Tides'],
    body(
      'The highest water of the year reached the third step of the harbour.',
      'The lowest showed the old wreck.',
    ),
    { excerpt: 'Twice a year the moon and the sun pull together.', bodyImage: EQUINOX_IMAGE },
  ),
  post(
    'picnic',
    '2025-06-08T13:00:00+02:00',
    TOMAS,
    'A picnic kettle that fits a rucksack',
    ['Tea', 'Tools & Fixes', 'Walks'],
    body(
      'Aluminium, a folding handle and a lid that doubles as a cup.',
      'It boils a litre in six minutes on a windless day.',
    ),
  ),
  post(
    'ferry',
    '2025-06-21T06:05:00+02:00',
    MIRA,
    'The first ferry of summer',
    ['Walks'],
    body('The island at six in the morning belongs to the gulls and the baker.'),
  ),
];

const ABOUT = {
  slug: 'about',
  title: 'About the tables',
  html: body('Two of us, one coastline, and more flasks than is sensible.'),
};

const SEED: GhostSeed = { site: SITE, users: [MIRA, TOMAS], posts: POSTS, pages: [ABOUT] };

// ---------------------------------------------------------------- expectations

const newestFirst = [...POSTS].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
const postsIn = (yearMonth: string) => newestFirst.filter((p) => p.date.startsWith(yearMonth));
const byKey = (key: string) => {
  const found = POSTS.find((p) => p.key === key);
  if (!found) throw new Error(`no seeded post ${key}`);
  return found;
};
const PAGE_SIZE = 10;
const FEATURED = byKey('fog');
/** The home page: featured posts first, then a page of the others. */
const others = newestFirst.filter((p) => !p.featured);
const BOUNDARY = byKey('loop');
const QUOTED = byKey('surge');
const EQUINOX = byKey('equinox');

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`set-up failed: no ${what}`);
  return value;
}

describeWithGhost('Lectern on a real Ghost', () => {
  let ghost: GhostSite | undefined;
  let build: AppBuild | undefined;
  let site: StaticServer | undefined;
  let lectern: LecternServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // Ghost could not be installed: describeWithGhost skips every test and said why.
    if (!ghostInstall()) return;
    const started = Date.now();
    // Ghost starts while Vite builds; both are cleaned up in afterAll whichever fails.
    const [gh, app] = await Promise.allSettled([startGhost(SEED), buildApp()]);
    if (gh.status === 'fulfilled') ghost = gh.value;
    if (app.status === 'fulfilled') build = app.value;
    if (gh.status === 'rejected') throw gh.reason;
    if (app.status === 'rejected') throw app.reason;
    const { url, contentKey, timings } = gh.value;
    const config = { backend: { kind: 'ghost', url, key: contentKey }, translate: { provider: 'none' } };
    writeSiteConfig(app.value.outDir, config);
    site = await startStaticServer(app.value.outDir);
    lectern = await startLecternServer(app.value.outDir, config);
    browser = await launchBrowser();
    const steps = Object.entries(timings)
      .map(([name, ms]) => `${name} ${ms} ms`)
      .join(', ');
    console.info(
      `Ghost at ${url} (${steps}); vite build ${app.value.durationMs} ms; ready in ${Date.now() - started} ms`,
    );
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await lectern?.close();
    await ghost?.stop();
    await build?.cleanup();
  }, 60_000);

  const ids = () => required(ghost, 'Ghost').ids;
  const slugOf = (seeded: GhostSeedPost) => required(ids().posts[seeded.key], `post ${seeded.key}`).slug;
  /** Lectern's path: year and month of the date in the blog's zone, then Ghost's slug. */
  const pathOf = (seeded: GhostSeedPost) =>
    `/${seeded.date.slice(0, 4)}/${seeded.date.slice(5, 7)}/${slugOf(seeded)}.html`;
  const pathname = (page: Page) => new URL(page.url()).pathname;
  const open = () => newPage(required(browser, 'browser'));

  async function listedTitles(page: Page): Promise<string[]> {
    return page
      .getByRole('main')
      .getByRole('article')
      .getByRole('heading', { level: 3 })
      .getByRole('link')
      .allInnerTexts();
  }

  /** The image has loaded (from Ghost's /content/images/) and has pixels. */
  async function expectLoaded(tracked: TrackedPage, image: Locator, what: string): Promise<void> {
    await waitVisible(tracked, image, what);
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((node) => (node as HTMLImageElement).naturalWidth), {
        timeout: 10_000,
        message: `${what} loaded`,
      })
      .toBeGreaterThan(0);
    expect(new URL(required((await image.getAttribute('src')) ?? undefined, `${what} src`)).origin).toBe(
      required(ghost, 'Ghost').url,
    );
  }

  // The same journeys in the static build (the browser draws every page) and behind `npm start` (the
  // server renders each page from Ghost, the browser hydrates it).
  describe.each(['the static build', 'npm start'] as const)('served by %s', (mode) => {
    const origin = () =>
      mode === 'npm start' ? required(lectern, 'npm start').url : required(site, 'static server').url;

    test('home: the featured post leads, then the newest; no comment counts; older posts page on', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');

      await step(page, 'home', async () => {
        await visit(page, `${origin()}/`);
        await waitVisible(
          tracked,
          page.getByRole('banner').getByRole('link', { name: SITE.title, exact: true }),
          `the site title "${SITE.title}" in the banner`,
        );
        expect(await page.getByRole('banner').textContent()).toContain(SITE.description);
        await waitVisible(
          tracked,
          main.getByRole('link', { name: FEATURED.title, exact: true }),
          `the featured post "${FEATURED.title}"`,
        );
        expect(await listedTitles(page)).toEqual(
          [FEATURED, ...others.slice(0, PAGE_SIZE)].map((p) => p.title),
        );
        const first = main.getByRole('article').first();
        expect(await first.getByText('Featured', { exact: true }).isVisible()).toBe(true);
        expect(await main.getByText('Featured', { exact: true }).count()).toBe(1);
        // A hand-written excerpt (custom_excerpt) stands for the post in the list.
        const equinox = main.getByRole('article').filter({ hasText: EQUINOX.title });
        expect(await equinox.textContent()).toContain(required(EQUINOX.excerpt, 'excerpt'));
        expect(await equinox.textContent()).not.toContain('third step');
        // Ghost has no comments for Lectern to read: no counts, no links to a comment section.
        expect(await main.getByRole('link', { name: /comments?\b/i }).count()).toBe(0);
        expect(await main.getByText(/^No comments$/).count()).toBe(0);
        // About Me shows the main author: the one with the most posts.
        await waitVisible(
          tracked,
          page.getByRole('region', { name: 'About Me' }).getByRole('link', { name: MIRA.name, exact: true }),
          `About Me: ${MIRA.name}`,
        );
        // The post written at 00:30 on 1 March in Berlin is dated so, not 28 February (UTC).
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 2, name: 'Saturday, March 1, 2025', exact: true }),
          "the boundary post's date header",
        );
        expect(await main.getByRole('heading', { name: 'Friday, February 28, 2025' }).count()).toBe(0);
      });

      await step(page, 'older posts', async () => {
        await main.getByRole('link', { name: 'Older posts', exact: true }).click();
        const rest = others.slice(PAGE_SIZE);
        const last = required(rest.at(-1), 'oldest post');
        await waitVisible(
          tracked,
          main.getByRole('link', { name: last.title, exact: true }),
          'the oldest post',
        );
        expect(await listedTitles(page)).toEqual(rest.map((p) => p.title));
      });
    });

    test('a post: its title as written, date and time in the blog’s zone, tags, neighbours, no comments', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');

      await visit(page, `${origin()}/`);
      await main.getByRole('link', { name: BOUNDARY.title, exact: true }).click();
      const article = main.getByRole('article').first();
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: BOUNDARY.title, exact: true }),
        `the post's h1 "${BOUNDARY.title}"`,
      );
      expect(pathname(page)).toBe(pathOf(BOUNDARY));
      expect(pathOf(BOUNDARY)).toMatch(/^\/2025\/03\//);
      expect(await page.title()).toContain(BOUNDARY.title);
      const text = await article.textContent();
      expect(text).toContain('Saturday, March 1, 2025');
      expect(text).toContain('12:30 AM');
      expect(text).toContain('Out along the sandbar at midnight low water');
      for (const label of BOUNDARY.tags) {
        await waitVisible(
          tracked,
          article.getByRole('link', { name: label, exact: true }),
          `the label ${label}`,
        );
      }
      // In the order the author gave them (Ghost's primary tag first), not in name order.
      expect(await article.getByText('Labels:').getByRole('link').allInnerTexts()).toEqual(BOUNDARY.tags);
      const newer = byKey('lapsang');
      const older = byKey('samovar');
      await waitVisible(
        tracked,
        main.getByRole('link', { name: `Newer Post: ${newer.title}`, exact: true }),
        'the newer-post link',
      );
      await waitVisible(
        tracked,
        main.getByRole('link', { name: `Older Post: ${older.title}`, exact: true }),
        'the older-post link',
      );
      // No comment section, form or count: Ghost's Content API has no comments.
      expect(await main.getByRole('region', { name: /comments?:$/i }).count()).toBe(0);
      expect(await main.getByRole('textbox').count()).toBe(0);
      expect(await main.getByText(/post a comment/i).count()).toBe(0);

      // A title with "<" in it is text, not markup.
      const flask = byKey('flask');
      await visit(page, `${origin()}${pathOf(flask)}`);
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: flask.title, exact: true }),
        `the h1 "${flask.title}"`,
      );

      // Ghost flattens a quote's paragraphs into one blockquote with <br><br>: both lines are shown.
      await visit(page, `${origin()}${pathOf(QUOTED)}`);
      const quote = main.getByRole('article').first().getByRole('blockquote');
      await waitVisible(tracked, quote, 'the quote');
      expect(await quote.innerText()).toMatch(
        /The sea keeps its own calendar\.\s*\n\s*\n?We only print the guesses\./,
      );
      expect(await main.getByRole('article').first().textContent()).toContain('The wall held.');
    });

    test('images: the featured post’s in the Featured Post gadget, one in a body, authors’ photos', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');

      await visit(page, `${origin()}/`);
      const gadget = page.getByRole('region', { name: 'Featured Post' });
      await waitVisible(
        tracked,
        gadget.getByRole('link', { name: FEATURED.title, exact: true }),
        'the Featured Post gadget',
      );
      await expectLoaded(
        tracked,
        gadget.getByRole('img', { name: FOG_IMAGE.alt, exact: true }),
        'the feature image',
      );

      // The main author's photo in About Me, uploaded to Ghost as her profile image.
      await expectLoaded(
        tracked,
        page
          .getByRole('region', { name: 'About Me' })
          .getByRole('img', { name: `Photo of ${MIRA.name}`, exact: true }),
        'the About Me photo',
      );

      await visit(page, `${origin()}${pathOf(EQUINOX)}`);
      await expectLoaded(
        tracked,
        main.getByRole('article').first().getByRole('img', { name: EQUINOX_IMAGE.alt, exact: true }),
        'the image in the body',
      );
    });

    test('the Blog Archive counts posts per year and month in the blog’s zone; a month lists its posts', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      const archive = page.getByRole('complementary', { name: 'Blog sidebar' }).getByRole('region', {
        name: 'Blog Archive',
      });
      const yearToggle = (year: string) =>
        page.getByRole('button', { name: `${year}, ${postsIn(year).length} posts`, exact: true });
      const yearItem = (year: string) => archive.getByRole('listitem').filter({ has: yearToggle(year) });
      const monthToggles = (year: string) =>
        yearItem(year)
          .getByRole('list')
          .first()
          .getByRole('button')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));

      await visit(page, `${origin()}/`);
      await step(page, 'years and months', async () => {
        await waitVisible(tracked, archive.locator(yearToggle('2025')), 'the 2025 toggle');
        await waitVisible(tracked, archive.locator(yearToggle('2024')), 'the 2024 toggle');
        expect(await monthToggles('2025')).toEqual([
          'June, 2 posts',
          'April, 1 post',
          'March, 2 posts',
          'January, 1 post',
        ]);
        await archive.locator(yearToggle('2024')).click();
        await expect
          .poll(() => monthToggles('2024'), { timeout: 10_000, message: "2024's months" })
          .toEqual([
            'November, 1 post',
            'September, 1 post',
            'June, 2 posts',
            'April, 1 post',
            'February, 1 post',
            'January, 1 post',
          ]);
      });

      await step(page, 'a month page', async () => {
        const march = postsIn('2025-03');
        expect(march.map((p) => p.key)).toEqual(['lapsang', BOUNDARY.key]);
        await yearItem('2025').getByRole('link', { name: 'March', exact: true }).click();
        await waitVisible(
          tracked,
          main.getByRole('heading', {
            level: 1,
            name: `Posts from March 2025 (${march.length})`,
            exact: true,
          }),
          'the month page h1',
        );
        expect(pathname(page)).toBe('/2025/03/');
        await waitVisible(
          tracked,
          main.getByRole('link', { name: BOUNDARY.title, exact: true }),
          'the boundary post',
        );
        expect(await listedTitles(page)).toEqual(march.map((p) => p.title));
      });
    });

    test('a tag lists its posts, counted by Ghost; search finds titles and excerpts', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      const labels = page.getByRole('region', { name: 'Labels' });

      await visit(page, `${origin()}/`);
      await step(page, 'a tag with an ampersand', async () => {
        const tagged = newestFirst.filter((p) => p.tags.includes('Tools & Fixes'));
        await waitVisible(
          tracked,
          labels.getByRole('link', { name: 'Tools & Fixes', exact: true }),
          'the tag',
        );
        expect(await labels.textContent()).toContain(`Tools & Fixes (${tagged.length})`);
        expect(await labels.textContent()).toContain(
          `Tea (${newestFirst.filter((p) => p.tags.includes('Tea')).length})`,
        );
        await labels.getByRole('link', { name: 'Tools & Fixes', exact: true }).click();
        await waitVisible(
          tracked,
          main.getByRole('heading', {
            level: 1,
            name: 'Showing posts with label Tools & Fixes',
            exact: true,
          }),
          'the label page h1',
        );
        expect(pathname(page)).toBe('/search/label/Tools%20%26%20Fixes');
        await waitVisible(
          tracked,
          main.getByRole('link', { name: required(tagged[0], 'a tagged post').title, exact: true }),
          'a tagged post',
        );
        expect(await listedTitles(page)).toEqual(tagged.map((p) => p.title));
      });

      await step(page, 'search', async () => {
        const searchbox = page.getByRole('searchbox', { name: 'Search this blog' });
        // "citric" is only in the kettle post's hand-written excerpt.
        await searchbox.fill('citric');
        await searchbox.press('Enter');
        await waitVisible(
          tracked,
          main.getByRole('heading', { level: 1, name: 'Search results for “citric”', exact: true }),
          'the search h1',
        );
        const kettle = byKey('kettle');
        await waitVisible(
          tracked,
          main.getByRole('link', { name: kettle.title, exact: true }),
          'the kettle post',
        );
        expect(await listedTitles(page)).toEqual([kettle.title]);

        await visit(page, `${origin()}/search?q=${encodeURIComponent('TIDE')}`);
        const tides = newestFirst.filter((p) => /tide/i.test(`${p.title} ${p.excerpt ?? ''} ${p.html}`));
        await waitVisible(
          tracked,
          main.getByRole('link', { name: required(tides[0], 'a tide post').title, exact: true }),
          'a post about tides',
        );
        const found = await listedTitles(page);
        expect(found).toContain(byKey('tables').title);
        expect(found).toContain(BOUNDARY.title);
        expect(found).not.toContain(byKey('samovar').title);
      });
    });

    test('a static page is read from Ghost’s pages', async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      await visit(page, `${origin()}/p/${ABOUT.slug}.html`);
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: ABOUT.title, exact: true }),
        'the page h1',
      );
      expect(await main.textContent()).toContain('more flasks than is sensible');
    });

    test("a profile shows the author's name, photo, location, biography, site and posts", async () => {
      const tracked = await open();
      const { page } = tracked;
      const main = page.getByRole('main');
      const samovar = byKey('samovar');

      await visit(page, `${origin()}${pathOf(samovar)}`);
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: samovar.title, exact: true }),
        `the post "${samovar.title}"`,
      );
      // On a post, the About Me widget shows the post's author.
      await waitVisible(
        tracked,
        page.getByRole('region', { name: 'About Me' }).getByRole('link', { name: TOMAS.name, exact: true }),
        `About Me: ${TOMAS.name}`,
      );

      await main.getByRole('link', { name: TOMAS.name, exact: true }).click();
      await waitVisible(
        tracked,
        main.getByRole('heading', { level: 1, name: TOMAS.name, exact: true }),
        `the profile h1 "${TOMAS.name}"`,
      );
      expect(pathname(page)).toBe(`/profile/${required(ids().users[TOMAS.login], 'Tomas').slug}`);
      const text = await main.textContent();
      expect(text).toContain(TOMAS.bio);
      expect(text).toContain(required(TOMAS.location, 'location'));
      await expectLoaded(
        tracked,
        main.getByRole('img', { name: `Photo of ${TOMAS.name}`, exact: true }),
        'the profile photo',
      );
      expect(
        await main.getByRole('link', { name: 'tomas.example.net', exact: true }).getAttribute('href'),
      ).toBe(TOMAS.website);
      const his = newestFirst.filter((p) => p.author === TOMAS.login);
      await waitVisible(
        tracked,
        main.getByRole('link', { name: required(his[0], "Tomas's newest post").title, exact: true }),
        'his newest post',
      );
      expect(await listedTitles(page)).toEqual(his.map((p) => p.title));
    });
  });
});
