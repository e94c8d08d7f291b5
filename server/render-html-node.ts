import { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import { WHOLE_PAGE, type RenderToHtml } from './render-html';

/**
 * renderToHtml on Node streams: React's Node renderer writes to a Node stream without the web streams'
 * per-chunk cost, which is most of a page's render time on Node. Same output, same deadline.
 */
export const renderToHtmlNode: RenderToHtml = (element, { signal, nonce, onError }) =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        done();
      },
      final(done) {
        resolve(Buffer.concat(chunks).toString('utf8'));
        done();
      },
    });
    const stream = renderToPipeableStream(element, {
      nonce,
      progressiveChunkSize: WHOLE_PAGE,
      onError,
      onShellError: reject,
      onAllReady: () => stream.pipe(sink),
    });
    if (signal.aborted) stream.abort(signal.reason);
    else signal.addEventListener('abort', () => stream.abort(signal.reason), { once: true });
  });
