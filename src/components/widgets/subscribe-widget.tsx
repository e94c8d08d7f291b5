import { useT } from '../../i18n/language-context';
import { useBlog } from '../use-blog';

const FORMATS = [
  { key: 'atom', name: 'Atom', type: 'application/atom+xml' },
  { key: 'rss', name: 'RSS', type: 'application/rss+xml' },
  { key: 'json', name: 'JSON Feed', type: 'application/feed+json' },
] as const;

/**
 * Blogger's Subscribe gadget: the blog's feeds, one link each (the footer's FeedLinks puts them in
 * <head> already; their URLs were checked to be http(s) in the adapter).
 */
export function SubscribeWidget() {
  const t = useT();
  const { feeds } = useBlog();
  return (
    <ul className="subscribe-widget">
      {FORMATS.map((format) => {
        const url = feeds?.[format.key];
        return url ? (
          <li key={format.key}>
            <a href={url} type={format.type}>
              {t('gadgets.subscribe.posts', { format: format.name })}
            </a>
          </li>
        ) : null;
      })}
    </ul>
  );
}
