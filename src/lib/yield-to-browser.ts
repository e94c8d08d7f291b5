/*
 * Long start-up work in steps, each its own task: between them the browser paints, answers input and
 * keeps every task short (a task over 50 ms counts against Total Blocking Time).
 */

type Scheduler = { yield(): Promise<void> };

/** Resolves in a new task: `scheduler.yield()` where the browser has it (it keeps its place), else a timer. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
