// Bytes → text, for one input. The order matters:
//   1. empty                      → E_EMPTY
//   2. a known binary signature   → E_BINARY naming the format (a PNG may hold no NUL in its header)
//   3. a BOM (UTF-8, UTF-16)      → that encoding, BOM removed (before any declared charset)
//   4. UTF-16 without BOM         → told by its high bytes, checked by a strict decode
//   5. NUL / control bytes        → E_BINARY (only now: UTF-16 text is full of NULs)
//   6. the declared charset       → when the bytes could refute it (not windows-1252) and do not
//   7. valid UTF-8                → utf-8 (ASCII included)
//   8. windows-1256 / ISO-8859-6  → whichever reads as Arabic; else a declared windows-1252; else
//                                   E_ENCODING
// The text is otherwise kept exactly: no line-ending or Unicode normalisation, no trimming, so that
// line numbers and offsets computed later point into the file as the user sees it.

import { createHash } from "node:crypto";
import { IsnadError } from "../core/errors.js";
import type { DecodedInput, RawInput } from "../core/types.js";
import { matchBinarySignature } from "./binary-signatures.js";
import { countControlBytes, countControlChars, describeControlShare, looksBinary } from "./control-bytes.js";
import { decodeLegacyArabic } from "./legacy-arabic.js";
import { readByteOrderMark, sniffUtf16WithoutBom, type UnicodeForm } from "./sniff-unicode.js";

/** What every E_ENCODING message ends with: the one fix that always works. */
const CONVERT_HINT = "convert it to UTF-8 (e.g. `iconv -f WINDOWS-1256 -t UTF-8`) and try again";

/**
 * `declaredCharset`: the encoding the page declares for itself (an HTTP Content-Type header, a
 * `<meta charset>`), tried after a byte-order mark and before the sniffing. A declared UTF-8 that the
 * bytes break is not believed: pages saved from old CMSs often say utf-8 over windows-1256 bytes.
 */
export function decodeText(input: RawInput, declaredCharset?: string | null): DecodedInput {
  return textInput(input, decodeToText(input, declaredCharset));
}

/** A decoded text page, identified by the hash of its text. */
export function textInput(
  input: Pick<RawInput, "id" | "source" | "format">,
  decoded: { readonly encoding: string; readonly text: string },
): DecodedInput {
  return {
    id: input.id,
    source: input.source,
    format: input.format,
    encoding: decoded.encoding,
    text: decoded.text,
    contentHash: createHash("sha256").update(decoded.text, "utf8").digest("hex"),
  };
}

/** The same checks and decoding without the content hash: for bytes that are markup, a feed or JSON
 * Lines, whose identity is the text taken out of them (hashed there), not the bytes' decoding. */
export function decodeToText(
  input: Pick<RawInput, "bytes" | "source">,
  declaredCharset?: string | null,
): { encoding: string; text: string } {
  const { bytes, source } = input;
  if (bytes.length === 0) {
    throw new IsnadError(
      "E_EMPTY",
      `${source} is empty (0 bytes); remove it or give a page with text`,
      source,
    );
  }

  const signature = matchBinarySignature(bytes);
  if (signature) throw binaryError(source, signature.name);

  const { encoding, text } = decodeBytes(bytes, source, declaredDecoder(declaredCharset));
  if (text.trim() === "") {
    throw new IsnadError(
      "E_EMPTY",
      `${source} is empty (only white space); remove it or give a page with text`,
      source,
    );
  }
  return { encoding, text };
}

/**
 * A fatal decoder for the encoding the page declares, or null: no declaration, a label TextDecoder does
 * not know, or UTF-16 (declared over ASCII-compatible markup it is a known lie).
 */
type Decoder = InstanceType<typeof TextDecoder>;

function declaredDecoder(declared: string | null | undefined): Decoder | null {
  if (!declared) return null;
  try {
    const decoder = new TextDecoder(declared.trim().toLowerCase(), { fatal: true, ignoreBOM: true });
    return decoder.encoding.startsWith("utf-16") ? null : decoder;
  } catch {
    return null;
  }
}

/** Encodings in which every byte is a character: declaring one says nothing the bytes could refute
 * (servers send iso-8859-1 by default), so sniffing is believed before it. */
const ANY_BYTES_DECODE = new Set(["windows-1252"]);

function decodeBytes(
  bytes: Uint8Array,
  source: string,
  declared: Decoder | null,
): { encoding: string; text: string } {
  const bom = readByteOrderMark(bytes);
  if (bom?.encoding === "utf-32le" || bom?.encoding === "utf-32be") {
    throw new IsnadError(
      "E_ENCODING",
      `${source} is ${bom.encoding.toUpperCase()} text, which Isnad does not read; ${CONVERT_HINT}`,
      source,
    );
  }
  if (bom?.encoding === "utf-16le" || bom?.encoding === "utf-16be") {
    const text = strictDecode(bom.encoding, bytes.subarray(bom.length));
    if (text === null) {
      throw new IsnadError(
        "E_ENCODING",
        `${source} starts with a ${bom.encoding.toUpperCase()} byte-order mark but is not valid ${bom.encoding.toUpperCase()}; ${CONVERT_HINT}`,
        source,
      );
    }
    return { encoding: bom.encoding, text: checkDecodedUtf16(text, source) };
  }

  const utf16 = bom ? null : sniffUtf16WithoutBom(bytes);
  if (utf16) {
    const text = strictDecode(utf16, bytes);
    // A failed strict decode means the zero-byte pattern was a coincidence (binary data): go on to
    // the byte tests, which will name it.
    if (text !== null) return { encoding: utf16, text: checkDecodedUtf16(text, source) };
  }

  const body = bom ? bytes.subarray(bom.length) : bytes;
  const control = countControlBytes(body);
  if (looksBinary(control)) throw binaryError(source, describeControlShare(control, "bytes"));

  // The page's own declaration comes next, when the bytes can refute it and do not: a declared UTF-8
  // the bytes break is not believed (old CMSs say utf-8 over windows-1256 bytes).
  if (declared && !bom && !ANY_BYTES_DECODE.has(declared.encoding)) {
    try {
      return { encoding: declared.encoding, text: declared.decode(body) };
    } catch {
      // refuted: sniff
    }
  }

  const utf8 = strictDecode("utf-8", body);
  if (utf8 !== null) return { encoding: "utf-8", text: utf8 };
  if (bom) {
    throw new IsnadError(
      "E_ENCODING",
      `${source} starts with a UTF-8 byte-order mark but is not valid UTF-8; ${CONVERT_HINT}`,
      source,
    );
  }

  const { best } = decodeLegacyArabic(bytes);
  if (best) return { encoding: best.encoding, text: best.text };
  // a declared Latin page (windows-1252) that is neither UTF-8 nor Arabic is what it says
  if (declared && ANY_BYTES_DECODE.has(declared.encoding)) {
    return { encoding: declared.encoding, text: declared.decode(bytes) };
  }
  throw new IsnadError(
    "E_ENCODING",
    `${source} is neither UTF-8 nor UTF-16, and reads as garbled text in windows-1256 and in ISO-8859-6, ` +
      `so its encoding is unknown; ${CONVERT_HINT}`,
    source,
  );
}

/**
 * Decode or return null. `fatal` turns invalid sequences into an error instead of U+FFFD, which is
 * how we tell "valid UTF-8" from "some other encoding"; `ignoreBOM` keeps a U+FEFF that is content
 * (the caller has already removed the leading BOM).
 */
function strictDecode(encoding: UnicodeForm, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 skipped the byte-level control test; apply it to the decoded code units instead. */
function checkDecodedUtf16(text: string, source: string): string {
  const control = countControlChars(text);
  if (looksBinary(control)) throw binaryError(source, describeControlShare(control, "characters"));
  return text;
}

function binaryError(source: string, what: string): IsnadError {
  return new IsnadError(
    "E_BINARY",
    `${source} is not text: binary content (${what}); Isnad reads plain-text pages, so leave it out or save the page as text`,
    source,
  );
}
