// Number words: runs of Arabic and English words that make one figure, ordinals and vague counts.
// How the parts combine is in arabic-phrase.ts and english-phrase.ts; this file walks the tokens.
import { ArabicAccumulator } from "./arabic-phrase.js";
import { EnglishAccumulator } from "./english-phrase.js";
import type { Read, TokenView } from "./token-view.js";
import type { WordNumber } from "./word-token.js";

/** «الخامس», «الحادي عشر», «الخامس والعشرين», "third" ("twenty-first" is read by readEnglish). */
export function readOrdinal(view: TokenView, i: number, w: WordNumber): Read {
  let value = w.entry.value;
  let end = w.end;
  let j = i + 1;
  const next = view.word(j);
  if (w.lang === "ar" && next && view.sameLine(i, j)) {
    if (next.entry.kind === "ten" && next.prefix === "") {
      value += 10;
      end = next.end;
      j++;
    } else if (next.entry.kind === "tens" && next.conj) {
      value += next.entry.value;
      end = next.end;
      j++;
    }
  }
  if (w.entry.kind === "ordinal-teen-head" && j === i + 1) return { next: i + 1 }; // «حادي» alone
  const rule = w.lang === "ar" ? "num.ordinal-ar" : "num.ordinal-en";
  return {
    number: {
      start: w.start,
      end,
      value,
      form: "words",
      ordinal: true,
      rule,
      definite: w.definite,
      prefix: w.prefix,
      lang: w.lang,
    },
    next: j,
  };
}

/** «عشرات», «مئات الآلاف», «آلاف» alone; "dozens", "hundreds of thousands". */
export function readVague(view: TokenView, i: number, w: WordNumber): Read {
  let value = w.entry.value;
  let end = w.end;
  let j = i + 1;
  if (w.lang === "ar") {
    const next = view.word(j);
    if (next?.entry.kind === "scale-plural" && !next.conj && view.sameLine(i, j)) {
      value *= next.entry.value;
      end = next.end;
      j++;
    }
  } else if (view.tokens[j]?.text.toLowerCase() === "of") {
    const next = view.word(j + 1);
    if (next?.entry.kind === "vague" && next.entry.value >= 1000 && view.sameLine(i, j + 1)) {
      value *= next.entry.value;
      end = next.end;
      j += 2;
    }
  }
  const rule = w.lang === "ar" ? "num.vague-ar" : "num.vague-en";
  return {
    vague: { start: w.start, end, conservative: value, definite: w.definite, prefix: w.prefix, rule },
    next: j,
  };
}

/**
 * A run of Arabic number words: «ثلاثة آلاف وأربعمائة وسبعة وخمسون», «ثماني», «خمسة وعشرين». Each
 * reading of the first word is tried and the longest figure wins: «وأحد عشر» is و + «أحد عشر» (and
 * eleven), not «واحد» (one) and a stray «عشر».
 */
export function readArabic(view: TokenView, i: number): Read {
  let best: { first: WordNumber; last: number; value: number } | null = null;
  for (const first of view.readingsOf(i)) {
    const run = arabicFrom(view, i, first);
    if (run && (!best || run.last > best.last)) best = { first, ...run };
  }
  if (!best) return { next: i + 1 };
  const { first, last, value } = best;
  return {
    number: {
      start: first.start,
      end: view.tokens[last]!.end,
      value,
      form: "words",
      ordinal: false,
      rule: last > i ? "num.ar-compound" : "num.ar-word",
      definite: first.definite,
      prefix: first.prefix,
      lang: "ar",
    },
    next: last + 1,
  };
}

/** The figure that starts with reading `first` of token i: its last token and value, or null. */
function arabicFrom(view: TokenView, i: number, first: WordNumber): { last: number; value: number } | null {
  const acc = new ArabicAccumulator();
  let last = -1;
  let value: number | null = null;
  for (let j = i; j < view.tokens.length; j++) {
    if (j > i && !view.sameLine(j - 1, j)) break;
    let readings = j === i ? [first] : view.readingsOf(j);
    let spacedAnd = false;
    // «خمسة و عشرين»: the conjunction written apart
    if (readings.length === 0 && j > i && view.tokens[j]!.text === "و" && view.sameLine(j, j + 1)) {
      readings = view.readingsOf(j + 1).filter((r) => r.prefix === "");
      spacedAnd = readings.length > 0;
      if (spacedAnd) j++;
    }
    // The first reading that can follow: «وأحد» is «واحد» (one) unless «أحد عشر» needs و + أحد.
    const w = readings.find((r) => {
      if (r.lang !== "ar") return false;
      const conj = spacedAnd || r.conj;
      if (j > i && r.prefix !== "" && !(conj && r.prefix === "و")) return false;
      const kind = r.entry.kind;
      if (kind === "ordinal" || kind === "ordinal-teen-head" || kind === "vague") return false;
      return acc.add({ kind, value: r.entry.value, conj: j > i && conj });
    });
    if (!w) break;
    if (acc.value !== null) {
      last = j;
      value = acc.value;
    }
  }
  return last < 0 || value === null ? null : { last, value };
}

/** A run of English number words: "twenty-five", "three hundred and twelve", "a dozen". */
export function readEnglish(view: TokenView, i: number): Read {
  const acc = new EnglishAccumulator();
  let lastGood = -1;
  let value: number | null = null;
  let ordinal = false;
  let j = i;
  while (j < view.tokens.length) {
    if (j > i && !view.sameLine(j - 1, j)) break;
    let conj = false;
    let k = j;
    const t = view.tokens[k]!;
    if (j > i && t.text.toLowerCase() === "and" && acc.takesAnd) {
      conj = true;
      k++;
    } else if (j > i && t.text === "-" && acc.openTens && view.touching(k - 1, k)) {
      k++;
      if (!view.touching(k - 1, k)) break;
    }
    const w = view.word(k);
    if (w?.lang !== "en") break;
    if (w.entry.kind === "ordinal" && acc.openTens && w.entry.value < 10) {
      value = (acc.value ?? 0) + w.entry.value; // "twenty-first"
      ordinal = true;
      lastGood = k;
      break;
    }
    if (!acc.add({ kind: w.entry.kind, value: w.entry.value, conj })) break;
    if (acc.value !== null) {
      lastGood = k;
      value = acc.value;
    }
    j = k + 1;
  }
  if (lastGood < 0 || value === null) return { next: i + 1 };
  const first = view.word(i)!;
  return {
    number: {
      start: first.start,
      end: view.tokens[lastGood]!.end,
      value,
      form: "words",
      ordinal,
      rule: ordinal ? "num.ordinal-en" : lastGood > i ? "num.en-compound" : "num.en-word",
      definite: false,
      prefix: "",
      lang: "en",
    },
    next: lastGood + 1,
  };
}
