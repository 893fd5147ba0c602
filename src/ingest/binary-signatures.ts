// Magic numbers of binary formats people drop into a folder of "pages" by mistake: a screenshot, the
// PDF the article came from, a zipped export, an executable. Matching them first lets the error name
// the format ("PNG image") instead of a vague "binary content", and keeps a `.txt` that is really a
// JPEG from reaching the text decoders.
//
// Each entry is data: `bytes` at `offset`, where `null` matches any byte (RIFF containers carry their
// length between "RIFF" and the kind). Signatures are long enough not to fire on text: where a magic
// is printable ("ID3", "OggS", "MZ") the entry adds the control byte that follows it in real files
// ("ID3" + version + 0x00), and magics too short to be safe ("BM") are left to the control-byte
// test, which catches those files anyway.

export interface BinarySignature {
  /** What to call the content in an error message, e.g. "PNG image". */
  readonly name: string;
  readonly offset: number;
  readonly bytes: readonly (number | null)[];
}

/** ASCII string to byte values, so the table reads like the file headers it describes. */
function ascii(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

const ANY4 = [null, null, null, null];

export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  // images
  { name: "PNG image", offset: 0, bytes: [0x89, ...ascii("PNG\r\n"), 0x1a, 0x0a] },
  { name: "JPEG image", offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", offset: 0, bytes: ascii("GIF87a") },
  { name: "GIF image", offset: 0, bytes: ascii("GIF89a") },
  { name: "WebP image", offset: 0, bytes: [...ascii("RIFF"), ...ANY4, ...ascii("WEBP")] },
  { name: "TIFF image", offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "TIFF image", offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "ICO image", offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: "Photoshop image", offset: 0, bytes: [...ascii("8BPS"), 0x00, 0x01] },
  // documents
  { name: "PDF document", offset: 0, bytes: ascii("%PDF-") },
  { name: "ZIP archive (or DOCX/XLSX/EPUB)", offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "ZIP archive (or DOCX/XLSX/EPUB)", offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "ZIP archive (or DOCX/XLSX/EPUB)", offset: 0, bytes: [0x50, 0x4b, 0x07, 0x08] },
  {
    name: "Microsoft Office 97-2003 document (DOC/XLS/PPT)",
    offset: 0,
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { name: "SQLite database", offset: 0, bytes: [...ascii("SQLite format 3"), 0x00] },
  // compressed and archives
  { name: "GZIP archive", offset: 0, bytes: [0x1f, 0x8b, 0x08] },
  { name: "BZIP2 archive", offset: 0, bytes: [...ascii("BZh"), null, ...ascii("1AY&SY")] },
  { name: "XZ archive", offset: 0, bytes: [0xfd, ...ascii("7zXZ"), 0x00] },
  { name: "Zstandard archive", offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: "LZ4 archive", offset: 0, bytes: [0x04, 0x22, 0x4d, 0x18] },
  { name: "7z archive", offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "RAR archive", offset: 0, bytes: [...ascii("Rar!"), 0x1a, 0x07] },
  { name: "TAR archive", offset: 257, bytes: [...ascii("ustar"), 0x00] },
  { name: "TAR archive", offset: 257, bytes: [...ascii("ustar  "), 0x00] },
  // executables and code
  { name: "ELF executable", offset: 0, bytes: [0x7f, ...ascii("ELF")] },
  { name: "Mach-O executable", offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xce] },
  { name: "Mach-O executable", offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: "Mach-O executable", offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { name: "Mach-O executable", offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  // 0xCAFEBABE opens both universal Mach-O binaries and Java class files.
  { name: "Mach-O universal binary or Java class", offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: "Windows executable (PE/EXE)", offset: 0, bytes: [...ascii("MZ"), 0x90, 0x00] },
  { name: "WebAssembly module", offset: 0, bytes: [0x00, ...ascii("asm")] },
  { name: "Android DEX file", offset: 0, bytes: ascii("dex\n0") },
  // audio and video
  { name: "MP3 audio (ID3)", offset: 0, bytes: [...ascii("ID3"), null, 0x00] },
  { name: "MP3 audio", offset: 0, bytes: [0xff, 0xfb] },
  { name: "MP4/QuickTime/HEIF media (ftyp)", offset: 0, bytes: [0x00, null, null, null, ...ascii("ftyp")] },
  { name: "OGG media", offset: 0, bytes: [...ascii("OggS"), 0x00] },
  { name: "FLAC audio", offset: 0, bytes: ascii("fLaC") },
  { name: "WAV audio", offset: 0, bytes: [...ascii("RIFF"), ...ANY4, ...ascii("WAVE")] },
  { name: "AVI video", offset: 0, bytes: [...ascii("RIFF"), ...ANY4, ...ascii("AVI ")] },
  { name: "Matroska/WebM video", offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { name: "MIDI audio", offset: 0, bytes: [...ascii("MThd"), 0x00, 0x00, 0x00, 0x06] },
  // fonts
  { name: "WOFF font", offset: 0, bytes: ascii("wOFF") },
  { name: "WOFF2 font", offset: 0, bytes: ascii("wOF2") },
  { name: "OpenType font", offset: 0, bytes: [...ascii("OTTO"), 0x00] },
  { name: "TrueType font", offset: 0, bytes: [0x00, 0x01, 0x00, 0x00, 0x00] },
];

/** The first signature the bytes start with (at its offset), or null. */
export function matchBinarySignature(bytes: Uint8Array): BinarySignature | null {
  for (const signature of BINARY_SIGNATURES) {
    if (matchesAt(bytes, signature)) return signature;
  }
  return null;
}

function matchesAt(bytes: Uint8Array, signature: BinarySignature): boolean {
  const { offset, bytes: pattern } = signature;
  if (bytes.length < offset + pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i];
    if (expected !== null && bytes[offset + i] !== expected) return false;
  }
  return true;
}
