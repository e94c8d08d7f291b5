import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useBlogQueries } from '../api/blog-api-context';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { PagedPosts, usePagedPosts } from '../components/paged-posts';
import { useBlog } from '../components/use-blog';
import { linkifyContact } from '../components/widgets/linkify-contact';
import { safeHttpUrl } from '../lib/safe-url';

export { profileLoader } from './page-loaders';

/** /profile/:authorId — Blogger's full profile page. */
export function ProfilePage() {
  const blog = useBlog();
  const authorId = useParams().authorId ?? '';
  const { data: author } = useSuspenseQuery(useBlogQueries().author(authorId));
  const posts = usePagedPosts({ authorId });
  return (
    <>
      <DocumentMeta
        title={`Profile of ${author.displayName}`}
        description={author.about.slice(0, 160)}
        blogTitle={blog.title}
      />
      <article className="profile">
        <PageHeading>{author.displayName}</PageHeading>
        {author.photo && safeHttpUrl(author.photo.url) ? (
          <img
            className="profile__photo"
            src={safeHttpUrl(author.photo.url) ?? undefined}
            width={author.photo.width * 1.5}
            height={author.photo.height * 1.5}
            alt={author.photo.alt || `Photo of ${author.displayName}`}
          />
        ) : null}
        <dl className="profile__facts">
          {author.location ? (
            <>
              <dt>Location</dt>
              <dd>{author.location}</dd>
            </>
          ) : null}
          {author.interests.length > 0 ? (
            <>
              <dt>Interests</dt>
              <dd>{author.interests.join(', ')}</dd>
            </>
          ) : null}
        </dl>
        <h2>About me</h2>
        <p>{linkifyContact(author.about, author.phone, author.email)}</p>
        {author.links.length > 0 ? (
          <>
            <h2>My web sites</h2>
            <ul>
              {author.links.map((link) => (
                <li key={link.url}>
                  <a href={safeHttpUrl(link.url) ?? undefined} rel="me noopener">
                    {link.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h2>Posts by {author.displayName}</h2>
        <PagedPosts page={posts} empty={`${author.displayName} has not published any posts yet.`} />
      </article>
    </>
  );
}
