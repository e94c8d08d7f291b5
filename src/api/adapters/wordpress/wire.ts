import {
  array,
  boolean,
  DecodeError,
  integer,
  map,
  nonEmptyString,
  number,
  object,
  optional,
  string,
  url,
  withDefault,
  type Decoded,
  type Decoder,
} from '../../decode';

/** What the WordPress REST API sends, as decoders: the shapes this adapter reads, checked as they arrive. */
/** WordPress writes `date` in the site's zone and `date_gmt` in UTC, both without an offset. */
export const wpDate: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)) {
    throw new DecodeError(path, 'a date like 2020-09-25T09:30:00');
  }
  return value;
};
export const wpGmt = map(wpDate, (d) => `${d}Z`);
/** Options such as gmt_offset come as numbers or numeric strings, depending on how they were saved. */
export const numeric: Decoder<number> = (value, path) => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return number(n, path);
};
export const rendered = object({ rendered: withDefault(string, '') });
export const wpTerm = object({
  id: integer,
  name: string,
  taxonomy: withDefault(string, ''),
  count: withDefault(integer, 0),
});
/** An embedded author may be an error object when the site hides its users. */
export const wpEmbeddedAuthor = object({ id: optional(integer), name: optional(string) });

export const wpPost = object({
  id: integer,
  date: wpDate,
  date_gmt: wpGmt,
  modified_gmt: optional(wpGmt),
  slug: nonEmptyString,
  title: rendered,
  // `protected`: a password-protected post; WordPress then sends its content and excerpt empty.
  content: object({ rendered: withDefault(string, ''), protected: withDefault(boolean, false) }),
  author: withDefault(integer, 0),
  sticky: withDefault(boolean, false),
  comment_status: withDefault(string, 'open'),
  _embedded: withDefault(
    object({
      author: withDefault(array(wpEmbeddedAuthor), []),
      'wp:term': withDefault(array(array(wpTerm)), []),
    }),
    { author: [], 'wp:term': [] },
  ),
});
export type WpPost = Decoded<typeof wpPost>;

/** A post read on its own page also brings its permalink, for the comment feed. */
export const wpPostWithLink: Decoder<WpPost & { link?: string }> = (value, path) => ({
  ...wpPost(value, path),
  link: object({ link: optional(string) })(value, path).link,
});

export const wpIndexPost = object({
  id: integer,
  date: wpDate,
  date_gmt: wpGmt,
  slug: nonEmptyString,
  title: rendered,
});
export type WpIndexPost = Decoded<typeof wpIndexPost>;

export const wpComment = object({
  id: integer,
  post: integer,
  parent: withDefault(integer, 0),
  author_name: withDefault(string, ''),
  author_url: withDefault(string, ''),
  date_gmt: wpGmt,
  content: rendered,
  status: withDefault(string, 'approved'),
  // `comment`, `pingback` or `trackback` (anonymous readers are only ever given `comment`s).
  type: withDefault(string, 'comment'),
  author_avatar_urls: optional(object({ '48': optional(url), '96': optional(url) })),
});
export type WpComment = Decoded<typeof wpComment>;

export const wpUser = object({
  id: integer,
  name: string,
  url: withDefault(string, ''),
  description: withDefault(string, ''),
  avatar_urls: optional(object({ '96': optional(url), '48': optional(url) })),
});
export type WpUser = Decoded<typeof wpUser>;

export const wpSite = object({
  name: withDefault(string, ''),
  description: withDefault(string, ''),
  home: optional(url),
  url: optional(url),
  gmt_offset: withDefault(numeric, 0),
  timezone_string: withDefault(string, ''),
  /** The site language ("de-DE"): not in WordPress's own index; Lectern's plugin adds it (docs/wordpress/). */
  language: withDefault(string, ''),
});
export type WpSite = Decoded<typeof wpSite>;

export const wpPage = object({ slug: nonEmptyString, title: rendered, content: rendered });
export const wpPageLink = object({ slug: nonEmptyString, link: withDefault(string, '') });
/** What an old address names: its link, and enough to find it here. */
export const wpPostLink = object({
  id: integer,
  date: wpDate,
  slug: nonEmptyString,
  link: withDefault(string, ''),
});
export const wpTermLink = object({ name: string, link: withDefault(string, '') });
export const wpUserLink = object({ id: integer, link: withDefault(string, '') });
