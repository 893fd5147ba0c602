// Content-Type as the fetcher needs it: the bare media type to decide whether to read the body at all,
// and the charset so the decoder need not guess when the server already said.

export interface ParsedContentType {
  /** "text/html": lower-case, no parameters; null when the header is absent or unreadable. */
  mediaType: string | null;
  /** Lower-case charset parameter, quotes removed; null when not given. */
  charset: string | null;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/;

export function parseContentType(header: string | readonly string[] | undefined): ParsedContentType {
  // Servers that send the header twice usually mean the last one (it is what browsers use).
  const value = typeof header === "string" ? header : header?.[header.length - 1];
  if (!value) return { mediaType: null, charset: null };
  const [type = "", ...params] = splitParams(value);
  const mediaType = type.trim().toLowerCase();
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== "charset") continue;
    let raw = param.slice(eq + 1).trim();
    if (raw.startsWith('"')) raw = raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined);
    raw = raw.trim().toLowerCase();
    if (raw) charset = raw;
    break;
  }
  return { mediaType: TOKEN.test(mediaType) ? mediaType : null, charset };
}

/** Splits on ";" outside double quotes, so `charset="a;b"` stays whole. */
function splitParams(value: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** Whether `mediaType` is in `accepted`, where an entry may end in "/*" to take a whole family. */
export function isAccepted(mediaType: string, accepted: readonly string[]): boolean {
  for (const entry of accepted) {
    const wanted = entry.trim().toLowerCase();
    if (wanted === mediaType || wanted === "*/*") return true;
    if (wanted.endsWith("/*") && mediaType.startsWith(wanted.slice(0, -1))) return true;
  }
  return false;
}
