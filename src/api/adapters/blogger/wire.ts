import {
  array,
  DecodeError,
  isoDate,
  nonEmptyString,
  object,
  optional,
  string,
  url,
  withDefault,
  type Decoded,
  type Decoder,
} from '../../decode';

/** What the Blogger API v3 sends, as decoders: the shapes this adapter reads, checked as they arrive. */
/** Google sends 64-bit counts as strings: `"totalItems": "3"`. */
export const count: Decoder<number> = (value, path) => {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  throw new DecodeError(path, 'a count');
};
export const bAuthor = withDefault(
  object({
    id: withDefault(string, ''),
    displayName: withDefault(string, ''),
    url: optional(string),
    image: optional(object({ url: optional(string) })),
  }),
  { id: '', displayName: '', url: undefined, image: undefined },
);
export type BloggerAuthor = Decoded<typeof bAuthor>;

export const bPost = object({
  id: nonEmptyString,
  url: withDefault(string, ''),
  title: withDefault(string, ''),
  published: isoDate,
  updated: optional(isoDate),
  content: withDefault(string, ''),
  author: bAuthor,
  labels: withDefault(array(string), []),
  replies: optional(object({ totalItems: withDefault(count, 0) })),
  // The post's comment setting: ALLOW, DONT_ALLOW_SHOW_EXISTING or DONT_ALLOW_HIDE_EXISTING.
  readerComments: optional(string),
});
export type BloggerPost = Decoded<typeof bPost>;

// Google leaves empty lists out of the JSON altogether.
export const bPostList = object({
  items: withDefault(array(bPost), []),
  nextPageToken: optional(nonEmptyString),
});
export const bSampleList = object({
  items: withDefault(array(object({ published: isoDate, author: bAuthor })), []),
});

export const bComment = object({
  id: nonEmptyString,
  published: isoDate,
  content: withDefault(string, ''),
  author: bAuthor,
  inReplyTo: optional(object({ id: nonEmptyString })),
});
export type BloggerComment = Decoded<typeof bComment>;
export const bCommentList = object({
  items: withDefault(array(bComment), []),
  nextPageToken: optional(nonEmptyString),
});

export const bBlog = object({
  name: withDefault(string, ''),
  description: withDefault(string, ''),
  url: optional(url),
  locale: optional(object({ language: withDefault(string, ''), country: withDefault(string, '') })),
});
export type BloggerBlog = Decoded<typeof bBlog>;

export const bUser = object({
  displayName: withDefault(string, ''),
  about: withDefault(string, ''),
  url: optional(string),
});
export type BloggerUser = Decoded<typeof bUser>;

export const bPageList = object({
  items: withDefault(
    array(object({ title: withDefault(string, ''), content: withDefault(string, ''), url: string })),
    [],
  ),
  nextPageToken: optional(nonEmptyString),
});
