/**
 * Every benchmark reports its figures the same way: one JSON file per bench file under
 * bench/results/, which scripts/bench.mjs gathers into the table. A figure knows its target, so the
 * table (and the test) can say pass or fail.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './stage';

export type Figure = {
  /** Which target of issue 8 it belongs to, e.g. "2 Lighthouse". */
  group: string;
  name: string;
  value: number;
  unit: string;
  /** `max`: value must be ≤ target; `min`: ≥ target; `info`: reported, not judged. */
  kind: 'max' | 'min' | 'info';
  target?: number;
  note?: string;
};

export function passes(figure: Figure): boolean {
  if (figure.kind === 'info' || figure.target === undefined) return true;
  if (Number.isNaN(figure.value)) return false;
  return figure.kind === 'max' ? figure.value <= figure.target : figure.value >= figure.target;
}

export function writeFigures(file: string, figures: Figure[]): void {
  writeFileSync(join(RESULTS_DIR, `figures-${file}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}

/** Figures that missed, as one readable line each (for a failing expect). */
export function misses(figures: Figure[]): string[] {
  return figures
    .filter((figure) => !passes(figure))
    .map(
      (f) =>
        `${f.group} · ${f.name}: ${f.value} ${f.unit} (target ${f.kind === 'max' ? '≤' : '≥'} ${f.target})`,
    );
}
