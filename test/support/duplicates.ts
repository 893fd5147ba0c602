// For lexicon tests: the keys that occur more than once (each repeat listed), so a failing test names
// the entries listed twice after normalisation.
export function duplicates(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const key of keys) {
    if (seen.has(key)) repeated.push(key);
    seen.add(key);
  }
  return repeated;
}
