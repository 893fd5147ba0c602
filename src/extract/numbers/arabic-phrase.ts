// How Arabic number words combine into one figure. Written Arabic puts the parts from the largest
// scale down, each later part joined by و, except inside a hundred or a teen and before a scale word:
//   «ثلاثة آلاف وأربعمائة وسبعة وخمسون»  3,457  (3 × thousands, و 400, و 7, و 50: units before tens)
//   «خمسة وعشرين»  25      «أربعة عشر»  14      «ثلاث مئة»  300      «مئتا ألف»  200,000
//   «أحد عشر ألفاً» 11,000  «مليون وخمسمائة ألف»  1,500,000      «750 ألف»  750,000
// The accumulator takes one part at a time and refuses a part that cannot follow the ones before it,
// which ends the figure there: «ثلاثة وأربعة» is two figures (3 and 4), «عشرة وعشرين» is 10 and 20
// (only a unit 1–9 takes و + tens), «ثلاثة أطفال» stops at the noun.
import { NumberAccumulator } from "./accumulator.js";
import type { NumberWordKind } from "./number-words.js";

/** One part of a figure: a number word, or a run of digits. */
export interface Part {
  readonly kind: NumberWordKind | "digits";
  readonly value: number;
  /** Joined to the previous part by و (and). */
  readonly conj: boolean;
}

type Slot = "none" | "unit" | "teen-head" | "ten" | "teen" | "tens" | "hundreds" | "scale" | "digits";

export class ArabicAccumulator extends NumberAccumulator<Slot> {
  /** The figure so far, or null while it is incomplete (a teen head without its عشر). */
  get value(): number | null {
    return this.slot === "teen-head" ? null : this.sum;
  }

  get empty(): boolean {
    return this.slot === "none";
  }

  /** Whether `part` can follow; when it can, it is added. */
  add(part: Part): boolean {
    const { kind, value: v, conj } = part;
    const first = this.slot === "none";
    // After a scale word a new group starts with و: «ألف وخمسمائة», «مليون وثلاثة آلاف».
    const freshGroup = conj && this.slot === "scale" && this.current === 0;
    const afterHundreds = conj && this.slot === "hundreds";
    switch (kind) {
      case "digits":
        if (!first && !(freshGroup && v < this.lastScale)) return false;
        return this.set(v, "digits");
      case "unit":
      case "teen-head":
        if (first || freshGroup) return this.set(v, kind);
        if (afterHundreds) return this.plus(v, kind);
        return false;
      case "ten":
        // «ثلاثة عشر»: the tail of a teen, written apart and without و
        if (!conj && (this.slot === "unit" || this.slot === "teen-head") && this.current % 100 < 10) {
          return this.plus(10, "teen");
        }
        if (first || freshGroup) return this.set(10, "ten");
        if (afterHundreds) return this.plus(10, "ten");
        return false;
      case "tens":
        if (conj && this.slot === "unit" && this.current % 100 < 10) return this.plus(v, "tens");
        if (first || freshGroup) return this.set(v, "tens");
        if (afterHundreds) return this.plus(v, "tens");
        return false;
      case "hundred":
        // «ثلاث مئة»: a unit written apart multiplies مئة
        if (!conj && this.slot === "unit" && this.current < 10) {
          this.current *= 100;
          this.slot = "hundreds";
          return true;
        }
        if (first || freshGroup) return this.set(100, "hundreds");
        return false;
      case "hundreds":
        if (first || freshGroup) return this.set(v, "hundreds");
        return false;
      case "scale":
        if (!conj && this.current > 0 && this.slot !== "teen-head" && v < this.lastScale) {
          return this.scale(this.current, v);
        }
        if (first || freshGroup) return this.scale(1, v);
        return false;
      case "scale-dual":
        if (first || freshGroup) return this.scale(2, v);
        return false;
      case "scale-acc":
        // «عشرون مليوناً» after a count is the singular in the accusative; alone, the same letters are
        // the construct dual «مليونا يورو» (two million euros), since a lone singular would be «مليون»
        if (!conj && this.current > 0 && this.slot !== "teen-head" && v < this.lastScale) {
          return this.scale(this.current, v);
        }
        if (first || freshGroup) return this.scale(2, v);
        return false;
      case "scale-plural":
        // «ثلاثة آلاف» … «عشرة آلاف», «ثلاثمائة وخمسة آلاف»: the plural follows a count ending in
        // 3–10; alone it is a vague count
        if (!conj && v < this.lastScale && this.current % 100 >= 3 && this.current % 100 <= 10) {
          const wordCount = this.slot === "unit" || this.slot === "ten";
          if (wordCount || (this.slot === "digits" && this.current <= 10)) return this.scale(this.current, v);
        }
        return false;
      default:
        return false;
    }
  }
}
