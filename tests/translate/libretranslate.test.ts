import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  createLibreTranslateHandlers,
  pseudoTranslateHtml,
  type LibreTranslateFailure,
  type LibreTranslateMockOptions,
} from '../../mocks/handlers/libretranslate';
import { server } from '../../mocks/node';
import { TranslateError } from '../../src/translate/errors';
import { createLibreTranslateProvider } from '../../src/translate/libretranslate';

const URL = 'https://translate.test/';

function serve(options: LibreTranslateMockOptions = {}) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    ...createLibreTranslateHandlers({
      base: 'https://translate.test',
      onTranslate: (body) => bodies.push(body),
      ...options,
    }),
  );
  return bodies;
}

const options = (target = 'fr', source: string | null = 'en') => ({
  source,
  target,
  signal: new AbortController().signal,
});

async function failureOf(promise: Promise<unknown>): Promise<TranslateError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TranslateError)) throw new Error(`expected a TranslateError, got ${String(error)}`);
  return error;
}

describe('LibreTranslate provider', () => {
  it('lists the targets the server offers for the source language, source left out', async () => {
    serve();
    const provider = createLibreTranslateProvider({ url: URL });
    const languages = await provider.languages('en', new AbortController().signal);
    expect(languages.map((l) => l.code)).toContain('fr');
    expect(languages.map((l) => l.code)).not.toContain('en');
    expect(languages.find((l) => l.code === 'de')?.name).toBe('German');
    expect(await provider.languages('xx', new AbortController().signal)).toEqual([]);
  });

  it('posts {q, source, target, format: "html", api_key} and keeps the markup', async () => {
    const bodies = serve();
    const provider = createLibreTranslateProvider({ url: URL, key: 'secret' });
    const html = '<p>Read <a href="https://example.org/" title="a title">this</a>, <em>now</em>.</p>';
    const [result] = await provider.translate([{ content: html, format: 'html' }], options());
    expect(result).toBe(
      '<p>[fr] Read <a href="https://example.org/" title="a title">[fr] this</a>[fr] , <em>[fr] now</em>[fr] .</p>',
    );
    expect(bodies).toEqual([{ q: html, source: 'en', target: 'fr', format: 'html', api_key: 'secret' }]);
  });

  it('asks the server to detect the language when the source is unknown, and sends no key when there is none', async () => {
    const bodies = serve();
    const provider = createLibreTranslateProvider({ url: URL });
    await provider.translate([{ content: 'Hola', format: 'html' }], options('de', null));
    expect(bodies[0]).toEqual({ q: 'Hola', source: 'auto', target: 'de', format: 'html' });
  });

  it('sends a long body in chunks within the limit and reassembles it', async () => {
    const bodies = serve();
    const provider = createLibreTranslateProvider({ url: URL, maxChars: 200 });
    const html = Array.from(
      { length: 10 },
      (_, i) => `<p>Paragraph ${i}: <b>bold</b> and plain words.</p>`,
    ).join('\n');
    const [result] = await provider.translate([{ content: html, format: 'html' }], options());
    expect(bodies.length).toBeGreaterThan(2);
    for (const body of bodies) expect(String(body.q).length).toBeLessThanOrEqual(200);
    expect(result).toBe(pseudoTranslateHtml(html, 'fr'));
  });

  it('packs several items (a title and comments) into one request and returns them in order', async () => {
    const bodies = serve();
    const provider = createLibreTranslateProvider({ url: URL });
    const result = await provider.translate(
      [
        { content: 'Q&A: <not a tag>', format: 'text' },
        { content: 'A <b>bold</b> comment', format: 'html' },
        { content: 'Another', format: 'html' },
      ],
      options(),
    );
    expect(bodies).toHaveLength(1);
    expect(result).toEqual(['[fr] Q&A: <not a tag>', '[fr] A <b>[fr] bold</b> [fr] comment', '[fr] Another']);
  });

  it('translates items one by one when the server does not keep them apart', async () => {
    const bodies = serve();
    server.use(
      http.post('https://translate.test/translate', async ({ request }) => {
        const { q } = (await request.clone().json()) as { q: string };
        // A server that strips the wrappers of a packed document.
        if (q.startsWith('<div>')) return HttpResponse.json({ translatedText: 'merged' });
        return undefined;
      }),
    );
    const provider = createLibreTranslateProvider({ url: URL });
    const result = await provider.translate(
      [
        { content: 'one', format: 'html' },
        { content: 'two', format: 'html' },
      ],
      options(),
    );
    expect(result).toEqual(['[fr] one', '[fr] two']);
    expect(bodies.map((b) => b.q)).toEqual(['one', 'two']);
  });

  describe('maps failures to what the reader is told', () => {
    const cases: [LibreTranslateFailure, TranslateError['kind'], string | null][] = [
      ['unsupported', 'unsupported', 'fr is not supported'],
      ['down', 'down', null],
      ['error', 'down', 'Cannot translate text: internal error'],
      ['quota', 'quota', 'Slowdown: 20 per 1 minute'],
      ['key', 'quota', 'Please contact the server operator to get an API key'],
    ];
    it.each(cases)('%s → %s', async (failure, kind, detail) => {
      serve({ failure: () => failure });
      const provider = createLibreTranslateProvider({ url: URL });
      const error = await failureOf(provider.translate([{ content: 'Hi', format: 'html' }], options()));
      expect(error.kind).toBe(kind);
      expect(error.detail).toBe(detail);
    });

    it('a server that takes too long → timeout', async () => {
      serve({ failure: () => 'slow', slowMs: 1_000 });
      const provider = createLibreTranslateProvider({ url: URL, timeoutMs: 50 });
      const error = await failureOf(provider.translate([{ content: 'Hi', format: 'html' }], options()));
      expect(error.kind).toBe('timeout');
      expect(error.retryable).toBe(true);
    });

    it('a wrong URL (404) → down; an answer without translatedText → failed', async () => {
      server.use(
        http.post('https://translate.test/translate', () => new HttpResponse('Not Found', { status: 404 })),
      );
      const provider = createLibreTranslateProvider({ url: URL });
      expect((await failureOf(provider.translate([{ content: 'Hi', format: 'html' }], options()))).kind).toBe(
        'down',
      );
      server.use(http.post('https://translate.test/translate', () => HttpResponse.json({ text: 'x' })));
      expect((await failureOf(provider.translate([{ content: 'Hi', format: 'html' }], options()))).kind).toBe(
        'failed',
      );
    });
  });

  it('lets the caller cancel: the request is aborted and the rejection is not a TranslateError', async () => {
    let seen: Request | null = null;
    serve({ failure: () => 'slow', slowMs: 5_000, onTranslate: (_body, request) => (seen = request) });
    const provider = createLibreTranslateProvider({ url: URL });
    const controller = new AbortController();
    const pending = provider.translate([{ content: 'Hi', format: 'html' }], {
      ...options(),
      signal: controller.signal,
    });
    await expect.poll(() => seen).not.toBeNull();
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TranslateError);
    expect(seen!.signal.aborted).toBe(true);
  });
});
