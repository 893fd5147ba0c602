// Disjoint sets over string keys: the clusters of names that resolution merges into one actor.
export class UnionFind {
  private readonly parent = new Map<string, string>();

  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  find(key: string): string {
    this.add(key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let at = key;
    while (at !== root) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  /**
   * Join the sets of a and b. A gazetteer node («gaz:…») stays the root so its id names the actor, and
   * two sets holding different gazetteer entries are never joined (false): they are two actors.
   */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ga = ra.startsWith("gaz:");
    const gb = rb.startsWith("gaz:");
    if (ga && gb) return false;
    if (gb) this.parent.set(ra, rb);
    else this.parent.set(rb, ra);
    return true;
  }

  /** Whether a and b are already in one set. */
  same(a: string, b: string): boolean {
    return this.find(a) === this.find(b);
  }
}
