import { SanitizedHtml } from '../sanitized-html';

/** Blogger's Text (HTML) gadget: config.json's HTML, through the one sanitizing policy like a post's. */
export function TextWidget({ html }: { html: string }) {
  return <SanitizedHtml className="text-widget" kind="gadget" html={html} />;
}
