import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HomePage, PlannedPage } from './walk';

/**
 * What the last run wrote, so the next one renders only what changed: each file with the key of the
 * data it was rendered from (server/prerender/walk.ts). A different build (the template's scripts and
 * styles) or config.json makes every key stale: all pages are rendered again.
 */

export const MANIFEST_FILE = '.lectern-prerender.json';

export type Manifest = {
  version: 1;
  /** The build and config the pages were rendered with. */
  stamp: string;
  /** By output file: the address and its key. */
  pages: Record<string, { path: string; key: string }>;
  /** The home list's pages (server/prerender/walk.ts), so an unchanged order costs no requests. */
  home?: { order: string; pages: HomePage[] };
};

export async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
    if (parsed.version !== 1 || typeof parsed.stamp !== 'string' || typeof parsed.pages !== 'object')
      return null;
    return parsed as Manifest;
  } catch {
    return null;
  }
}

export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  await writeFile(join(outDir, MANIFEST_FILE), JSON.stringify(manifest));
}

export type Plan = {
  /** Pages to render: new, or their key changed. */
  render: PlannedPage[];
  /** Pages whose file is current. */
  keep: PlannedPage[];
  /** Files of the last run whose address is gone. */
  remove: string[];
};

export function planRun(pages: readonly PlannedPage[], previous: Manifest | null, stamp: string): Plan {
  const old = previous && previous.stamp === stamp ? previous.pages : {};
  const render: PlannedPage[] = [];
  const keep: PlannedPage[] = [];
  for (const page of pages) {
    if (old[page.file]?.key === page.key) keep.push(page);
    else render.push(page);
  }
  const current = new Set(pages.map((page) => page.file));
  const remove = Object.keys(previous?.pages ?? {}).filter((file) => !current.has(file));
  return { render, keep, remove };
}
