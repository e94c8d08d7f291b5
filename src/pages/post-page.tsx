import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, redirect, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useBlogQueries, useCapabilities } from '../api/blog-api-context';
import { formatNumber } from '../i18n/format';
import { Message, useT } from '../i18n/language-context';
import { FeedLinks, RelatedPosts, ShareButtons } from '../components/below-the-fold';
import { CommentsSection, loadCommentsSection } from '../components/comments/lazy-comments-section';
import { PostDocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { PostLink } from '../components/post-link';
import { PostMeta } from '../components/post-meta';
import { PasswordForm, useUnlockResult } from '../components/protected-post';
import { SanitizedHtml } from '../components/sanitized-html';
import { useBlog } from '../components/use-blog';
import { Skeleton, WidgetBoundary } from '../components/widget-boundary';
import { postPageUrl, requestedPostPage, splitPost } from '../api/post-pages';
import { ARCHIVE_TITLES_PER_PAGE } from '../api/queries';
import type { PostPath } from '../api/types';
import { formatDateHeader } from '../lib/dates';
import { parsePostPath, postUrl } from '../lib/paths';
import { TranslatedRegion } from '../translate/translated-region';
import { useTranslatedPost } from '../translate/translation-context';
import { ignore, notFound, type RouteDeps } from './route-deps';

export function postLoader({ queryClient, queries, capabilities, archiveStyle = 'hierarchy' }: RouteDeps) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const path = parsePostPath(params);
    if (!path) throw notFound('No post at this address');
    const comments = capabilities.comments !== 'none';
    // The comments' code downloads alongside the post (a failure shows where the comments go).
    if (comments) void loadCommentsSection().catch(ignore);
    const post = await queryClient.query(queries.post(path));
    // Found under another year or month (an old link, a date edited since), or without its `.html`
    // (WordPress's month-and-name permalink, /2020/09/slug/): the post's own address, a 301 on the
    // server, so links and search rankings follow it.
    // A split post (<!--nextpage-->): ?page=2…N are its pages; ?page=1 or a page it does not have is the
    // plain address. A protected post's pages are unknown until it is unlocked: its ?page is kept.
    const raw = new URL(request.url).searchParams.get('page');
    const page = post.protected ? 1 : requestedPostPage(raw, splitPost(post.html).pages.length);
    const moved = post.year !== path.year || post.month !== path.month || post.slug !== path.slug;
    if (moved || !params.slug?.endsWith('.html') || page === null) {
      throw redirect(postPageUrl(postUrl(post), page ?? 1), 301);
    }
    // The Blog Archive opens at the post's month and lists its posts: started now too, so the server
    // draws them with the page and the browser does not ask again after hydrating.
    if (archiveStyle === 'hierarchy') {
      void queryClient
        .query(queries.posts({ year: post.year, month: post.month }, null, ARCHIVE_TITLES_PER_PAGE))
        .catch(ignore);
    }
    // Comments and the author card are below the fold or beside it: started now, not waited for. A
    // password-protected post's comments need its password (the password form's action loads them).
    if (comments && !post.protected) void queryClient.infiniteQuery(queries.comments(post.id)).catch(ignore);
    void queryClient.query(queries.author(post.author.id)).catch(ignore);
    if (capabilities.labels && post.labels.length > 0) {
      void queryClient.query(queries.relatedPosts(post)).catch(ignore);
    }
    return null;
  };
}

/** "Pages: 1 2 3" inside a split post: the current page is marked, not linked. */
function PostPages({ postPath, count, current }: { postPath: string; count: number; current: number }) {
  const t = useT();
  return (
    <nav className="post-pages" aria-label={t('posts.pages.nav')}>
      <Message
        id="posts.pages.list"
        values={{
          pages: Array.from({ length: count }, (_, i) => i + 1).map((n) => (
            <span key={n}>
              {n === current ? (
                <strong aria-current="page">{formatNumber(n, t.locale)}</strong>
              ) : (
                <Link to={postPageUrl(postPath, n)}>{formatNumber(n, t.locale)}</Link>
              )}{' '}
            </span>
          )),
        }}
      />
    </nav>
  );
}

function PostArticle({ path }: { path: PostPath }) {
  const t = useT();
  const blog = useBlog();
  const capabilities = useCapabilities();
  const { data: loaded } = useSuspenseQuery(useBlogQueries().post(path));
  // A password-protected post, once its password form has been answered (protected-post.tsx).
  const answer = useUnlockResult();
  const unlocked = answer && 'unlocked' in answer && answer.unlocked.id === loaded.id ? answer : null;
  const post = unlocked?.unlocked ?? loaded;
  const locked = post.protected === true && !unlocked;
  // A split post shows one page (the loader sent any other ?page to the plain address).
  const { pages } = splitPost(post.html);
  const asked = requestedPostPage(useSearchParams()[0].get('page'), pages.length) ?? 1;
  const page = Math.min(asked, pages.length);
  const pageHtml = pages[page - 1] ?? '';
  // Translate widget (src/translate): the title and this page's body in the reader's chosen language.
  const translated = useTranslatedPost({ id: post.id, title: post.title, html: pageHtml }, blog.locale);
  return (
    <>
      <PostDocumentMeta post={post} page={page} />
      <article className="post" aria-labelledby="post-title">
        <p className="date-header">
          <time dateTime={post.published}>
            {formatDateHeader(post.published, blog.locale, blog.timeZone)}
          </time>
        </p>
        <TranslatedRegion translation={translated}>
          <PageHeading className="post__title">
            <span id="post-title">{translated?.title ?? post.title}</span>
          </PageHeading>
          {locked ? (
            <PasswordForm error={answer && 'error' in answer ? answer.error : null} title={post.title} />
          ) : (
            <SanitizedHtml className="post__body" kind="post" html={translated?.html ?? pageHtml} />
          )}
        </TranslatedRegion>
        {pages.length > 1 && !locked ? (
          <PostPages postPath={postUrl(post)} count={pages.length} current={page} />
        ) : null}
        <PostMeta post={post} />
        <ShareButtons title={post.title} path={postUrl(post)} />
      </article>
      <nav className="pager post-pager" aria-label={t('posts.pager.nav')}>
        {post.newer ? (
          <PostLink
            className="pager__newer"
            post={post.newer}
            rel="prev"
            aria-label={t('posts.pager.newerLabel', { title: post.newer.title })}
          >
            {t('posts.pager.newer')}
          </PostLink>
        ) : (
          <span />
        )}
        <Link className="pager__home" to="/">
          {t('posts.pager.home')}
        </Link>
        {post.older ? (
          <PostLink
            className="pager__older"
            post={post.older}
            rel="next"
            aria-label={t('posts.pager.olderLabel', { title: post.older.title })}
          >
            {t('posts.pager.older')}
          </PostLink>
        ) : (
          <span />
        )}
      </nav>
      <RelatedPosts post={post} />
      {capabilities.comments !== 'none' && !locked ? (
        <WidgetBoundary loading={<Skeleton label={t('comments.section.loading')} />}>
          <CommentsSection
            postId={post.id}
            commentCount={post.commentCount}
            open={post.commentsOpen !== false}
            password={unlocked?.password}
          />
        </WidgetBoundary>
      ) : null}
      <FeedLinks
        feeds={post.commentFeeds}
        subject="comments"
        title={t('chrome.feeds.commentsTitle', { title: post.title })}
        className="feed-links post-comment-feeds"
      />
    </>
  );
}

export function PostPage() {
  const path = parsePostPath(useParams());
  if (!path) return null;
  return <PostArticle key={`${path.year}/${path.month}/${path.slug}`} path={path} />;
}
