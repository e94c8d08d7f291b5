import {
  array,
  boolean,
  DecodeError,
  intInRange,
  isRecord,
  nonEmptyString,
  object,
  oneOf,
  optional,
  withDefault,
  type Decoder,
} from './api/decode';
import {
  DEFAULT_LAYOUT,
  DEFAULT_POSTS,
  DEFAULT_SIDEBAR,
  type GadgetConfig,
  type GadgetType,
  type LayoutConfig,
} from './layout-config';
import { cssSafeUrl } from './theme/theme-decoders';

/** config.json's `layout`, checked: an unknown gadget or a bad setting names its field. */

export const GADGET_TYPES = [
  'profile',
  'translate',
  'featured-post',
  'popular-posts',
  'archive',
  'labels',
  'search',
  'pages',
  'link-list',
  'text',
  'subscribe',
  'attribution',
] as const satisfies readonly GadgetType[];
const LABEL_DISPLAYS = ['list', 'cloud'] as const;
const LABEL_SORTS = ['alphabetical', 'frequency'] as const;
const ARCHIVE_FREQUENCIES = ['monthly', 'yearly'] as const;
const HOME_POSTS = ['snippets', 'full'] as const;

const slug: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9_-]*(?:\.html)?$/i.test(value)) {
    throw new DecodeError(path, 'a page slug such as "about"');
  }
  return value.replace(/\.html$/i, '');
};

const settings: { [K in GadgetType]: Decoder<Omit<Extract<GadgetConfig, { type: K }>, 'type' | 'title'>> } = {
  profile: object({ authors: optional(array(nonEmptyString)) }),
  translate: object({}),
  'featured-post': object({}),
  'popular-posts': object({
    count: withDefault(intInRange(1, 20), 5),
    thumbnails: withDefault(boolean, false),
  }),
  archive: object({
    style: optional(oneOf('hierarchy', 'flat', 'menu')),
    order: optional(oneOf('newest', 'oldest')),
    frequency: withDefault(oneOf(...ARCHIVE_FREQUENCIES), 'monthly'),
  }),
  labels: object({
    display: withDefault(oneOf(...LABEL_DISPLAYS), 'list'),
    sort: withDefault(oneOf(...LABEL_SORTS), 'alphabetical'),
    counts: withDefault(boolean, true),
    labels: optional(array(nonEmptyString)),
  }),
  search: object({}),
  pages: object({
    pages: array(object({ slug, title: nonEmptyString })),
    home: withDefault(boolean, true),
  }),
  'link-list': object({ links: array(object({ title: nonEmptyString, url: cssSafeUrl })) }),
  text: object({ html: nonEmptyString }),
  subscribe: object({}),
  attribution: object({ text: optional(nonEmptyString) }),
};

const gadget: Decoder<GadgetConfig> = (value, path) => {
  if (!isRecord(value)) throw new DecodeError(path, 'an object with a gadget "type"');
  const type = oneOf(...GADGET_TYPES)(value.type, `${path}.type`);
  const title = optional(nonEmptyString)(value.title, `${path}.title`);
  return { type, title, ...settings[type](value, path) } as GadgetConfig;
};

export const layoutDecoder: Decoder<LayoutConfig> = withDefault(
  object({
    sidebar: withDefault(array(gadget), DEFAULT_SIDEBAR),
    posts: withDefault(
      object({
        count: withDefault(intInRange(1, 50), DEFAULT_POSTS.count),
        home: withDefault(oneOf(...HOME_POSTS), DEFAULT_POSTS.home),
      }),
      DEFAULT_POSTS,
    ),
  }),
  DEFAULT_LAYOUT,
);
