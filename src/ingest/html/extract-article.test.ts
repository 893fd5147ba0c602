import { describe, expect, it } from "vitest";
import { readLexiconRows } from "../../core/lexicon.js";
import { cueOfNames, elementCue } from "./element-cues.js";
import { extractArticle } from "./extract-article.js";
import { parseHtml } from "./parse-html.js";
import { SiteBoilerplate } from "./site-boilerplate.js";
import { textBlocks } from "./text-blocks.js";

// Invented pages. Paragraphs long enough to read as prose; furniture as sites print it.
const AR_BODY = [
  "قال رئيس بلدية وادي الريحان إن مياه السيل غمرت أكثر من ثلاثين منزلاً في الحي الشرقي خلال ساعات الليل، وإن فرق الدفاع المدني أجلت السكان إلى مدرسة البلدة.",
  "وأضاف في تصريح للصحفيين صباح اليوم أن الأضرار تركزت في المنازل القريبة من مجرى الوادي، وأن البلدية طلبت من المحافظة إرسال مضخات إضافية لسحب المياه.",
  "وكانت دائرة الأرصاد قد حذرت مساء أمس من أمطار غزيرة على المرتفعات الغربية، ودعت السكان إلى الابتعاد عن مجاري السيول حتى صباح الجمعة.",
];
const EN_BODY = [
  "The council of Marrow Bay voted six to three on Tuesday night to close the old ferry pier, ending a dispute that had divided the town for more than two years.",
  "Supporters of the closure said the pier had become too costly to repair after the winter storms, and that the money would be better spent on the new harbour wall.",
  "Opponents, among them the fishermen's association, said they would ask the county court to review the decision before the end of the month.",
];

function page(body: string, extra = ""): string {
  return `<!doctype html><html lang="en"><head><title>Council closes pier | Marrow Bay Herald</title>
<meta property="og:site_name" content="Marrow Bay Herald"><script>var ads = "<p>not text</p>";</script>
<style>p { color: red }</style></head><body>
<header><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
${body}
${extra}
<footer class="site-footer"><p>© 2024 Marrow Bay Herald. All rights reserved. Contact us about advertising in the paper.</p></footer>
</body></html>`;
}

const paragraphs = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join("\n");

describe("extractArticle", () => {
  it("keeps the article's paragraphs in order and leaves the page furniture", () => {
    const html = page(`<main><article><h1>Council closes pier</h1><div class="byline">By Ann Lee</div>
      <div class="story">${paragraphs(EN_BODY)}</div>
      <div class="share-tools"><a href="/s">Share on Facebook</a> <a href="/t">Share on X</a></div></article></main>`);
    const result = extractArticle(html);
    expect(result.paragraphs).toEqual(EN_BODY);
    expect(result.method).toBe("blocks");
    expect(result.metadata.outlet).toBe("Marrow Bay Herald");
  });

  it("leaves out a rail of teasers, each a linked headline over a summary", () => {
    const teasers = [1, 2, 3, 4]
      .map(
        (
          i,
        ) => `<li class="card"><h3><a href="/story/${i}">Harbour wall plans go on show at the library number ${i}</a></h3>
        <p>Residents can see the designs for the new harbour wall at the public library all week, and the council will take their comments until the end of the month.</p></li>`,
      )
      .join("");
    const html = page(`<div class="layout"><article>${paragraphs(EN_BODY)}</article>
      <section class="more"><h2>More from the Herald</h2><ul>${teasers}</ul></section></div>`);
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("leaves out a comment thread even when it holds more prose than the article", () => {
    const comments = Array.from(
      { length: 6 },
      (_, i) =>
        `<li class="comment"><div class="comment-body"><p>I have lived by the pier for forty years and I think the council is making a mistake that the town will regret for a long time, comment ${i}.</p></div></li>`,
    ).join("");
    const html = page(`<article>${paragraphs(EN_BODY)}</article><ol class="comment-list">${comments}</ol>`);
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("does not take a layout name with a furniture word in it for furniture", () => {
    const html = page(
      `<div class="content-with-sidebar-wrap"><div class="field field-label-hidden">${paragraphs(EN_BODY)}</div>
       <aside class="sidebar"><ul><li><a href="/a">Most read: the pier vote</a></li><li><a href="/b">Weather</a></li></ul></aside></div>`,
    );
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("cuts a body written as text and <br><br> into its paragraphs (RTL, no <p>)", () => {
    const html = `<html lang="ar" dir="rtl"><head><meta property="og:site_name" content="بوابة الوادي"></head><body>
      <table><tr><td class="menu"><a href="/">الرئيسية</a> | <a href="/local">محليات</a> | <a href="/sport">رياضة</a></td></tr>
      <tr><td><span id="lblBody">${AR_BODY.join("<br><br>\n")}</span></td></tr></table></body></html>`;
    const result = extractArticle(html);
    expect(result.paragraphs).toEqual(AR_BODY);
    expect(result.metadata.direction).toBe("rtl");
    expect(result.metadata.outlet).toBe("بوابة الوادي");
  });

  it("takes the part marked as the article body and not the headline block or box beside it", () => {
    const html = page(`<div class="wrapper"><div class="article-head"><h1>Council closes pier</h1>
      <h2 class="dek">The vote ends a two-year dispute over the town's oldest landmark and its future</h2></div>
      <div itemprop="articleBody">${paragraphs(EN_BODY)}</div>
      <div class="latest-box"><h4>Harbour wall designs go on show at the library</h4></div></div>`);
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("falls back on the JSON-LD articleBody when the page's blocks hold little of it", () => {
    const body = AR_BODY.join("\n");
    const html = `<html lang="ar"><head><script type="application/ld+json">${JSON.stringify({
      "@type": "NewsArticle",
      headline: "سيول في وادي الريحان",
      articleBody: body,
    })}</script></head><body><div id="app">جار التحميل</div><nav><a href="/">الرئيسية</a></nav></body></html>`;
    const result = extractArticle(html);
    expect(result.method).toBe("json-ld");
    expect(result.paragraphs).toEqual(AR_BODY);
  });

  it("takes the first post of a discussion thread and not the replies, however long", () => {
    const post = (n: number, body: string[]) =>
      `<div id="edit${n}"><table class="tborder" id="post${n}"><tr><td class="alt2"><a href="/u/${n}">member${n}</a><div>Posts: ${n}</div></td>
       <td id="td_post_${n}"><div id="post_message_${n}">${body.join("<br /><br />")}</div>
       <div>__________________<br>My garden, my rules</div></td></tr></table></div>`;
    const reply = [
      "I walked past the pier this morning and honestly I think the council made the right call, it has been unsafe for years and everyone knows it.",
      "My grandfather fished from that pier every Sunday, and I will miss it, but the harbour wall matters more for the town in the long run.",
    ];
    const html = page(
      `<div id="posts">${post(101, EN_BODY)}${post(102, reply)}${post(103, [...reply, ...reply])}</div>`,
    );
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("leaves out a column of teasers laid out as table cells beside the article", () => {
    const teaser = (n: number) =>
      `<tr><td class="taqdim"><a href="/news/${n}">افتتاح مركز صحي جديد في الحي رقم ${n}</a> افتتح محافظ المنطقة صباح اليوم مركزاً صحياً جديداً يضم عيادات للأسنان والأطفال، على أن يبدأ استقبال المراجعين من الأسبوع المقبل.</td></tr>`;
    const html = `<html lang="ar" dir="rtl"><head><title>سيل يغمر الحي الشرقي</title></head><body>
      <table><tr><td class="wasat"><table>${AR_BODY.map((p) => `<tr><td class="nass">${p}</td></tr>`).join("")}</table></td>
      <td class="janib"><table>${[1, 2, 3, 4].map(teaser).join("")}</table></td></tr></table></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual(AR_BODY);
  });

  it("ends a forum post at the underscore rule before the signature", () => {
    const signature =
      "اللهم اغفر لي ولوالدي وللمؤمنين يوم يقوم الحساب، ومن أراد أن يتابع مدونتي الرياضية فليزرها كل أسبوع حيث أكتب عن الدوري المحلي.";
    const html = `<html lang="ar"><body><div class="post"><div class="msg">${AR_BODY.join("<br /><br />")}</div>
      <div>__________________<br /><div>${signature}</div></div></div></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual(AR_BODY);
  });

  it("drops the sections the page titles as furniture, and keeps the body after an inline box", () => {
    const comments = [
      "الله يحفظ الجميع، طالبنا بجسر جديد عند العين منذ سنوات طويلة ولم يسمع لنا أحد، وكل سنة نعيش القصة نفسها.",
      "الكهرباء مقطوعة عندنا منذ الفجر ولم يصل أحد من الشركة حتى الآن، ونرجو من الموقع أن يوصل صوتنا إلى المسؤولين.",
    ];
    const html = `<html lang="ar"><body><div class="x1"><div class="x2">${paragraphs(AR_BODY.slice(0, 2))}
      <div class="x3"><b>اقرأ أيضاً</b> <a href="/n/1">البلدية تبدأ تنظيف مجاري الأودية</a></div>${paragraphs(AR_BODY.slice(2))}</div>
      <div class="x4"><div class="x5">تعليقات القراء</div>${comments.map((c) => `<div class="x6">${c}</div>`).join("")}</div></div></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual(AR_BODY);
  });

  it("drops furniture lines and a headline repeated from a <title> that names the site before it", () => {
    const html = `<html><head><title>Marrow Bay Herald - Council votes to close the old ferry pier</title></head><body>
      <div class="c1"><div class="c2">Council votes to close the old ferry pier</div>${paragraphs(EN_BODY.slice(0, 2))}
      <div class="c3">Advertisement</div>${paragraphs(EN_BODY.slice(2))}</div></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("does not join a standfirst or a caption beside the body, which end without a sentence", () => {
    const html =
      page(`<div class="col"><div class="art-hd"><p>Town divided over the future of its oldest landmark after a winter of storms</p></div>
      <div class="art-img"><img src="/pier.jpg"><div>The old ferry pier at Marrow Bay on a stormy morning in January, seen from the harbour</div></div>
      <div class="x-3b">${paragraphs(EN_BODY)}</div>
      <ul class="x-4c">${[1, 2, 3, 4].map((n) => `<li><a href="/n/${n}">Harbour wall plans go on show at the library, part ${n}</a></li>`).join("")}</ul></div>`);
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("keeps a forum post's greeting and quoted text, and drops the quote's label, the signature and the date row", () => {
    const quoted =
      "تؤكد الوزارة أن جميع الامتحانات ستبدأ في تمام الساعة التاسعة صباحاً، وأن على الطلبة الحضور قبل نصف ساعة من الموعد.";
    const html = `<html lang="ar"><body><div class="post" id="p1"><div class="postbody">
      <p class="author">الاثنين 6/11/2023 - 11:20 صباحاً | طباعة | أرسل لصديق</p>
      <div class="content">السلام عليكم ورحمة الله وبركاته<br /><br />${AR_BODY[0]}<br /><br />
      <blockquote><div><cite>اقتباس:</cite>${quoted}</div></blockquote>${AR_BODY[1]}</div>
      <div class="signature">لا إله إلا أنت سبحانك إني كنت من الظالمين، ومن أراد التواصل معي فليراسلني على البريد الخاص في المنتدى</div>
      </div></div></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual([
      "السلام عليكم ورحمة الله وبركاته",
      AR_BODY[0],
      quoted,
      AR_BODY[1],
    ]);
  });

  it("keeps the paragraph after a short story's «Read also» link, and a line that runs on with a comma", () => {
    const html = `<html lang="ar"><body><div class="s1"><div class="s2">صباح الخير يا أصدقاء المدونة،</div>
      <p class="c9">${AR_BODY[0]}</p><p class="c9"><strong>اقرأ أيضاً:</strong> <a href="/n/2">البلدية تبدأ تنظيف مجاري الأودية</a></p>
      <p class="c9">${AR_BODY[1]}</p></div></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual([
      "صباح الخير يا أصدقاء المدونة،",
      AR_BODY[0],
      AR_BODY[1],
    ]);
  });

  it("drops a pull quote that repeats a sentence of the body with its speaker after a dash", () => {
    const quote =
      "Supporters of the closure said the pier had become too costly to repair after the winter storms";
    const html = page(`<article><div class="b">${paragraphs(EN_BODY.slice(0, 1))}
      <aside-quote class="q"><p>“${quote}.” — Ann Lee</p></aside-quote>${paragraphs(EN_BODY.slice(1))}</div></article>`);
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("reads an article whose sections and paragraphs carry numbered ids as one article, not a thread", () => {
    const sections = EN_BODY.map(
      (text, i) => `<section id="part-${i + 1}"><p id="p${40210 + i}">${text}</p></section>`,
    ).join("");
    const html = page(`<article><div class="longread">${sections}</div></article>`);
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("joins the rest of a body set after an ad, though its paragraphs end without a full stop", () => {
    const lead = AR_BODY.slice(0, 2).map((p) => p.replace(/\.$/, ""));
    const rest =
      "وأوضح مدير الدفاع المدني أن فرق الإنقاذ ستواصل عملها طوال الليل في الأحياء المنخفضة القريبة من مجرى الوادي، وأن البلدية فتحت ثلاث مدارس لإيواء العائلات التي غادرت منازلها حتى تنحسر المياه عن الشوارع";
    const html = `<html lang="ar"><body><div class="w"><div class="a1">${paragraphs(lead)}</div>
      <div class="x7">إعلان</div><div class="a2"><p>${rest}</p></div>
      <ul class="x8">${[1, 2, 3, 4, 5, 6, 7].map((n) => `<li><a href="/n/${n}">البلدية تبدأ تنظيف مجاري الأودية في الحي رقم ${n}</a></li>`).join("")}</ul></div></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual([...lead, rest]);
  });

  it("keeps paragraphs that all carry a furniture word as their class («paywall»), and drops the paywall box", () => {
    const html =
      page(`<article><div class="article-body">${EN_BODY.map((t) => `<p class="paywall">${t}</p>`).join("")}
      <div class="paywall-box"><p>Subscribe to the Herald today for full access to every story, from only one pound a week.</p></div></div></article>`);
    expect(extractArticle(html).paragraphs).toEqual(EN_BODY);
  });

  it("finds nothing on a page of navigation alone", () => {
    const html = page(`<div class="menu"><a href="/a">Sport</a> <a href="/b">Weather</a></div>`);
    const result = extractArticle(html);
    expect(result.paragraphs).toEqual([]);
    expect(result.method).toBe("none");
  });

  it("reads running text in a script without spaces (Japanese) as prose", () => {
    const ja = [
      "町議会は火曜日の夜、古い桟橋を閉鎖することを賛成六、反対三で決めた。冬の嵐で修理費がかさんでいたためだ。",
      "漁業組合は、月末までに郡の裁判所に決定の見直しを求めると述べた。住民の意見は分かれている。",
    ];
    const html = `<html lang="ja"><body><nav><a href="/">ホーム</a> <a href="/n">ニュース</a></nav>
      <div class="entry">${paragraphs(ja)}</div></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual(ja);
  });
});

describe("SiteBoilerplate", () => {
  it("learns a site's repeated furniture from its earlier pages, and only for that site", () => {
    const memory = new SiteBoilerplate({ minPages: 2 });
    const promo = "Subscribe to the Herald for 3 months for £1";
    memory.remember("herald.example", [promo, EN_BODY[0]!]);
    expect(memory.judge("herald.example")(promo)).toBe(false); // once is not a pattern
    memory.remember("herald.example", ["Subscribe to the Herald for 6 months for £2", EN_BODY[1]!]);
    expect(memory.judge("herald.example")(promo)).toBe(true); // digits masked: the same box
    expect(memory.judge("other.example")(promo)).toBe(false);
    memory.remember("herald.example", [EN_BODY[0]!]);
    memory.remember("herald.example", [EN_BODY[0]!]);
    // a long paragraph repeated across pages is the articles' own background, never furniture
    expect(memory.judge("herald.example")(EN_BODY[0]!)).toBe(false);
  });

  it("keeps a bounded number of sites", () => {
    const memory = new SiteBoilerplate({ minPages: 1, maxSites: 2 });
    for (const site of ["a.example", "b.example", "c.example"]) memory.remember(site, ["Newsletter sign-up"]);
    expect(memory.judge("a.example")("Newsletter sign-up")).toBe(false);
    expect(memory.judge("c.example")("Newsletter sign-up")).toBe(true);
  });
});

describe("parseHtml and textBlocks", () => {
  it("drops scripts, styles, SVG, comments, <noscript> and hidden elements, keeps JSON-LD and the <title>", () => {
    const parsed = parseHtml(
      `<html><head><title>A &amp; B</title><script type="application/ld+json">{"a":1}</script></head>
       <body><script>document.write("x")</script><p>Seen text</p><div hidden><p>Hidden text</p></div>
       <p style="display: none">Also hidden</p><svg><title>Share icon</title><path d="M0 0"/></svg>
       <!-- <p>Commented out</p> --><noscript><p>Enable JavaScript</p></noscript><p>More text</p></body></html>`,
    );
    expect(parsed.titleText).toBe("A & B");
    expect(parsed.jsonLd).toEqual(['{"a":1}']);
    expect(textBlocks(parsed.root).map((b) => b.text)).toEqual(["Seen text", "More text"]);
  });

  it("measures link text, and the link text that opens a block", () => {
    const [block] = textBlocks(
      parseHtml(`<li>\n<a href="/x">Pier vote</a> <span>Council decides tonight</span></li>`).root,
    );
    expect(block?.text).toBe("Pier vote Council decides tonight");
    expect(block?.linkChars).toBe("Pier vote".length);
    expect(block?.leadingLinkChars).toBe("Pier vote".length);
    const [inner] = textBlocks(parseHtml(`<p>The <a href="/x">council</a> met.</p>`).root);
    expect(inner?.leadingLinkChars).toBe(0);
  });
});

describe("element cues (data/lexicons/html/element-cues.tsv)", () => {
  it("reads class and id words, in parts and joined", () => {
    expect(cueOfNames("article-body")).toBe("content");
    expect(cueOfNames("EntryContent")).toBe("content");
    expect(cueOfNames("relatedPosts")).toBe("junk");
    expect(cueOfNames("share-tools")).toBe("junk");
    expect(cueOfNames("comment-content")).toBe("junk!");
    expect(cueOfNames("header-logo")).toBe(null);
    expect(cueOfNames("shadow-box")).toBe(null); // «ad» is a whole part, never inside a word
  });

  it("reads tags and roles", () => {
    const root = parseHtml(`<nav><p>x</p></nav><div role="complementary"><p>y</p></div>`).root;
    const [nav, aside] = root.children.filter((c) => typeof c !== "string");
    expect(elementCue(nav as never)).toBe("junk!");
    expect(elementCue(aside as never)).toBe("junk!");
  });

  it("has every row well formed and no cue twice", () => {
    const seen = new Set<string>();
    for (const row of readLexiconRows("lexicons/html/element-cues.tsv")) {
      const [cue, weight, match, always] = row;
      expect(cue).toMatch(/^[a-z0-9]+$/);
      expect(["content", "junk"]).toContain(weight);
      expect(["part", "joined"]).toContain(match);
      expect([undefined, "always"]).toContain(always);
      expect(seen.has(`${match}:${cue}`)).toBe(false);
      seen.add(`${match}:${cue}`);
    }
  });
});
