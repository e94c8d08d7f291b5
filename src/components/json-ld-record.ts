import { createContext } from 'react';

/**
 * Server rendering: the JSON-LD a page holds, for the server to write into the <head> it sends
 * (json-ld.tsx adds to it). Apart from json-ld.tsx so the app's providers do not pull that part into
 * the first download.
 */
export type JsonLdRecord = string[];

export const JsonLdRecordContext = createContext<JsonLdRecord | null>(null);

/** Marks the copy the server wrote, which the browser's own replaces once it runs. */
export const SERVER_JSON_LD_ATTRIBUTE = 'data-server-json-ld';
