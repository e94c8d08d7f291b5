import { useQuery } from '@tanstack/react-query';
import { memo, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
import { useBlogQueries } from '../../api/blog-api-context';
import type { Label } from '../../api/types';
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
const LabelItems = memo(function LabelItems({ labels, base }: { labels: Label[]; base: string }) {
  return labels.map((label) => {
    const path = labelUrl(label.name);
    return (
      <li key={label.name}>
        <a href={base + path} data-path={path}>
          {label.name}
        </a>{' '}
        <span className="count">({label.count})</span>
      </li>
    );
  });
});

export function LabelsWidget() {
  // Not suspending, for the reason gadgets.tsx gives; a failure still reaches the widget's boundary.
  const { data: labels } = useQuery({ ...useBlogQueries().labels(), throwOnError: true });
  const navigate = useNavigate();
  // The router's basename, so hrefs match what <Link> would write.
  const base = useHref('/').replace(/\/$/, '');
  if (!labels) return <Skeleton label="Loading Labels" />;
  if (labels.length === 0) return <p>No labels yet.</p>;
  function onClick(event: MouseEvent<HTMLUListElement>) {
    if (event.defaultPrevented || !isPlainClick(event) || !(event.target instanceof Element)) return;
    const anchor = event.target.closest<HTMLAnchorElement>('a[data-path]');
    const path = anchor?.dataset.path;
    if (!path) return;
    event.preventDefault();
    void navigate(path);
  }
  return (
    // Delegated: the anchors stay the interactive elements, with their own keyboard behaviour (Enter clicks).
    <ul className="labels-widget" onClick={onClick}>
      <LabelItems labels={labels} base={base} />
    </ul>
  );
}
