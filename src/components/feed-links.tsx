import type { Feeds } from '../api/types';
import { Message, useT } from '../i18n/language-context';

const FORMATS = [
  { key: 'atom', name: 'Atom', type: 'application/atom+xml' },
  { key: 'rss', name: 'RSS', type: 'application/rss+xml' },
  { key: 'json', name: 'JSON Feed', type: 'application/feed+json' },
] as const;

function available(feeds: Feeds | undefined) {
  return FORMATS.flatMap((format) => {
    const url = feeds?.[format.key];
    return url ? [{ ...format, url }] : [];
  });
}

/**
 * Blogger's "Subscribe to: Posts (Atom)", plus the same feeds as <link rel="alternate"> (React 19
 * hoists them into <head>) so feed readers and browsers find them from any page. Only feeds the
 * backend has are listed; their URLs were checked to be http(s) in the adapter.
 */
export function FeedLinks({
  feeds,
  subject,
  title,
  className = 'feed-links',
}: {
  feeds: Feeds | undefined;
  /** What the feed carries, as Blogger words it: "Posts" or "Post Comments". */
  subject: 'posts' | 'comments';
  /** Names the feed for feed readers, e.g. the blog's title. */
  title: string;
  className?: string;
}) {
  const t = useT();
  const links = available(feeds);
  if (links.length === 0) return null;
  return (
    <>
      {links.map((link) => (
        <link
          key={link.key}
          rel="alternate"
          type={link.type}
          title={t('chrome.feeds.linkTitle', { title, format: link.name })}
          href={link.url}
        />
      ))}
      <p className={className}>
        <Message
          id="chrome.feeds.subscribe"
          values={{
            links: links.map((link, index) => (
              <span key={link.key}>
                {index > 0 ? t('chrome.list.separator') : null}
                <a href={link.url} type={link.type}>
                  {t(subject === 'posts' ? 'chrome.feeds.posts' : 'chrome.feeds.comments', {
                    format: link.name,
                  })}
                </a>
              </span>
            )),
          }}
        />
      </p>
    </>
  );
}
