/*
 * The sidebar's gadgets, each downloaded on demand (../on-demand.tsx): they sit beside or below the
 * post and are not needed for its first paint. Each renders inside its Widget, whose heading is there
 * at once and whose skeleton holds its place while the data arrives.
 */
export {
  ArchiveGadget as ArchiveWidget,
  AuthorCardGadget as AuthorCard,
  LabelsGadget as LabelsWidget,
  PopularPostsGadget as PopularPostsWidget,
  SearchGadget as SearchWidget,
  TranslateGadget as TranslateWidget,
  loadArchiveGadget,
  loadAuthorCardGadget,
  loadLabelsGadget,
} from './gadgets';
