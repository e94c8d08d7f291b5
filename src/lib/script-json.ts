/**
 * JSON for the text of a <script> element (JSON-LD, the page state): `<`, `>`, `&` and the two
 * JavaScript line separators written as \u escapes, so a title holding `</script>` or `<!--` cannot end
 * the element early or open a comment in it. JSON.parse reads back exactly what was written.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
