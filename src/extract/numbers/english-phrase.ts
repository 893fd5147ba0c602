// How English number words combine: "twenty-five", "three hundred and twelve", "two thousand four hundred",
// "a dozen", "a hundred", "1.2 million". Tens take a unit after a hyphen or a space; "and" may follow
// hundred or a scale word; a scale multiplies everything before it that is smaller.
// A part that cannot follow ends the figure: "five six" is two figures, "ten twenty" too.
import { NumberAccumulator } from "./accumulator.js";
import type { Part } from "./arabic-phrase.js";

type Slot = "none" | "article" | "unit" | "tens" | "hundred" | "scale" | "dozen" | "digits";

export class EnglishAccumulator extends NumberAccumulator<Slot> {
  /** The figure so far, or null while it is only an article ("a" alone is not a number). */
  get value(): number | null {
    return this.slot === "article" || this.slot === "none" ? null : this.sum;
  }

  /** Whether "and" may come next ("three hundred and five", "two thousand and ten"). */
  get takesAnd(): boolean {
    return this.slot === "hundred" || (this.slot === "scale" && this.current === 0);
  }

  /** Whether the last part was a ten that a hyphenated unit may complete ("twenty-five"). */
  get openTens(): boolean {
    return this.slot === "tens" && this.current % 10 === 0;
  }

  /** Whether `part` can follow; when it can, it is added. `conj` marks a preceding "and". */
  add(part: Part): boolean {
    const { kind, value: v, conj } = part;
    const first = this.slot === "none";
    const afterGroup = this.slot === "hundred" || (this.slot === "scale" && this.current === 0);
    switch (kind) {
      case "article":
        return first ? this.set(1, "article") : false;
      case "digits":
        return first ? this.set(v, "digits") : false;
      case "unit":
        if (conj && !afterGroup) return false;
        if (first) return this.set(v, "unit");
        if (this.slot === "tens" && this.current % 10 === 0 && v < 10) return this.plus(v, "unit");
        if (afterGroup && this.current % 100 === 0) return this.plus(v, "unit");
        return false;
      case "tens":
        if (conj && !afterGroup) return false;
        if (first) return this.set(v, "tens");
        if (afterGroup && this.current % 100 === 0) return this.plus(v, "tens");
        return false;
      case "hundred":
        if (conj) return false;
        if (this.slot === "article") return this.set(100, "hundred");
        if ((this.slot === "unit" || this.slot === "tens") && this.current > 0 && this.current < 100) {
          this.current *= 100;
          this.slot = "hundred";
          return true;
        }
        return false;
      case "scale":
        if (conj || v >= this.lastScale) return false;
        if (this.slot === "article") return this.scale(1, v);
        if (this.current > 0 && this.slot !== "dozen") return this.scale(this.current, v);
        return false;
      case "dozen":
        if (conj) return false;
        if (this.slot === "article") return this.set(12, "dozen");
        if (this.slot === "unit" && this.current < 10) return this.set(this.current * 12, "dozen");
        return false;
      default:
        return false;
    }
  }
}
