import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/*
 * A component whose code downloads on demand, without React.lazy. React commits a Suspense retry no
 * sooner than 300 ms after the last fallback it showed, and a page's first render shows several (the
 * parts below the fold, the sidebar's gadgets), so a lazy part appeared a third of a second after its
 * code and data. Here the code's arrival is an ordinary state update, committed at once; and `load()`
 * lets a route loader start the download alongside the data, so the code is usually there already
 * when the part first renders, in the same commit as the rest of the page.
 */
export function onDemand<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  placeholder: () => ReactNode,
): { Component: ComponentType<P>; load: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;

  function load(): Promise<ComponentType<P>> {
    loading ??= importer().then((component) => (loaded = component));
    return loading;
  }

  function OnDemand(props: P) {
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
    return Component ? <Component {...props} /> : placeholder();
  }

  return { Component: OnDemand, load };
}
