/**
 * `npm run prerender` (through server/prerender/main.ts, built to dist-server/prerender.js). Reads the
 * same config.json as `npm start` (dist/config.json, or the file LECTERN_CONFIG names) and writes the
 * site into dist/, or the folder `--out DIR` names. `--full` renders every page, whatever the last run
 * wrote; `--workers N` renders in N threads (default: one per core, at most 2; 0: this one). Exit code 0 when every page was written, 1 otherwise (each failure named with its address).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseLecternConfig } from '../server-config';
import { prerender, PrerenderError } from './run';

function fail(message: string): never {
  console.error(`lectern prerender: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      out: { type: 'string' },
      full: { type: 'boolean', default: false },
      workers: { type: 'string' },
    },
    allowPositionals: false,
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)} (options: --out DIR, --full, --workers N)`);
}

// One render thread per core, up to two: the backend and the file system want the rest.
const workers = args.workers === undefined ? Math.min(2, availableParallelism()) : Number(args.workers);
if (!Number.isInteger(workers) || workers < 0 || workers > 16) fail('--workers takes a number from 0 to 16');

const distDir = resolve(process.env.LECTERN_DIST ?? 'dist');
const configPath = resolve(process.env.LECTERN_CONFIG ?? `${distDir}/config.json`);
let config;
try {
  config = parseLecternConfig(JSON.parse(readFileSync(configPath, 'utf8')));
} catch (error) {
  fail(`${configPath}: ${error instanceof Error ? error.message : String(error)}`);
}

const interactive = process.stderr.isTTY;
let progressShown = false;
const progress = (line: string) => {
  if (interactive) {
    process.stderr.write(`\r\u001b[K${line}`);
    progressShown = true;
  } else {
    process.stderr.write(`${line}\n`);
  }
};
const log = (line: string) => {
  if (progressShown) process.stderr.write('\r\u001b[K');
  progressShown = false;
  console.log(line);
};

try {
  const result = await prerender({
    config,
    distDir,
    outDir: args.out ? resolve(args.out) : distDir,
    full: args.full,
    // This same script serves a render worker when started as one (server/prerender/prerender.ts).
    workers: { script: resolve(process.argv[1] ?? ''), count: workers },
    log,
    progress,
  });
  if (progressShown) process.stderr.write('\n');
  for (const { path, reason } of result.failed) console.error(`failed: ${path}: ${reason}`);
  const seconds = (result.ms / 1000).toFixed(1);
  log(
    `${result.rendered.length} rendered, ${result.kept} unchanged, ${result.removed.length} removed, ` +
      `${result.failed.length} failed, in ${seconds} s → ${args.out ?? distDir}`,
  );
  process.exitCode = result.failed.length > 0 ? 1 : 0;
} catch (error) {
  if (progressShown) process.stderr.write('\n');
  fail(
    error instanceof PrerenderError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error),
  );
}
