import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { IsnadError } from "../core/errors.js";
import type { RawInput } from "../core/types.js";
import { BINARY_SIGNATURES } from "./binary-signatures.js";
import { decodeText } from "./decode-text.js";
import { splitLines } from "./split-lines.js";

// Our own sample page: "The Ministry of Health announced on Tuesday evening that the number injured in
// the motorway accident reached twelve. The ministry spokesman said «medical teams arrived within
// twenty minutes», adding that the investigation continues. Will the road reopen tomorrow?"
const ARABIC = [
  "أعلنت وزارة الصحة، مساء الثلاثاء، أن عدد المصابين في حادث الطريق السريع بلغ اثني عشر شخصاً.",
  "وقال المتحدث باسم الوزارة إن «الفرق الطبية وصلت خلال عشرين دقيقة»، مضيفاً أن التحقيق مستمر.",
  "هل سيُعاد فتح الطريق غداً؟ لم تحدد الشرطة موعداً بعد؛ وتبقى الحركة متوقفة قرب الجسر.",
].join("\n");

const ENGLISH = [
  "The city council said on Tuesday that 12 people were hurt when a bus left the road near the bridge.",
  'A spokesman told reporters the driver was "in a stable condition" and that an inquiry had begun.',
].join("\n");

/** An encoder for a single-byte encoding, built by inverting Node's own decoder over bytes 0..255. */
function singleByteEncoder(encoding: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== "\ufffd" && !table.has(ch)) table.set(ch, b);
  }
  return (text) =>
    Uint8Array.from(Array.from(text), (ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`${encoding} has no byte for ${JSON.stringify(ch)}`);
      return b;
    });
}

const cp1256 = singleByteEncoder("windows-1256");
const iso88596 = singleByteEncoder("iso-8859-6");
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => {
  const bytes = utf16le(text);
  for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return bytes;
};
const concat = (...parts: (Uint8Array | readonly number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));

function raw(bytes: Uint8Array, source = "pages/sample.txt"): RawInput {
  return { id: "sample", source, format: "text", bytes };
}

/** The IsnadError decodeText throws (fails the test if it returns instead). */
function decodeError(bytes: Uint8Array, source?: string): IsnadError {
  try {
    decodeText(raw(bytes, source));
  } catch (error) {
    if (error instanceof IsnadError) return error;
    throw error;
  }
  throw new Error("expected decodeText to throw");
}

/** Deterministic bytes (mulberry32), so a failure can be replayed. */
function randomBytes(seed: number, length: number, from = 0, to = 255): Uint8Array {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Uint8Array.from({ length }, () => from + Math.floor(next() * (to - from + 1)));
}

describe("decodeText: Unicode", () => {
  it("reads UTF-8 without a BOM and hashes the decoded text", () => {
    const decoded = decodeText(raw(utf8(ARABIC)));
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toBe(ARABIC);
    expect(decoded.contentHash).toBe(createHash("sha256").update(ARABIC, "utf8").digest("hex"));
    expect(decoded).toMatchObject({ id: "sample", source: "pages/sample.txt", format: "text" });
  });

  it("reads plain ASCII as UTF-8", () => {
    expect(decodeText(raw(utf8(ENGLISH)))).toMatchObject({ encoding: "utf-8", text: ENGLISH });
  });

  it("strips a UTF-8 BOM and gives the same hash as without it", () => {
    const withBom = decodeText(raw(concat([0xef, 0xbb, 0xbf], utf8(ARABIC))));
    expect(withBom.encoding).toBe("utf-8");
    expect(withBom.text).toBe(ARABIC);
    expect(withBom.contentHash).toBe(decodeText(raw(utf8(ARABIC))).contentHash);
  });

  it.each([
    ["utf-16le", [0xff, 0xfe], utf16le],
    ["utf-16be", [0xfe, 0xff], utf16be],
  ] as const)("reads %s with a BOM", (encoding, bom, encode) => {
    for (const text of [ARABIC, ENGLISH]) {
      const decoded = decodeText(raw(concat(bom, encode(text))));
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(text);
    }
  });

  it.each([
    ["Arabic", "utf-16le", ARABIC, utf16le],
    ["English", "utf-16le", ENGLISH, utf16le],
    ["Arabic", "utf-16be", ARABIC, utf16be],
    ["English", "utf-16be", ENGLISH, utf16be],
  ] as const)("detects %s %s without a BOM", (_language, encoding, text, encode) => {
    const decoded = decodeText(raw(encode(text)));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  it("detects a short Arabic-only UTF-16LE text without spaces", () => {
    expect(decodeText(raw(utf16le("بيان")))).toMatchObject({ encoding: "utf-16le", text: "بيان" });
  });

  it("rejects UTF-32 with a hint to convert", () => {
    const error = decodeError(concat([0xff, 0xfe, 0x00, 0x00], [0x41, 0, 0, 0]));
    expect(error.code).toBe("E_ENCODING");
    expect(error.message).toMatch(/UTF-32LE.*convert it to UTF-8/);
  });

  it("rejects a UTF-8 BOM followed by invalid UTF-8", () => {
    expect(decodeError(concat([0xef, 0xbb, 0xbf], cp1256(ARABIC))).code).toBe("E_ENCODING");
  });
});

describe("decodeText: legacy Arabic encodings", () => {
  it("reads windows-1256 with the Arabic comma and «» quotes", () => {
    expect(ARABIC).toMatch(/،/);
    expect(ARABIC).toMatch(/«.*»/);
    const decoded = decodeText(raw(cp1256(ARABIC)));
    expect(decoded.encoding).toBe("windows-1256");
    expect(decoded.text).toBe(ARABIC);
    // Same text, same identity, whatever the file's encoding.
    expect(decoded.contentHash).toBe(decodeText(raw(utf8(ARABIC))).contentHash);
  });

  it("reads ISO-8859-6 (which has no «» quotes)", () => {
    const text = ARABIC.replace(/[«»]/g, '"');
    const decoded = decodeText(raw(iso88596(text)));
    expect(decoded.encoding).toBe("iso-8859-6");
    expect(decoded.text).toBe(text);
  });

  it("reads a windows-1256 page mixing Arabic and English lines", () => {
    const text = `${ENGLISH}\r\n${ARABIC}\r\nSource: «وكالة الأنباء» (news agency)`;
    expect(decodeText(raw(cp1256(text)))).toMatchObject({ encoding: "windows-1256", text });
  });

  it("reads a short ISO-8859-6 line and a short windows-1256 line", () => {
    // "The minister will visit the capital tomorrow."
    const line = "يزور الوزير العاصمة غداً.";
    expect(decodeText(raw(iso88596(line)))).toMatchObject({ encoding: "iso-8859-6", text: line });
    expect(decodeText(raw(cp1256(line)))).toMatchObject({ encoding: "windows-1256", text: line });
  });

  it("keeps English typographic quotes from a Windows codepage (same bytes in cp1252 and cp1256)", () => {
    const text = "The mayor said: \u201cwe will rebuild\u201d \u2013 and left.";
    expect(decodeText(raw(cp1256(text)))).toMatchObject({ encoding: "windows-1256", text });
  });

  it("rejects Latin-1 European text, which no Arabic encoding reads, suggesting UTF-8", () => {
    const latin1 = new Uint8Array(
      Buffer.from("Señor Müller äußerte sich gestern in Málaga über die Lage.", "latin1"),
    );
    const error = decodeError(latin1, "pages/europe.txt");
    expect(error.code).toBe("E_ENCODING");
    expect(error.message).toContain("pages/europe.txt");
    expect(error.message).toContain("convert it to UTF-8");
  });
});

describe("decodeText: a declared charset", () => {
  it("believes a declared charset the bytes could refute and do not", () => {
    const decoded = decodeText(raw(iso88596("قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل")), "iso-8859-6");
    expect(decoded.encoding).toBe("iso-8859-6");
  });

  it("does not believe a declared utf-8 the bytes break, nor a default iso-8859-1 over Arabic bytes", () => {
    expect(decodeText(raw(cp1256(ARABIC)), "utf-8").text).toBe(ARABIC);
    const overArabic = decodeText(raw(cp1256(ARABIC)), "iso-8859-1");
    expect(overArabic.encoding).toBe("windows-1256");
    expect(overArabic.text).toBe(ARABIC);
  });

  it("reads a declared Latin page as declared, and still rejects binary bytes whatever is declared", () => {
    const latin1 = new Uint8Array(Buffer.from("Señor Müller äußerte sich gestern in Málaga.", "latin1"));
    expect(decodeText(raw(latin1), "iso-8859-1").text).toBe("Señor Müller äußerte sich gestern in Málaga.");
    const binary = randomBytes(7, 600, 0, 31);
    expect(() => decodeText(raw(binary), "utf-8")).toThrow(/binary|control/);
  });
});

describe("decodeText: text kept as it is", () => {
  it("keeps CRLF line endings, so line counts match the file", () => {
    const text = `${ARABIC.split("\n").join("\r\n")}\r\n\r\n${ENGLISH.split("\n").join("\r\n")}\r\n`;
    for (const bytes of [utf8(text), cp1256(text), concat([0xff, 0xfe], utf16le(text))]) {
      const decoded = decodeText(raw(bytes));
      expect(decoded.text).toBe(text);
      expect(splitLines(decoded.text)).toHaveLength(3 + 1 + 2 + 1);
    }
  });

  it("does not trim leading or trailing white space", () => {
    const text = "\n\n  headline  \n\tbody\n\n";
    expect(decodeText(raw(utf8(text))).text).toBe(text);
  });
});

describe("decodeText: binary and empty inputs", () => {
  it("names PNG content in a .txt file", () => {
    const png = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], utf8("IHDR"));
    const error = decodeError(png, "pages/photo.txt");
    expect(error.code).toBe("E_BINARY");
    expect(error.source).toBe("pages/photo.txt");
    expect(error.message).toContain("pages/photo.txt");
    expect(error.message).toContain("not text: binary content (PNG image)");
  });

  it.each([
    ["JPEG image", [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]],
    ["PDF document", Array.from(utf8("%PDF-1.7\n%\xe2\xe3"))],
    ["ZIP archive (or DOCX/XLSX/EPUB)", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ["GZIP archive", [0x1f, 0x8b, 0x08, 0x00]],
    ["ELF executable", [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]],
    ["WebP image", [...utf8("RIFF"), 0x24, 0x00, 0x00, 0x00, ...utf8("WEBPVP8 ")]],
    ["MP4/QuickTime/HEIF media (ftyp)", [0x00, 0x00, 0x00, 0x20, ...utf8("ftypisom")]],
    ["SQLite database", [...utf8("SQLite format 3"), 0x00, 0x10, 0x00]],
  ])("names %s", (name, header) => {
    const error = decodeError(concat(header, randomBytes(1, 64)));
    expect(error.code).toBe("E_BINARY");
    expect(error.message).toContain(`(${name})`);
  });

  it("has well-formed signatures: a name and at least two fixed bytes each", () => {
    for (const signature of BINARY_SIGNATURES) {
      expect(signature.name).not.toBe("");
      expect(signature.bytes.filter((b) => b !== null).length).toBeGreaterThanOrEqual(2);
    }
  });

  it("does not take text that happens to start like a magic number for binary", () => {
    for (const text of ["ID3 tags explained", "MZ Wallace opened a store", "OggS is not a word", "BZh"]) {
      expect(decodeText(raw(utf8(text))).text).toBe(text);
    }
  });

  it("reports NUL and control bytes with their share", () => {
    const error = decodeError(concat(utf8("headline"), [0x00], utf8(" body text")));
    expect(error.code).toBe("E_BINARY");
    expect(error.message).toMatch(/not text: binary content \(\d+(\.\d)?% control bytes, NUL included\)/);
    const controls = concat(...Array.from({ length: 40 }, () => [0x01, 0x02, 0x41, 0x42, 0x43]));
    expect(decodeError(controls).message).toContain("(40% control bytes)");
  });

  it("never crashes on random bytes: E_BINARY or E_ENCODING", () => {
    for (let seed = 1; seed <= 50; seed++) {
      for (const [from, to] of [
        [0, 255],
        [0x80, 0xff],
        [0x20, 0xff],
      ] as const) {
        const code = decodeError(randomBytes(seed, 16 + seed * 37, from, to)).code;
        expect(["E_BINARY", "E_ENCODING"]).toContain(code);
      }
    }
  });

  it("rejects an empty input", () => {
    const error = decodeError(new Uint8Array(0), "pages/blank.txt");
    expect(error.code).toBe("E_EMPTY");
    expect(error.message).toMatch(/^pages\/blank\.txt is empty/);
  });

  it("rejects white space only, in any encoding", () => {
    for (const bytes of [
      utf8(" \n\t\r\n  "),
      concat([0xef, 0xbb, 0xbf], utf8("\n")),
      concat([0xff, 0xfe], utf16le("  \n")),
    ]) {
      const error = decodeError(bytes);
      expect(error.code).toBe("E_EMPTY");
      expect(error.message).toContain("is empty");
    }
  });
});
