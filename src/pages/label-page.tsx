import { useParams } from 'react-router';
import { DocumentMeta } from '../components/document-meta';
import { labelUrl } from '../lib/paths';
import { PageHeading } from '../components/page-heading';
import { PagedPosts, usePagedPosts } from '../components/paged-posts';
import { useBlog } from '../components/use-blog';
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
  const blog = useBlog();
  const label = useParams().label ?? '';
  const page = usePagedPosts({ label });
  return (
    <>
      <DocumentMeta
        title={`Posts labeled ${label}`}
        description={`Posts of ${blog.title} labeled ${label}.`}
        blogTitle={blog.title}
        canonicalPath={labelUrl(label)}
      />
      <PageHeading>Showing posts with label {label}</PageHeading>
      <PagedPosts page={page} empty={`No posts have the label “${label}”.`} />
    </>
  );
}
