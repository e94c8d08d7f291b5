/** Blogger's Attribution gadget: the software the blog runs on, or the owner's own line. */
export function AttributionWidget({ text }: { text?: string | undefined }) {
  return <p className="attribution">{text ?? 'Powered by Lectern'}</p>;
}
