import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useBlogQueries } from '../api/blog-api-context';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { PagedPosts, usePagedPosts } from '../components/paged-posts';
import { useBlog } from '../components/use-blog';
import { Message, useT } from '../i18n/language-context';
import { linkifyContact } from '../components/widgets/linkify-contact';
import { safeHttpUrl } from '../lib/safe-url';

export { profileLoader } from './page-loaders';

/** /profile/:authorId — Blogger's full profile page. */
export function ProfilePage() {
  const t = useT();
  const blog = useBlog();
  const authorId = useParams().authorId ?? '';
  const { data: author } = useSuspenseQuery(useBlogQueries().author(authorId));
  const posts = usePagedPosts({ authorId });
  return (
    <>
      <DocumentMeta
        title={t('gadgets.profile.title', { name: author.displayName })}
        description={author.about.slice(0, 160)}
        blogTitle={blog.title}
      />
      <article className="profile">
        <PageHeading>
          <bdi dir="auto">{author.displayName}</bdi>
        </PageHeading>
        {author.photo && safeHttpUrl(author.photo.url) ? (
          <img
            className="profile__photo"
            src={safeHttpUrl(author.photo.url) ?? undefined}
            width={author.photo.width * 1.5}
            height={author.photo.height * 1.5}
            alt={author.photo.alt || t('gadgets.author.photoAlt', { name: author.displayName })}
          />
        ) : null}
        <dl className="profile__facts">
          {author.location ? (
            <>
              <dt>{t('gadgets.profile.location')}</dt>
              <dd dir="auto">{author.location}</dd>
            </>
          ) : null}
          {author.interests.length > 0 ? (
            <>
              <dt>{t('gadgets.profile.interests')}</dt>
              <dd dir="auto">{author.interests.join(t('gadgets.list.separator'))}</dd>
            </>
          ) : null}
        </dl>
        <h2>{t('gadgets.profile.about')}</h2>
        <p dir="auto">{linkifyContact(author.about, author.phone, author.email)}</p>
        {author.links.length > 0 ? (
          <>
            <h2>{t('gadgets.profile.links')}</h2>
            <ul>
              {author.links.map((link) => (
                <li key={link.url}>
                  <a href={safeHttpUrl(link.url) ?? undefined} rel="me noopener" dir="auto">
                    {link.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h2>
          <Message
            id="gadgets.profile.postsBy"
            values={{ name: <bdi dir="auto">{author.displayName}</bdi> }}
          />
        </h2>
        <PagedPosts page={posts} empty={t('gadgets.profile.noPosts', { name: author.displayName })} />
      </article>
    </>
  );
}
