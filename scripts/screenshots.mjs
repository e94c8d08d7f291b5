// Regenerates the README's screenshots: starts the Vite dev server on the demo blog, then captures
// pages in Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium).
// Usage: node scripts/screenshots.mjs [name …]   (names from `shots` below; none: all of them)
// SCREENSHOT_PORT picks the dev server's port (default 5199).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const port = Number(process.env.SCREENSHOT_PORT ?? 5199);
const base = `http://127.0.0.1:${port}`;
/** The field guide post (mocks/data/field-guide.ts): aligned image, table, code, a ten-level thread. */
const fieldGuide = '/2023/11/field-guide-to-the-regular-rate.html';
/**
 * `through`: the shot runs from the top of the page to the bottom of that element (a whole post and its
 * comments on a phone, taller than the screen), once its `waitFor` is shown.
 */
const allShots = [
  { name: 'home', path: '/', width: 1280, height: 1000 },
  { name: 'post', path: '/2020/09/', follow: true, width: 1280, height: 1100 },
  { name: 'home-mobile', path: '/', width: 360, height: 780 },
  ...['light', 'dark'].map((colorScheme) => ({
    name: colorScheme === 'light' ? 'post-content-mobile' : 'post-content-mobile-dark',
    path: fieldGuide,
    width: 360,
    height: 780,
    colorScheme,
    waitFor: '#comments li li li li li li li li li article',
    through: '#comments',
  })),
];
const wanted = process.argv.slice(2);
const shots = wanted.length ? allShots.filter((shot) => wanted.includes(shot.name)) : allShots;
if (shots.length < wanted.length) {
  throw new Error(`unknown shot name; known: ${allShots.map((shot) => shot.name).join(', ')}`);
}

const server = spawn(
  'node_modules/.bin/vite',
  ['--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
try {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync('docs/screenshots', { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme ?? 'light',
    });
    await page.goto(base + shot.path);
    await page.locator('main h1').first().waitFor();
    if (shot.follow) {
      await page.locator('main article h3 a').first().click();
      await page.waitForURL(/\.html$/);
      await page.locator('main h1').first().waitFor();
    }
    if (shot.waitFor) await page.locator(shot.waitFor).first().waitFor();
    await page.waitForLoadState('networkidle');
    const path = `docs/screenshots/${shot.name}.png`;
    if (shot.through) {
      // Lazy images below the fold load once scrolled to; then back to the top for the shot.
      await page.locator(shot.through).scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => window.scrollTo(0, 0));
      const bottom = await page
        .locator(shot.through)
        .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
      await page.screenshot({
        path,
        fullPage: true,
        clip: { x: 0, y: 0, width: shot.width, height: Math.ceil(bottom) },
      });
    } else {
      await page.screenshot({ path });
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
