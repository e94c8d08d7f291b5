import { Link } from 'react-router';
import { DocumentMeta } from '../components/document-meta';
import { PageHeading } from '../components/page-heading';
import { useBlog } from '../components/use-blog';
import { Message, useT } from '../i18n/language-context';

export function NotFoundContent() {
  const t = useT();
  const blog = useBlog();
  return (
    <>
      <DocumentMeta
        title={t('errors.notFound.title')}
        description={t('errors.notFound.detail')}
        blogTitle={blog.title}
        noindex
      />
      <PageHeading>{t('errors.notFound.title')}</PageHeading>
      <p>{t('chrome.notFound.sorry')}</p>
      <p>
        <Message
          id="chrome.notFound.links"
          values={{
            home: <Link to="/">{t('errors.goHome')}</Link>,
            archive: <Link to="/archive">{t('chrome.notFound.archive')}</Link>,
          }}
        />
      </p>
    </>
  );
}
