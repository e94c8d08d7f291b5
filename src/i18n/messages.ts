/** A catalog area in another language: every key of the English area, each a message in ICU syntax. */
export type Messages<English> = { readonly [K in keyof English]: string };
