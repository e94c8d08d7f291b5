import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';

/*
 * Server rendering draws each page with the same components, and the browser hydrates that HTML: its
 * first render must draw exactly what the server drew. What only the browser knows (localStorage,
 * navigator features, the stored colour scheme) therefore waits for the render after hydration. These
 * hooks say which render is which; a page the browser draws alone (no server HTML) gets the browser's
 * values at once, as before server rendering.
 *
 * One flag in context, not useSyncExternalStore per component: React follows a differing server
 * snapshot with a synchronous re-render of every such component in the same task as the hydration
 * commit (measured: a 100 ms task on a post, 400 ms under Lighthouse's 4× CPU). The flag flips in a
 * transition instead, which React renders in 5 ms slices.
 */

const HydratedContext = createContext(true);

/**
 * Around a tree whose first render draws or adopts server HTML (server/render.tsx, src/hydrate-app.tsx):
 * `useHydrated()` is false on the server and while hydrating, true from the render after it.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startTransition(() => setHydrated(true));
  }, []);
  return <HydratedContext.Provider value={hydrated}>{children}</HydratedContext.Provider>;
}

/** False on the server and while React hydrates the server's HTML, true in every other render. */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}

type Primitive = string | number | boolean | null | undefined;

/**
 * Something the browser knows that does not change during a visit (a feature test): `serverValue` on
 * the server and while hydrating, `read()` from then on. `read` must give the same primitive each time.
 */
export function useBrowserValue<T extends Primitive>(read: () => T, serverValue: T): T {
  return useHydrated() ? read() : serverValue;
}

/**
 * State whose first value is kept in this browser (a comment draft in localStorage): `serverValue` on the
 * server and while hydrating, then `restore()` in the render after hydration. `restored` says whether
 * the value is the browser's yet; until then nothing should be saved over what is stored. Setting a
 * value counts as restored: it is the reader's.
 */
export function useRestoredState<T>(restore: () => T, serverValue: T): [T, (value: T) => void, boolean] {
  const hydrated = useHydrated();
  const [state, setState] = useState(() =>
    hydrated ? { value: restore(), restored: true } : { value: serverValue, restored: false },
  );
  // Adjusted during render, not in an effect: React draws the restored value in place of this render.
  if (hydrated && !state.restored) setState({ value: restore(), restored: true });
  const set = useCallback((value: T) => setState({ value, restored: true }), []);
  return [state.value, set, state.restored];
}
