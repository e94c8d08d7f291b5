/**
 * The port: Lectern's domain, in a reader's terms rather than any backend's.
 * Every adapter maps its wire format onto these types; nothing above src/api sees a wire type.
 */

export type Feeds = {
  atom?: string;
  rss?: string;
  json?: string;
};

export type Blog = {
  title: string;
  description: string;
  /** BCP 47 tag used for dates, plurals and the document's lang. */
  locale: string;
  /** IANA zone the blog's dates are shown in (Blogger shows posts in the blog's zone, not the reader's). */
  timeZone: string;
  url?: string;
  /** The author shown in the About Me card when no post is being read. */
  mainAuthorId?: string;
  feeds: Feeds;
};

export type AuthorRef = {
  id: string;
  displayName: string;
};

export type Image = {
  url: string;
  width: number;
  height: number;
  alt: string;
};

/** Blogger-shaped permalink parts: /YYYY/MM/slug (month is 1–12). */
export type PostPath = {
  year: number;
  month: number;
  slug: string;
};

export type PostLink = PostPath & {
  title: string;
};

export type PostSummary = PostPath & {
  id: string;
  title: string;
  /** ISO 8601 instants. */
  published: string;
  updated: string;
  author: AuthorRef;
  labels: string[];
  /** Plain text. */
  excerpt: string;
  /**
   * The excerpt is the post's opening up to its jump break (`<!--more-->`, Blogger's `<a name="more">`):
   * lists follow it with "Read more »".
   */
  teaser?: boolean;
  commentCount: number;
  readingMinutes: number;
  /**
   * The backend keeps the body and excerpt behind a password (WordPress's password-protected posts):
   * `html` and `excerpt` are empty until `BlogApi.unlockPost` is given the right one.
   */
  protected?: boolean;
  /** The blog puts this post first (WordPress's sticky posts, Ghost's and the native contract's `featured`). */
  featured?: boolean;
};

export type Post = PostSummary & {
  /** Untrusted HTML: only src/lib/sanitize-html.ts may turn it into markup. */
  html: string;
  newer: PostLink | null;
  older: PostLink | null;
  /** The post's own comment feeds (Blogger's "Subscribe to: Post Comments (Atom)"), where the backend has them. */
  commentFeeds?: Feeds;
  /** False when the post takes no new comments; existing ones are still shown. Absent means open. */
  commentsOpen?: boolean;
};

/** The Featured Post gadget's post: the newest the blog marks as featured, with its first image. */
export type FeaturedPost = {
  post: PostSummary;
  image: { url: string; alt: string } | null;
};

export type ProfileLink = {
  title: string;
  url: string;
};

export type Profile = {
  id: string;
  displayName: string;
  photo: Image | null;
  location: string;
  /** Plain text; phone numbers and email addresses in it are linked by the UI. */
  about: string;
  email: string | null;
  phone: string | null;
  links: ProfileLink[];
  interests: string[];
};

export type CommentStatus = 'published' | 'pending';

export type Comment = {
  id: string;
  postId: string;
  parentId: string | null;
  author: { name: string; url: string | null; avatarUrl?: string };
  published: string;
  /** Untrusted HTML. */
  html: string;
  status: CommentStatus;
  /** A pingback or trackback (another site linking here) rather than a reader's comment. */
  kind?: 'pingback' | 'trackback';
};

export type NewComment = {
  parentId: string | null;
  authorName: string;
  email?: string;
  /** What the reader typed, limited to <b>, <i> and <a>. */
  html: string;
  /** The post's password, for a comment on a password-protected post. */
  password?: string;
};

export type ArchiveMonth = {
  month: number;
  count: number;
};

export type ArchiveYear = {
  year: number;
  count: number;
  /** Newest first; months without posts are left out. */
  months: ArchiveMonth[];
};

export type Label = {
  name: string;
  count: number;
};

export type StaticPage = {
  slug: string;
  title: string;
  html: string;
};

export type Page<T> = {
  items: T[];
  /** Opaque: page numbers, page tokens and next URLs all hide behind it. Null on the last page. */
  next: string | null;
  total?: number;
};

export type PostFilter = {
  label?: string;
  query?: string;
  year?: number;
  month?: number;
  authorId?: string;
  /** The home list: the blog's featured posts lead its first page (and are left out of the others). */
  featuredFirst?: boolean;
};

export type PostListParams = PostFilter & {
  cursor?: string | null;
  limit?: number;
};

export type CommentListParams = {
  cursor?: string | null;
  limit?: number;
  /** The post's password, for the comments of a password-protected post. */
  password?: string;
};

export type Capabilities = {
  comments: 'none' | 'read' | 'write';
  search: boolean;
  labels: boolean;
  profiles: boolean;
  /** 'native' when the backend counts posts per month itself, 'derived' when the adapter does. */
  archive: 'native' | 'derived';
  pages: boolean;
  /**
   * What the backend asks of a commenter besides the comment: absent, nothing (the name is optional);
   * 'name-and-email', both required (WordPress's default "Comment author must fill out name and email").
   */
  commentIdentity?: 'name-and-email';
  /** The backend ranks posts by readership (native `GET /popular`); absent means it cannot. */
  popularPosts?: boolean;
  /** The backend marks posts as featured (`featuredFirst` lists, the Featured Post gadget). */
  featuredPosts?: boolean;
};

export type BlogApi = {
  /** Identity of the backend; every query key starts with it so two backends never share a cache. */
  id: string;
  capabilities: Capabilities;
  getBlog(signal?: AbortSignal): Promise<Blog>;
  listPosts(params: PostListParams, signal?: AbortSignal): Promise<Page<PostSummary>>;
  getPost(path: PostPath, signal?: AbortSignal): Promise<Post>;
  getArchive(signal?: AbortSignal): Promise<ArchiveYear[]>;
  listLabels(signal?: AbortSignal): Promise<Label[]>;
  getAuthor(id: string, signal?: AbortSignal): Promise<Profile>;
  listComments(postId: string, params: CommentListParams, signal?: AbortSignal): Promise<Page<Comment>>;
  createComment(postId: string, input: NewComment, signal?: AbortSignal): Promise<Comment>;
  getStaticPage(slug: string, signal?: AbortSignal): Promise<StaticPage>;
  /**
   * A password-protected post (`protected`) with its body, given its password; a wrong password is a
   * ValidationError on the field `password`. Only for backends that have such posts.
   */
  unlockPost?(post: Post, password: string, signal?: AbortSignal): Promise<Post>;
  /** The newest featured post, or null; only where `capabilities.featuredPosts`. */
  getFeaturedPost?(signal?: AbortSignal): Promise<FeaturedPost | null>;
  /** Most-read posts first; only where `capabilities.popularPosts`. */
  listPopularPosts?(limit: number, signal?: AbortSignal): Promise<PostSummary[]>;
  /**
   * An address of the backend's own site (a WordPress theme's `/2020/09/14/slug/`, `/?p=123`,
   * `/category/news/`…) as the Lectern path that now shows the same thing, or null when `url` is none of
   * them. The server answers such an address with a 301, so a blog that moves keeps its links. What
   * Lectern does not show itself, the backend's feeds, is an absolute URL on the backend: feed readers
   * subscribed to the old address keep their subscription.
   */
  findOldAddress?(url: URL, signal?: AbortSignal): Promise<string | null>;
  /**
   * Every old address of the backend's own site that findOldAddress would answer, as the backend
   * reports them (each post's, term's, author's and page's own link): for hosts that cannot ask at
   * request time, which get them as a redirects file (`npm run prerender`). `to` is a Lectern path, or
   * an absolute URL on the backend (its feeds).
   */
  listOldAddresses?(signal?: AbortSignal): Promise<{ from: string; to: string }[]>;
};
