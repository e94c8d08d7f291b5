import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useBlogQueries, useLayoutSettings } from '../api/blog-api-context';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { Pager } from '../components/pager';
import { PostList } from '../components/post-list';
import { useBlog } from '../components/use-blog';
import { useT } from '../i18n/language-context';
import { currentCursor } from '../lib/cursor-trail';

import { HOME_FILTER } from './page-loaders';

export { homeLoader } from './page-loaders';

export function HomePage() {
  const t = useT();
  const blog = useBlog();
  const [search] = useSearchParams();
  const cursor = currentCursor(search);
  const { data } = useSuspenseQuery(useBlogQueries().posts(HOME_FILTER, cursor));
  // config.json's layout.posts.home: snippets (Blogger's summaries) or each body up to its jump break.
  const full = useLayoutSettings().posts.home === 'full';
  return (
    <>
      <DocumentMeta
        title={cursor ? t('chrome.home.older') : null}
        description={blog.description}
        blogTitle={blog.title}
      />
      <PageHeading className="page-heading--quiet">
        {t(cursor ? 'chrome.home.older' : 'chrome.home.latest')}
      </PageHeading>
      {data.items.length === 0 ? (
        <p>{t('chrome.home.empty')}</p>
      ) : (
        <PostList posts={data.items} full={full} />
      )}
      <Pager next={data.next} />
    </>
  );
}
