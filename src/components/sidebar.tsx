import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useBlogQueries, useCapabilities, useLayoutSettings } from '../api/blog-api-context';
import { useT } from '../i18n/language-context';
import { gadgetTitle, type GadgetConfig } from '../layout-config';
import { parseMonth, parsePostPath, parseYear } from '../lib/paths';
import { useTranslationAvailability } from '../translate/translation-context';
import { useBlog } from './use-blog';
import {
  ArchiveGadget,
  AuthorCardGadget,
  ExtraGadget,
  FeaturedPostGadget,
  LabelsGadget,
  PopularPostsGadget,
  SearchGadget,
  TranslateGadget,
} from './widgets/gadgets';
import { Widget } from './widgets/widget';

/**
 * Blogger's sidebar: config.json's `layout.sidebar` gadgets in its order (today's Blogger-like set by
 * default), each a section that loads and fails on its own. A gadget the backend cannot fill (labels on a
 * backend without them, a featured post when none is marked) is left out, never shown broken.
 */
export function Sidebar() {
  const t = useT();
  const blog = useBlog();
  const capabilities = useCapabilities();
  const queries = useBlogQueries();
  const { sidebar } = useLayoutSettings();
  const params = useParams();
  const current = parsePostPath(params);
  // The period being read (a post's, or an archive page's) starts open in the Blog Archive.
  const year = current?.year ?? parseYear(params.year);
  const openPeriod = year ? { year, month: current?.month ?? parseMonth(params.month) } : null;
  // The post's loader has already cached it; this only reads which author wrote it.
  const post = useQuery({
    ...queries.post(current ?? { year: 0, month: 0, slug: '' }),
    enabled: current !== null,
  });
  const postAuthorId = current ? post.data?.author.id : undefined;
  // Shown only when the blog has a featured post: the layout's loader has started this.
  const featured = useQuery({ ...queries.featuredPost(), enabled: capabilities.featuredPosts === true });
  // config.json's translate.provider "none" switches the Translate widget off entirely.
  const translation = useTranslationAvailability();
  const hasFeeds = Boolean(blog.feeds?.atom ?? blog.feeds?.rss ?? blog.feeds?.json);

  function render(gadget: GadgetConfig, key: string): ReactNode {
    const title = gadgetTitle(gadget, t);
    switch (gadget.type) {
      case 'profile': {
        if (!capabilities.profiles) return null;
        if (gadget.authors && gadget.authors.length > 1) {
          return (
            <Widget key={key} title={title}>
              <ExtraGadget gadget={gadget} pages={capabilities.pages} />
            </Widget>
          );
        }
        const authorId = postAuthorId ?? gadget.authors?.[0] ?? blog.mainAuthorId;
        if (!authorId) return null;
        // Keyed by author: another author's card is a new section with its own skeleton. Otherwise the
        // navigation to a post by someone else waited for their profile before showing the post.
        return (
          <Widget key={`${key}-${authorId}`} title={title}>
            <AuthorCardGadget authorId={authorId} />
          </Widget>
        );
      }
      case 'translate':
        return translation === 'none' ? null : (
          <Widget key={key} title={title}>
            <TranslateGadget />
          </Widget>
        );
      case 'featured-post':
        return featured.data ? (
          <Widget key={key} title={title}>
            <FeaturedPostGadget />
          </Widget>
        ) : null;
      case 'popular-posts':
        return capabilities.popularPosts ? (
          <Widget key={key} title={title}>
            <PopularPostsGadget count={gadget.count} thumbnails={gadget.thumbnails} />
          </Widget>
        ) : null;
      case 'archive':
        return (
          <Widget key={key} title={title}>
            {/* Keyed by period: reaching another period opens it afresh, as a page load does on Blogger. */}
            <ArchiveGadget
              key={`${openPeriod?.year}-${openPeriod?.month}`}
              open={openPeriod}
              frequency={gadget.frequency}
            />
          </Widget>
        );
      case 'labels':
        return capabilities.labels ? (
          <Widget key={key} title={title}>
            <LabelsGadget settings={gadget} />
          </Widget>
        ) : null;
      case 'search':
        return capabilities.search ? (
          <Widget key={key} title={title}>
            <SearchGadget />
          </Widget>
        ) : null;
      default:
        // Pages, Link List, Text, Subscribe, Attribution: shown unless there is nothing to list.
        return (gadget.type === 'pages' && !capabilities.pages && !gadget.home) ||
          (gadget.type === 'subscribe' && !hasFeeds) ? null : (
          <Widget key={key} title={title}>
            <ExtraGadget gadget={gadget} pages={capabilities.pages} />
          </Widget>
        );
    }
  }

  return (
    <aside className="sidebar" aria-label={t('gadgets.sidebar.label')}>
      {sidebar.map((gadget, index) => render(gadget, `${index}-${gadget.type}`))}
    </aside>
  );
}
