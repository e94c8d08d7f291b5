import { useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue, useId, useMemo, useState, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
import { useBlogQueries } from '../../api/blog-api-context';
import type { Label } from '../../api/types';
import { useT } from '../../i18n/language-context';
import { labelUrl } from '../../lib/paths';
import { Skeleton } from '../widget-boundary';

/** A plain left click, which the app handles; anything else (new tab, download…) is the browser's. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

/*
 * A blog can have hundreds of labels: one router <Link> per label (each with its own hooks and
 * handlers) took over half a second to render 500 on a slow machine. Plain anchors with one delegated
 * click handler on the list render the same links and navigate the same way.
 */
const LabelItems = memo(function LabelItems({
  labels,
  base,
  shown,
  counts,
  sizes,
}: {
  labels: Label[];
  base: string;
  /** The labels to show, or null for all of them; the others are drawn hidden. */
  shown: ReadonlySet<Label> | null;
  counts: boolean;
  /** The cloud's size step (1–5) per label; null for a list. */
  sizes: ReadonlyMap<Label, number> | null;
}) {
  const t = useT();
  return labels.map((label) => {
    const path = labelUrl(label.name);
    const size = sizes?.get(label);
    return (
      <li
        key={label.name}
        hidden={shown !== null && !shown.has(label)}
        className={size ? `labels-cloud__size-${size}` : undefined}
      >
        <a href={base + path} data-path={path} dir="auto">
          {label.name}
        </a>
        {/* One text node for " (12)", not four: with hundreds of labels, DOM nodes are most of the cost. */}
        {counts ? <span className="count">{` ${t('gadgets.count', { count: label.count })}`}</span> : null}
      </li>
    );
  });
});

export type LabelsSettings = {
  display: 'list' | 'cloud';
  sort: 'alphabetical' | 'frequency';
  counts: boolean;
  /** Only these labels (config.json's chosen ones), in the chosen sort; all when absent. */
  labels?: string[] | undefined;
};

const DEFAULT_LABELS_SETTINGS: LabelsSettings = { display: 'list', sort: 'alphabetical', counts: true };

/** The labels config.json chose, in its sort: alphabetical as the backend lists them, or most used first. */
export function arrangeLabels(labels: Label[], settings: LabelsSettings): Label[] {
  const chosen = settings.labels ? new Set(settings.labels.map((name) => name.toLowerCase())) : null;
  const kept = chosen ? labels.filter((label) => chosen.has(label.name.toLowerCase())) : labels;
  if (settings.sort === 'frequency') return [...kept].sort((a, b) => b.count - a.count);
  return [...kept].sort((a, b) => a.name.localeCompare(b.name));
}

/** Five size steps for a cloud, by the share of the most used label's count (Blogger's cloud). */
function cloudSizes(labels: Label[]): Map<Label, number> {
  const max = Math.max(1, ...labels.map((label) => label.count));
  return new Map(labels.map((label) => [label, 1 + Math.round((4 * label.count) / max)]));
}

/**
 * How many labels show before "Show all": a blog can have hundreds, and a sidebar of hundreds of lines
 * is hard to scan and, on a first load, half the page's render (docs/performance.md#benchmarks).
 */
export const LABELS_SHOWN_AT_FIRST = 20;

/** The most used labels (ties: the first in the list). */
function mostUsed(labels: Label[], count: number): Set<Label> {
  return new Set(
    labels
      .map((label, index) => ({ label, index }))
      .sort((a, b) => b.label.count - a.label.count || a.index - b.index)
      .slice(0, count)
      .map(({ label }) => label),
  );
}

export function LabelsWidget({ settings = DEFAULT_LABELS_SETTINGS }: { settings?: LabelsSettings }) {
  // Not suspending, for the reason ../on-demand.tsx gives; a failure still reaches the widget's boundary.
  const { data: all } = useQuery({ ...useBlogQueries().labels(), throwOnError: true });
  const labels = useMemo(() => (all ? arrangeLabels(all, settings) : null), [all, settings]);
  const t = useT();
  if (!labels) return <Skeleton label={t('gadgets.loading', { title: t('gadgets.title.labels') })} />;
  if (labels.length === 0) return <p>{t('gadgets.labels.empty')}</p>;
  return <LabelList labels={labels} settings={settings} />;
}

function LabelList({ labels, settings }: { labels: Label[]; settings: LabelsSettings }) {
  const t = useT();
  const navigate = useNavigate();
  // The router's basename, so hrefs match what <Link> would write.
  const base = useHref('/').replace(/\/$/, '');
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  const collapsible = labels.length > LABELS_SHOWN_AT_FIRST;
  const first = useMemo(
    () => (collapsible ? mostUsed(labels, LABELS_SHOWN_AT_FIRST) : null),
    [labels, collapsible],
  );
  // The first render draws the most used labels only; the others follow, hidden, in a background
  // render just after, so the page shows sooner and "Show all" has only to reveal them.
  const drawAll = useDeferredValue(true, false) || showAll;
  const drawn = useMemo(
    () => (first && !drawAll ? labels.filter((label) => first.has(label)) : labels),
    [labels, first, drawAll],
  );
  const cloud = settings.display === 'cloud';
  const sizes = useMemo(() => (cloud ? cloudSizes(labels) : null), [labels, cloud]);

  function onClick(event: MouseEvent<HTMLUListElement>) {
    if (event.defaultPrevented || !isPlainClick(event) || !(event.target instanceof Element)) return;
    const anchor = event.target.closest<HTMLAnchorElement>('a[data-path]');
    const path = anchor?.dataset.path;
    if (!path) return;
    event.preventDefault();
    void navigate(path);
  }
  return (
    <>
      {/* Delegated: the anchors stay the interactive elements, with their own keyboard behaviour (Enter clicks). */}
      <ul id={listId} className={cloud ? 'labels-widget labels-cloud' : 'labels-widget'} onClick={onClick}>
        <LabelItems
          labels={drawn}
          base={base}
          shown={showAll ? null : first}
          counts={settings.counts}
          sizes={sizes}
        />
      </ul>
      {collapsible ? (
        // Stays where it is when pressed, so a keyboard user's focus stays on it.
        <button
          type="button"
          className="labels-widget__more"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll((all) => !all)}
        >
          {showAll ? t('gadgets.labels.showFewer') : t('gadgets.labels.showAll', { count: labels.length })}
        </button>
      ) : null}
    </>
  );
}
