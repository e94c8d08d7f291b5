import { Link } from 'react-router';
import type { Blog } from '../api/types';
import { ColorSchemeToggle } from './color-scheme-toggle';
import './site-header.css';

export function SiteHeader({ blog }: { blog: Blog }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header__tools">
        <ColorSchemeToggle />
      </div>
      <p className="site-header__title">
        <Link to="/">{blog.title}</Link>
      </p>
      {blog.description ? <p className="site-header__description">{blog.description}</p> : null}
    </header>
  );
}
