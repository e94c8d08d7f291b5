import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { PagedPosts, usePagedPosts } from '../components/paged-posts';
import { useBlog } from '../components/use-blog';
import { useT } from '../i18n/language-context';
import type { RouteDeps } from './route-deps';
import { postsLoader } from './posts-loader';

function queryOf(search: URLSearchParams): string {
  return (search.get('q') ?? '').trim();
}

export function searchLoader(deps: RouteDeps) {
  const load = postsLoader(deps, ({ request }) => ({ query: queryOf(new URL(request.url).searchParams) }));
  return async (args: LoaderFunctionArgs) => {
    // An empty search asks nothing of the backend: the page just invites the reader to type.
    if (!queryOf(new URL(args.request.url).searchParams)) return null;
    return load(args);
  };
}

function SearchResults({ query }: { query: string }) {
  const t = useT();
  const page = usePagedPosts({ query });
  return (
    <>
      <p className="search-summary" role="status">
        {page.items.length === 0
          ? t('chrome.search.none', { query })
          : page.total !== undefined
            ? t('chrome.search.count', { count: page.total, query })
            : t('chrome.search.matching', { query })}
      </p>
      <PagedPosts page={page} empty={t('chrome.search.empty')} />
    </>
  );
}

/** /search?q=… */
export function SearchPage() {
  const t = useT();
  const blog = useBlog();
  const [search] = useSearchParams();
  const query = queryOf(search);
  const title = query ? t('chrome.search.resultsTitle', { query }) : t('chrome.search.title');
  return (
    <>
      <DocumentMeta
        title={title}
        description={t('chrome.search.description', { blog: blog.title })}
        blogTitle={blog.title}
        noindex
      />
      <PageHeading>{title}</PageHeading>
      {query ? <SearchResults query={query} /> : <p>{t('chrome.search.invite')}</p>}
    </>
  );
}
