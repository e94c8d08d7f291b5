/**
 * `npm start` (through server/main.ts): serves the build in dist/ with every page rendered on the server. Reads the same
 * config.json as the browser (dist/config.json, or the file LECTERN_CONFIG names) once at start;
 * PORT (default 3000) and HOST (default 127.0.0.1) choose where it listens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseLecternConfig } from './server-config';
import { configureSanitizer, setServerDom } from '../src/lib/sanitize-html';
import { createRequestHandler } from './handler';
import { closeOnSignals, startNodeServer } from './node-server';
import { renderToHtmlNode } from './render-html-node';
import { SECURITY_HEADERS } from './security-headers';
import { parseTemplate } from './template';
import { themePalette } from '../src/theme/palette';

// server/main.ts names it (dist/ beside the server bundle) when the environment does not.
const distDir = resolve(process.env.LECTERN_DIST ?? 'dist');
const configPath = resolve(process.env.LECTERN_CONFIG ?? `${distDir}/config.json`);

function fail(message: string): never {
  console.error(`lectern: ${message}`);
  process.exit(1);
}

let config;
try {
  config = parseLecternConfig(JSON.parse(readFileSync(configPath, 'utf8')));
} catch (error) {
  fail(`${configPath}: ${error instanceof Error ? error.message : String(error)}`);
}
// A theme colour below WCAG AA is shown adjusted; the owner is told which field (src/theme/palette.ts).
for (const warning of themePalette(config.theme)?.warnings ?? [])
  console.warn(`lectern: config.json: ${warning}`);
let template;
try {
  // After `npm run prerender` into dist/, index.html is the home page and the build's own is 200.html.
  const shell = existsSync(`${distDir}/200.html`) ? `${distDir}/200.html` : `${distDir}/index.html`;
  template = parseTemplate(readFileSync(shell, 'utf8'), {
    inlineScripts: { '/color-scheme.js': readFileSync(`${distDir}/color-scheme.js`, 'utf8') },
  });
} catch (error) {
  fail(
    `${distDir}/index.html: ${error instanceof Error ? error.message : String(error)} Run npm run build first.`,
  );
}

// DOMPurify on the server works in jsdom's DOM, with the same policy as in the browser.
setServerDom(new JSDOM('<!doctype html>').window);
configureSanitizer({ iframeHosts: config.embeds?.iframeHosts ?? [] });

const log = (line: string) => console.log(line);
const server = await startNodeServer({
  distDir,
  handler: createRequestHandler({ config, template, log, renderToHtml: renderToHtmlNode }),
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 3000),
  headers: SECURITY_HEADERS,
  log,
});
log(`Lectern on ${server.url} (${config.backend.kind} backend, config ${configPath})`);
closeOnSignals(server, log);
