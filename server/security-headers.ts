import { randomBytes } from 'node:crypto';
import { TRUSTED_TYPES_POLICY_NAMES } from '../src/lib/trusted-types';
import { themeOrigins } from '../src/theme/theme-css';
import type { LecternConfig } from './server-config';

/** A fresh nonce per response: the only inline script a page carries is its JSON state. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Where the browser's requests for the blog go, for connect-src. */
function backendOrigins(config: LecternConfig): string[] {
  const { backend } = config;
  switch (backend.kind) {
    case 'demo':
      return [];
    case 'blogger':
      return [originOf(backend.url) ?? 'https://www.googleapis.com'];
    default:
      return [originOf(backend.url)].filter((origin): origin is string => origin !== null);
  }
}

/**
 * The policy of docs/security.md, filled in from the config: the backend's and the translator's origins,
 * the embeds' hosts, and this response's nonce for its state script. `pageOrigin` is the page's own.
 */
export function contentSecurityPolicy(config: LecternConfig, nonce: string, pageOrigin?: string): string {
  const connect = ["'self'", ...backendOrigins(config)];
  const translator = originOf(config.translate.url);
  if (translator) connect.push(translator);
  const frames = (config.embeds?.iframeHosts ?? []).map((host) => `https://${host}`);
  // The theme's <style> carries this response's nonce; its customCss and fonts may live elsewhere.
  const theme = themeOrigins(config.theme, config.siteUrl ?? pageOrigin);
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    ["style-src 'self'", `'nonce-${nonce}'`, ...theme.style].join(' '),
    ...(theme.font.length > 0 ? [`font-src 'self' ${theme.font.join(' ')}`] : []),
    // A blog served over plain http (a local or intranet install) shows its backend's http images too.
    `img-src 'self' https: data:${pageOrigin?.startsWith('http:') ? ' http:' : ''}`,
    `connect-src ${[...new Set(connect)].join(' ')}`,
    ...(frames.length > 0 ? [`frame-src ${frames.join(' ')}`] : []),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICY_NAMES.join(' ')}`,
  ].join('; ');
}

/** Sent with every response of `npm start`, files included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
