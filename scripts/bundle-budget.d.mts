/** Types for scripts/bundle-budget.mjs (plain Node ESM, JSDoc-typed), for TypeScript importers. */

export type MeasuredFile = { file: string; bytes: number; gzip: number };
export type MeasuredSet = { files: MeasuredFile[]; bytes: number; gzip: number };
/** Gzipped bytes; KB = 1,000 bytes. */
export type Budgets = { jsGzip: number; cssGzip: number };
export type FirstLoad = { js: MeasuredSet; css: MeasuredSet; budgets: Budgets; ok: boolean };

export declare const BUDGETS: Readonly<Budgets>;
export declare const POST_FIRST_LOAD_MODULES: readonly string[];

/** Measures the first load of a post in a production build (the dist dir holding .vite/manifest.json). */
export declare function measureFirstLoad(
  distDir: string,
  options?: { budgets?: Budgets; modules?: readonly string[] },
): FirstLoad;

/** The report the command line prints: one row per file, then the totals against the budgets. */
export declare function formatReport(result: FirstLoad): string;
