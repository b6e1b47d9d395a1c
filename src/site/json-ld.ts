/**
 * JSON-LD that cannot break out of its `<script>`: after JSON.stringify, `<`, `>` and `&` and the
 * line separators U+2028/U+2029 are written as \u escapes, so `</script>` in a tool description
 * stays text inside the JSON string and the block still parses to the same object.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
