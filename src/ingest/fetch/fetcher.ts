import type { LookupAddress } from "node:dns";
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import robotsParserModule from "robots-parser";
import { Agent, type Dispatcher, request } from "undici";
import { IsnadError, type IsnadErrorCode } from "../../core/errors.js";
import { classifyAddress, ipLiteral } from "./address.js";
import { BoundedMap } from "./bounded-map.js";
import { isAccepted, parseContentType } from "./content-type.js";
import { HostQueue, MAX_TRACKED_HOSTS, type Turn } from "./host-queue.js";

export interface FetchOptions {
  /** Sent on every request; its first product token ("isnad") is what robots.txt groups are matched on. */
  userAgent?: string;
  /** Budget for one request: connect + headers + body (the DNS lookup gets its own budget of the same size). */
  timeoutMs?: number;
  /** Cap on the (decompressed) body; the stream is cut as soon as it is passed. */
  maxBytes?: number;
  /** Redirects followed per fetch; each hop is checked again (scheme, address, robots.txt). */
  maxRedirects?: number;
  /** Rest between two requests to one host, measured from the end of the previous one. */
  perHostIntervalMs?: number;
  respectRobots?: boolean;
  allowPrivateAddresses?: boolean;
  /** Media types read; "type/*" takes a family. A response without a Content-Type is always read. */
  acceptedContentTypes?: readonly string[];
}

export interface FetchedResource {
  requestedUrl: string;
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** Media type only, lower-case, no parameters. */
  contentType: string | null;
  /** The Content-Type header's charset, lower-case; the caller reads <meta charset> itself. */
  charset: string | null;
  bytes: Uint8Array;
  /** ISO time the final response arrived. */
  fetchedAt: string;
}

export interface Fetcher {
  fetch(url: string): Promise<FetchedResource>;
  /** Aborts whatever is in flight or queued (those calls reject with E_FETCH) and frees the sockets. */
  close(): Promise<void>;
}

export const DEFAULT_USER_AGENT = "isnad/0.1 (+https://github.com/isnad)";

export const DEFAULT_ACCEPTED_CONTENT_TYPES: readonly string[] = [
  "text/html",
  "application/xhtml+xml",
  "application/rss+xml",
  "application/atom+xml",
  "application/xml",
  "text/xml",
  "application/json",
  "application/x-ndjson",
  "text/plain",
];

const MIB = 1024 * 1024;
const DEFAULTS = {
  timeoutMs: 20_000,
  maxBytes: 10 * MIB,
  maxRedirects: 5,
  perHostIntervalMs: 1000,
};

// Google's limit: rules past 500 KiB are ignored rather than the file being refused.
const ROBOTS_MAX_BYTES = 500 * 1024;
// RFC 9309 §2.4: a cached robots.txt should not be trusted for more than a day.
const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
// Parsed robots.txt files can be large; far fewer are kept than hosts are tracked.
const MAX_ROBOTS_ORIGINS = 1000;
const ROBOTS_MAX_REDIRECTS = 5;
// Long enough to cover the gap between the check and undici opening the socket; short enough that a
// later request looks the name up (and checks it) again.
const PIN_TTL_MS = 60_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** How a host name becomes addresses; replaceable so tests can stand in for DNS. */
export type ResolveAll = (hostname: string) => Promise<readonly LookupAddress[]>;

export interface FetcherInternals {
  resolve?: ResolveAll;
}

interface Settings {
  userAgent: string;
  productToken: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  perHostIntervalMs: number;
  respectRobots: boolean;
  allowPrivateAddresses: boolean;
  acceptedContentTypes: readonly string[];
}

// The package's types declare an ES default export, but at run time the CommonJS function is itself
// the default; take whichever shape arrives.
type ParseRobots = typeof robotsParserModule.default;
const robotsParser: ParseRobots =
  (robotsParserModule as { default?: ParseRobots }).default ?? (robotsParserModule as unknown as ParseRobots);
type RobotsRules = ReturnType<ParseRobots>;

interface RobotsAnswer {
  status: number;
  location?: string;
  read?: { bytes: Uint8Array; overflowed: boolean };
}

type RobotsVerdict =
  | { kind: "rules"; robotsUrl: string; rules: RobotsRules; crawlDelayMs: number }
  | { kind: "allow-all" }
  | { kind: "disallow-all"; robotsUrl: string; reason: string };

/** What one fetch is about, for messages: the URL as the caller gave it and as it was first parsed. */
interface Trail {
  requested: string;
  firstHref: string;
}

type HopOutcome =
  | { kind: "redirect"; status: number; location: string }
  | { kind: "done"; resource: FetchedResource };

/** An IsnadError that also keeps the bare reason, so a robots.txt failure can be quoted inside another message. */
class FetchFailure extends IsnadError {
  readonly detail: string;
  constructor(code: IsnadErrorCode, where: string, detail: string, source: string, cause?: unknown) {
    super(
      code,
      `${where} ${VERB[code] ?? "failed:"} ${detail}`,
      source,
      cause === undefined ? undefined : { cause },
    );
    this.detail = detail;
  }
}

const VERB: Partial<Record<IsnadErrorCode, string>> = {
  E_FETCH: "could not be fetched:",
  E_REFUSED: "is refused:",
  E_TOO_LARGE: "is too large:",
  E_UNSUPPORTED: "is not fetched:",
};

export function createFetcher(options: FetchOptions = {}, internals: FetcherInternals = {}): Fetcher {
  return new PoliteFetcher(settingsFrom(options), internals.resolve ?? defaultResolve);
}

const defaultResolve: ResolveAll = (hostname) => dnsLookup(hostname, { all: true });

function settingsFrom(options: FetchOptions): Settings {
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  if (!userAgent.trim() || /[\r\n]/.test(userAgent)) {
    throw new IsnadError("E_USAGE", "the fetcher's user agent must be one non-empty line");
  }
  const number = (name: keyof typeof DEFAULTS, min: number, integer = false): number => {
    const value = options[name] ?? DEFAULTS[name];
    if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
      throw new IsnadError(
        "E_USAGE",
        `the fetcher's ${name} must be ${integer ? "an integer" : "a number"} ≥ ${min}`,
      );
    }
    return value;
  };
  return {
    userAgent,
    productToken: userAgent.trim().split(/[\s/]/)[0]!.toLowerCase(),
    timeoutMs: number("timeoutMs", 1),
    maxBytes: number("maxBytes", 1, true),
    maxRedirects: number("maxRedirects", 0, true),
    perHostIntervalMs: number("perHostIntervalMs", 0),
    respectRobots: options.respectRobots ?? true,
    allowPrivateAddresses: options.allowPrivateAddresses ?? false,
    acceptedContentTypes: (options.acceptedContentTypes ?? DEFAULT_ACCEPTED_CONTENT_TYPES).map((t) =>
      t.trim().toLowerCase(),
    ),
  };
}

class PoliteFetcher implements Fetcher {
  readonly #settings: Settings;
  readonly #resolve: ResolveAll;
  readonly #closing = new AbortController();
  readonly #queue = new HostQueue(this.#closing.signal);
  readonly #robots = new BoundedMap<string, { verdict: Promise<RobotsVerdict>; expiresAt: number }>(
    MAX_ROBOTS_ORIGINS,
  );
  readonly #pins = new BoundedMap<string, { addresses: readonly LookupAddress[]; expiresAt: number }>(
    MAX_TRACKED_HOSTS,
  );
  readonly #agent: Agent;
  readonly #accept: string;
  #closed: Promise<void> | null = null;

  constructor(settings: Settings, resolve: ResolveAll) {
    this.#settings = settings;
    this.#resolve = resolve;
    this.#accept = settings.acceptedContentTypes.join(", ");
    this.#agent = new Agent({
      connect: { lookup: this.#connectLookup, timeout: settings.timeoutMs },
      headersTimeout: settings.timeoutMs,
      bodyTimeout: settings.timeoutMs,
    });
  }

  async fetch(input: string): Promise<FetchedResource> {
    const trail: Trail = { requested: input, firstHref: input };
    if (this.#closed) throw closedError(input);
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      throw new FetchFailure(
        "E_REFUSED",
        input,
        "it is not an absolute URL; give a full http:// or https:// address",
        input,
      );
    }
    url.hash = "";
    trail.firstHref = url.href;
    try {
      url = this.#checkUrl(url, trail);
      for (let redirects = 0; ; redirects += 1) {
        const outcome = await this.#hop(url, trail);
        if (outcome.kind === "done") return outcome.resource;
        const where = describe(url, trail);
        if (redirects >= this.#settings.maxRedirects) {
          throw new FetchFailure(
            "E_FETCH",
            where,
            `more than ${this.#settings.maxRedirects} redirects (the last one to ${outcome.location}); the site may be looping, or raise maxRedirects`,
            input,
          );
        }
        let next: URL;
        try {
          next = new URL(outcome.location, url);
        } catch {
          throw new FetchFailure(
            "E_FETCH",
            where,
            `the server answered HTTP ${outcome.status} with a Location that is not a URL (${JSON.stringify(outcome.location)})`,
            input,
          );
        }
        url = this.#checkUrl(next, trail);
      }
    } catch (error) {
      if (error instanceof IsnadError) throw error;
      if (this.#closed) throw closedError(input);
      throw new FetchFailure("E_FETCH", input, errorText(error), input, error);
    }
  }

  close(): Promise<void> {
    if (!this.#closed) {
      this.#closing.abort(new Error("the fetcher was closed"));
      this.#closed = this.#agent.destroy().finally(() => {
        this.#robots.clear();
        this.#pins.clear();
      });
    }
    return this.#closed;
  }

  /** The checks that need no network: scheme, credentials, an IP literal's range. */
  #checkUrl(url: URL, trail: Trail): URL {
    const checked = new URL(url.href);
    // Fragments never reach the server; dropping them keeps robots.txt matching and the result clean.
    checked.hash = "";
    if (checked.protocol !== "http:" && checked.protocol !== "https:") {
      throw new FetchFailure(
        "E_REFUSED",
        describe(checked, trail),
        `only http and https URLs are fetched, not ${checked.protocol}`,
        trail.requested,
      );
    }
    if (checked.username || checked.password) {
      // The message ends up in logs and reports, so it must not repeat the password.
      const shown = new URL(checked.href);
      shown.username = "***";
      shown.password = "";
      const where = checked.href === trail.firstHref ? shown.href : describe(shown, trail);
      throw new FetchFailure(
        "E_REFUSED",
        where,
        "it carries a user name or password, which this tool never sends; remove them from the URL",
        trail.requested,
      );
    }
    const literal = ipLiteral(checked.hostname);
    if (literal && !this.#settings.allowPrivateAddresses) {
      const bad = classifyAddress(literal);
      if (bad) {
        throw new FetchFailure(
          "E_REFUSED",
          describe(checked, trail),
          `${literal} is ${bad.label}; pass --allow-private to fetch it`,
          trail.requested,
        );
      }
    }
    return checked;
  }

  /** One request in the host's queue: address check, robots.txt, the rest interval, then the request. */
  #hop(url: URL, trail: Trail): Promise<HopOutcome> {
    // Asked for before the page joins the queue, so a robots.txt fetch takes the host's first turn.
    const robots = this.#settings.respectRobots ? this.#robotsFor(url) : null;
    return this.#queue.run(url.hostname, async (turn) => {
      const addresses = await this.#resolveChecked(url, trail);
      let crawlDelayMs = 0;
      if (robots) crawlDelayMs = this.#enforceRobots(url, trail, await robots);
      await turn.wait(Math.max(this.#settings.perHostIntervalMs, crawlDelayMs));
      return this.#exchange(url, trail, addresses, this.#accept, (response) =>
        this.#readPage(url, trail, response),
      );
    });
  }

  async #readPage(url: URL, trail: Trail, response: Dispatcher.ResponseData): Promise<HopOutcome> {
    const { statusCode: status, headers, body } = response;
    const where = describe(url, trail);
    if (REDIRECT_STATUSES.has(status)) {
      await discard(body);
      const location = single(headers.location);
      if (!location) {
        throw new FetchFailure(
          "E_FETCH",
          where,
          `the server answered HTTP ${status} without a Location header`,
          trail.requested,
        );
      }
      return { kind: "redirect", status, location };
    }
    if (status >= 400) {
      await discard(body);
      throw new FetchFailure(
        "E_FETCH",
        where,
        `the server answered HTTP ${status}${statusHint(status)}`,
        trail.requested,
      );
    }
    const fetchedAt = new Date().toISOString();
    const { mediaType, charset } = parseContentType(headers["content-type"]);
    if (mediaType && !isAccepted(mediaType, this.#settings.acceptedContentTypes)) {
      abandon(body);
      throw new FetchFailure(
        "E_UNSUPPORTED",
        where,
        `its content type is ${mediaType}, which this tool does not read (it reads ${this.#settings.acceptedContentTypes.join(", ")})`,
        trail.requested,
      );
    }
    const { maxBytes } = this.#settings;
    const declared = Number(single(headers["content-length"]) ?? Number.NaN);
    // The header is a promise, not a guarantee, so the stream below is capped as well.
    if (Number.isFinite(declared) && declared > maxBytes) {
      abandon(body);
      throw new FetchFailure(
        "E_TOO_LARGE",
        where,
        `its Content-Length is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} cap; raise maxBytes to fetch it`,
        trail.requested,
      );
    }
    const { bytes, overflowed } = await readCapped(decoded(body, headers, where, trail), maxBytes);
    if (overflowed) {
      throw new FetchFailure(
        "E_TOO_LARGE",
        where,
        `its body runs past the ${formatBytes(maxBytes)} cap; raise maxBytes to fetch it`,
        trail.requested,
      );
    }
    return {
      kind: "done",
      resource: {
        requestedUrl: trail.requested,
        url: url.href,
        status,
        contentType: mediaType,
        charset,
        bytes,
        fetchedAt,
      },
    };
  }

  /** Looks the host up and refuses if any address is off-limits; null for an IP literal (checked already). */
  async #resolveChecked(url: URL, trail: Trail): Promise<readonly LookupAddress[] | null> {
    if (ipLiteral(url.hostname)) return null;
    const where = describe(url, trail);
    let addresses: readonly LookupAddress[];
    try {
      addresses = await withDeadline(
        this.#resolve(url.hostname),
        this.#settings.timeoutMs,
        this.#closing.signal,
      );
    } catch (error) {
      if (this.#closed) throw closedError(trail.requested);
      const code = errorCode(error);
      throw new FetchFailure(
        "E_FETCH",
        where,
        `its host ${url.hostname} could not be resolved (${code ?? errorText(error)}); check the address and the network`,
        trail.requested,
        error,
      );
    }
    if (addresses.length === 0) {
      throw new FetchFailure("E_FETCH", where, `its host ${url.hostname} has no address`, trail.requested);
    }
    const refusal = this.#refusal(addresses);
    if (refusal) {
      throw new FetchFailure("E_REFUSED", where, `its host ${refusal}`, trail.requested);
    }
    return addresses;
  }

  /** "resolves to 10.0.0.5, a private address; …" for the first off-limits address, else null. */
  #refusal(addresses: readonly LookupAddress[]): string | null {
    if (this.#settings.allowPrivateAddresses) return null;
    for (const { address } of addresses) {
      const bad = classifyAddress(address);
      if (bad) return `resolves to ${address}, ${bad.label}; pass --allow-private to fetch it`;
    }
    return null;
  }

  // undici opens sockets through this, so the address connected to is the one #resolveChecked
  // approved moments before: a DNS answer that changes between check and connect (rebinding) is never
  // asked for.
  readonly #connectLookup: LookupFunction = (hostname, options, callback) => {
    const deliver = (addresses: readonly LookupAddress[]) => {
      const family =
        options.family === 4 || options.family === "IPv4"
          ? 4
          : options.family === 6 || options.family === "IPv6"
            ? 6
            : 0;
      const usable = family ? addresses.filter((a) => a.family === family) : addresses;
      const first = usable[0];
      if (!first) {
        const error: NodeJS.ErrnoException = new Error(`${hostname} has no IPv${family} address`);
        error.code = "ENOTFOUND";
        callback(error, "", 0);
      } else if (options.all) {
        callback(null, [...usable]);
      } else {
        callback(null, first.address, first.family);
      }
    };
    const pin = this.#pins.get(hostname);
    if (pin && pin.expiresAt > performance.now()) {
      deliver(pin.addresses);
      return;
    }
    // Only reached when a socket is opened without a fresh check (a pool reconnect after the pin
    // expired): check this answer too rather than trust it.
    this.#resolve(hostname).then(
      (addresses) => {
        const refusal = this.#refusal(addresses);
        if (!refusal) return deliver(addresses);
        const error: NodeJS.ErrnoException = new Error(`${hostname} ${refusal}`);
        error.code = "E_REFUSED";
        callback(error, "", 0);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };

  /** One HTTP exchange under the timeout; `handle` reads the response (its body included) in that time. */
  async #exchange<T>(
    url: URL,
    trail: Trail,
    addresses: readonly LookupAddress[] | null,
    accept: string,
    handle: (response: Dispatcher.ResponseData) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController();
    const timedOut = new Error("timed out");
    const timer = setTimeout(() => controller.abort(timedOut), this.#settings.timeoutMs);
    const onClose = () => controller.abort(this.#closing.signal.reason);
    this.#closing.signal.addEventListener("abort", onClose, { once: true });
    try {
      this.#closing.signal.throwIfAborted();
      if (addresses) this.#pins.set(url.hostname, { addresses, expiresAt: performance.now() + PIN_TTL_MS });
      const response = await request(url, {
        dispatcher: this.#agent,
        method: "GET",
        headers: {
          "user-agent": this.#settings.userAgent,
          accept,
          // Compressed transfer is kinder to the site; readCapped counts the bytes after decoding.
          "accept-encoding": "gzip, br",
        },
        signal: controller.signal,
      });
      return await handle(response);
    } catch (error) {
      if (error instanceof IsnadError) throw error;
      if (this.#closed) throw closedError(trail.requested);
      const where = describe(url, trail);
      if (controller.signal.reason === timedOut || isTimeoutCode(errorCode(error))) {
        throw new FetchFailure(
          "E_FETCH",
          where,
          `no complete answer within ${this.#settings.timeoutMs} ms; try again later or raise the timeout`,
          trail.requested,
          error,
        );
      }
      // The connect-time re-check (see #connectLookup) refused the address.
      const code = errorCode(error) === "E_REFUSED" ? "E_REFUSED" : "E_FETCH";
      throw new FetchFailure(code, where, networkDetail(error, url), trail.requested, error);
    } finally {
      clearTimeout(timer);
      this.#closing.signal.removeEventListener("abort", onClose);
    }
  }

  #robotsFor(url: URL): Promise<RobotsVerdict> {
    const now = performance.now();
    const cached = this.#robots.get(url.origin);
    if (cached && cached.expiresAt > now) return cached.verdict;
    const verdict = this.#queue.run(url.hostname, (turn) => this.#loadRobots(url, turn));
    this.#robots.set(url.origin, { verdict, expiresAt: now + ROBOTS_TTL_MS });
    return verdict;
  }

  /** Never rejects: every failure becomes a verdict, so one bad robots.txt cannot break the queue. */
  async #loadRobots(pageUrl: URL, turn: Turn): Promise<RobotsVerdict> {
    const robotsUrl = new URL("/robots.txt", pageUrl.origin).href;
    const trail: Trail = { requested: robotsUrl, firstHref: robotsUrl };
    let url = new URL(robotsUrl);
    try {
      for (let hop = 0; ; hop += 1) {
        const addresses = await this.#resolveChecked(url, trail);
        // Later hops of a redirected robots.txt go straight on: it is one small file per origin.
        if (hop === 0) await turn.wait(this.#settings.perHostIntervalMs);
        const answer = await this.#exchange(
          url,
          trail,
          addresses,
          "text/plain",
          async (response): Promise<RobotsAnswer> => {
            const { statusCode: status, headers, body } = response;
            const location = single(headers.location);
            if (REDIRECT_STATUSES.has(status) && location) {
              await discard(body);
              return { status, location };
            }
            if (status < 200 || status >= 300) {
              await discard(body);
              return { status };
            }
            const where = describe(url, trail);
            return { status, read: await readCapped(decoded(body, headers, where, trail), ROBOTS_MAX_BYTES) };
          },
        );
        const { status } = answer;
        if (answer.location !== undefined) {
          if (hop >= ROBOTS_MAX_REDIRECTS) {
            return {
              kind: "disallow-all",
              robotsUrl,
              reason: `redirects more than ${ROBOTS_MAX_REDIRECTS} times`,
            };
          }
          url = this.#checkUrl(new URL(answer.location, url), trail);
          continue;
        }
        if (answer.read) return this.#parseRobots(robotsUrl, answer.read);
        // RFC 9309 §2.3.1.3: a robots.txt that is "unavailable" (4xx) puts no limits on the crawler; one
        // that is "unreachable" (5xx, or 429 Too Many Requests) means the site is off-limits for now.
        if (status >= 400 && status < 500 && status !== 429) return { kind: "allow-all" };
        return { kind: "disallow-all", robotsUrl, reason: `answered HTTP ${status}` };
      }
    } catch (error) {
      const detail = error instanceof FetchFailure ? error.detail : errorText(error);
      return { kind: "disallow-all", robotsUrl, reason: `could not be read (${detail})` };
    }
  }

  #parseRobots(robotsUrl: string, read: { bytes: Uint8Array; overflowed: boolean }): RobotsVerdict {
    let text = new TextDecoder("utf-8").decode(read.bytes);
    // A cut file ends mid-line; half a rule ("Disallow: /a" of "/about") would mean something else.
    if (read.overflowed) text = text.slice(0, text.lastIndexOf("\n") + 1);
    const rules = robotsParser(robotsUrl, text);
    const delay = rules.getCrawlDelay(this.#settings.productToken);
    const crawlDelayMs = typeof delay === "number" && Number.isFinite(delay) && delay > 0 ? delay * 1000 : 0;
    return { kind: "rules", robotsUrl, rules, crawlDelayMs };
  }

  /** Throws when robots.txt keeps the URL off-limits; otherwise the Crawl-delay to respect, in ms. */
  #enforceRobots(url: URL, trail: Trail, verdict: RobotsVerdict): number {
    if (this.#closed) throw closedError(trail.requested);
    const where = describe(url, trail);
    if (verdict.kind === "allow-all") return 0;
    if (verdict.kind === "disallow-all") {
      throw new FetchFailure(
        "E_REFUSED",
        where,
        `${verdict.robotsUrl} ${verdict.reason}, so the whole site is treated as off-limits; try again later`,
        trail.requested,
      );
    }
    if (verdict.rules.isAllowed(url.href, this.#settings.productToken) === false) {
      throw new FetchFailure(
        "E_REFUSED",
        where,
        `${verdict.robotsUrl} disallows it for user agent "${this.#settings.productToken}"`,
        trail.requested,
      );
    }
    return verdict.crawlDelayMs;
  }
}

/** The URL to name in a message; a hop reached by redirect also names what the caller asked for. */
function describe(url: URL, trail: Trail): string {
  return url.href === trail.firstHref
    ? url.href
    : `${url.href} (reached by redirect from ${trail.requested})`;
}

function closedError(source: string): IsnadError {
  return new FetchFailure("E_FETCH", source, "the fetcher was closed before it finished", source);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Drops a body unread. undici reports the destroy as an "error" event, which nobody else listens to. */
function abandon(stream: Readable): void {
  stream.on("error", () => undefined);
  stream.destroy();
}

/** Lets a small unwanted body drain so the connection can be reused; a large one just closes it. */
async function discard(body: Dispatcher.ResponseData["body"]): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

function decoded(
  body: Readable,
  headers: Dispatcher.ResponseData["headers"],
  where: string,
  trail: Trail,
): Readable {
  const coding = (single(headers["content-encoding"]) ?? "").trim().toLowerCase();
  if (coding === "" || coding === "identity") return body;
  const decoder =
    coding === "gzip" || coding === "x-gzip"
      ? createGunzip()
      : coding === "deflate"
        ? createInflate()
        : coding === "br"
          ? createBrotliDecompress()
          : null;
  if (!decoder) {
    abandon(body);
    throw new FetchFailure(
      "E_UNSUPPORTED",
      where,
      `its Content-Encoding is ${coding}, which this tool cannot decode`,
      trail.requested,
    );
  }
  // pipeline, not pipe: an error or early stop on either side tears down both.
  return pipeline(body, decoder, () => undefined);
}

/**
 * Reads at most `limit` bytes. Stops (and destroys the stream) the moment the limit is passed instead of
 * buffering the rest; `overflowed` says so, and `bytes` then holds exactly the first `limit` bytes.
 */
async function readCapped(
  stream: Readable,
  limit: number,
): Promise<{ bytes: Uint8Array; overflowed: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let overflowed = false;
  // The loop below sees every error; this only keeps the destroy after an early stop from going uncaught.
  stream.on("error", () => undefined);
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    if (size + chunk.byteLength > limit) {
      chunks.push(chunk.subarray(0, limit - size));
      size = limit;
      overflowed = true;
      break;
    }
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  if (overflowed) stream.destroy();
  // A fresh array, not Buffer.concat: small Buffers share a pool whose other bytes .buffer would expose.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, overflowed };
}

async function withDeadline<T>(promise: Promise<T>, ms: number, signal: AbortSignal): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error: NodeJS.ErrnoException = new Error(`no answer within ${ms} ms`);
      error.code = "ETIMEOUT";
      reject(error);
    }, ms);
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  // Happy-eyeballs connects fail with an AggregateError whose parts carry the codes.
  const parts = (error as { errors?: unknown }).errors;
  return Array.isArray(parts) ? errorCode(parts[0]) : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

function isTimeoutCode(code: string | undefined): boolean {
  return (
    code === "UND_ERR_CONNECT_TIMEOUT" ||
    code === "UND_ERR_HEADERS_TIMEOUT" ||
    code === "UND_ERR_BODY_TIMEOUT" ||
    code === "ETIMEDOUT"
  );
}

function networkDetail(error: unknown, url: URL): string {
  const code = errorCode(error);
  const target = url.host;
  switch (code) {
    case "ECONNREFUSED":
      return `the connection to ${target} was refused`;
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return `the connection to ${target} was closed before a complete answer; try again later`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `${target} is unreachable from this machine (${code})`;
    case "E_REFUSED":
      return errorText(error);
  }
  if (
    code &&
    /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH|ERR_OSSL)/.test(code)
  ) {
    return `the TLS connection to ${target} failed (${code}); the site's certificate or setup is broken`;
  }
  if (code?.startsWith("Z_")) return `its compressed body is corrupt (${code})`;
  return code ? `${errorText(error)} (${code})` : errorText(error);
}

function statusHint(status: number): string {
  if (status === 429 || status === 503) return "; the site is busy or rate-limiting, try again later";
  if (status === 401 || status === 403) return "; the site does not let this client read it";
  if (status === 404 || status === 410) return "; the page does not exist (any more)";
  return "";
}

function formatBytes(n: number): string {
  if (n >= MIB && n % MIB === 0) return `${n / MIB} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
