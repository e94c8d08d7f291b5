/**
 * axe-core in a real page: injects `axe.min.js` (from node_modules, no network) and runs it with
 * the WCAG 2.x A/AA and best-practice rules; formats violations so a failing test reads as a list
 * of what to fix (rule, impact, elements, summary).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, ImpactValue, Result } from 'axe-core';

/** What Lectern promises (WCAG 2.2 AA) plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

let source: string | undefined;

/** The axe-core bundle, read once per test file. */
export function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** The parts of axe's results the tests report on (plain data, so it crosses from the page). */
export type AxeFinding = {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
};

export type AxeReport = {
  violations: AxeFinding[];
  /** Checks axe could not decide (e.g. contrast over an image): reported, not failed. */
  incomplete: AxeFinding[];
};

/**
 * Has every document the context loads from now on define `window.axe` (cheaper than sending the
 * bundle over again after each navigation). Without it, `runAxe` injects axe itself.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource() });
}

/** Runs axe on the whole page (injecting it first when the document has none). */
export async function runAxe(
  page: Page,
  { tags = AXE_TAGS, incomplete = false }: { tags?: readonly string[]; incomplete?: boolean } = {},
): Promise<AxeReport> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.addScriptTag({ content: axeSource() });
  return page.evaluate(
    async ({ runOnly, withIncomplete }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe;
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: runOnly },
        // Details only for what is reported: collecting them for every passing node costs time.
        resultTypes: withIncomplete ? ['violations', 'incomplete'] : ['violations'],
      });
      const plain = (list: Result[]) =>
        list.map((rule) => ({
          id: rule.id,
          impact: rule.impact,
          help: rule.help,
          helpUrl: rule.helpUrl,
          nodes: rule.nodes.map((node) => ({
            target: node.target.map(String).join(' >>> '),
            html: node.html.length > 160 ? `${node.html.slice(0, 157)}...` : node.html,
            summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
          })),
        }));
      return {
        violations: plain(results.violations),
        incomplete: withIncomplete ? plain(results.incomplete) : [],
      };
    },
    { runOnly: [...tags], withIncomplete: incomplete },
  );
}

/** One readable block per rule: id, impact, what it asks, then each element with axe's summary. */
export function formatFindings(findings: AxeFinding[], where: string): string {
  const nodes = findings.reduce((sum, finding) => sum + finding.nodes.length, 0);
  const lines = [`${findings.length} axe rule(s) failed on ${where} (${nodes} element(s)):`];
  for (const finding of findings) {
    lines.push('', `[${finding.impact ?? 'n/a'}] ${finding.id}: ${finding.help}`, `  ${finding.helpUrl}`);
    for (const node of finding.nodes) {
      lines.push(`  - ${node.target}`, `      ${node.html}`);
      if (node.summary) lines.push(`      ${node.summary}`);
    }
  }
  return lines.join('\n');
}
