#!/usr/bin/env node
/**
 * `npm test`: runs Vitest once (extra arguments are passed through), streams its output, then
 * prints as the very last line `N passed, N failed` (plus `, N skipped` when there are any),
 * counted from Vitest's JSON report. A failure outside any test (a file that doesn't import, a
 * throwing beforeAll, an unhandled error) adds one to "failed", so a red run never ends in
 * "0 failed". Exits with Vitest's exit code, or 1 without a report.
 *
 *   npm test                        all projects
 *   npm test -- --project e2e       one project
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', '.bin', 'vitest');
const reportDir = mkdtempSync(join(tmpdir(), 'lectern-vitest-'));
const reportFile = join(reportDir, 'results.json');

const env = { ...process.env };
if (!process.stdout.isTTY) {
  env.NO_COLOR = '1';
  delete env.FORCE_COLOR;
}

const child = spawn(
  process.execPath,
  [
    vitest,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, env, stdio: 'inherit' },
);

// Ctrl-C reaches Vitest through the terminal's process group; a SIGTERM sent to us alone (CI
// cancelling) must be passed on. Either way we wait for Vitest to finish and report.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.once('error', (error) => {
  console.error(`scripts/test.mjs: could not start Vitest: ${error.message}`);
  rmSync(reportDir, { recursive: true, force: true });
  process.exit(1);
});

child.once('close', (code, signal) => {
  const exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
  let summary;
  try {
    if (existsSync(reportFile)) {
      const report = JSON.parse(readFileSync(reportFile, 'utf8'));
      const passed = report.numPassedTests ?? 0;
      let failed = report.numFailedTests ?? 0;
      const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      // A test file that fails without a failing test (it didn't import, or a beforeAll threw
      // and its tests were skipped) counts as one failure, and so does a non-zero exit with no
      // failure at all (an unhandled error): the last line never says "0 failed" for a red run.
      const brokenFiles = (report.testResults ?? []).filter(
        (file) =>
          file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
      ).length;
      failed += brokenFiles;
      if (exitCode !== 0 && failed === 0) failed = 1;
      if (failed !== (report.numFailedTests ?? 0)) {
        console.error(
          `scripts/test.mjs: ${report.numFailedTests ?? 0} failed test(s), counted as ${failed}: ` +
            'failures outside tests (file or hook errors, unhandled errors) count as one each.',
        );
      }
      summary = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    }
  } catch (error) {
    console.error(`scripts/test.mjs: could not read Vitest's JSON report: ${error.message}`);
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  if (summary === undefined) {
    console.error(
      `scripts/test.mjs: Vitest wrote no JSON report (${signal ?? `exit code ${code}`}); no test counts.`,
    );
    process.exit(exitCode === 0 ? 1 : exitCode);
  }
  console.log(summary);
  process.exit(exitCode);
});
