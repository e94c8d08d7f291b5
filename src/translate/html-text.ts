import { parseFragment } from './chunk-html';

/** Elements whose text is not prose to translate. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea']);

/**
 * Translates the text of an HTML fragment run by run, leaving every tag and attribute as it was. For
 * translators that take plain text only (the browser's on-device API): each text node is sent on its
 * own, its surrounding white space kept. Runs go one at a time so a cancelled job stops at once.
 * The result is serialized from an inert, detached document, never from the page's DOM.
 */
export async function translateTextRuns(
  html: string,
  translateRun: (text: string) => Promise<string>,
  signal?: AbortSignal,
): Promise<string> {
  const body = parseFragment(html);
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const runs: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.trim() === '' || SKIP.has(text.parentElement?.localName ?? '')) continue;
    runs.push(text);
  }
  for (const run of runs) {
    signal?.throwIfAborted();
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.data) ?? [];
    run.data = `${lead}${await translateRun(core)}${trail}`;
  }
  return body.innerHTML;
}
