import type { ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';

/**
 * One page's HTML, complete and in order: React waits for every Suspense boundary (or `signal`, after
 * which what still waits goes out as its placeholder). Web streams, so it runs on any runtime with
 * them; server/render-html-node.ts is the faster Node version `npm start` uses.
 */
export type RenderToHtml = (element: ReactNode, options: RenderHtmlOptions) => Promise<string>;

export type RenderHtmlOptions = {
  signal: AbortSignal;
  nonce: string;
  onError: (error: unknown) => void;
};

/**
 * React 19.2 holds large boundaries back for a later chunk with a reveal script: an infinite chunk size
 * keeps the page one in-order document, which readers without JavaScript and crawlers can read.
 */
export const WHOLE_PAGE = Number.POSITIVE_INFINITY;

export const renderToHtml: RenderToHtml = async (element, { signal, nonce, onError }) => {
  const stream = await renderToReadableStream(element, {
    signal,
    nonce,
    progressiveChunkSize: WHOLE_PAGE,
    onError,
  });
  await stream.allReady;
  return new Response(stream).text();
};
