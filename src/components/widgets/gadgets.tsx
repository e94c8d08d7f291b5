import { useEffect, useState, type ComponentType } from 'react';
import { Skeleton } from '../widget-boundary';

/*
 * Sidebar gadgets downloaded on demand like the others but without React.lazy: a Suspense retry is
 * committed no sooner than 300 ms after the last fallback React showed, and at first load every gadget
 * shows one, so a gadget appeared a third of a second after its code and data. Here the code's arrival
 * is an ordinary state update, committed at once; the layout's loader starts the download alongside
 * the gadget's data, so usually the code is there when the sidebar first renders.
 */
function gadget<P extends object>(importer: () => Promise<ComponentType<P>>, label: string) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;

  function load(): Promise<ComponentType<P>> {
    loading ??= importer().then((component) => (loaded = component));
    return loading;
  }

  function Gadget(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      load().then(
        (component) => {
          if (live) setComponent(() => component);
        },
        (error: unknown) => {
          // Thrown during render, so the widget's error boundary shows it with its "Try again".
          loading = undefined;
          if (live)
            setComponent(() => {
              throw error;
            });
        },
      );
      return () => {
        live = false;
      };
    }, [Component]);
    return Component ? <Component {...props} /> : <Skeleton label={`Loading ${label}`} />;
  }

  return { Gadget, load };
}

const labels = gadget(() => import('./labels-widget').then((m) => m.LabelsWidget), 'Labels');
export const LabelsGadget = labels.Gadget;
export const loadLabelsGadget = labels.load;

const archive = gadget(() => import('./archive-widget').then((m) => m.ArchiveWidget), 'Blog Archive');
export const ArchiveGadget = archive.Gadget;
export const loadArchiveGadget = archive.load;
