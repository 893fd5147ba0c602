/** `text` with every character that has a meaning in a regular expression escaped, for building one from lexicon entries. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
