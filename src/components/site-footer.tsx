import { Link } from 'react-router';
import type { Blog } from '../api/types';
import { FeedLinks } from './below-the-fold';

export function SiteFooter({ blog }: { blog: Blog }) {
  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <Link to="/">Home</Link> · <Link to="/archive">Archive</Link>
      </nav>
      <FeedLinks feeds={blog.feeds} subject="Posts" title={blog.title} />
      <p>{blog.title} · Powered by Lectern</p>
    </footer>
  );
}
