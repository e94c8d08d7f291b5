/** Types for scripts/bundle-budget.mjs (plain Node ESM, JSDoc-typed), for TypeScript importers. */

export type MeasuredFile = { file: string; bytes: number; gzip: number };
export type MeasuredSet = { files: MeasuredFile[]; bytes: number; gzip: number };
/** Gzipped bytes; KB = 1,000 bytes. */
export type Budgets = { jsGzip: number; cssGzip: number };
/** `ok`: within the enforced budgets; `meetsTarget`: within the targets as well. */
export type FirstLoad = {
  js: MeasuredSet;
  css: MeasuredSet;
  budgets: Budgets;
  targets: Budgets;
  ok: boolean;
  meetsTarget: boolean;
};

/** The targets: reported, not enforced. */
export declare const TARGETS: Readonly<Budgets>;
/** The enforced budgets: a ratchet just above the measured first load. */
export declare const BUDGETS: Readonly<Budgets>;
export declare const POST_FIRST_LOAD_MODULES: readonly string[];

/** Measures the first load of a post in a production build (the dist dir holding .vite/manifest.json). */
export declare function measureFirstLoad(
  distDir: string,
  options?: { budgets?: Budgets; targets?: Budgets; modules?: readonly string[] },
): FirstLoad;

/** The report the command line prints: one row per file, then the totals against budgets and targets. */
export declare function formatReport(result: FirstLoad): string;
