/**
 * English, the source: the other catalogs translate these keys (src/i18n/catalogs/<language>/gadgets.ts).
 * The sidebar's gadgets (their default titles are Blogger's), the profile page and the archive pages.
 */
export default {
  'gadgets.sidebar.label': 'Blog sidebar',
  'gadgets.loading': 'Loading {title}',
  'gadgets.count': '({count, number})',
  'gadgets.list.separator': ', ',

  'gadgets.title.profile': 'About Me',
  'gadgets.title.contributors': 'Contributors',
  'gadgets.title.translate': 'Translate',
  'gadgets.title.featured-post': 'Featured Post',
  'gadgets.title.popular-posts': 'Popular Posts',
  'gadgets.title.archive': 'Blog Archive',
  'gadgets.title.labels': 'Labels',
  'gadgets.title.search': 'Search This Blog',
  'gadgets.title.pages': 'Pages',
  'gadgets.title.link-list': 'Links',
  'gadgets.title.text': 'Text',
  'gadgets.title.subscribe': 'Subscribe To',
  'gadgets.title.attribution': 'Attribution',

  'gadgets.archive.loadingPosts': 'Loading posts…',
  'gadgets.archive.postsFailed': 'Posts could not be loaded.',
  'gadgets.archive.retry': 'Try again',
  'gadgets.archive.allOfMonth': 'All posts of this month',
  'gadgets.archive.entry': '{label}, {count, plural, one {# post} other {# posts}}',
  'gadgets.archive.option': '{label} ({count, number})',
  'gadgets.archive.menuMonth': 'Blog Archive: month',
  'gadgets.archive.menuYear': 'Blog Archive: year',
  'gadgets.archive.go': 'Go',
  'gadgets.archive.empty': 'No posts yet.',

  'gadgets.labels.empty': 'No labels yet.',
  'gadgets.labels.showAll': '{count, plural, one {Show # label} other {Show all # labels}}',
  'gadgets.labels.showFewer': 'Show fewer labels',

  'gadgets.author.photoAlt': 'Photo of {name}',
  'gadgets.author.postsMentioning': 'Posts mentioning {place}',
  'gadgets.author.fullProfile': 'View my complete profile',

  'gadgets.search.label': 'Search this blog',
  'gadgets.search.button': 'Search',

  'gadgets.popular.empty': 'No posts yet.',
  'gadgets.featured.readMore': 'Read more »',
  'gadgets.featured.readMoreLabel': 'Read more: {title}',
  'gadgets.pages.nav': 'Pages',
  'gadgets.pages.home': 'Home',
  'gadgets.subscribe.posts': 'Posts ({format})',
  'gadgets.attribution.default': 'Powered by Lectern',

  'gadgets.translate.notInBrowser': 'Translation is not available in this browser.',
  'gadgets.translate.select': 'Select Language',
  'gadgets.translate.original': 'Original ({language})',
  'gadgets.translate.originalUnknown': 'Original',
  'gadgets.translate.showOriginal': 'Show original',
  'gadgets.translate.downloadLabel': 'Downloading the translation model',
  'gadgets.translate.cancel': 'Cancel',
  'gadgets.translate.downloadAndTranslate': 'Download and translate',
  'gadgets.translate.retry': 'Try again',
  'gadgets.translate.noLanguages': 'No translations are offered for this blog’s language.',
  'gadgets.translate.languagesFailed': 'The list of languages could not be loaded: {message}',
  'gadgets.translate.status.original': 'Showing the original.',
  'gadgets.translate.status.ready': 'Posts you open are translated into {language}.',
  'gadgets.translate.status.translating': 'Translating into {language}…',
  'gadgets.translate.status.fallback':
    'This browser could not download its {language} translation model: translating with the translation service instead…',
  'gadgets.translate.status.downloading': 'Downloading the {language} translation model…',
  'gadgets.translate.status.stalled':
    'The {language} translation model has not downloaded any further for {seconds, plural, one {# second} other {# seconds}}. The browser may be offline or not allowed to download it.',
  'gadgets.translate.status.translated': 'Translated into {language} by machine.',
  'gadgets.translate.error.unsupported': 'Translation into {language} is not available for this blog.',
  'gadgets.translate.error.down': 'The translation service is not reachable right now.',
  'gadgets.translate.error.quota':
    'The translation service refused more work: its quota or rate limit is used up.',
  'gadgets.translate.error.timeout': 'The translation service took too long to answer.',
  'gadgets.translate.error.needs-permission':
    'Your browser needs your go-ahead to download the translation model.',
  'gadgets.translate.error.failed': 'The translation did not work.',
  /** {reason} is one of the sentences above. */
  'gadgets.translate.error': '{reason} The original text is shown.',
  'gadgets.translate.errorWithDetail': '{reason} The service said: “{detail}” The original text is shown.',

  'gadgets.profile.title': 'Profile of {name}',
  'gadgets.profile.location': 'Location',
  'gadgets.profile.interests': 'Interests',
  'gadgets.profile.about': 'About me',
  'gadgets.profile.links': 'My web sites',
  'gadgets.profile.postsBy': 'Posts by {name}',
  'gadgets.profile.noPosts': '{name} has not published any posts yet.',

  'gadgets.archivePage.title': 'Archive',
  'gadgets.archivePage.description':
    '{total, plural, one {# post of {blog}, by year and month.} other {All # posts of {blog}, by year and month.}}',
  'gadgets.archivePage.years': 'Years',
  'gadgets.yearPage.title': 'Posts from {year}',
  'gadgets.yearPage.description': 'Posts of {blog} from {year}.',
  'gadgets.yearPage.empty': 'No posts from {year}. {link}.',
  'gadgets.yearPage.browse': 'Browse the archive',
  'gadgets.monthPage.title': 'Posts from {month}',
  'gadgets.monthPage.description': 'Posts of {blog} from {month}.',
  'gadgets.monthPage.empty': 'No posts from {month}.',
} as const;
