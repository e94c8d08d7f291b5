import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useBlogQueries } from '../../api/blog-api-context';
import { profileUrl, searchUrl } from '../../lib/paths';
import { linkifyContact } from './linkify-contact';
import { safeHttpUrl } from '../../lib/safe-url';

/** Blogger's About Me gadget: photo, name, location, bio with contact links, and the full profile link. */
export function AuthorCard({ authorId }: { authorId: string }) {
  const { data: author } = useSuspenseQuery(useBlogQueries().author(authorId));
  return (
    <div className="author-card">
      {author.photo && safeHttpUrl(author.photo.url) ? (
        <img
          className="author-card__photo"
          src={safeHttpUrl(author.photo.url) ?? undefined}
          width={author.photo.width}
          height={author.photo.height}
          alt={author.photo.alt || `Photo of ${author.displayName}`}
        />
      ) : null}
      <p className="author-card__name">
        <Link to={profileUrl(author.id)}>{author.displayName}</Link>
      </p>
      {author.location ? (
        <p className="author-card__location">
          <Link
            to={searchUrl(author.location)}
            rel="nofollow"
            aria-label={`Posts mentioning ${author.location}`}
          >
            {author.location}
          </Link>
        </p>
      ) : null}
      <p className="author-card__about">{linkifyContact(author.about, author.phone, author.email)}</p>
      <p>
        <Link to={profileUrl(author.id)}>View my complete profile</Link>
      </p>
    </div>
  );
}
