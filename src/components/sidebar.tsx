import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useBlogQueries, useCapabilities } from '../api/blog-api-context';
import { parseMonth, parsePostPath, parseYear } from '../lib/paths';
import { useTranslationAvailability } from '../translate/translation-context';
import { useBlog } from './use-blog';
import {
  ArchiveGadget,
  AuthorCardGadget,
  FeaturedPostGadget,
  LabelsGadget,
  PopularPostsGadget,
  SearchGadget,
  TranslateGadget,
} from './widgets/gadgets';
import { Widget } from './widgets/widget';

/** Blogger's sidebar gadgets, each a section that loads and fails on its own. */
export function Sidebar() {
  const blog = useBlog();
  const capabilities = useCapabilities();
  const queries = useBlogQueries();
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
  const authorId = (current ? post.data?.author.id : undefined) ?? blog.mainAuthorId;
  // Shown only when the blog has a featured post: the layout's loader has started this.
  const featured = useQuery({ ...queries.featuredPost(), enabled: capabilities.featuredPosts === true });
  // config.json's translate.provider "none" switches the Translate widget off entirely.
  const translation = useTranslationAvailability();

  return (
    <aside className="sidebar" aria-label="Blog sidebar">
      {capabilities.profiles && authorId ? (
        // Keyed by author: another author's card is a new section with its own skeleton. Otherwise the
        // navigation to a post by someone else waited for their profile before showing the post.
        <Widget key={authorId} title="About Me">
          <AuthorCardGadget authorId={authorId} />
        </Widget>
      ) : null}
      {translation !== 'none' ? (
        <Widget title="Translate">
          <TranslateGadget />
        </Widget>
      ) : null}
      {featured.data ? (
        <Widget title="Featured Post">
          <FeaturedPostGadget />
        </Widget>
      ) : null}
      {capabilities.popularPosts ? (
        <Widget title="Popular Posts">
          <PopularPostsGadget />
        </Widget>
      ) : null}
      <Widget title="Blog Archive">
        {/* Keyed by period: reaching another period opens it afresh, as a page load does on Blogger. */}
        <ArchiveGadget key={`${openPeriod?.year}-${openPeriod?.month}`} open={openPeriod} />
      </Widget>
      {capabilities.labels ? (
        <Widget title="Labels">
          <LabelsGadget />
        </Widget>
      ) : null}
      {capabilities.search ? (
        <Widget title="Search This Blog">
          <SearchGadget />
        </Widget>
      ) : null}
    </aside>
  );
}
