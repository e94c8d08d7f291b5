/** Placeholder until the translate widget lands: says plainly that translation is not available yet. */
export function TranslateWidget() {
  return <p className="translate-widget">Translation is not available yet.</p>;
}
