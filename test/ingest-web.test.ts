// End-to-end tests of the web inputs of `isnad analyze`: HTML pages (UTF-8 and windows-1256, by content
// whatever their extension), WARC archives, JSON Lines (plain and gzip'd), RSS feeds whose summary-only
// items are fetched, URLs, and bad inputs mixed with good ones — through readInputs, analyzeBatch and the
// CLI. Every page, feed and archive is invented and built here, in a temporary folder.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DecodedInput, InputError } from "../src/core/types.js";
import { createFetcher, type Fetcher } from "../src/ingest/fetch/index.js";
import { isInputError, type ReadOptions, readInputs } from "../src/ingest/read-inputs.js";
import { countWords, FULL_CONTENT_MIN_WORDS } from "../src/ingest/records/index.js";
import { buildWarc } from "../src/ingest/records/warc-fixture.js";
import { analyzeBatch } from "../src/pipeline/analyze-batch.js";
import { buildDossier } from "../src/report/index.js";

const repo = fileURLToPath(new URL("../", import.meta.url));

// ---- invented pages ----

// A flood in the invented town of Wadi al-Sanabel, as an invented paper ("Al-Rabiya") reports it.
const AR_HEADLINE = "فيضان يغمر ثلاثة أحياء في بلدة وادي السنابل بعد أمطار غزيرة";
const AR_PARAGRAPHS = [
  "غمرت مياه الفيضان صباح الجمعة ثلاثة أحياء في بلدة وادي السنابل بعد أمطار غزيرة استمرت أكثر من عشر ساعات متواصلة، وفق ما أعلنته البلدية في بيان رسمي صدر عند الظهر.",
  "وقال رئيس البلدية سالم الخطيب إن فرق الدفاع المدني أجلت نحو مئة وعشرين عائلة من المنازل القريبة من مجرى الوادي، مؤكداً أنه لم تسجل أي إصابات بين السكان حتى الآن.",
  "وأوضح مدير الأشغال العامة في البلدة أن الجسر الرئيسي الذي يربط الأحياء الشرقية بالطريق السريع أغلق أمام حركة السير إلى حين التأكد من سلامته الإنشائية بعد ارتفاع منسوب المياه.",
  "ودعت البلدية السكان إلى تجنب الاقتراب من مجاري السيول خلال الأيام المقبلة، فيما توقعت دائرة الأرصاد الجوية استمرار هطول الأمطار حتى مساء السبت مع انخفاض ملحوظ في درجات الحرارة.",
];
const AR_OUTLET = "صحيفة الرابية";
const AR_URL = "https://alrabiya-news.example/local/flood-wadi-sanabel";
const AR_MENU = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "منوعات"];
const AR_MOST_READ = [
  "افتتاح سوق الخضار الجديد في الحي الشرقي بحضور المحافظ",
  "نادي السنابل يتأهل إلى الدور النهائي من بطولة الكأس",
  "ارتفاع أسعار الوقود للمرة الثانية منذ بداية العام",
  "مهرجان الزيتون السنوي يعود إلى ساحة البلدة بعد غياب",
];
const AR_SHARE = ["شارك على فيسبوك", "شارك على تويتر", "أرسل عبر واتساب"];
const AR_FOOTER = ["جميع الحقوق محفوظة لصحيفة الرابية", "من نحن", "اتصل بنا", "سياسة الخصوصية"];

/** The Arabic page; `charset` is what its <meta charset> declares. Published at 01:30 in +03:00,
 * which is the previous day in UTC: the page's own day must be kept. */
function arabicPage(charset: string): string {
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="${charset}">
<title>${AR_HEADLINE} - ${AR_OUTLET}</title>
<meta property="og:site_name" content="${AR_OUTLET}">
<meta property="og:title" content="${AR_HEADLINE}">
<meta property="article:published_time" content="2025-03-14T01:30:00+03:00">
<link rel="canonical" href="${AR_URL}">
</head>
<body>
<header class="site-header">
<nav class="main-menu"><ul>${AR_MENU.map((m, i) => `<li><a href="/s${i}">${m}</a></li>`).join("")}</ul></nav>
</header>
<main>
<article>
<h1>${AR_HEADLINE}</h1>
<div class="share-buttons">${AR_SHARE.map((s, i) => `<a href="#share-${i}" class="share">${s}</a>`).join(" ")}</div>
<div class="article-body">
${AR_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
</div>
</article>
<aside class="most-read">
<h2>الأكثر قراءة</h2>
<ul>${AR_MOST_READ.map((t, i) => `<li><a href="/local/story-${i}">${t}</a></li>`).join("\n")}</ul>
</aside>
</main>
<footer class="site-footer">
<p>${AR_FOOTER[0]}</p>
<ul>${AR_FOOTER.slice(1)
    .map((t, i) => `<li><a href="/page-${i}">${t}</a></li>`)
    .join("")}</ul>
</footer>
</body>
</html>
`;
}

// A council vote in the invented town of Millbrook.
const EN_HEADLINE = "Millbrook council votes to rebuild the harbour wall";
const EN_PARAGRAPHS = [
  "Millbrook's town council voted seven to two on Tuesday evening to rebuild the harbour wall that was breached during the January storms, ending months of argument over who should pay for the repairs.",
  "The council leader, Margaret Ellory, said the work would begin in early summer and should be finished before the autumn tides, provided the regional grant arrives on time.",
  "Two councillors from the eastern ward voted against the plan, saying the town's reserves should first be spent on the flooded footpaths along the river and on the damaged primary school roof.",
];
const EN_OUTLET = "The Millbrook Courier";

function englishPage(headline: string, paragraphs: readonly string[], published: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${headline} | ${EN_OUTLET}</title>
<meta property="og:site_name" content="${EN_OUTLET}">
<meta property="og:title" content="${headline}">
<meta property="article:published_time" content="${published}">
</head>
<body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>${headline}</h1>
<div class="article-body">
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</div>
</article>
<footer><p>Copyright 2025 The Millbrook Courier. All rights reserved.</p></footer>
</body>
</html>
`;
}

const EN_PAGE = englishPage(EN_HEADLINE, EN_PARAGRAPHS, "2025-04-01T22:45:00-05:00");

// Served by the local HTTP server, at /article.
const URL_HEADLINE = "Ferry service to Gull Island resumes after a week of repairs";
const URL_PARAGRAPHS = [
  "The ferry between Millbrook harbour and Gull Island resumed its full timetable on Monday morning after engineers replaced a damaged propeller shaft, the operating company said.",
  "Islanders had relied on a single fishing boat for supplies during the week, and the island's shop ran out of fresh milk and bread on Thursday, according to the island's residents' association.",
  "The company said it would add two extra crossings on Saturday to clear the backlog of vehicles that had been waiting on the mainland since the service stopped.",
];
// Served at /feed-story: the article of the feed's summary-only item.
const STORY_HEADLINE = "Millbrook library to open on Sundays from next month";
const STORY_PARAGRAPHS = [
  "Millbrook's public library will open on Sunday afternoons from the first of next month, after the town council approved funding for two additional part-time staff at its meeting on Tuesday.",
  "The head librarian, Owen Pritchard, said that Sunday opening had been the most common request in the library's survey of readers last year, ahead of longer evening hours and more computers.",
  "The library will open from one o'clock until five o'clock on Sundays, and the children's reading club will move from Saturday mornings to Sunday afternoons to make room for a new adult literacy class.",
];

// A 4-paragraph English story with more than 150 words, for the feed's full-content item.
const FEED_FULL_TITLE = "Storm damage closes the coastal path between Millbrook and Easthaven";
const FEED_FULL_PARAGRAPHS = [
  "The coastal footpath between Millbrook and Easthaven has been closed to walkers after a section of the cliff collapsed during the storm on Sunday night, the county's rangers said on Monday.",
  "Rangers found that about forty metres of the path near the old lighthouse had fallen onto the beach below, and that cracks had opened in the ground along a further stretch of the route to the east.",
  "The chief ranger, Helen Moss, said the path would stay closed for at least three months while geologists surveyed the cliff and the county decided whether the route could be moved further inland.",
  "Walkers have been asked to use the inland bridleway instead, which adds about two kilometres to the journey, and signs have been put up at both ends of the closed section to warn visitors away.",
  "Local businesses in Easthaven said they expected fewer visitors over the Easter holiday, since many walkers come for the cliff path and stay in the town's guest houses overnight.",
];

function rssFeed(port: number): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>${EN_OUTLET}</title>
<link>https://millbrook-courier.example/</link>
<description>Local news from Millbrook</description>
<item>
<title>${FEED_FULL_TITLE}</title>
<link>https://millbrook-courier.example/news/coastal-path-closed</link>
<pubDate>Mon, 07 Apr 2025 09:15:00 +0100</pubDate>
<description>The coastal footpath has been closed after a cliff fall.</description>
<content:encoded><![CDATA[${FEED_FULL_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}]]></content:encoded>
</item>
<item>
<title>${STORY_HEADLINE}</title>
<link>http://127.0.0.1:${port}/feed-story</link>
<pubDate>Tue, 08 Apr 2025 17:30:00 +0100</pubDate>
<description>The library will open on Sunday afternoons.</description>
</item>
</channel>
</rss>
`;
}

// Two pages inside the WARC: an Arabic one and an English one, from two other invented outlets.
const WARC_AR_URL = "https://sahel-daily.example/news/2025/03/15/bridge-closed";
const WARC_AR_HEADLINE = "إغلاق جسر وادي السنابل حتى إشعار آخر";
const WARC_AR_PARAGRAPHS = [
  "أعلنت مديرية الطرق في المحافظة إغلاق جسر وادي السنابل أمام المركبات حتى إشعار آخر، بعد أن كشف الفحص الأولي عن تشققات في إحدى ركائزه الحاملة إثر الفيضان الأخير.",
  "وقال المهندس كمال العبيدي إن فرق الصيانة ستبدأ أعمال التدعيم صباح الأحد، وإن المركبات ستحول إلى الطريق الزراعي القديم الذي يمر بمحاذاة المزارع الغربية للبلدة.",
  "وأضاف أن المديرية خصصت حافلات مجانية لنقل طلاب المدارس بين ضفتي الوادي طوال مدة الإغلاق، على أن تعلن موعد إعادة الافتتاح بعد انتهاء الفحوص الهندسية الكاملة.",
];
const WARC_AR_OUTLET = "جريدة السهل";
const WARC_EN_URL = "https://easthaven-herald.example/2025/04/02/council-budget";
const WARC_EN_HEADLINE = "Easthaven council approves a smaller budget for road repairs";
const WARC_EN_PARAGRAPHS = [
  "Easthaven's council approved on Wednesday a budget for road repairs that is a fifth smaller than last year's, after a long debate about the cost of clearing up after the winter floods.",
  "The finance committee chair, Daniel Okafor, told the meeting that the flood clean-up had used most of the contingency fund and that other spending had to wait until the next financial year.",
  "Residents who attended the meeting asked the council to give priority to the road past the primary school, which has been partly closed since a sinkhole opened there in February.",
];
const WARC_EN_OUTLET = "The Easthaven Herald";

function warcArabicPage(): string {
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${WARC_AR_HEADLINE}</title>
<meta property="og:site_name" content="${WARC_AR_OUTLET}">
<meta property="og:title" content="${WARC_AR_HEADLINE}">
<meta property="article:published_time" content="2025-03-15T10:00:00+03:00">
</head>
<body>
<nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/opinion">رأي</a></nav>
<article><h1>${WARC_AR_HEADLINE}</h1>
<div class="article-body">${WARC_AR_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</div>
</article>
<footer><p>جميع الحقوق محفوظة لجريدة السهل</p></footer>
</body>
</html>
`;
}

function warcEnglishPage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${WARC_EN_HEADLINE}</title>
<meta property="og:site_name" content="${WARC_EN_OUTLET}">
<meta property="og:title" content="${WARC_EN_HEADLINE}">
<meta property="article:published_time" content="2025-04-02T19:00:00+01:00">
</head>
<body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>${WARC_EN_HEADLINE}</h1>
<div class="article-body">${WARC_EN_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</div>
</article>
<footer><p>Copyright 2025 The Easthaven Herald</p></footer>
</body>
</html>
`;
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

function crawlWarc(): Uint8Array {
  return buildWarc(
    [
      { url: "https://sahel-daily.example/", type: "request", contentType: "text/html", body: "" },
      { url: WARC_AR_URL, contentType: "text/html; charset=utf-8", body: warcArabicPage() },
      {
        url: "https://sahel-daily.example/news/missing",
        status: 404,
        contentType: "text/html; charset=utf-8",
        body: "<!DOCTYPE html><html><body><h1>Page not found</h1><p>The page you asked for is not here.</p></body></html>",
      },
      { url: "https://sahel-daily.example/logo.png", contentType: "image/png", body: PNG },
      { url: WARC_EN_URL, contentType: "text/html; charset=utf-8", body: warcEnglishPage() },
    ],
    { gzipPerRecord: true },
  );
}

// JSON Lines: a line with text, a line with html, a broken line.
const JSONL_TEXT_LINES = [
  "Heavy rain flooded the lower town of Millbrook overnight, and the fire service pumped water out of twelve houses near the river.",
  "The river level fell by half a metre by noon, the environment agency said.",
];
const JSONL_HTML_PARAGRAPHS = [
  "The Easthaven fish market will move to a new building on the harbour front next spring, the harbour board announced on Friday after a vote of its members.",
  "The board said the old market hall, built in the nineteen sixties, no longer met food safety rules and would cost more to repair than to replace with a new hall.",
];
const JSONL_LINES = [
  JSON.stringify({
    url: "https://millbrook-courier.example/news/rain-floods-lower-town",
    outlet: EN_OUTLET,
    title: "Rain floods the lower town",
    published: "2025-04-05",
    text: JSONL_TEXT_LINES.join("\n"),
  }),
  JSON.stringify({
    url: "https://easthaven-herald.example/news/fish-market-moves",
    outlet: WARC_EN_OUTLET,
    title: "Fish market to move to the harbour front",
    published: "2025-04-04T08:00:00+01:00",
    html: `<article><h1>Fish market to move to the harbour front</h1>${JSONL_HTML_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>`,
  }),
  '{"url": "https://millbrook-courier.example/news/broken", "text": "This line was cut',
];
const JSONL = `${JSONL_LINES.join("\n")}\n`;

const PLAIN_WITH_TAG = `Millbrook council notice board
The clerk said the printed agenda marks urgent items with <b> so that residents can find them quickly.
The next meeting will be held on the first Tuesday of May in the town hall.
`;

const NAV_ONLY = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sections</title></head>
<body><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer></body></html>
`;

/** The expected `text` of an HTML-born input: the headline, then the paragraphs, one a line. */
function articleText(headline: string, paragraphs: readonly string[]): string {
  return `${[headline, ...paragraphs].join("\n")}\n`;
}

// ---- windows-1256 bytes, by the system's iconv when it has one ----

function toWindows1256(text: string): Uint8Array | null {
  try {
    return new Uint8Array(execFileSync("iconv", ["-f", "UTF-8", "-t", "WINDOWS-1256"], { input: text }));
  } catch {
    return null;
  }
}
const AR_PAGE_1256 = toWindows1256(arabicPage("windows-1256"));

// ---- the temporary folder, the local server, the fetchers ----

let root: string;
let server: Server;
let port: number;
let base: string;
let privateFetcher: Fetcher;
let publicFetcher: Fetcher;
const served: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "isnad-web-"));
  server = createServer((request, response) => {
    served.push(request.url ?? "");
    const html = (body: string) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(body);
    };
    if (request.url === "/robots.txt") {
      response.writeHead(200, { "Content-Type": "text/plain" });
      response.end("User-agent: *\nAllow: /\n");
    } else if (request.url === "/article") html(englishPage(URL_HEADLINE, URL_PARAGRAPHS, "2025-04-07"));
    else if (request.url === "/feed-story") html(englishPage(STORY_HEADLINE, STORY_PARAGRAPHS, "2025-04-08"));
    else {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  privateFetcher = createFetcher({ allowPrivateAddresses: true, perHostIntervalMs: 0, respectRobots: true });
  publicFetcher = createFetcher({ perHostIntervalMs: 0, respectRobots: true });

  await mkdir(join(root, "cli"), { recursive: true });
  const files: Record<string, string | Uint8Array> = {
    "flood.html": arabicPage("utf-8"),
    "council.txt": EN_PAGE,
    "notice.txt": PLAIN_WITH_TAG,
    "crawl.warc.gz": crawlWarc(),
    "items.jsonl": JSONL,
    "items.jsonl.gz": gzipSync(JSONL),
    "feed.xml": rssFeed(port),
    "empty.html": "",
    "sections.html": NAV_ONLY,
    "broken.warc.gz": Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256),
    // three good lines gzip'd, cut in the middle of the compressed stream
    "cut.jsonl.gz": truncatedGzip(),
    // a whole page gzip'd, cut before its end
    "flood-cut.html.gz": (() => {
      const zipped = gzipSync(arabicPage("utf-8"));
      return zipped.subarray(0, Math.floor(zipped.length * 0.7));
    })(),
    "cli/flood.html": arabicPage("utf-8"),
    "cli/crawl.warc.gz": crawlWarc(),
    "cli/items.jsonl": JSONL,
  };
  if (AR_PAGE_1256) files["flood-1256.html"] = AR_PAGE_1256;
  for (const [name, content] of Object.entries(files)) await writeFile(join(root, name), content);
});

afterAll(async () => {
  await privateFetcher?.close();
  await publicFetcher?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await rm(root, { recursive: true, force: true });
});

const CUT_LINES = [1, 2, 3].map((k) =>
  JSON.stringify({
    url: `https://millbrook-courier.example/news/item-${k}`,
    text: `Item ${k}: the harbour board met on ${["Monday", "Tuesday", "Wednesday"][k - 1]} to discuss the new moorings and the price of the winter berths for the fishing fleet.`,
  }),
);

/** Lines 1–2 as one gzip member, line 3 as a second member cut at 60% of its length, so that the
 * decompressed text ends inside line 3. */
function truncatedGzip(): Uint8Array {
  const second = gzipSync(`${CUT_LINES[2]}\n`);
  return new Uint8Array(
    Buffer.concat([
      gzipSync(`${CUT_LINES.slice(0, 2).join("\n")}\n`),
      second.subarray(0, Math.floor(second.length * 0.6)),
    ]),
  );
}

const at = (name: string) => join(root, name);

async function collect(paths: string[], options: ReadOptions = {}): Promise<(DecodedInput | InputError)[]> {
  const items: (DecodedInput | InputError)[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

function inputs(items: readonly (DecodedInput | InputError)[]): DecodedInput[] {
  return items.filter((item): item is DecodedInput => !isInputError(item));
}

function errors(items: readonly (DecodedInput | InputError)[]): InputError[] {
  return items.filter(isInputError);
}

function only<T>(list: readonly T[]): T {
  expect(list).toHaveLength(1);
  return list[0]!;
}

/** Every piece of page furniture of the Arabic page, none of which may reach the text. */
const AR_FURNITURE = [...AR_MENU, ...AR_MOST_READ, "الأكثر قراءة", ...AR_SHARE, ...AR_FOOTER];

// ---- readInputs ----

describe("HTML pages", () => {
  it("reads an Arabic RTL page as its headline and four paragraphs, without menu, teasers or footer", async () => {
    const items = await collect([at("flood.html")]);
    const page = only(items) as DecodedInput;
    expect(isInputError(page)).toBe(false);
    expect(page.format).toBe("html");
    expect(page.id).toBe("flood");
    expect(page.encoding).toBe("utf-8");
    expect(page.text).toBe(articleText(AR_HEADLINE, AR_PARAGRAPHS));
    expect(page.text.split("\n").slice(1, 5)).toEqual(AR_PARAGRAPHS);
    for (const furniture of AR_FURNITURE) expect(page.text).not.toContain(furniture);
    expect(page.page).toEqual({
      url: AR_URL,
      title: AR_HEADLINE,
      outlet: AR_OUTLET,
      byline: null,
      // 01:30 at +03:00 is still the 13th in UTC: the day is the page's own
      published: "2025-03-14",
      language: "ar",
    });
  });

  it.skipIf(AR_PAGE_1256 === null)(
    "reads the same page saved in windows-1256 (no iconv: skipped) to the same paragraphs",
    async () => {
      const page = only(await collect([at("flood-1256.html")])) as DecodedInput;
      expect(page.format).toBe("html");
      expect(page.encoding).toBe("windows-1256");
      expect(page.text).toBe(articleText(AR_HEADLINE, AR_PARAGRAPHS));
      expect(page.page?.outlet).toBe(AR_OUTLET);
      expect(page.page?.published).toBe("2025-03-14");
      expect(page.page?.language).toBe("ar");
    },
  );

  it("reads an HTML page saved as .txt as HTML, by its content", async () => {
    const page = only(await collect([at("council.txt")])) as DecodedInput;
    expect(page.format).toBe("html");
    expect(page.id).toBe("council");
    expect(page.text).toBe(articleText(EN_HEADLINE, EN_PARAGRAPHS));
    expect(page.text).not.toContain("Weather");
    expect(page.text).not.toContain("All rights reserved");
    expect(page.page?.outlet).toBe(EN_OUTLET);
    // 22:45 at -05:00 is already the 2nd in UTC
    expect(page.page?.published).toBe("2025-04-01");
    expect(page.page?.language).toBe("en");
  });

  it("keeps a text file that quotes <b> once as text, line for line", async () => {
    const page = only(await collect([at("notice.txt")])) as DecodedInput;
    expect(page.format).toBe("text");
    expect(page.text).toBe(PLAIN_WITH_TAG);
    expect(page.page).toBeUndefined();
  });
});

describe("WARC", () => {
  it("gives one input per HTML 200 response, skipping the request, the 404 and the image", async () => {
    const first = await collect([at("crawl.warc.gz")]);
    expect(errors(first)).toEqual([]);
    const pages = inputs(first);
    expect(pages.map((p) => p.format)).toEqual(["warc-record", "warc-record"]);
    expect(pages.map((p) => p.page?.url)).toEqual([WARC_AR_URL, WARC_EN_URL]);
    expect(pages.map((p) => p.source)).toEqual([`${at("crawl.warc.gz")}#2`, `${at("crawl.warc.gz")}#5`]);
    expect(pages[0]!.text).toBe(articleText(WARC_AR_HEADLINE, WARC_AR_PARAGRAPHS));
    expect(pages[1]!.text).toBe(articleText(WARC_EN_HEADLINE, WARC_EN_PARAGRAPHS));
    expect(pages.map((p) => p.page?.outlet)).toEqual([WARC_AR_OUTLET, WARC_EN_OUTLET]);
    expect(pages.map((p) => p.page?.published)).toEqual(["2025-03-15", "2025-04-02"]);
    expect(pages.map((p) => p.page?.language)).toEqual(["ar", "en"]);

    const ids = pages.map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
    const second = inputs(await collect([at("crawl.warc.gz")]));
    expect(second.map((p) => p.id)).toEqual(ids);
    expect(second.map((p) => p.contentHash)).toEqual(pages.map((p) => p.contentHash));
  });
});

describe("JSON Lines", () => {
  const htmlTitle = "Fish market to move to the harbour front";
  const expectedTexts = [
    articleText("Rain floods the lower town", JSONL_TEXT_LINES),
    articleText(htmlTitle, JSONL_HTML_PARAGRAPHS),
  ];

  it("gives an input per good line and an error naming items.jsonl:3 for the broken one", async () => {
    const items = await collect([at("items.jsonl")]);
    const pages = inputs(items);
    expect(pages.map((p) => p.format)).toEqual(["jsonl", "jsonl"]);
    expect(pages.map((p) => p.text)).toEqual(expectedTexts);
    expect(pages.map((p) => p.page?.url)).toEqual([
      "https://millbrook-courier.example/news/rain-floods-lower-town",
      "https://easthaven-herald.example/news/fish-market-moves",
    ]);
    expect(pages.map((p) => p.page?.outlet)).toEqual([EN_OUTLET, WARC_EN_OUTLET]);
    expect(pages.map((p) => p.page?.published)).toEqual(["2025-04-05", "2025-04-04"]);
    const error = only(errors(items));
    expect(error.source).toBe(`${at("items.jsonl")}:3`);
    expect(error.code).toBe("E_FORMAT");
    expect(error.message).toContain("line 3 is not JSON");
    // the error comes where the line is: after the two good ones
    expect(items.indexOf(error)).toBe(2);
  });

  it("reads the same file gzip'd to the same texts", async () => {
    const items = await collect([at("items.jsonl.gz")]);
    expect(inputs(items).map((p) => p.text)).toEqual(expectedTexts);
    expect(errors(items).map((e) => `${e.code} ${e.source}`)).toEqual([`E_FORMAT ${at("items.jsonl.gz")}:3`]);
  });
});

describe("RSS feed", () => {
  it("has a full-content item long enough to be taken for the article (fixture check)", () => {
    const html = FEED_FULL_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n");
    expect(countWords(html)).toBeGreaterThanOrEqual(FULL_CONTENT_MIN_WORDS);
  });

  it("reads the full-content item and fetches the summary-only item's link", async () => {
    const before = served.length;
    const items = await collect([at("feed.xml")], { fetcher: privateFetcher });
    expect(errors(items)).toEqual([]);
    const pages = inputs(items);
    expect(pages.map((p) => p.format)).toEqual(["feed-item", "feed-item"]);
    expect(pages.map((p) => p.source)).toEqual([`${at("feed.xml")}#1`, `${at("feed.xml")}#2`]);
    expect(pages[0]!.text).toBe(articleText(FEED_FULL_TITLE, FEED_FULL_PARAGRAPHS));
    expect(pages[0]!.page?.url).toBe("https://millbrook-courier.example/news/coastal-path-closed");
    expect(pages[0]!.page?.outlet).toBe(EN_OUTLET);
    expect(pages[0]!.page?.published).toBe("2025-04-07");
    expect(pages[1]!.text).toBe(articleText(STORY_HEADLINE, STORY_PARAGRAPHS));
    expect(pages[1]!.page?.url).toBe(`${base}/feed-story`);
    expect(pages[1]!.page?.title).toBe(STORY_HEADLINE);
    // the feed's date for the item comes before the page's own
    expect(pages[1]!.page?.published).toBe("2025-04-08");
    expect(served.slice(before)).toContain("/feed-story");
  });

  it("without a fetcher, reports the summary-only item and still reads the full one", async () => {
    const items = await collect([at("feed.xml")], { fetcher: null });
    const page = only(inputs(items));
    expect(page.text).toBe(articleText(FEED_FULL_TITLE, FEED_FULL_PARAGRAPHS));
    const error = only(errors(items));
    expect(error.source).toBe(`${at("feed.xml")}#2`);
    expect(error.code).toBe("E_USAGE");
    expect(error.message).toContain("needs fetching");
    expect(error.message).toContain(`${base}/feed-story`);
  });
});

describe("URLs", () => {
  it("fetches a URL given as an input and reads it as an HTML page, in order with the files", async () => {
    const url = `${base}/article`;
    const items = await collect([at("notice.txt"), url], { fetcher: privateFetcher });
    expect(errors(items)).toEqual([]);
    const [file, page] = inputs(items);
    expect(file!.format).toBe("text");
    expect(page!.format).toBe("html");
    expect(page!.source).toBe(url);
    expect(page!.id).toBe("127.0.0.1-article");
    expect(page!.text).toBe(articleText(URL_HEADLINE, URL_PARAGRAPHS));
    expect(page!.page?.url).toBe(url);
    expect(page!.page?.outlet).toBe(EN_OUTLET);
  });

  it("refuses a loopback URL without allowPrivateAddresses, naming it, and reads the rest", async () => {
    const url = `${base}/article`;
    const before = served.length;
    const items = await collect([url, at("council.txt")], { fetcher: publicFetcher });
    expect(items).toHaveLength(2);
    const error = items[0] as InputError;
    expect(isInputError(error)).toBe(true);
    expect(error.code).toBe("E_REFUSED");
    expect(error.source).toBe(url);
    expect(error.message).toContain(url);
    expect((items[1] as DecodedInput).text).toBe(articleText(EN_HEADLINE, EN_PARAGRAPHS));
    // refused before connecting
    expect(served.slice(before)).toEqual([]);
  });

  it("without a fetcher, a URL input is an error saying fetching is off", async () => {
    const url = `${base}/article`;
    const error = only(await collect([url], { fetcher: null })) as InputError;
    expect(error.code).toBe("E_USAGE");
    expect(error.message).toContain("fetching is off");
  });
});

describe("bad inputs in a batch", () => {
  it("gives each bad input a clear error naming it and still reads the good ones", async () => {
    const items = await collect([
      at("empty.html"),
      at("flood.html"),
      at("sections.html"),
      at("broken.warc.gz"),
      at("items.jsonl"),
      at("cut.jsonl.gz"),
      at("flood-cut.html.gz"),
      at("council.txt"),
    ]);
    const rows = items.map((item) =>
      isInputError(item) ? `${item.code} ${item.source.slice(root.length + 1)}` : `${item.format} ${item.id}`,
    );
    expect(rows).toEqual([
      "E_EMPTY empty.html",
      "html flood",
      "E_EMPTY sections.html",
      "E_FORMAT broken.warc.gz",
      "jsonl items-1",
      "jsonl items-2",
      "E_FORMAT items.jsonl:3",
      "jsonl cut-1",
      "jsonl cut-2",
      "E_FORMAT cut.jsonl.gz:3",
      "E_FORMAT flood-cut.html.gz",
      "html council",
    ]);
    const bad = errors(items);
    expect(bad[0]!.message).toContain(`${at("empty.html")} is empty (0 bytes)`);
    expect(bad[1]!.message).toContain(`${at("sections.html")} is an HTML page with no article text found`);
    expect(bad[2]!.message).toBe(
      `${at("broken.warc.gz")} is named as a web archive but is not one: it does not start with WARC/1.0 or WARC/1.1, nor gzip data though named .gz`,
    );
    expect(bad[3]!.message).toMatch(/^line 3 is not JSON: /);
    expect(bad[4]!.message).toMatch(/^line 3 is cut short: the file's gzip stream ends inside it/);
    expect(bad[5]!.message).toContain(`${at("flood-cut.html.gz")} is cut short`);
    const cut = inputs(items).filter((p) => p.id.startsWith("cut-"));
    expect(cut.map((p) => p.text)).toEqual(
      CUT_LINES.slice(0, 2).map((l) => `${(JSON.parse(l) as { text: string }).text}\n`),
    );
  });
});

describe("ids in a batch", () => {
  it("never repeats an id, across files in two folders, a URL between them and records", async () => {
    await mkdir(join(root, "ids-a"), { recursive: true });
    await mkdir(join(root, "ids-b"), { recursive: true });
    await writeFile(join(root, "ids-a", "council.txt"), EN_PAGE);
    await writeFile(join(root, "ids-b", "council.txt"), EN_PAGE);
    await writeFile(join(root, "ids-b", "items-1.txt"), EN_PAGE);
    const items = await collect([
      join(root, "ids-a", "council.txt"),
      "https://gazette.example/news/council",
      join(root, "ids-b"),
      at("items.jsonl"),
    ]);
    const ids = inputs(items).map((p) => p.id);
    expect(ids).toEqual(["council", "council~2", "items-1", "items-1~2", "items-2"]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the size cap", () => {
  it("holds for each line of a JSON Lines file and each record of a web archive", async () => {
    const items = await collect([at("items.jsonl"), at("crawl.warc.gz")], { maxBytes: 120 });
    expect(inputs(items)).toEqual([]);
    const tooLarge = errors(items).filter((e) => e.code === "E_TOO_LARGE");
    expect(tooLarge.map((e) => e.source.slice(root.length + 1))).toEqual([
      "items.jsonl:1",
      "items.jsonl:2",
      "crawl.warc.gz#2",
      "crawl.warc.gz#5",
    ]);
  });
});

describe("truncated gzip members", () => {
  // A multi-member gzip (one member per WARC record, as CC-NEWS ships) cut within the first bytes of a
  // member inflates to nothing for that member, so the reader alone would see a clean end after the
  // last whole record; the gzip stream's own end tells of the cut. Here: crawl.warc.gz's five records,
  // then the first 30 bytes of a sixth.
  it("reports a WARC whose last gzip member is cut short, after the good records", async () => {
    const sixth = buildWarc(
      [{ url: "https://sahel-daily.example/news/late", contentType: "text/html", body: warcArabicPage() }],
      { gzipPerRecord: true },
    );
    const path = at("crawl-cut.warc.gz");
    await writeFile(path, Buffer.concat([crawlWarc(), sixth.subarray(0, 30)]));
    const items = await collect([path]);
    expect(inputs(items).map((p) => p.page?.url)).toEqual([WARC_AR_URL, WARC_EN_URL]);
    const cut = errors(items);
    expect(cut.map((e) => [e.code, e.source.startsWith(path)])).toEqual([["E_FORMAT", true]]);
    expect(cut[0]!.message).toContain("cut short after record 5");
  });
});

// ---- analyzeBatch and the dossier ----

describe("analyzeBatch on web inputs", () => {
  it("takes date, outlet and headline from the metadata and carries line texts and URLs to the dossier", async () => {
    const result = await analyzeBatch({
      paths: [at("flood.html"), at("crawl.warc.gz")],
      toolVersion: "test",
    });
    expect(result.errors).toEqual([]);
    expect(result.saved).toBeNull();
    const docs = result.documents;
    expect(docs.map((d) => [d.id, d.format, d.language])).toEqual([
      ["flood", "html", "ar"],
      ["crawl-1", "warc-record", "ar"],
      ["crawl-2", "warc-record", "en"],
    ]);
    expect(docs.map((d) => d.published)).toEqual(["2025-03-14", "2025-03-15", "2025-04-02"]);
    expect(docs.map((d) => d.publishedFrom)).toEqual(["metadata", "metadata", "metadata"]);
    expect(docs.map((d) => d.outlet)).toEqual([AR_OUTLET, WARC_AR_OUTLET, WARC_EN_OUTLET]);
    expect(docs.map((d) => d.title)).toEqual([AR_HEADLINE, WARC_AR_HEADLINE, WARC_EN_HEADLINE]);
    expect(docs.map((d) => d.lines[0]!.role)).toEqual(["title", "title", "title"]);
    expect(docs.map((d) => d.lines[0]!.text)).toEqual([AR_HEADLINE, WARC_AR_HEADLINE, WARC_EN_HEADLINE]);
    expect(docs[0]!.lines.slice(1).map((l) => [l.text, l.role])).toEqual(
      AR_PARAGRAPHS.map((p) => [p, "body"]),
    );

    const dossier = buildDossier(result, "test");
    expect(dossier.documents.map((d) => d.url)).toEqual([AR_URL, WARC_AR_URL, WARC_EN_URL]);
    for (const [k, doc] of dossier.documents.entries()) {
      expect(doc.lines.map((l) => l.text)).toEqual(docs[k]!.lines.map((l) => l.text));
      for (const line of doc.lines) expect(typeof line.text).toBe("string");
    }
    expect(dossier.documents[0]!.lines.map((l) => l.text)).toEqual([AR_HEADLINE, ...AR_PARAGRAPHS]);
  });
});

// ---- the CLI ----

describe("isnad analyze on a folder of web inputs", () => {
  it("reads HTML, WARC and JSON Lines, exits 3 for the broken line and writes their formats", async () => {
    const json = join(root, "web.json");
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(repo, "src/cli/main.ts"),
        "analyze",
        join(root, "cli"),
        "--no-store",
        "--no-fetch",
        "--json",
        json,
      ],
      { cwd: repo, encoding: "utf8", env: { ...process.env, ISNAD_DB: join(root, "unused.db") } },
    );
    expect(run.stderr).not.toContain("isnad:");
    expect(run.status).toBe(3);
    const dossier = JSON.parse(await readFile(json, "utf8")) as {
      documents: { id: string; format: string; url?: string; lines: { text?: string }[] }[];
      errors: { source: string; code: string }[];
    };
    // the folder's files sorted by name: crawl.warc.gz, flood.html, items.jsonl
    expect(dossier.documents.map((d) => [d.id, d.format])).toEqual([
      ["crawl-1", "warc-record"],
      ["crawl-2", "warc-record"],
      ["flood", "html"],
      ["items-1", "jsonl"],
      ["items-2", "jsonl"],
    ]);
    expect(dossier.documents.map((d) => d.url)).toEqual([
      WARC_AR_URL,
      WARC_EN_URL,
      AR_URL,
      "https://millbrook-courier.example/news/rain-floods-lower-town",
      "https://easthaven-herald.example/news/fish-market-moves",
    ]);
    expect(dossier.documents[2]!.lines.map((l) => l.text)).toEqual([AR_HEADLINE, ...AR_PARAGRAPHS]);
    expect(dossier.errors.map((e) => [e.code, e.source])).toEqual([
      ["E_FORMAT", `${join(root, "cli", "items.jsonl")}:3`],
    ]);
    expect(run.stdout).toContain("analysed 5 document(s), rejected 1");
  });
});
