#!/usr/bin/env node
// @ts-check
/**
 * The first-load budget of a post (docs/performance.md#bundle-budget): what a reader's browser must
 * download before a post can paint, measured from a production build's Vite manifest.
 *
 *   node scripts/bundle-budget.mjs [distDir]     (default: dist; npm run check:bundle)
 *
 * Prints one row per file (raw and gzipped bytes), the totals against the enforced budgets and against
 * the performance targets, and exits with 1 when a budget is exceeded, 2 when the build cannot be read. Sizes
 * are gzip at level 9 (node:zlib), as a server sending precompressed files would; KB means 1,000 bytes.
 *
 * Target vs budget: the target is 125 KB of JS, which the required libraries alone nearly fill
 * (docs/performance.md#bundle-budget). The target is reported, and missed, honestly; what is enforced
 * is a ratchet just above today's first load, so any growth fails the build.
 *
 * The first-load set: the entry chunk and everything it imports statically (transitively), plus the
 * post page's own chunk and the native adapter's (the demo's and the native contract's), loaded
 * before the post can paint, the CSS of all of these, and the classic scripts index.html names (the
 * colour scheme, the Intl warm-up: public/, outside the manifest). Code loaded on demand (other pages, the
 * comments, sidebar gadgets, translation, other adapters, the demo's mock backend) is not in it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @typedef {{ file: string, bytes: number, gzip: number }} MeasuredFile */
/** @typedef {{ files: MeasuredFile[], bytes: number, gzip: number }} MeasuredSet */
/** @typedef {{ jsGzip: number, cssGzip: number }} Budgets */
/**
 * `ok`: within the enforced budgets (the exit code); `meetsTarget`: within the targets as well.
 * @typedef {{ js: MeasuredSet, css: MeasuredSet, budgets: Budgets, targets: Budgets, ok: boolean,
 *   meetsTarget: boolean }} FirstLoad
 */
/**
 * One entry of Vite's manifest (https://vite.dev/guide/backend-integration).
 * @typedef {{ file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean,
 *   imports?: string[], dynamicImports?: string[], css?: string[] }} ManifestChunk
 */

/** The targets (docs/performance.md), gzipped bytes (KB = 1,000 bytes): reported, not enforced. */
export const TARGETS = Object.freeze({ jsGzip: 125_000, cssGzip: 10_000 });

/**
 * The enforced budgets. JS: the first load measured on 2026-12-02, 147.0 KB (120.6 of it the vendor
 * chunk), rounded up to the next whole KB, plus 1 KB. Raised from 142 KB for server rendering's
 * hydration support, then from 144 KB for real-world content, then from 147 KB for the theme and
 * layout settings (docs/performance.md says what each holds). Lower it when the first load shrinks;
 * raising it needs the reason written in docs/performance.md, never just a build to pass.
 */
export const BUDGETS = Object.freeze({ jsGzip: 155_000, cssGzip: 10_000 });

/**
 * Modules a post needs before its first paint besides the entry's static imports: used when the
 * build gives them a chunk of their own (a lazy route, the adapter chosen at start-up).
 */
export const POST_FIRST_LOAD_MODULES = Object.freeze([
  'src/pages/post-page.tsx',
  'src/api/adapters/native.ts',
]);

/**
 * @param {string} distDir
 * @returns {Record<string, ManifestChunk>}
 */
function readManifest(distDir) {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} not found: build with build.manifest enabled (vite.config.ts)`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Manifest keys of the first-load set: each root and its static imports, transitively.
 * @param {Record<string, ManifestChunk>} manifest
 * @param {readonly string[]} extraModules
 */
function firstLoadChunks(manifest, extraModules) {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) {
    throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
  }
  const roots = [...entries, ...extraModules.filter((key) => key in manifest)];
  /** @type {Set<string>} */
  const seen = new Set();
  const visit = (/** @type {string} */ key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest names ${key} but has no entry for it`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return [...seen].map((key) => /** @type {ManifestChunk} */ (manifest[key]));
}

/**
 * The same-origin classic scripts of the built index.html (public/ files, which Vite copies as they are),
 * as paths relative to distDir. Module scripts are the manifest's.
 * @param {string} distDir
 */
function classicScripts(distDir) {
  const path = join(distDir, 'index.html');
  if (!existsSync(path)) return [];
  const html = readFileSync(path, 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1] ?? '')
    .filter((attributes) => !/\btype=["']?module/.test(attributes))
    .map((attributes) => /\bsrc=["']([^"']+)["']/.exec(attributes)?.[1])
    .filter((src) => src !== undefined && !/^[a-z]+:|^\/\//i.test(src))
    .map((src) => String(src).replace(/^\//, ''))
    .filter((file) => existsSync(join(distDir, file)));
}

/**
 * The stylesheets index.html links (the build's one stylesheet: vite.config.ts keeps CSS in one file),
 * as paths relative to distDir.
 * @param {string} distDir
 */
function linkedStylesheets(distDir) {
  const path = join(distDir, 'index.html');
  if (!existsSync(path)) return [];
  return [...readFileSync(path, 'utf8').matchAll(/<link\b[^>]*\brel=["']?stylesheet[^>]*>/g)]
    .map((match) => /\bhref=["']([^"']+)["']/.exec(match[0])?.[1])
    .filter((href) => href !== undefined && !/^[a-z]+:|^\/\//i.test(href))
    .map((href) => String(href).replace(/^\//, ''))
    .filter((file) => existsSync(join(distDir, file)));
}

/**
 * @param {string} distDir
 * @param {Iterable<string>} files paths relative to distDir
 * @returns {MeasuredSet}
 */
function measure(distDir, files) {
  const measured = [...new Set(files)].map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  measured.sort((a, b) => b.gzip - a.gzip);
  return {
    files: measured,
    bytes: measured.reduce((sum, f) => sum + f.bytes, 0),
    gzip: measured.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/**
 * Measures the first load of a post in a production build.
 * @param {string} distDir the build's output directory (holding .vite/manifest.json)
 * @param {{ budgets?: Budgets, targets?: Budgets, modules?: readonly string[] }} [options] other
 *   budgets, targets or first-load modules
 * @returns {FirstLoad}
 */
export function measureFirstLoad(distDir, options = {}) {
  const budgets = options.budgets ?? BUDGETS;
  const targets = options.targets ?? TARGETS;
  const chunks = firstLoadChunks(readManifest(distDir), options.modules ?? POST_FIRST_LOAD_MODULES);
  const js = measure(distDir, [...chunks.map((chunk) => chunk.file), ...classicScripts(distDir)]);
  const css = measure(distDir, [
    ...chunks.flatMap((chunk) => chunk.css ?? []),
    ...linkedStylesheets(distDir),
  ]);
  return {
    js,
    css,
    budgets,
    targets,
    ok: js.gzip <= budgets.jsGzip && css.gzip <= budgets.cssGzip,
    meetsTarget: js.gzip <= targets.jsGzip && css.gzip <= targets.cssGzip,
  };
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * The report printed by the command line.
 * @param {FirstLoad} result
 */
export function formatReport(result) {
  const rows = [...result.js.files, ...result.css.files].map((f) => [f.file, kb(f.bytes), kb(f.gzip)]);
  const width = Math.max(4, ...rows.map((row) => row[0]?.length ?? 0));
  const line = (/** @type {string[]} */ [file = '', raw = '', gzip = '']) =>
    `${file.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`;
  const verdict = (/** @type {number} */ actual, /** @type {number} */ budget) =>
    `${kb(actual)} of ${kb(budget)} budget ${actual <= budget ? 'ok' : `OVER BUDGET by ${kb(actual - budget)}`}`;
  const target = (/** @type {number} */ actual, /** @type {number} */ goal) =>
    `    target ${kb(goal)}: ${actual <= goal ? 'met' : `missed by ${kb(actual - goal)}`}`;
  return [
    'First load of a post (gzip level 9, KB = 1000 bytes)',
    line(['file', 'raw', 'gzip']),
    ...rows.map(line),
    `JS  ${verdict(result.js.gzip, result.budgets.jsGzip)}`,
    target(result.js.gzip, result.targets.jsGzip),
    `CSS ${verdict(result.css.gzip, result.budgets.cssGzip)}`,
    target(result.css.gzip, result.targets.cssGzip),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const distDir = resolve(process.argv[2] ?? 'dist');
  try {
    const result = measureFirstLoad(distDir);
    console.log(formatReport(result));
    if (!result.ok) {
      console.error('The first load of a post is over budget: see docs/performance.md#bundle-budget.');
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(`bundle-budget: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
