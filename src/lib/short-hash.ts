/** A short stable hash (FNV-1a, base 36): to name items that have no id of their own, or tell one text from another. Not a secret. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
