// What the Arabic and English number-word accumulators share: a running total of completed scale
// groups (thousands, millions), the group being built, the slot the last part filled, and the last
// scale used (a later scale must be smaller: «ألف ومئة ألف» is not one figure). Each language decides
// in its own `add` which part may follow which; the bookkeeping is here.

/** Round away binary noise: 1.2 × 10^6 is 1,200,000, not 1,199,999.9999999998. */
export function cleanNumber(n: number): number {
  return Number(n.toPrecision(12));
}

export abstract class NumberAccumulator<Slot extends string> {
  protected total = 0;
  protected current = 0;
  protected lastScale = Number.POSITIVE_INFINITY;
  /** The kind of the last part taken: "none" before the first, "scale" after a scale word. */
  protected slot: Slot | "none" | "scale" = "none";

  /** The figure so far, ignoring whether it is complete. */
  protected get sum(): number {
    return cleanNumber(this.total + this.current);
  }

  protected set(v: number, slot: Slot): boolean {
    this.current = v;
    this.slot = slot;
    return true;
  }

  protected plus(v: number, slot: Slot): boolean {
    this.current += v;
    this.slot = slot;
    return true;
  }

  /** Closes a scale group: `times` × `scale` joins the total and the next group starts empty. */
  protected scale(times: number, scale: number): boolean {
    this.total += times * scale;
    this.current = 0;
    this.lastScale = scale;
    this.slot = "scale";
    return true;
  }
}
