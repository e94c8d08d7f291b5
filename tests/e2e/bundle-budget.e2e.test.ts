/**
 * The first-load budget of a post (docs/performance.md#bundle-budget), enforced on a real
 * production build: what a reader downloads before a post can paint stays within the enforced budget
 * (a ratchet just above today's first load; the 125 KB target is reported, and still missed),
 * and what a post does not need for its first paint loads on demand.
 * The check itself (scripts/bundle-budget.mjs) is also run on tiny fake builds, over and within budget.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, TARGETS, formatReport, measureFirstLoad } from '../../scripts/bundle-budget.mjs';
import { buildApp, REPO_ROOT, type AppBuild } from './support/build';

const SCRIPT = join(REPO_ROOT, 'scripts', 'bundle-budget.mjs');

describe('the first load of a post in the production build', () => {
  let build: AppBuild | undefined;

  beforeAll(async () => {
    build = await buildApp();
  });

  afterAll(async () => {
    await build?.cleanup();
  });

  function outDir(): string {
    if (!build) throw new Error('the app was not built');
    return build.outDir;
  }

  it('stays within the enforced budgets of gzipped JS and CSS, and reports the targets', () => {
    const result = measureFirstLoad(outDir());
    // The report names every file of the set: on failure it says where the bytes went.
    const report = formatReport(result);
    expect(result.targets).toEqual({ jsGzip: 125_000, cssGzip: 10_000 });
    // A ratchet, not a blank cheque: never looser than the target's order of magnitude allows.
    expect(result.budgets).toEqual(BUDGETS);
    expect(BUDGETS.jsGzip).toBeLessThan(160_000);
    expect(BUDGETS.cssGzip).toBe(10_000);
    expect(report).toMatch(/^ {4}target 125\.0 KB: (met|missed by [\d.]+ KB)$/m);
    expect(result.js.gzip, report).toBeLessThanOrEqual(result.budgets.jsGzip);
    expect(result.css.gzip, report).toBeLessThanOrEqual(result.budgets.cssGzip);
    expect(result.ok).toBe(true);
  });

  it('loads the comments, translation, other pages, other adapters and the demo backend on demand', async () => {
    const manifest = JSON.parse(await readFile(join(outDir(), '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string }
    >;
    const firstLoad = new Set(measureFirstLoad(outDir()).js.files.map((f) => f.file));
    const onDemand = [
      'src/components/comments/comments-section.tsx',
      'src/translate/translation-store.ts',
      'src/translate/libretranslate.ts',
      'src/translate/browser.ts',
      'src/components/widgets/translate-widget.tsx',
      'src/components/widgets/archive-widget.tsx',
      'src/components/widgets/labels-widget.tsx',
      'src/components/share-buttons.tsx',
      'src/components/related-posts.tsx',
      'src/components/feed-links.tsx',
      'src/components/json-ld.tsx',
      'src/pages/profile-page.tsx',
      'src/pages/home-page.tsx',
      'src/api/adapters/wordpress/index.ts',
      'mocks/browser.ts',
    ];
    for (const source of onDemand) {
      // A module pulled into the first load by a static import loses its own chunk, or joins the set.
      const chunk = manifest[source];
      expect(chunk, `${source} has a chunk of its own`).toBeDefined();
      expect(firstLoad.has(chunk?.file ?? ''), `${source} is not in the first load`).toBe(false);
    }
  });
});

describe('the budget check (scripts/bundle-budget.mjs)', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lectern-budget-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A fake dist: an entry importing a shared chunk of `sharedBytes` incompressible bytes, and a lazy page. */
  async function fakeDist(name: string, sharedBytes: number): Promise<string> {
    const root = join(dir, name);
    const files: Record<string, string> = {
      'assets/index.js': 'import "./shared.js";',
      'assets/shared.js': randomBytes(sharedBytes).toString('latin1'),
      'assets/lazy-page.js': randomBytes(200_000).toString('latin1'),
      'assets/index.css': 'body { margin: 0 }',
      '.vite/manifest.json': JSON.stringify({
        'index.html': {
          file: 'assets/index.js',
          isEntry: true,
          imports: ['_shared.js'],
          dynamicImports: ['src/pages/lazy-page.tsx'],
          css: ['assets/index.css'],
        },
        '_shared.js': { file: 'assets/shared.js' },
        'src/pages/lazy-page.tsx': {
          file: 'assets/lazy-page.js',
          isDynamicEntry: true,
          imports: ['index.html'],
        },
      }),
    };
    for (const [file, content] of Object.entries(files)) {
      await mkdir(dirname(join(root, file)), { recursive: true });
      await writeFile(join(root, file), content, 'latin1');
    }
    return root;
  }

  function runCheck(distDir: string): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [SCRIPT, distDir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, output }));
    });
  }

  it('fails a build whose entry and its imports are over the JS budget, counting no lazy chunk', async () => {
    const distDir = await fakeDist('too-big', BUDGETS.jsGzip + 5_000);
    const result = measureFirstLoad(distDir);
    expect(result.ok).toBe(false);
    expect(result.js.gzip).toBeGreaterThan(BUDGETS.jsGzip);
    expect(result.js.files.map((f) => f.file).sort()).toEqual(['assets/index.js', 'assets/shared.js']);
    expect(result.css.files.map((f) => f.file)).toEqual(['assets/index.css']);

    const { code, output } = await runCheck(distDir);
    expect(code).toBe(1);
    expect(output).toMatch(/^JS .* OVER BUDGET by /m);
  });

  it('passes a build within its budgets, the lazy page left out however big it is', async () => {
    const distDir = await fakeDist('small', 20_000);
    const result = measureFirstLoad(distDir);
    expect(result.ok).toBe(true);
    expect(result.meetsTarget).toBe(true);
    expect(result.js.gzip).toBeLessThan(BUDGETS.jsGzip);

    const { code, output } = await runCheck(distDir);
    expect(code).toBe(0);
    expect(output).toMatch(/^JS .* ok$/m);
    expect(output).toMatch(/^ {4}target 125\.0 KB: met$/m);
  });

  it('passes a build over the target but within the enforced budget, and says the target is missed', async () => {
    const distDir = await fakeDist('over-target', TARGETS.jsGzip + 3_000);
    const result = measureFirstLoad(distDir);
    expect(result.js.gzip).toBeGreaterThan(TARGETS.jsGzip);
    expect(result.js.gzip).toBeLessThanOrEqual(BUDGETS.jsGzip);
    expect(result.ok).toBe(true);
    expect(result.meetsTarget).toBe(false);

    const { code, output } = await runCheck(distDir);
    expect(code).toBe(0);
    expect(output).toMatch(/^JS .* ok$/m);
    expect(output).toMatch(/^ {4}target 125\.0 KB: missed by [\d.]+ KB$/m);
  });

  it('says so, and exits with 2, when the build has no manifest', async () => {
    const { code, output } = await runCheck(join(dir, 'no-such-dist'));
    expect(code).toBe(2);
    expect(output).toContain('build.manifest');
  });
});
