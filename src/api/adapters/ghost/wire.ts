import {
  array,
  boolean,
  DecodeError,
  integer,
  isoDate,
  isRecord,
  nonEmptyString,
  nullable,
  object,
  optional,
  string,
  url,
  withDefault,
  type Decoded,
  type Decoder,
} from '../../decode';

/** What Ghost's Content API sends, as decoders: the shapes this adapter reads, checked as they arrive. */
export const gTag = object({
  name: string,
  slug: nonEmptyString,
  visibility: withDefault(string, 'public'),
  count: optional(object({ posts: withDefault(integer, 0) })),
});
export const gAuthorRef = object({ slug: nonEmptyString, name: string });
export const gPost = object({
  id: nonEmptyString,
  slug: nonEmptyString,
  title: withDefault(string, ''),
  html: nullable(string),
  published_at: isoDate,
  updated_at: nullable(isoDate),
  custom_excerpt: nullable(string),
  excerpt: nullable(string),
  reading_time: withDefault(integer, 0),
  authors: withDefault(array(gAuthorRef), []),
  tags: withDefault(array(gTag), []),
  featured: withDefault(boolean, false),
  feature_image: withDefault(nullable(url), null),
  feature_image_alt: withDefault(nullable(string), null),
});
export type GhostPost = Decoded<typeof gPost>;

export const gIndexPost = object({
  id: nonEmptyString,
  slug: nonEmptyString,
  title: withDefault(string, ''),
  published_at: isoDate,
  custom_excerpt: nullable(string),
  excerpt: nullable(string),
});
export type GhostIndexPost = Decoded<typeof gIndexPost>;

export const gAuthor = object({
  slug: nonEmptyString,
  name: string,
  profile_image: nullable(url),
  bio: nullable(string),
  location: nullable(string),
  website: nullable(url),
  twitter: nullable(string),
  facebook: nullable(string),
  count: optional(object({ posts: withDefault(integer, 0) })),
});
export type GhostAuthor = Decoded<typeof gAuthor>;

export const gSettings = object({
  settings: object({
    title: withDefault(string, ''),
    description: nullable(string),
    lang: nullable(string),
    locale: nullable(string),
    timezone: nullable(string),
    url: nullable(url),
  }),
});
export type GhostSettings = Decoded<typeof gSettings>['settings'];

export const gPage = object({ slug: nonEmptyString, title: withDefault(string, ''), html: nullable(string) });

/** A browse answer: `{ <resource>: [...], meta: { pagination } }`. */
export function browse<T>(resource: string, item: Decoder<T>) {
  const pagination = object({ next: nullable(integer), total: withDefault(integer, 0) });
  return (value: unknown, path: string) => {
    const items = array(item)(isRecord(value) ? value[resource] : undefined, resource);
    const { meta } = object({ meta: object({ pagination }) })(value, path);
    return { items, next: meta.pagination.next, total: meta.pagination.total };
  };
}

/** A read answer: the same envelope holding exactly one item. */
export function single<T>(resource: string, item: Decoder<T>): Decoder<T> {
  return (value) => {
    const [first] = array(item)(isRecord(value) ? value[resource] : undefined, resource);
    if (first === undefined) throw new DecodeError(resource, 'a list with one item');
    return first;
  };
}
