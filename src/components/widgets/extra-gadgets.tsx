import type { GadgetConfig } from '../../layout-config';
import { AttributionWidget } from './attribution-widget';
import { ContributorsWidget } from './contributors-widget';
import { LinkListWidget } from './link-list-widget';
import { PagesWidget } from './pages-widget';
import { SubscribeWidget } from './subscribe-widget';
import { TextWidget } from './text-widget';

export type ExtraGadgetConfig = Extract<
  GadgetConfig,
  { type: 'profile' | 'pages' | 'link-list' | 'text' | 'subscribe' | 'attribution' }
>;

/** The gadgets beyond today's default sidebar, by type (src/components/sidebar.tsx decides which show). */
export function ExtraGadget({ gadget, pages }: { gadget: ExtraGadgetConfig; pages: boolean }) {
  switch (gadget.type) {
    case 'profile':
      return <ContributorsWidget authors={gadget.authors ?? []} />;
    case 'pages':
      return <PagesWidget pages={pages ? gadget.pages : []} home={gadget.home} />;
    case 'link-list':
      return <LinkListWidget links={gadget.links} />;
    case 'text':
      return <TextWidget html={gadget.html} />;
    case 'subscribe':
      return <SubscribeWidget />;
    case 'attribution':
      return <AttributionWidget text={gadget.text} />;
  }
}
