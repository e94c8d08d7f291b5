import { Link } from 'react-router';
import { useTheme } from '../api/blog-api-context';
import type { Blog } from '../api/types';
import { useT } from '../i18n/language-context';
import { ColorSchemeToggle } from './color-scheme-toggle';
import './site-header.css';

export function SiteHeader({ blog }: { blog: Blog }) {
  // config.json's theme: a header image above the title, a logo beside it or in its place.
  const { logo, headerImage } = useTheme();
  const t = useT();
  const logoImage = logo ? (
    <img
      className="site-header__logo"
      src={logo.url}
      // Beside the title it is decoration; in its place, it is the home link's whole name.
      alt={logo.placement === 'instead' ? logo.alt : ''}
      width={logo.width}
      height={logo.height}
    />
  ) : null;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('chrome.header.skip')}
      </a>
      <div className="site-header__tools">
        <ColorSchemeToggle />
      </div>
      {headerImage ? (
        <img
          className="site-header__image"
          src={headerImage.url}
          alt=""
          width={headerImage.width}
          height={headerImage.height}
        />
      ) : null}
      <p className={logo ? 'site-header__title site-header__title--logo' : 'site-header__title'} dir="auto">
        {logo?.placement === 'instead' ? (
          <Link to="/">{logoImage}</Link>
        ) : (
          <>
            {logoImage}
            <Link to="/">{blog.title}</Link>
          </>
        )}
      </p>
      {blog.description ? (
        <p className="site-header__description" dir="auto">
          {blog.description}
        </p>
      ) : null}
    </header>
  );
}
