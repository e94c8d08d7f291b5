/**
 * The parts whose code downloads on demand (onDemand() in src/components/on-demand.tsx), by name, and
 * how to load them: the server loads every one before it renders (loadAllOnDemand); the browser, before
 * it hydrates, loads those the server drew (loadRecordedOnDemand), so its first render draws the same.
 */

type Loader = () => Promise<unknown>;

const registry = new Map<string, Loader>();

/** A part's loader under its name; a module evaluated again (hot reload in development) replaces it. */
export function registerOnDemand(name: string, load: Loader): void {
  registry.set(name, load);
}

/** Server: every part registered so far, loaded (a page then never draws a placeholder for lack of code). */
export async function loadAllOnDemand(): Promise<void> {
  await Promise.all([...registry.values()].map((load) => load()));
}

/**
 * Browser, before hydrating: the parts the server drew. A name not registered yet belongs to a module
 * that has not loaded (it would be a bug in the route's lazy parts): it is skipped, and React then
 * reports the difference instead of this hiding it.
 */
export async function loadRecordedOnDemand(names: readonly string[]): Promise<void> {
  await Promise.all(names.map((name) => registry.get(name)?.()));
}
