import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useBlogQueries } from '../../api/blog-api-context';
import { labelUrl } from '../../lib/paths';

export function LabelsWidget() {
  const { data: labels } = useSuspenseQuery(useBlogQueries().labels());
  if (labels.length === 0) return <p>No labels yet.</p>;
  return (
    <ul className="labels-widget">
      {labels.map((label) => (
        <li key={label.name}>
          <Link to={labelUrl(label.name)}>{label.name}</Link> <span className="count">({label.count})</span>
        </li>
      ))}
    </ul>
  );
}
