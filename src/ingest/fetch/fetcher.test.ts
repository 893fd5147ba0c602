import type { LookupAddress } from "node:dns";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { IsnadError } from "../../core/errors.js";
import { createFetcher, type Fetcher, type FetcherInternals, type FetchOptions } from "./fetcher.js";

// "Ten houses were damaged by the storm, the governor said."
const ARABIC = "قال المحافظ إن العاصفة ألحقت أضراراً بعشرة منازل.";
const PAGE = `<html lang="ar"><body><p>${ARABIC}</p></body></html>`;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface Hit {
  path: string;
  host: string;
  /** performance.now() when the server saw the request. */
  at: number;
}

interface TestServer {
  base: string;
  port: number;
  hits: Hit[];
  connections: () => number;
  paths: () => string[];
}

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  // Fetchers first, so their sockets are gone before the servers wait for connections to end.
  const pending = cleanups.splice(0).reverse();
  for (const cleanup of pending) await cleanup();
});

async function serve(routes: Record<string, Handler>): Promise<TestServer> {
  const hits: Hit[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.push({ path, host: req.headers.host ?? "", at: performance.now() });
    const handler = routes[path];
    if (handler) return handler(req, res);
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  });
  server.on("connection", () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    connections: () => connections,
    paths: () => hits.map((hit) => hit.path),
  };
}

function open(options: FetchOptions = {}, internals: FetcherInternals = {}): Fetcher {
  const fetcher = createFetcher({ allowPrivateAddresses: true, perHostIntervalMs: 0, ...options }, internals);
  cleanups.push(() => fetcher.close());
  return fetcher;
}

function send(
  status: number,
  headers: Record<string, string | number>,
  body: string | Uint8Array = "",
): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

const html = (body: string | Uint8Array, type = "text/html; charset=UTF-8") =>
  send(200, { "content-type": type }, body);

async function failure(promise: Promise<unknown>): Promise<IsnadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IsnadError);
    return error as IsnadError;
  }
  throw new Error("expected the fetch to fail");
}

/** Encodes Arabic text to windows-1256 by inverting the platform decoder (Node has no encoder for it). */
function toWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((char) => table.get(char) ?? 0x3f));
}

/** A resolver standing in for DNS; records what it was asked. */
function fakeDns(answers: Record<string, string[]>): FetcherInternals & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    resolve: async (hostname: string): Promise<LookupAddress[]> => {
      asked.push(hostname);
      const addresses = answers[hostname];
      if (!addresses)
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
      return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    },
  };
}

describe("fetching pages", () => {
  it("returns an Arabic UTF-8 page with its media type and charset", async () => {
    const server = await serve({ "/ar": html(PAGE, "Text/HTML; Charset=UTF-8") });
    const url = `${server.base}/ar`;
    const page = await open().fetch(url);
    expect(page.requestedUrl).toBe(url);
    expect(page.url).toBe(url);
    expect(page.status).toBe(200);
    expect(page.contentType).toBe("text/html");
    expect(page.charset).toBe("utf-8");
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
    expect(Number.isNaN(Date.parse(page.fetchedAt))).toBe(false);
  });

  it("passes windows-1256 bytes through untouched and reports the header's charset", async () => {
    const bytes = toWindows1256(ARABIC);
    expect(bytes).not.toEqual(new TextEncoder().encode(ARABIC));
    const server = await serve({ "/old": html(bytes, 'text/html; charset="Windows-1256"') });
    const page = await open().fetch(`${server.base}/old`);
    expect(page.charset).toBe("windows-1256");
    expect(page.bytes).toEqual(bytes);
    expect(new TextDecoder("windows-1256").decode(page.bytes)).toBe(ARABIC);
  });

  it("drops the fragment from the URL it requests and reports", async () => {
    const server = await serve({ "/ar": html(PAGE) });
    const page = await open().fetch(`${server.base}/ar#comments`);
    expect(page.requestedUrl).toBe(`${server.base}/ar#comments`);
    expect(page.url).toBe(`${server.base}/ar`);
    const error = await failure(open().fetch(`${server.base}/gone#top`));
    expect(error.message).not.toContain("reached by redirect");
  });

  it("accepts a response without a content type and leaves the sniffing to the caller", async () => {
    const server = await serve({ "/bare": send(200, {}, "plain words") });
    const page = await open().fetch(`${server.base}/bare`);
    expect(page.contentType).toBeNull();
    expect(page.charset).toBeNull();
    expect(new TextDecoder().decode(page.bytes)).toBe("plain words");
  });

  it("decodes a gzip-compressed body", async () => {
    const server = await serve({
      "/gz": send(200, { "content-type": "text/html", "content-encoding": "gzip" }, gzipSync(PAGE)),
    });
    const page = await open().fetch(`${server.base}/gz`);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
  });

  it("fails with E_FETCH on an HTTP error status", async () => {
    const server = await serve({});
    const url = `${server.base}/missing`;
    const error = await failure(open().fetch(url));
    expect(error.code).toBe("E_FETCH");
    expect(error.source).toBe(url);
    expect(error.message).toContain(url);
    expect(error.message).toContain("HTTP 404");
  });

  it("refuses a content type it does not read, unless it is accepted", async () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    const server = await serve({ "/logo": send(200, { "content-type": "image/png" }, png) });
    const error = await failure(open().fetch(`${server.base}/logo`));
    expect(error.code).toBe("E_UNSUPPORTED");
    expect(error.message).toContain("image/png");
    const page = await open({ acceptedContentTypes: ["image/*"] }).fetch(`${server.base}/logo`);
    expect(page.bytes).toEqual(png);
  });
});

describe("redirects", () => {
  async function chain() {
    return serve({
      "/r3": send(302, { location: "r2" }),
      "/r2": send(301, { location: "/r1" }),
      "/r1": (_req, res) => {
        res.writeHead(307, { location: `http://127.0.0.1:${(res.socket?.localPort ?? 0).toString()}/final` });
        res.end();
      },
      "/final": html(PAGE),
    });
  }

  it("follows a chain of relative and absolute redirects", async () => {
    const server = await chain();
    const page = await open({ maxRedirects: 3 }).fetch(`${server.base}/r3`);
    expect(page.requestedUrl).toBe(`${server.base}/r3`);
    expect(page.url).toBe(`${server.base}/final`);
    expect(server.paths().filter((p) => p !== "/robots.txt")).toEqual(["/r3", "/r2", "/r1", "/final"]);
  });

  it("fails with E_FETCH when the chain is longer than maxRedirects", async () => {
    const server = await chain();
    const url = `${server.base}/r3`;
    const error = await failure(open({ maxRedirects: 2 }).fetch(url));
    expect(error.code).toBe("E_FETCH");
    expect(error.source).toBe(url);
    expect(error.message).toMatch(/more than 2 redirects/);
    expect(server.paths()).not.toContain("/final");
  });

  it("fails with E_FETCH on a redirect without Location", async () => {
    const server = await serve({ "/lost": send(302, {}) });
    const error = await failure(open().fetch(`${server.base}/lost`));
    expect(error.code).toBe("E_FETCH");
    expect(error.message).toContain("without a Location");
  });

  it("refuses a redirect to a path robots.txt disallows, without requesting it", async () => {
    const server = await serve({
      "/robots.txt": send(200, { "content-type": "text/plain" }, "User-agent: *\nDisallow: /private\n"),
      "/go": send(302, { location: "/private/x" }),
      "/private/x": html(PAGE),
    });
    const url = `${server.base}/go`;
    const error = await failure(open().fetch(url));
    expect(error.code).toBe("E_REFUSED");
    expect(error.source).toBe(url);
    expect(error.message).toContain(`${server.base}/private/x (reached by redirect from ${url})`);
    expect(error.message).toContain("robots.txt disallows it");
    expect(server.paths()).not.toContain("/private/x");
  });

  it("refuses a redirect to another scheme or to a URL with credentials", async () => {
    const server = await serve({
      "/to-file": send(302, { location: "file:///etc/passwd" }),
      "/to-creds": send(302, { location: "http://user:secret@127.0.0.1/" }),
    });
    const fetcher = open();
    const toFile = await failure(fetcher.fetch(`${server.base}/to-file`));
    expect(toFile.code).toBe("E_REFUSED");
    expect(toFile.message).toContain("file:");
    const toCreds = await failure(fetcher.fetch(`${server.base}/to-creds`));
    expect(toCreds.code).toBe("E_REFUSED");
    expect(toCreds.message).not.toContain("secret");
  });
});

describe("robots.txt", () => {
  const robots = (text: string): Handler => send(200, { "content-type": "text/plain" }, text);

  it("refuses disallowed paths, fetches allowed ones, and reads robots.txt once per origin", async () => {
    const server = await serve({
      "/robots.txt": robots("User-agent: *\nDisallow: /private\n"),
      "/public": html(PAGE),
      "/private/a": html(PAGE),
    });
    const fetcher = open();
    const error = await failure(fetcher.fetch(`${server.base}/private/a`));
    expect(error.code).toBe("E_REFUSED");
    expect(error.message).toContain(`${server.base}/robots.txt disallows it`);
    await fetcher.fetch(`${server.base}/public`);
    await fetcher.fetch(`${server.base}/public`);
    expect(server.paths()).toEqual(["/robots.txt", "/public", "/public"]);
  });

  it("matches robots.txt groups on the user agent's product token", async () => {
    const server = await serve({
      "/robots.txt": robots("User-agent: isnad\nDisallow: /news\n\nUser-agent: *\nAllow: /\n"),
      "/news": html(PAGE),
    });
    const error = await failure(open().fetch(`${server.base}/news`));
    expect(error.code).toBe("E_REFUSED");
    expect(error.message).toContain('"isnad"');
    const page = await open({ userAgent: "otherbot/2.0" }).fetch(`${server.base}/news`);
    expect(page.status).toBe(200);
  });

  it("treats a robots.txt 404 as allowing everything", async () => {
    const server = await serve({ "/robots.txt": send(404, {}), "/a": html(PAGE) });
    const page = await open().fetch(`${server.base}/a`);
    expect(page.status).toBe(200);
    expect(server.paths()).toEqual(["/robots.txt", "/a"]);
  });

  it("treats a robots.txt 500 as disallowing the whole origin, and says so", async () => {
    const server = await serve({ "/robots.txt": send(500, {}), "/a": html(PAGE) });
    const error = await failure(open().fetch(`${server.base}/a`));
    expect(error.code).toBe("E_REFUSED");
    expect(error.message).toContain("robots.txt answered HTTP 500");
    expect(error.message).toContain("whole site");
    expect(server.paths()).toEqual(["/robots.txt"]);
  });

  it("treats an unreachable robots.txt as disallowing the whole origin", async () => {
    const server = await serve({ "/robots.txt": (req) => req.socket.destroy(), "/a": html(PAGE) });
    const error = await failure(open().fetch(`${server.base}/a`));
    expect(error.code).toBe("E_REFUSED");
    expect(error.message).toContain("could not be read");
    expect(server.paths()).not.toContain("/a");
  });

  it("reads only the first 500 KiB of a huge robots.txt", async () => {
    const padding = "# filler line to make the file large\n".repeat(Math.ceil((600 * 1024) / 37));
    const server = await serve({
      "/robots.txt": robots(`User-agent: *\nDisallow: /early\n${padding}Disallow: /late\n`),
      "/early": html(PAGE),
      "/late": html(PAGE),
    });
    const fetcher = open();
    expect((await failure(fetcher.fetch(`${server.base}/early`))).code).toBe("E_REFUSED");
    expect((await fetcher.fetch(`${server.base}/late`)).status).toBe(200);
  });

  it("does not ask for robots.txt when told not to respect it", async () => {
    const server = await serve({ "/robots.txt": robots("User-agent: *\nDisallow: /\n"), "/a": html(PAGE) });
    await open({ respectRobots: false }).fetch(`${server.base}/a`);
    expect(server.paths()).toEqual(["/a"]);
  });
});

describe("pacing", () => {
  it("queues requests to one host in call order, perHostIntervalMs apart", async () => {
    const server = await serve({ "/a": html("a"), "/b": html("b"), "/c": html("c") });
    const fetcher = open({ perHostIntervalMs: 150, respectRobots: false });
    await Promise.all(["/a", "/b", "/c"].map((path) => fetcher.fetch(`${server.base}${path}`)));
    expect(server.paths()).toEqual(["/a", "/b", "/c"]);
    const [a, b, c] = server.hits;
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(150);
    expect(c!.at - b!.at).toBeGreaterThanOrEqual(150);
  });

  it("waits a robots.txt Crawl-delay that is longer than the interval", async () => {
    const server = await serve({
      "/robots.txt": send(200, { "content-type": "text/plain" }, "User-agent: *\nCrawl-delay: 0.25\n"),
      "/a": html("a"),
      "/b": html("b"),
    });
    const fetcher = open({ perHostIntervalMs: 10 });
    await Promise.all([fetcher.fetch(`${server.base}/a`), fetcher.fetch(`${server.base}/b`)]);
    expect(server.paths()).toEqual(["/robots.txt", "/a", "/b"]);
    const [robots, a, b] = server.hits;
    expect(a!.at - robots!.at).toBeGreaterThanOrEqual(250);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(250);
  });

  it("does not make one host wait for another", async () => {
    const server = await serve({ "/1": html("1"), "/2": html("2") });
    const dns = fakeDns({ "slow.test": ["127.0.0.1"], "other.test": ["127.0.0.1"] });
    const fetcher = open({ perHostIntervalMs: 400, respectRobots: false }, dns);
    await Promise.all([
      fetcher.fetch(`http://slow.test:${server.port}/1`),
      fetcher.fetch(`http://slow.test:${server.port}/2`),
      fetcher.fetch(`http://other.test:${server.port}/1`),
    ]);
    const order = server.hits.map((hit) => `${hit.host.split(":")[0]}${hit.path}`);
    expect(order.indexOf("other.test/1")).toBeLessThan(order.indexOf("slow.test/2"));
  });
});

describe("limits", () => {
  it("times out on a server that never answers", async () => {
    const server = await serve({ "/hang": () => undefined });
    const url = `${server.base}/hang`;
    const started = performance.now();
    const error = await failure(open({ timeoutMs: 300, respectRobots: false }).fetch(url));
    expect(error.code).toBe("E_FETCH");
    expect(error.source).toBe(url);
    expect(error.message).toContain("300 ms");
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("counts the body in the timeout, not just the headers", async () => {
    const server = await serve({
      "/trickle": (_req, res) => {
        res.writeHead(200, { "content-type": "text/plain" });
        const timer = setInterval(() => res.write("."), 50);
        res.on("close", () => clearInterval(timer));
      },
    });
    const error = await failure(
      open({ timeoutMs: 300, respectRobots: false }).fetch(`${server.base}/trickle`),
    );
    expect(error.code).toBe("E_FETCH");
    expect(error.message).toContain("300 ms");
  });

  it("refuses a body whose Content-Length is over maxBytes", async () => {
    const server = await serve({
      "/big": send(200, { "content-type": "text/plain", "content-length": 5000 }, "x".repeat(5000)),
    });
    const error = await failure(open({ maxBytes: 1000, respectRobots: false }).fetch(`${server.base}/big`));
    expect(error.code).toBe("E_TOO_LARGE");
    expect(error.message).toContain("Content-Length");
  });

  it("cuts an endless body without Content-Length as soon as it passes maxBytes", async () => {
    let serverSawClose = false;
    const server = await serve({
      "/endless": (_req, res) => {
        res.writeHead(200, { "content-type": "text/plain" });
        const chunk = "y".repeat(16 * 1024);
        const timer = setInterval(() => res.write(chunk), 5);
        res.on("close", () => {
          clearInterval(timer);
          serverSawClose = true;
        });
      },
    });
    const url = `${server.base}/endless`;
    const error = await failure(
      open({ maxBytes: 64 * 1024, timeoutMs: 5000, respectRobots: false }).fetch(url),
    );
    expect(error.code).toBe("E_TOO_LARGE");
    expect(error.message).toContain("64 KiB");
    await expect.poll(() => serverSawClose, { timeout: 2000 }).toBe(true);
  });

  it("applies maxBytes to the decompressed body", async () => {
    const bomb = gzipSync(new Uint8Array(4 * 1024 * 1024));
    const server = await serve({
      "/bomb": send(200, { "content-type": "text/plain", "content-encoding": "gzip" }, bomb),
    });
    const error = await failure(
      open({ maxBytes: 64 * 1024, respectRobots: false }).fetch(`${server.base}/bomb`),
    );
    expect(error.code).toBe("E_TOO_LARGE");
  });
});

describe("refusals", () => {
  const refused: [string, RegExp][] = [
    ["http://127.0.0.1:PORT/", /127\.0\.0\.1 is a loopback address; pass --allow-private/],
    ["http://[::1]:PORT/", /::1 is a loopback address/],
    ["http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254 is a link-local address/],
    ["http://10.1.2.3/", /10\.1\.2\.3 is a private address/],
    ["http://2130706433:PORT/", /127\.0\.0\.1 is a loopback address/],
    ["http://0x7f.1:PORT/", /127\.0\.0\.1 is a loopback address/],
    ["http://[::ffff:127.0.0.1]:PORT/", /an IPv4-mapped loopback address/],
    ["http://[fd12:3456::1]/", /a unique-local IPv6 address/],
    ["http://100.64.1.1/", /a carrier-grade NAT address/],
    ["http://0.0.0.0:PORT/", /the unspecified address/],
    ["file:///etc/passwd", /only http and https URLs are fetched, not file:/],
    ["ftp://x/", /only http and https URLs are fetched, not ftp:/],
    ["http://user:pw@host/", /user name or password/],
    ["not a url", /not an absolute URL/],
  ];

  it.each(refused)("refuses %s before any lookup or connection", async (template, message) => {
    const server = await serve({ "/": html(PAGE) });
    const url = template.replace("PORT", String(server.port));
    const dns = fakeDns({ host: ["127.0.0.1"] });
    const fetcher = createFetcher({}, dns);
    cleanups.push(() => fetcher.close());
    const error = await failure(fetcher.fetch(url));
    expect(error.code).toBe("E_REFUSED");
    expect(error.source).toBe(url);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(":pw@");
    expect(dns.asked).toEqual([]);
    expect(server.connections()).toBe(0);
  });

  it("refuses a host name that resolves to loopback (localhost) without connecting", async () => {
    const server = await serve({ "/": html(PAGE) });
    const url = `http://localhost:${server.port}/`;
    const fetcher = createFetcher();
    cleanups.push(() => fetcher.close());
    const error = await failure(fetcher.fetch(url));
    expect(error.code).toBe("E_REFUSED");
    expect(error.message).toMatch(/its host resolves to (127\.0\.0\.1|::1), a loopback address/);
    expect(server.connections()).toBe(0);
    const allowed = await open().fetch(url);
    expect(allowed.status).toBe(200);
  });

  it("refuses a host when any one of its addresses is private", async () => {
    const dns = fakeDns({ "mixed.test": ["93.184.215.14", "10.0.0.5"] });
    const fetcher = createFetcher({ respectRobots: false }, dns);
    cleanups.push(() => fetcher.close());
    const error = await failure(fetcher.fetch("https://mixed.test/a"));
    expect(error.code).toBe("E_REFUSED");
    expect(error.message).toBe(
      "https://mixed.test/a is refused: its host resolves to 10.0.0.5, a private address; pass --allow-private to fetch it",
    );
  });
});

describe("connections", () => {
  it("connects to the address it checked instead of looking the name up again", async () => {
    const server = await serve({ "/a": html(PAGE) });
    const dns = fakeDns({ "news.test": ["127.0.0.1"] });
    const page = await open({ respectRobots: false }, dns).fetch(`http://news.test:${server.port}/a`);
    expect(page.status).toBe(200);
    expect(server.hits[0]!.host).toBe(`news.test:${server.port}`);
    expect(dns.asked).toEqual(["news.test"]);
  });

  it("fails with E_FETCH when the host name does not resolve", async () => {
    const error = await failure(open({}, fakeDns({})).fetch("http://nowhere.test/a"));
    expect(error.code).toBe("E_FETCH");
    expect(error.message).toContain("could not be resolved (ENOTFOUND)");
  });

  it("fails with E_FETCH when the connection is refused", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await failure(open({ respectRobots: false }).fetch(`http://127.0.0.1:${port}/`));
    expect(error.code).toBe("E_FETCH");
    expect(error.message).toContain("refused");
  });

  it("rejects pending and later fetches once closed", async () => {
    const server = await serve({ "/hang": () => undefined });
    const fetcher = open({ respectRobots: false });
    const pending = failure(fetcher.fetch(`${server.base}/hang`));
    await expect.poll(() => server.hits.length).toBe(1);
    await fetcher.close();
    expect((await pending).code).toBe("E_FETCH");
    const later = await failure(fetcher.fetch(`${server.base}/hang`));
    expect(later.message).toContain("closed");
  });
});
