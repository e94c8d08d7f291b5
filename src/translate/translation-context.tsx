import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Comment } from '../api/types';
import { useHydrated } from '../lib/hydration';
import type { TranslationSetup } from './choose-provider';
import { baseLanguage } from './languages';
import type {
  Translation,
  TranslationRequest,
  TranslationState,
  TranslationStore,
} from './translation-store';
import type { TranslationProvider as Provider } from './types';

/**
 * Hands the reader's translation to the widget (which chooses) and to the post page and its comments
 * (which show it). Everything flows through React state: translated text is rendered by React like
 * the original, never written into the DOM behind React's back.
 */

/**
 * What the Translate widget can offer: TranslationSetup's kinds, and `checking` on the server and while
 * hydrating. The server cannot know whether this browser has the on-device Translator API (`auto` and
 * `browser` depend on it), so both draw `checking`; the render after hydration has the browser's answer.
 */
export type TranslationAvailability = TranslationSetup['kind'] | 'checking';

/** `store` is null until its code has loaded (and for good when translation is not `ready`). */
type ContextValue = { kind: TranslationAvailability; store: TranslationStore | null };

const TranslationContext = createContext<ContextValue>({ kind: 'unavailable', store: null });

const ORIGINAL: TranslationState = { language: null, status: { kind: 'original' }, attempt: 0 };
const noSubscription = () => () => {};

type Loaded = { provider: Provider; store: TranslationStore | 'failed' };

/**
 * The store's code is downloaded after the first paint, not with the page (docs/performance.md): a
 * post shows in its own language first in any case, and until the store is there every hook below
 * reads "the original". The store reads the remembered language from localStorage, so it is only ever
 * created in the browser, after hydration: the server's HTML and the hydrating render show the original.
 */
export function TranslationProvider({ setup, children }: { setup: TranslationSetup; children: ReactNode }) {
  const provider = setup.kind === 'ready' ? setup.provider : null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!provider) return;
    let current = true;
    import('./translation-store').then(
      ({ createTranslationStore }) => {
        if (current) setLoaded({ provider, store: createTranslationStore(provider) });
      },
      (error: unknown) => {
        console.error('The translation code could not be loaded', error);
        if (current) setLoaded({ provider, store: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [provider]);

  const hydrated = useHydrated();
  const mine = loaded?.provider === provider ? loaded : null;
  // `none` comes from config.json alone, which the server reads too: no widget on either side.
  const known = hydrated || setup.kind === 'none';
  const kind = !known ? 'checking' : mine?.store === 'failed' ? 'unavailable' : setup.kind;
  const store = known && mine && mine.store !== 'failed' ? mine.store : null;
  const value = useMemo<ContextValue>(() => ({ kind, store }), [kind, store]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

/**
 * `none`: no Translate widget at all; `unavailable`: the widget explains; `ready`: it translates;
 * `checking`: not known yet (server rendering and hydration).
 */
export function useTranslationAvailability(): TranslationAvailability {
  return useContext(TranslationContext).kind;
}

export function useTranslationStore(): TranslationStore | null {
  return useContext(TranslationContext).store;
}

/*
 * The server snapshots below are "the original": the server translates nothing, so the hydrating
 * render must not show a translation either, even where a store is already there.
 */
const originalState = () => ORIGINAL;
const noLanguage = () => null;
const firstAttempt = () => 0;
const noTranslation = () => undefined;

/** Chosen language and status, for the widget. */
export function useTranslationState(): TranslationState {
  const store = useTranslationStore();
  const get = () => store?.getState() ?? ORIGINAL;
  return useSyncExternalStore(store?.subscribe ?? noSubscription, get, originalState);
}

function useChosen(): { language: string | null; attempt: number } {
  const store = useTranslationStore();
  const subscribe = store?.subscribe ?? noSubscription;
  const getLanguage = () => store?.getState().language ?? null;
  const getAttempt = () => store?.getState().attempt ?? 0;
  const language = useSyncExternalStore(subscribe, getLanguage, noLanguage);
  const attempt = useSyncExternalStore(subscribe, getAttempt, firstAttempt);
  return { language, attempt };
}

/**
 * Translates `request` into the chosen language while the calling component is shown. The work is
 * cancelled when the language changes, the request changes (memoise it) or the component unmounts
 * (the reader went to another page).
 */
export function useTranslationJob(request: TranslationRequest | null): void {
  const store = useTranslationStore();
  const { language, attempt } = useChosen();
  const scope = request?.scope ?? null;

  useEffect(() => {
    if (!store || scope === null) return;
    return store.watch(scope);
  }, [store, scope]);

  useEffect(() => {
    if (!store || !language || !request) return;
    const controller = new AbortController();
    void store.translate(request, language, controller.signal);
    return () => controller.abort();
  }, [store, language, attempt, request]);
}

/** The translation of `content` into the chosen language once it is there; re-renders only when it changes. */
export function useTranslation(scope: string, key: string, content: string): Translation | undefined {
  const store = useTranslationStore();
  const get = () => store?.lookup(scope, key, content);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, get, noTranslation);
}

/** The post's title and body, translated into the chosen language (both, or neither). */
export function useTranslatedPost(
  post: { id: string; title: string; html: string },
  blogLocale: string,
): { title: string; html: string; language: string } | null {
  const { id, title, html } = post;
  const request = useMemo<TranslationRequest>(
    () => ({
      scope: id,
      part: 'post',
      source: baseLanguage(blogLocale),
      items: [
        { key: 'title', content: title, format: 'text' },
        { key: 'body', content: html, format: 'html' },
      ],
    }),
    [id, title, html, blogLocale],
  );
  useTranslationJob(request);
  const translatedTitle = useTranslation(id, 'title', title);
  const translatedBody = useTranslation(id, 'body', html);
  if (!translatedTitle || !translatedBody) return null;
  return { title: translatedTitle.text, html: translatedBody.text, language: translatedBody.language };
}

/** Comments translated per request: enough to fill a screen quickly, few enough requests for a long thread. */
const COMMENTS_PER_BATCH = 10;

const commentKey = (id: string) => `comment:${id}`;

/** Translates the comments shown, in batches; readers write in any language, so each is detected. */
export function useTranslateComments(postId: string, comments: readonly Comment[], blogLocale: string): void {
  const request = useMemo<TranslationRequest>(
    () => ({
      scope: postId,
      part: 'comments',
      source: null,
      sourceHint: baseLanguage(blogLocale) ?? undefined,
      batchSize: COMMENTS_PER_BATCH,
      items: comments.map((comment) => ({
        key: commentKey(comment.id),
        content: comment.html,
        format: 'html',
      })),
    }),
    [postId, comments, blogLocale],
  );
  useTranslationJob(request);
}

/** One comment's translation, read inside the (memoised) comment itself. */
export function useCommentTranslation(comment: Comment): Translation | undefined {
  return useTranslation(comment.postId, commentKey(comment.id), comment.html);
}
