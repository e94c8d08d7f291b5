import { createContext, useContext, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { registerOnDemand } from '../lib/on-demand-registry';

/*
 * A component whose code downloads on demand, without React.lazy. React commits a Suspense retry no
 * sooner than 300 ms after the last fallback it showed, and a page's first render shows several (the
 * parts below the fold, the sidebar's gadgets), so a lazy part appeared a third of a second after its
 * code and data. Here the code's arrival is an ordinary state update, committed at once; and `load()`
 * lets a route loader start the download alongside the data, so the code is usually there already
 * when the part first renders, in the same commit as the rest of the page.
 *
 * Server rendering: the server loads every part before it renders (loadAllOnDemand), and records in an
 * OnDemandRecord which parts a page drew; the browser loads those before it hydrates
 * (loadRecordedOnDemand), so its first render draws the same parts, not their placeholders. The names
 * and loaders: src/lib/on-demand-registry.ts.
 */

/** The names of the parts one server render drew. */
export type OnDemandRecord = Set<string>;

const RecordContext = createContext<OnDemandRecord | null>(null);

/** Given on the server only: each part drawn adds its name. */
export const OnDemandRecordProvider = RecordContext.Provider;

export function onDemand<P extends object>(
  name: string,
  importer: () => Promise<ComponentType<P>>,
  placeholder: () => ReactNode,
): { Component: ComponentType<P>; load: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;

  function load(): Promise<ComponentType<P>> {
    loading ??= importer().then((component) => (loaded = component));
    return loading;
  }
  registerOnDemand(name, load);

  function OnDemand(props: P) {
    const record = useContext(RecordContext);
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      load().then(
        (component) => {
          if (live) setComponent(() => component);
        },
        (error: unknown) => {
          // Thrown during render, so the nearest error boundary shows it with its "Try again".
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
    if (Component) record?.add(name);
    return Component ? <Component {...props} /> : placeholder();
  }

  return { Component: OnDemand, load };
}
