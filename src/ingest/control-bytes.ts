// The generic binary test, for formats the signature table does not know: text in any 8-bit encoding
// (UTF-8, windows-1256, ISO-8859-6) uses the C0 range 0x00–0x1F only for \t \n \f \r, so NUL bytes
// or a high share of the other control bytes mean the file is not text. UTF-16 is the exception
// (every ASCII character carries a 0x00 byte), so callers rule it out before asking.

/** How many leading bytes are examined: enough to judge, cheap on a 50 MiB input. */
export const SAMPLE_BYTES = 64 * 1024;

/**
 * Share of control bytes above which an input is binary. Text files seen in the wild carry at most a
 * stray 0x1A (DOS end-of-file) or ANSI escape, far below 5%; uniformly random bytes carry ~12%.
 */
export const MAX_CONTROL_SHARE = 0.05;

export interface ControlByteCount {
  /** Control bytes (C0 other than \t \n \f \r, plus DEL) divided by bytes examined. */
  readonly share: number;
  readonly hasNul: boolean;
}

export function countControlBytes(bytes: Uint8Array, limit = SAMPLE_BYTES): ControlByteCount {
  const end = Math.min(bytes.length, limit);
  let control = 0;
  let hasNul = false;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (isControlCode(b)) {
      control++;
      if (b === 0) hasNul = true;
    }
  }
  return { share: end === 0 ? 0 : control / end, hasNul };
}

/** The same test on decoded text (used after UTF-16 decoding, where it applies to code units). */
export function countControlChars(text: string, limit = SAMPLE_BYTES / 2): ControlByteCount {
  const end = Math.min(text.length, limit);
  let control = 0;
  let hasNul = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isControlCode(c)) {
      control++;
      if (c === 0) hasNul = true;
    }
  }
  return { share: end === 0 ? 0 : control / end, hasNul };
}

export function looksBinary(count: ControlByteCount): boolean {
  return count.hasNul || count.share > MAX_CONTROL_SHARE;
}

/** "12% control bytes", with one decimal under 1% so a few NULs do not read as "0%". */
export function describeControlShare(count: ControlByteCount, unit: "bytes" | "characters"): string {
  const percent = count.share * 100;
  const shown = percent >= 1 ? String(Math.round(percent)) : percent.toFixed(1);
  return `${shown}% control ${unit}${count.hasNul ? ", NUL included" : ""}`;
}

function isControlCode(code: number): boolean {
  if (code === 0x7f) return true;
  if (code >= 0x20) return false;
  // \t \n \f \r are layout, not control noise.
  return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}
