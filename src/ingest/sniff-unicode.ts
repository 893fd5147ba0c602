// Which Unicode encoding form the bytes announce (a byte-order mark) or betray (the zero bytes of
// UTF-16). Windows tools ("Save as Unicode" in Notepad, Excel's "Unicode text") write UTF-16LE, with
// a BOM usually but not always, and Arabic pages copied from them are common in newsroom folders.

import { SAMPLE_BYTES } from "./control-bytes.js";

export type UnicodeForm = "utf-8" | "utf-16le" | "utf-16be";

export interface ByteOrderMark {
  readonly encoding: UnicodeForm | "utf-32le" | "utf-32be";
  /** BOM length in bytes, removed before decoding. */
  readonly length: number;
}

/** The BOM the input starts with, if any. UTF-32 is reported so that it is not mistaken for UTF-16. */
export function readByteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", length: 3 };
  // FF FE 00 00 is the UTF-32LE BOM; a UTF-16LE file starting with U+0000 after its BOM is not text.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: "utf-32le", length: 4 };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: "utf-32be", length: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Share of code units whose high byte must look like UTF-16 text. In UTF-16 the high byte of a code
 * unit is 0x00 for ASCII (spaces, digits, Latin letters, line breaks) and 0x06 for the Arabic block,
 * so in Arabic or English text nearly every high byte is one of the two; 0.6 leaves room for
 * punctuation (U+201C “ has high byte 0x20) and presentation forms.
 */
const MIN_HIGH_BYTE_SHARE = 0.6;

/**
 * Share of zero bytes tolerated in the low-byte position. Low bytes are zero only for U+0000,
 * U+0600, U+2000 …, which text almost never contains; binary data (little-endian integers) has
 * zeros in both positions.
 */
const MAX_LOW_ZERO_SHARE = 0.05;

/**
 * UTF-16 without a BOM, told by the pattern of its high bytes: "Hi" is 48 00 69 00 in UTF-16LE, and
 * "قال" is 42 06 27 06 44 06. Returns null when the bytes do not look like UTF-16 (odd length, too
 * short, or no clear pattern); the caller still validates by decoding.
 */
export function sniffUtf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  // Two code units at least, and whole code units only.
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  const units = Math.floor(end / 2);
  let evenHigh = 0;
  let oddHigh = 0;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < end; i += 2) {
    const even = bytes[i]!;
    const odd = bytes[i + 1]!;
    if (even === 0x00 || even === 0x06) evenHigh++;
    if (odd === 0x00 || odd === 0x06) oddHigh++;
    if (even === 0x00) evenZero++;
    if (odd === 0x00) oddZero++;
  }
  // Little-endian puts the high byte second (odd offsets), big-endian first.
  if (oddHigh / units >= MIN_HIGH_BYTE_SHARE && evenZero / units <= MAX_LOW_ZERO_SHARE) return "utf-16le";
  if (evenHigh / units >= MIN_HIGH_BYTE_SHARE && oddZero / units <= MAX_LOW_ZERO_SHARE) return "utf-16be";
  return null;
}
