import { delay, http, HttpResponse } from 'msw';

/**
 * A LibreTranslate-compatible endpoint for the demo and the tests: `GET /languages`, `POST /translate`.
 * It does not translate: it marks every run of text with the target language, `[fr] …`, and leaves tags
 * and attributes untouched, so a developer sees at a glance what was translated and that the markup
 * survived. Failures are switched on per test (or per demo session) with `failure`.
 */

export const LIBRETRANSLATE_FAILURES = ['down', 'error', 'quota', 'key', 'slow', 'unsupported'] as const;
export type LibreTranslateFailure = (typeof LIBRETRANSLATE_FAILURES)[number];

export type LibreTranslateMockOptions = {
  /** Where the endpoint answers; the demo's default matches any origin (dev server, preview, tests). */
  base?: string;
  /** The failure to simulate now, or null to work normally. Read on every request. */
  failure?: () => LibreTranslateFailure | null;
  /** How long `slow` waits before answering (a client with a shorter timeout gives up first). */
  slowMs?: number;
  /** Called with each /translate request body, for tests that check what was sent. */
  onTranslate?: (body: Record<string, unknown>, request: Request) => void;
  /** Simulated latency before each answer; MSW's realistic default (instant under Node). */
  latency?: () => Promise<void>;
};

/** Codes and English names as a LibreTranslate server lists them. */
export const MOCK_LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'Arabic' },
  { code: 'de', name: 'German' },
  { code: 'es', name: 'Spanish' },
  { code: 'fa', name: 'Persian' },
  { code: 'fr', name: 'French' },
  { code: 'he', name: 'Hebrew' },
  { code: 'hi', name: 'Hindi' },
  { code: 'it', name: 'Italian' },
  { code: 'ja', name: 'Japanese' },
  { code: 'ko', name: 'Korean' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'ru', name: 'Russian' },
  { code: 'uk', name: 'Ukrainian' },
  { code: 'ur', name: 'Urdu' },
  { code: 'vi', name: 'Vietnamese' },
  { code: 'zh', name: 'Chinese' },
];

/** A tag, with quoted attribute values that may hold `>`. */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Marks each run of text between tags; tags, attributes, and script/style contents are left alone. */
export function pseudoTranslateHtml(html: string, target: string): string {
  let inRaw = false;
  let out = '';
  let last = 0;
  const mark = (text: string) =>
    inRaw || text.trim() === '' ? text : text.replace(/^(\s*)([\s\S]*?)(\s*)$/, `$1[${target}] $2$3`);
  for (const match of html.matchAll(TAG)) {
    out += mark(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
    const name = /^<\/?([a-zA-Z]+)/.exec(match[0])?.[1]?.toLowerCase();
    if (name === 'script' || name === 'style') inRaw = !match[0].startsWith('</');
  }
  return out + mark(html.slice(last));
}

export function pseudoTranslateText(text: string, target: string): string {
  return text.trim() === '' ? text : `[${target}] ${text}`;
}

const codes = new Set(MOCK_LANGUAGES.map((language) => language.code));

export function createLibreTranslateHandlers(options: LibreTranslateMockOptions = {}) {
  const base = options.base ?? '*/demo-translate';
  const failure = options.failure ?? (() => null);
  const latency = options.latency ?? (() => delay());

  return [
    http.get(`${base}/languages`, async () => {
      await latency();
      if (failure() === 'down') return HttpResponse.error();
      return HttpResponse.json(
        MOCK_LANGUAGES.map(({ code, name }) => ({
          code,
          name,
          targets: [...codes].filter((target) => target !== code),
        })),
      );
    }),

    http.post(`${base}/translate`, async ({ request }) => {
      const body: unknown = await request.json().catch(() => null);
      if (typeof body !== 'object' || body === null) {
        return HttpResponse.json({ error: 'Invalid request: missing q parameter' }, { status: 400 });
      }
      const fields = body as Record<string, unknown>;
      options.onTranslate?.(fields, request);
      await latency();

      switch (failure()) {
        case 'down':
          return HttpResponse.error();
        case 'error':
          return HttpResponse.json({ error: 'Cannot translate text: internal error' }, { status: 500 });
        case 'quota':
          return HttpResponse.json({ error: 'Slowdown: 20 per 1 minute' }, { status: 429 });
        case 'key':
          return HttpResponse.json(
            { error: 'Please contact the server operator to get an API key' },
            { status: 403 },
          );
        case 'slow':
          await delay(options.slowMs ?? 60_000);
          break;
        case 'unsupported':
          return HttpResponse.json({ error: `${String(fields.target)} is not supported` }, { status: 400 });
        case null:
          break;
      }

      const { q, source, target, format } = fields;
      if (typeof q !== 'string' && !(Array.isArray(q) && q.every((item) => typeof item === 'string'))) {
        return HttpResponse.json({ error: 'Invalid request: missing q parameter' }, { status: 400 });
      }
      if (typeof target !== 'string' || !codes.has(target)) {
        return HttpResponse.json({ error: `${String(target)} is not supported` }, { status: 400 });
      }
      if (source !== 'auto' && (typeof source !== 'string' || !codes.has(source))) {
        return HttpResponse.json({ error: `${String(source)} is not supported` }, { status: 400 });
      }
      const translate = (text: string) =>
        format === 'html' ? pseudoTranslateHtml(text, target) : pseudoTranslateText(text, target);
      const translatedText = typeof q === 'string' ? translate(q) : q.map(translate);
      return HttpResponse.json({
        translatedText,
        ...(source === 'auto' ? { detectedLanguage: { confidence: 90, language: 'en' } } : {}),
      });
    }),
  ];
}
