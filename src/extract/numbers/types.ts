// The mentions extract/numbers reports. Offsets are UTF-16 indexes into the text given to findNumbers.

export interface NumberMention {
  /** Offsets into the text given to findNumbers. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly form: "digits" | "words" | "mixed";
  /** True for ordinals ("الخامس", "الـ25", "25th") — a day of the month or a rank, never a count. */
  readonly ordinal: boolean;
  /** The rule that found it, for the dossier's traceability. */
  readonly rule: string;
  /**
   * Whether the figure carries the Arabic article: «الثمانية» (the eight), «الثلاثين» (the thirtieth in
   * «ليل الثلاثين من الشهر», or the thirty in «القتلى الثلاثين»). Set by findNumbers.
   */
  readonly definite?: boolean;
  /**
   * Proclitics before the figure, normalised and outside its span: "و" for «و36» or «وثماني», "ب" for
   * «بثلاثة», "ال" for «الـ25», "" for none. Set by findNumbers.
   */
  readonly prefix?: string;
  /** Language of the number words ("ar" | "en"), null for bare digits. Set by findNumbers. */
  readonly lang?: "ar" | "en" | null;
}

/**
 * A vague count: «عشرات» (tens), «مئات» (hundreds), «آلاف» (thousands), "dozens". It has no value; the
 * conservative figure is the lowest one the word allows, as the ACLED convention codes it
 * (tens → 10, hundreds → 100, thousands → 1000, «عشرات الآلاف» → 10,000).
 */
export interface VagueNumberMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly conservative: number;
  readonly definite: boolean;
  readonly prefix: string;
  readonly rule: string;
}
