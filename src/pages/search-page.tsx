import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { PagedPosts, usePagedPosts } from '../components/paged-posts';
import { useBlog } from '../components/use-blog';
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
  const page = usePagedPosts({ query });
  return (
    <>
      <p className="search-summary" role="status">
        {page.items.length === 0
          ? `No posts match “${query}”.`
          : page.total !== undefined
            ? `${page.total} ${page.total === 1 ? 'post matches' : 'posts match'} “${query}”.`
            : `Posts matching “${query}”.`}
      </p>
      <PagedPosts page={page} empty="Try other words, or browse the labels and the archive." />
    </>
  );
}

/** /search?q=… */
export function SearchPage() {
  const blog = useBlog();
  const [search] = useSearchParams();
  const query = queryOf(search);
  const title = query ? `Search results for “${query}”` : 'Search';
  return (
    <>
      <DocumentMeta
        title={title}
        description={`Search the posts of ${blog.title}.`}
        blogTitle={blog.title}
        noindex
      />
      <PageHeading>{title}</PageHeading>
      {query ? <SearchResults query={query} /> : <p>Type words in the search box to find posts.</p>}
    </>
  );
}
