import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useBlogQueries } from '../../api/blog-api-context';
import { useT } from '../../i18n/language-context';
import { profileUrl, searchUrl } from '../../lib/paths';
import { linkifyContact } from './linkify-contact';
import { safeHttpUrl } from '../../lib/safe-url';

/** Blogger's About Me gadget: photo, name, location, bio with contact links, and the full profile link. */
export function AuthorCard({ authorId }: { authorId: string }) {
  const t = useT();
  const { data: author } = useSuspenseQuery(useBlogQueries().author(authorId));
  return (
    <div className="author-card">
      {author.photo && safeHttpUrl(author.photo.url) ? (
        <img
          className="author-card__photo"
          src={safeHttpUrl(author.photo.url) ?? undefined}
          width={author.photo.width}
          height={author.photo.height}
          alt={author.photo.alt || t('gadgets.author.photoAlt', { name: author.displayName })}
        />
      ) : null}
      <p className="author-card__name">
        <Link to={profileUrl(author.id)} dir="auto">
          {author.displayName}
        </Link>
      </p>
      {author.location ? (
        <p className="author-card__location">
          <Link
            to={searchUrl(author.location)}
            rel="nofollow"
            dir="auto"
            aria-label={t('gadgets.author.postsMentioning', { place: author.location })}
          >
            {author.location}
          </Link>
        </p>
      ) : null}
      <p className="author-card__about" dir="auto">
        {linkifyContact(author.about, author.phone, author.email)}
      </p>
      <p>
        <Link to={profileUrl(author.id)}>{t('gadgets.author.fullProfile')}</Link>
      </p>
    </div>
  );
}
