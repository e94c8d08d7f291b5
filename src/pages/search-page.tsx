import { useSearchParams } from 'react-router';
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
  return postsLoader(deps, ({ request }) => ({ query: queryOf(new URL(request.url).searchParams) }));
}

/** /search?q=… */
export function SearchPage() {
  const blog = useBlog();
  const [search] = useSearchParams();
  const query = queryOf(search);
  const page = usePagedPosts({ query });
  const title = query ? `Search results for “${query}”` : 'Search';
  return (
    <>
      <DocumentMeta title={title} description={`Search the posts of ${blog.title}.`} blogTitle={blog.title} />
      <PageHeading>{title}</PageHeading>
      <PagedPosts page={page} empty={query ? `No posts match “${query}”.` : 'Type words to search for.'} />
    </>
  );
}
