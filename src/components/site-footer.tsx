import { Link } from 'react-router';
import type { Blog } from '../api/types';

export function SiteFooter({ blog }: { blog: Blog }) {
  const feeds = [
    ['Atom', blog.feeds.atom],
    ['RSS', blog.feeds.rss],
    ['JSON Feed', blog.feeds.json],
  ].filter((entry): entry is [string, string] => Boolean(entry[1]));
  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <Link to="/">Home</Link> · <Link to="/archive">Archive</Link>
        {feeds.length > 0 ? ' · Subscribe to: ' : null}
        {feeds.map(([name, url], index) => (
          <span key={name}>
            {index > 0 ? ', ' : null}
            <a href={url}>Posts ({name})</a>
          </span>
        ))}
      </nav>
      <p>{blog.title} · Powered by Lectern</p>
    </footer>
  );
}
