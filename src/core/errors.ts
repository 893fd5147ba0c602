// One error type for the whole pipeline. Codes are stable (tests and users match on them); messages
// say what to do. An IsnadError about one input never stops the batch: the CLI records it in the
// dossier's `errors` and goes on.

export type IsnadErrorCode =
  | "E_NOT_FOUND" // a path given on the command line does not exist
  | "E_UNREADABLE" // the file exists but could not be read (permissions, I/O)
  | "E_EMPTY" // no bytes, or only white space
  | "E_TOO_LARGE" // over the size cap for one input
  | "E_BINARY" // binary content (image, archive, executable …)
  | "E_ENCODING" // bytes that decode to nothing sensible in any supported encoding
  | "E_UNSUPPORTED" // a kind of input this version does not read yet
  | "E_FORMAT" // a structured input (feed, WARC, JSON Lines, HTML) that is malformed
  | "E_FETCH" // a URL that could not be fetched (network, timeout, HTTP status, redirects)
  | "E_REFUSED" // a URL the fetcher will not fetch (robots.txt, a private address, a bad scheme)
  | "E_STORE" // the store could not be opened or written
  | "E_USAGE"; // the command line itself is wrong

export class IsnadError extends Error {
  readonly code: IsnadErrorCode;
  /** The input the error is about (path or URL), when there is one. */
  readonly source: string | undefined;

  constructor(code: IsnadErrorCode, message: string, source?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "IsnadError";
    this.code = code;
    this.source = source;
  }
}

export function isIsnadError(value: unknown): value is IsnadError {
  return value instanceof IsnadError;
}
