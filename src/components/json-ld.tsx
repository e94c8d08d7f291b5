import { useContext, useEffect } from 'react';
import { JsonLdRecordContext, SERVER_JSON_LD_ATTRIBUTE } from './json-ld-record';
import { jsonForScript } from '../lib/script-json';
import { trustedTypesPolicy } from '../lib/trusted-types';

/**
 * Structured data as <script type="application/ld+json"> in <head>.
 *
 * Not rendered as JSX: React builds a <script> element through innerHTML and fills its text, both
 * Trusted Types sinks, so under the production CSP (`require-trusted-types-for 'script'`) that
 * throws. The element is made here instead, its text passed through a policy named `lectern-jsonld`
 * whose createScript accepts only what serializeJsonLd produces (valid JSON with no `<`), so the
 * policy cannot be used to smuggle a real script. A CSP `trusted-types` directive must name it.
 */

export const JSON_LD_POLICY_NAME = 'lectern-jsonld';

type ScriptPolicy = { createScript(input: string): unknown };

function isSerializedJsonLd(input: string): boolean {
  if (input.includes('<')) return false;
  try {
    JSON.parse(input);
    return true;
  } catch {
    return false;
  }
}

// Null under a CSP `trusted-types` list without it: structured data is left out, the page still works.
const jsonLdPolicy = trustedTypesPolicy<ScriptPolicy>(JSON_LD_POLICY_NAME, {
  createScript(input) {
    if (!isSerializedJsonLd(input)) throw new TypeError('lectern-jsonld only accepts serialized JSON-LD.');
    return input;
  },
});

/** Structured data as script text (src/lib/script-json.ts): valid JSON with no `<`. */
export function serializeJsonLd(data: unknown): string {
  return jsonForScript(data);
}

function scriptText(json: string): string | null {
  const trustedTypes = (globalThis as { trustedTypes?: unknown }).trustedTypes;
  if (!trustedTypes) return json;
  const created = jsonLdPolicy()?.createScript(json);
  return created === undefined ? null : (created as string);
}

export function JsonLd({ data }: { data: object }) {
  const json = serializeJsonLd(data);
  useContext(JsonLdRecordContext)?.push(json);
  useEffect(() => {
    for (const copy of document.head.querySelectorAll(`script[${SERVER_JSON_LD_ATTRIBUTE}]`)) copy.remove();
    const text = scriptText(json);
    if (text === null) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.text = text;
    document.head.append(script);
    return () => script.remove();
  }, [json]);
  return null;
}
