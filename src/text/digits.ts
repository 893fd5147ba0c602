// Digits of the scripts Arabic-language pages write: Eastern-Arabic ٠-٩ and Persian ۰-۹ beside ASCII.

/** The same string with Eastern-Arabic and Persian digits turned into ASCII ones. */
export function asciiDigits(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x0660 && cp <= 0x0669) out += String.fromCharCode(cp - 0x0660 + 0x30);
    else if (cp >= 0x06f0 && cp <= 0x06f9) out += String.fromCharCode(cp - 0x06f0 + 0x30);
    else out += ch;
  }
  return out;
}
