import { staticPageUrl } from '../lib/paths';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { useBlogQueries } from '../api/blog-api-context';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { SanitizedHtml } from '../components/sanitized-html';
import { useBlog } from '../components/use-blog';
import { useT } from '../i18n/language-context';
import { notFound, type RouteDeps } from './route-deps';

function slugOf(raw: string | undefined): string {
  return (raw ?? '').replace(/\.html$/, '');
}

export function staticPageLoader({ queryClient, queries, capabilities }: RouteDeps) {
  return async ({ params }: LoaderFunctionArgs) => {
    if (!capabilities.pages) throw notFound('This blog has no pages');
    await queryClient.query(queries.staticPage(slugOf(params.slug)));
    return null;
  };
}

/** /p/:slug and /p/:slug.html */
export function StaticPage() {
  const t = useT();
  const blog = useBlog();
  const slug = slugOf(useParams().slug);
  const { data: page } = useSuspenseQuery(useBlogQueries().staticPage(slug));
  return (
    <article className="post">
      <DocumentMeta
        title={page.title}
        description={t('chrome.page.description', { page: page.title, blog: blog.title })}
        blogTitle={blog.title}
        canonicalPath={staticPageUrl(page.slug)}
      />
      <PageHeading>{page.title}</PageHeading>
      <SanitizedHtml className="post__body" kind="post" html={page.html} />
    </article>
  );
}
