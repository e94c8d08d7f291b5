// Regenerates the README's screenshots: starts the Vite dev server on the demo blog, then captures
// pages in Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium). Usage: node scripts/screenshots.mjs
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const port = 5199;
const base = `http://127.0.0.1:${port}`;
const shots = [
  { name: 'home', path: '/', width: 1280, height: 1000 },
  { name: 'post', path: '/2020/09/', follow: true, width: 1280, height: 1100 },
  { name: 'home-mobile', path: '/', width: 360, height: 780 },
];

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
      colorScheme: 'light',
    });
    await page.goto(base + shot.path);
    await page.locator('main h1').first().waitFor();
    if (shot.follow) {
      await page.locator('main article h3 a').first().click();
      await page.waitForURL(/\.html$/);
      await page.locator('main h1').first().waitFor();
    }
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
    await page.close();
  }
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
