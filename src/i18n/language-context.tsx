import { createContext, Fragment, useContext, type ReactNode } from 'react';
import type { MessageKey } from './en/index';
import type { MessageValues } from './format';
import { ENGLISH, type Language, type Translate } from './translator';

export const LanguageContext = createContext<Language>(ENGLISH);

export const LanguageProvider = LanguageContext.Provider;

/** The blog's language: its words (`t`), its tag and its direction. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** Lectern's words in the blog's language. */
export function useT(): Translate {
  return useContext(LanguageContext).t;
}

/** A message with elements in it ("Posted by {author} at {time}"), as React nodes. */
export function Message({ id, values }: { id: MessageKey; values: MessageValues }): ReactNode {
  const t = useT();
  return t.rich(id, values).map((part, i) => <Fragment key={i}>{part as ReactNode}</Fragment>);
}
