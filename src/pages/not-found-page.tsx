import { Link } from 'react-router';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { useBlog } from '../components/use-blog';

export function NotFoundContent() {
  const blog = useBlog();
  return (
    <>
      <DocumentMeta
        title="Page not found"
        description="There is nothing at this address."
        blogTitle={blog.title}
        noindex
      />
      <PageHeading>Page not found</PageHeading>
      <p>Sorry, the page you were looking for in this blog does not exist.</p>
      <p>
        <Link to="/">Go to the home page</Link> or <Link to="/archive">browse the archive</Link>.
      </p>
    </>
  );
}
