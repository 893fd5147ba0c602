import { describe, expect, it } from "vitest";
import { normalizeDate, readPageMetadata } from "./page-metadata.js";
import { parseHtml } from "./parse-html.js";

function read(html: string, url?: string | null) {
  return readPageMetadata(parseHtml(html), url);
}

// All pages, names and outlets below are invented.

const ARABIC_BODY =
  "<p>أعلنت بلدية المدينة القديمة صباح اليوم إغلاق جسر الحديد أمام حركة السيارات بعد انهيار جزء من " +
  "حاجزه الشرقي خلال الليل.</p><p>وقال المهندس المسؤول إن فرق الصيانة بدأت فحص الأعمدة &amp; الأساسات، " +
  "وإن الجسر سيبقى مغلقا حتى نهاية الأسبوع على الأقل، فيما دعت الشرطة السائقين إلى استخدام الطريق الدائري.</p>";

const ARABIC_PAGE = `<!doctype html>
<html lang="ar-EG" dir="rtl">
<head>
<meta charset="utf-8">
<title>انهيار جزئي لجسر الحديد | صحيفة الوادي</title>
<meta property="og:site_name" content="صحيفة الوادي">
<meta property="article:published_time" content="2021-03-15T00:40:00+03:00">
<meta property="article:modified_time" content="2021-03-16T09:05:00+03:00">
<meta name="description" content="  إغلاق جسر الحديد
   بعد انهيار جزئي  ">
<meta name="keywords" content="جسور، المدينة القديمة, بلدية,جسور">
<link rel="canonical" href="/ar/news/bridge-collapse">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"انهيار جزئي لجسر الحديد في المدينة القديمة",
 "author":[{"@type":"Person","name":"سلمى الراشد"},{"@type":"Person","name":"كريم النجار"}],
 "datePublished":"2021-03-14T18:00:00Z",
 "publisher":{"@type":"NewsMediaOrganization","name":"مؤسسة الوادي للإعلام"},
 "articleBody":${JSON.stringify(ARABIC_BODY)}}
</script>
</head>
<body><h1>عنوان الصفحة الرئيسية</h1><p>نص</p></body>
</html>`;

describe("readPageMetadata on an Arabic article page", () => {
  const meta = read(ARABIC_PAGE, "https://alwadi.example/ar/article?id=77");

  it("keeps the day as the page writes it, not the UTC day", () => {
    // Guard: the UTC reading of this timestamp is the previous day, so this test tells the two apart.
    expect(new Date("2021-03-15T00:40:00+03:00").toISOString().slice(0, 10)).toBe("2021-03-14");
    expect(meta.published).toBe("2021-03-15");
    expect(meta.publishedFrom).toBe("meta");
    expect(meta.modified).toBe("2021-03-16");
  });

  it("takes the headline and authors from JSON-LD and the outlet from og:site_name", () => {
    expect(meta.title).toBe("انهيار جزئي لجسر الحديد في المدينة القديمة");
    expect(meta.outlet).toBe("صحيفة الوادي");
    expect(meta.byline).toBe("سلمى الراشد, كريم النجار");
  });

  it("reads language, direction, description, keywords and the relative canonical URL", () => {
    expect(meta.language).toBe("ar");
    expect(meta.direction).toBe("rtl");
    expect(meta.description).toBe("إغلاق جسر الحديد بعد انهيار جزئي");
    expect(meta.keywords).toEqual(["جسور", "المدينة القديمة", "بلدية"]);
    expect(meta.canonicalUrl).toBe("https://alwadi.example/ar/news/bridge-collapse");
  });

  it("strips tags from articleBody and decodes its entities", () => {
    expect(meta.articleBody).not.toBeNull();
    expect(meta.articleBody).toMatch(/^أعلنت بلدية المدينة القديمة/);
    expect(meta.articleBody).toContain("خلال الليل.\nوقال المهندس"); // paragraphs kept apart
    expect(meta.articleBody).toContain("الأعمدة & الأساسات");
    expect(meta.articleBody).not.toMatch(/[<>]/);
  });
});

describe("readPageMetadata on a page with only <title>, <h1>, <time> and a dated URL", () => {
  const page = (body: string) =>
    `<html><head><title>Flood closes bridge - The Riverside Gazette</title></head><body>${body}</body></html>`;
  const h1 =
    "<header><a href='/'>Home</a></header><article><h1>Flood closes Mill Street bridge  for a week</h1>";
  const time = "<p>Updated <time datetime='2022-06-07T21:15:00-04:00'>June 7</time></p>";
  const url = "https://riverside.example/2022/06/08/flood-closes-bridge/";

  it("takes the title from <h1>, the outlet from the <title> suffix and the date from <time>", () => {
    const meta = read(page(`${h1}${time}<p>Water rose overnight.</p></article>`), url);
    expect(meta.title).toBe("Flood closes Mill Street bridge for a week");
    expect(meta.outlet).toBe("The Riverside Gazette");
    expect(meta.published).toBe("2022-06-07");
    expect(meta.publishedFrom).toBe("time");
    expect(meta.byline).toBeNull();
    expect(meta.language).toBeNull();
    expect(meta.direction).toBeNull();
    expect(meta.articleBody).toBeNull();
  });

  it("falls back to the URL date, then to the <title> without the outlet suffix", () => {
    const meta = read(page("<p>Water rose overnight.</p>"), url);
    expect(meta.title).toBe("Flood closes bridge");
    expect(meta.published).toBe("2022-06-08");
    expect(meta.publishedFrom).toBe("url");
  });

  it("reads the URL date forms and refuses a year and month alone", () => {
    const body = page("<p>x</p>");
    expect(read(body, "https://riverside.example/news/2022-06-09-flood/").published).toBe("2022-06-09");
    expect(read(body, "https://riverside.example/story/20220610/flood").published).toBe("2022-06-10");
    expect(read(body, "https://riverside.example/2022/06/flood-closes-bridge/").published).toBeNull();
    expect(read(body, "https://riverside.example/2022/02/30/flood/").published).toBeNull();
    expect(read(body, "https://riverside.example/2022/06/08/flood/").publishedFrom).toBe("url");
  });

  it("cuts a leading or trailing outlet name from <title> and og:title when the outlet is declared", () => {
    const meta = read(
      `<html><head><title>Riverside Gazette | Flood closes bridge</title>
       <meta property="og:site_name" content="Riverside Gazette"></head><body></body></html>`,
    );
    expect(meta.title).toBe("Flood closes bridge");
    expect(meta.outlet).toBe("Riverside Gazette");
    const og = read(
      `<html><head><meta property="og:title" content="Dam holds after storm – The Riverside Gazette">
       <meta property="og:site_name" content="Riverside Gazette"></head><body></body></html>`,
    );
    expect(og.title).toBe("Dam holds after storm");
    // A suffix that is not the declared outlet stays in the title.
    const kept = read(
      `<html><head><title>Flood closes bridge - What we know</title>
       <meta property="og:site_name" content="Riverside Gazette"></head><body></body></html>`,
    );
    expect(kept.title).toBe("Flood closes bridge - What we know");
  });
});

describe("readPageMetadata on broken JSON-LD", () => {
  const html = `<html lang=""><head>
<script type="application/ld+json">
<!--
{
  "@context": "https://schema.org",
  "@graph": [
    {"@type": "WebSite", "@id": "https://harbor.example/#website", "name": "Harbor site", "inLanguage": "en-GB"},
    {"@type": "WebPage", "@id": "https://harbor.example/tug#webpage", "name": "Tug strike - Harbor Light News",
     "datePublished": "2001-01-01"},
    {"@type": ["ReportageNewsArticle"], "@id": "https://harbor.example/tug#article",
     "headline": "Tug crews strike at
 the northern docks",
     "author": {"@id": "https://harbor.example/#dana"},
     "publisher": {"@id": "https://harbor.example/#org"},
     "datePublished": "2020-01-05T07:00:00Z",
     "dateModified": "2020-01-06",
     "articleBody": "Short teaser only.",
    },
    {"@type": "Person", "@id": "https://harbor.example/#dana", "name": "Dana O&#39;Neill &amp; Lee Park"},
    {"@type": "Organization", "@id": "https://harbor.example/#org", "name": "Harbor Light News"},
  ]
}
-->
</script>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
</head><body><h1>Harbor Light News</h1></body></html>`;

  it("repairs the block, prefers the article over the WebPage and resolves @id references", () => {
    const meta = read(html);
    expect(meta.title).toBe("Tug crews strike at the northern docks");
    expect(meta.outlet).toBe("Harbor Light News");
    expect(meta.byline).toBe("Dana O'Neill & Lee Park");
    expect(meta.published).toBe("2020-01-05");
    expect(meta.publishedFrom).toBe("json-ld");
    expect(meta.modified).toBe("2020-01-06");
    expect(meta.language).toBe("en");
    expect(meta.articleBody).toBeNull();
  });

  it("reads objects written one after another inside CDATA, and survives garbage", () => {
    const cdata = `<html><head><script type="application/ld+json">//<![CDATA[
{"@type": "Organization", "name": "Quay Post"}
{"@type": "BlogPosting", "headline": "Ferry timetable changes", "author": "Omar Haddad",
 "publisher": "Quay Post", "datePublished": "Tue, 19 Nov 2019 18:30:00 GMT", "inLanguage": "fr-CA"}
//]]></script></head><body></body></html>`;
    const meta = read(cdata);
    expect(meta.title).toBe("Ferry timetable changes");
    expect(meta.byline).toBe("Omar Haddad");
    expect(meta.outlet).toBe("Quay Post");
    expect(meta.published).toBe("2019-11-19");
    expect(meta.language).toBe("fr");

    for (const junk of ["", "null", "[1, 2", "}{", '{"@type": 5, "author": [null, 3, {}]}', "\u0000\u0001"]) {
      const parsed = { ...parseHtml("<p>x</p>"), jsonLd: [junk] };
      expect(() => readPageMetadata(parsed, "not a url")).not.toThrow();
      expect(readPageMetadata(parsed).title).toBeNull();
    }
  });
});

describe("readPageMetadata on sparse pages", () => {
  it("gives all null for a page without metadata", () => {
    for (const html of ["<html><body><p>Just a paragraph of text.</p></body></html>", ""]) {
      expect(read(html)).toEqual({
        title: null,
        outlet: null,
        byline: null,
        published: null,
        publishedFrom: null,
        modified: null,
        canonicalUrl: null,
        language: null,
        direction: null,
        description: null,
        articleBody: null,
        keywords: [],
      });
    }
  });

  it("resolves the canonical URL against the page URL and <base>, http(s) only", () => {
    const canonical = (href: string, extra = "") =>
      `<html><head>${extra}<link rel="alternate canonical" href="${href}">
       <meta property="og:url" content="https://dunes.example/og"></head><body></body></html>`;
    expect(read(canonical("../b/story.html"), "https://dunes.example/a/x/page").canonicalUrl).toBe(
      "https://dunes.example/a/b/story.html",
    );
    expect(
      read(canonical("story", '<base href="https://cdn.dunes.example/m/">'), "https://dunes.example/x")
        .canonicalUrl,
    ).toBe("https://cdn.dunes.example/m/story");
    expect(read(canonical("//dunes.example/c"), "http://dunes.example/").canonicalUrl).toBe(
      "http://dunes.example/c",
    );
    // Not http(s), or relative with nothing to resolve against: og:url instead.
    expect(read(canonical("javascript:void(0)"), "https://dunes.example/").canonicalUrl).toBe(
      "https://dunes.example/og",
    );
    expect(read(canonical("/relative")).canonicalUrl).toBe("https://dunes.example/og");
  });

  it("takes the language from og:locale when nothing else gives it, after <html lang>", () => {
    const locale = '<meta property="og:locale" content="ar_AR">';
    expect(read(`<html><head>${locale}</head><body></body></html>`).language).toBe("ar");
    expect(read(`<html lang="en-US"><head>${locale}</head><body></body></html>`).language).toBe("en");
    expect(
      read(`<html><head><meta http-equiv="Content-Language" content="fr, en">${locale}</head></html>`)
        .language,
    ).toBe("fr");
    expect(read('<html><body dir="RTL"><p>نص</p></body></html>').direction).toBe("rtl");
  });

  it("orders title, byline and date sources, and skips author URLs", () => {
    const meta = read(`<html><head><title>Title tag</title>
      <meta name="twitter:title" content="Twitter title">
      <meta property="og:title" content="OG title">
      <meta name="author" content="https://social.example/someone">
      <meta property="article:author" content="Mira Sol">
      <meta property="article:author" content="https://social.example/mira">
      <meta name="sailthru.date" content="2018-04-02 10:00:00">
      <meta name="pubdate" content="2018-04-01">
      <meta name="news_keywords" content="ports, Ports , shipping">
      <meta property="article:tag" content="strike">
      <meta name="twitter:description" content="tw desc"><meta property="og:description" content="og desc">
      <script type="application/ld+json">{"@type":"Article","headline":"LD title","author":{"name":"LD Author"}}</script>
      </head><body><h1>H1 title</h1><time datetime="2018-03-01">1 March</time></body></html>`);
    expect(meta.title).toBe("OG title");
    expect(meta.byline).toBe("Mira Sol");
    expect(meta.published).toBe("2018-04-01");
    expect(meta.publishedFrom).toBe("meta");
    expect(meta.keywords).toEqual(["ports", "shipping", "strike"]);
    expect(meta.description).toBe("og desc");

    const twitter = read(`<html><head><meta name="twitter:title" content="Twitter title">
      <script type="application/ld+json">{"@type":"Article","headline":"LD title","author":{"name":"LD Author"}}</script>
      </head><body><time pubdate>March 3, 2018</time><time datetime="2018-03-01"></time></body></html>`);
    expect(twitter.title).toBe("Twitter title");
    expect(twitter.byline).toBe("LD Author");
    expect(twitter.published).toBe("2018-03-03");
    expect(twitter.publishedFrom).toBe("time");
  });
});

describe("normalizeDate", () => {
  it("reads ISO dates and date-times as written, without converting to UTC", () => {
    expect(normalizeDate("2019-11-19T18:30:00-05:00")).toBe("2019-11-19");
    expect(normalizeDate("2019-11-19T23:30:00-05:00")).toBe("2019-11-19");
    expect(normalizeDate("2019-11-20T00:30:00+03:00")).toBe("2019-11-20");
    expect(normalizeDate(" 2019-11-19 ")).toBe("2019-11-19");
    expect(normalizeDate("2019-11-19 18:30:00")).toBe("2019-11-19");
    expect(normalizeDate("2019-3-5")).toBe("2019-03-05");
    expect(normalizeDate("20191119")).toBe("2019-11-19");
    expect(normalizeDate("٢٠١٩-١١-١٩")).toBe("2019-11-19");
  });

  it("reads RFC 822 and written-out English dates", () => {
    expect(normalizeDate("Tue, 19 Nov 2019 18:30:00 GMT")).toBe("2019-11-19");
    expect(normalizeDate("19 Nov 19 18:30 +0000")).toBe("2019-11-19");
    expect(normalizeDate("November 19, 2019")).toBe("2019-11-19");
    expect(normalizeDate("Sept. 3, 2020 5:00 PM")).toBe("2020-09-03");
    expect(normalizeDate("Tuesday, November 19th 2019")).toBe("2019-11-19");
  });

  it("rejects impossible dates, years out of range and words", () => {
    expect(normalizeDate("2019-02-30")).toBeNull();
    expect(normalizeDate("2019-13-01")).toBeNull();
    expect(normalizeDate("2019-02-29")).toBeNull();
    expect(normalizeDate("2020-02-29")).toBe("2020-02-29");
    expect(normalizeDate("1989-12-31")).toBeNull();
    expect(normalizeDate("2101-01-01")).toBeNull();
    expect(normalizeDate("yesterday")).toBeNull();
    expect(normalizeDate("2019-11")).toBeNull();
    expect(normalizeDate("2019-11-19junk")).toBeNull();
    expect(normalizeDate("Foo 19, 2019")).toBeNull();
    expect(normalizeDate("")).toBeNull();
  });
});
