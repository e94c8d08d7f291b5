import { useParams } from 'react-router';
import { DocumentMeta } from '../components/document-meta';
import { labelUrl } from '../lib/paths';
import { PageHeading } from '../components/page-heading';
import { PagedPosts, usePagedPosts } from '../components/paged-posts';
import { useBlog } from '../components/use-blog';
import { Message, useT } from '../i18n/language-context';
import { notFound, type RouteDeps } from './route-deps';
import { postsLoader } from './posts-loader';

export function labelLoader(deps: RouteDeps) {
  return postsLoader(deps, ({ params }) => ({ label: params.label ?? '' }), {
    // A label no post carries is an address that does not exist, as on Blogger.
    check: (page, cursor) => {
      if (cursor === null && page.items.length === 0) throw notFound('No posts with this label');
    },
  });
}

/** /search/label/:label and /label/:label */
export function LabelPage() {
  const t = useT();
  const blog = useBlog();
  const label = useParams().label ?? '';
  const page = usePagedPosts({ label });
  return (
    <>
      <DocumentMeta
        title={t('chrome.label.title', { label })}
        description={t('chrome.label.description', { blog: blog.title, label })}
        blogTitle={blog.title}
        canonicalPath={labelUrl(label)}
      />
      <PageHeading>
        <Message id="chrome.label.heading" values={{ label: <bdi>{label}</bdi> }} />
      </PageHeading>
      <PagedPosts page={page} empty={t('chrome.label.empty', { label })} />
    </>
  );
}
