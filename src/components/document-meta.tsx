import { useLocation } from 'react-router';
import type { Post } from '../api/types';
import { useT } from '../i18n/language-context';
import { firstImage } from '../lib/first-image';
import { postUrl, profileUrl } from '../lib/paths';
import { JsonLd } from './below-the-fold';
import { useAbsoluteUrl } from './use-absolute-url';
import { useBlog } from './use-blog';

export type ArticleMeta = {
  /** ISO 8601 instants. */
  published: string;
  modified: string;
  authorName: string;
  /** App path of the author's profile. */
  authorPath: string;
  tags: string[];
};

export type MetaImage = { url: string; alt: string };

type DocumentMetaProps = {
  title: string | null;
  description: string;
  blogTitle: string;
  /** App path of this page's one address (a post's `.html` form); defaults to the current path. A ?page trail is kept. */
  canonicalPath?: string;
  /** Pages a search engine should not list (search results, "not found"). */
  noindex?: boolean;
  image?: MetaImage | null;
  /** Makes the page an og:type "article" with its dates, author and tags. */
  article?: ArticleMeta;
};

/** Paging keeps a cursor trail in ?page=…: each page of a list is its own address; other parameters are not. */
function withPageTrail(path: string, search: string): string {
  const pages = new URLSearchParams(search).getAll('page');
  if (pages.length === 0) return path;
  const query = new URLSearchParams(pages.map((page) => ['page', page]));
  return `${path}?${query.toString()}`;
}

/** "en-US" → "en_US", as og:locale wants it. */
function ogLocale(locale: string): string {
  return locale.replace('-', '_');
}

/**
 * Per-route <head>: title, description, canonical URL, Open Graph and Twitter card tags. React 19
 * hoists these elements into <head> and removes them when the route changes. docs/seo.md lists what
 * each route emits and why the canonical URL is the address Lectern serves, not the backend's.
 */
export function DocumentMeta({
  title,
  description,
  blogTitle,
  canonicalPath,
  noindex = false,
  image = null,
  article,
}: DocumentMetaProps) {
  const t = useT();
  const blog = useBlog();
  const location = useLocation();
  const canonical = useAbsoluteUrl(withPageTrail(canonicalPath ?? location.pathname, location.search));
  const authorUrl = useAbsoluteUrl(article?.authorPath ?? '/');
  const full = title ? t('chrome.title.full', { page: title, blog: blogTitle }) : blogTitle;
  const socialTitle = title ?? blogTitle;
  return (
    <>
      <title>{full}</title>
      <meta name="description" content={description} />
      {noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={canonical} />}
      <meta property="og:site_name" content={blogTitle} />
      <meta property="og:title" content={socialTitle} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content={ogLocale(blog.locale)} />
      {image ? <meta property="og:image" content={image.url} /> : null}
      {image?.alt ? <meta property="og:image:alt" content={image.alt} /> : null}
      {article ? <meta property="article:published_time" content={article.published} /> : null}
      {article ? <meta property="article:modified_time" content={article.modified} /> : null}
      {article ? <meta property="article:author" content={authorUrl} /> : null}
      {article?.tags.map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={socialTitle} />
      <meta name="twitter:description" content={description} />
      {image ? <meta name="twitter:image" content={image.url} /> : null}
      {image?.alt ? <meta name="twitter:image:alt" content={image.alt} /> : null}
    </>
  );
}

/** A post's head: DocumentMeta as an article, its first image as the preview, and BlogPosting JSON-LD. */
export function PostDocumentMeta({ post, page = 1 }: { post: Post; page?: number }) {
  const t = useT();
  const blog = useBlog();
  const path = postUrl(post);
  const url = useAbsoluteUrl(path);
  const authorPath = profileUrl(post.author.id);
  const authorUrl = useAbsoluteUrl(authorPath);
  const home = useAbsoluteUrl('/');
  const image = firstImage(post.html, url);
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    datePublished: post.published,
    dateModified: post.updated,
    author: { '@type': 'Person', name: post.author.displayName, url: authorUrl },
    ...(image ? { image: image.url } : {}),
    url,
    mainEntityOfPage: url,
    ...(post.labels.length > 0 ? { keywords: post.labels.join(', ') } : {}),
    inLanguage: blog.locale,
    isPartOf: { '@type': 'Blog', name: blog.title, url: home },
  };
  return (
    <>
      <DocumentMeta
        title={page > 1 ? t('chrome.title.postPage', { title: post.title, page }) : post.title}
        description={post.excerpt}
        blogTitle={blog.title}
        canonicalPath={path}
        image={image}
        article={{
          published: post.published,
          modified: post.updated,
          authorName: post.author.displayName,
          authorPath,
          tags: post.labels,
        }}
      />
      <JsonLd data={posting} />
    </>
  );
}
