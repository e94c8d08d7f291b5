import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useBlogQueries } from '../api/blog-api-context';
import type { Page, PostFilter, PostSummary } from '../api/types';
import { currentCursor } from '../lib/cursor-trail';
import { Pager } from './pager';
import { PostList } from './post-list';

/** Reads one page of a filtered post list, at the cursor the URL names (the route's loader has warmed it). */
/** Without `limit`, config.json's posts per page (the queries' own default). */
export function usePagedPosts(filter: PostFilter, limit?: number): Page<PostSummary> {
  const [search] = useSearchParams();
  return useSuspenseQuery(useBlogQueries().posts(filter, currentCursor(search), limit)).data;
}

export function PagedPosts({ page, empty }: { page: Page<PostSummary>; empty: string }) {
  return (
    <>
      {page.items.length === 0 ? <p className="empty">{empty}</p> : <PostList posts={page.items} />}
      <Pager next={page.next} />
    </>
  );
}
