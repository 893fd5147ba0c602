// The counted noun of a figure, singularised through data/lexicons/{ar,en}/quantity-units.tsv.
// Where it stands:
//   right after the figure        «36 مركبة», «ثماني شاحنات», «120 مسلحاً», 25 "gunmen"
//   after «من» / "of" (partitive) «ثمانين من أفراد التنظيم» (eighty of the group's members) → فرد
//   right before a definite figure «المعتقلين الثمانية» (the eight detainees) → معتقل
// A noun the lexicon does not know is still taken when its shape shows it is the counted noun: a plural
// in -ات after 3–10 («ثلاث جهات» → جهة) or an accusative with tanwin after a count ending in 11–99
// («15 منزلاً» → منزل, «350 هكتاراً» → هكتار).
import type { QuantityCategory } from "../../core/types.js";
import { isStopword } from "../../text/stopwords.js";
import { isNumberWord } from "../numbers/index.js";
import { type UnitEntry, unitLexicon } from "./lexicons.js";
import type { LineContext } from "./line-context.js";
import type { TokenForms } from "./phrases.js";

export interface FoundUnit {
  readonly singular: string;
  readonly category: QuantityCategory;
  /** Index of the noun's token. */
  readonly token: number;
  readonly known: boolean;
}

/** Quotes and brackets that may stand between a figure and its noun: 25 "gunmen", «25 (قتيلاً)». */
const OPENERS = new Set(['"', "«", "“", "'", "(", "‘"]);
const TANWIN_FATH = "\u064B";

/**
 * The unit a token spells: as written first («بندقية» is a rifle, not ب + «ندقية»), then without its
 * article («المعتقلين»), then without proclitics («بالصواريخ») when `clitics` allows them.
 */
export function lookupUnit(forms: TokenForms, clitics = true): UnitEntry | undefined {
  const { forms: map } = unitLexicon();
  const direct =
    map.get(forms.norm) ?? (forms.norm.startsWith("ال") ? map.get(forms.norm.slice(2)) : undefined);
  return direct ?? (clitics ? map.get(forms.stem) : undefined);
}

export function lookupDual(forms: TokenForms): UnitEntry | undefined {
  const { duals } = unitLexicon();
  return duals.get(forms.norm) ?? duals.get(forms.bare) ?? duals.get(forms.stem);
}

function found(entry: UnitEntry, token: number): FoundUnit {
  return { singular: entry.singular, category: entry.category, token, known: true };
}

const HARAKAT = /[\u064B-\u065F]/gu;

/**
 * The shape rule for nouns the lexicon does not list (see the file comment). A nisba noun in -ي is a
 * person: «فلسطينياً», «لبنانيين» count people, so their category comes from the verb.
 */
function shapedNoun(ctx: LineContext, k: number, value: number): FoundUnit | null {
  const token = ctx.tokens[k];
  if (token?.kind !== "word" || !/[\u0621-\u064A]/u.test(token.text)) return null;
  if (isStopword(token.text, "ar") || isStopword(token.text, "en") || isNumberWord(token.text)) return null;
  const forms = ctx.forms[k]!;
  // a counted noun has no article; و ف ب ل may be its own letters («لبنانيين», «فلسطينياً», «وزراء»)
  if (/^(?:ال|[وفبل]ال)/u.test(forms.norm)) return null;
  const norm = forms.norm;
  const plain = token.text.replace(HARAKAT, "");
  const shaped = (singular: string): FoundUnit => ({
    singular,
    category: singular.endsWith("ي") ? "people" : "other",
    token: k,
    known: false,
  });
  if (value >= 3 && value <= 10 && norm.length >= 5) {
    if (norm.endsWith("ات")) return shaped(`${plain.slice(0, -2)}ة`); // «ثلاث جهات» → جهة
    if (/ي(?:ين|ون)$/u.test(norm)) return shaped(plain.slice(0, -2)); // «خمسة لبنانيين» → لبناني
  }
  // the accusative follows a count whose last part is 11–99: «15 منزلاً», «350 هكتاراً»
  const last = value % 100;
  if (Number.isInteger(value) && last >= 11 && token.text.includes(TANWIN_FATH) && norm.endsWith("ا")) {
    return shaped(plain.slice(0, -1));
  }
  return null;
}

/** The noun right after the figure whose last token is `last`. */
export function unitAfter(ctx: LineContext, last: number, value: number): FoundUnit | null {
  let k = last + 1;
  while (OPENERS.has(ctx.tokens[k]?.text ?? "")) k++;
  const forms = ctx.forms[k];
  if (!forms || ctx.tokens[k]!.kind !== "word") return null;
  const entry = lookupUnit(forms, false);
  if (entry) return found(entry, k);
  // English puts adjectives before the noun: "3.6 million Syrian refugees", "40 armed men"
  const t = ctx.tokens[k]!;
  const next = ctx.forms[k + 1];
  if (/^[A-Za-z]+$/u.test(t.text) && !isStopword(t.text, "en") && next && /^[a-z]+$/u.test(next.norm)) {
    const after = lookupUnit(next, false);
    if (after) return found(after, k + 1);
  }
  return shapedNoun(ctx, k, value);
}

/** «ثلاثة من جرحى الغارة», "three of the wounded": the noun after a partitive من / of. */
export function unitPartitive(ctx: LineContext, last: number): FoundUnit | null {
  const of = ctx.forms[last + 1]?.norm;
  if (of !== "من" && of !== "of") return null;
  let k = last + 2;
  if (ctx.forms[k]?.norm === "the") k++;
  const forms = ctx.forms[k];
  const entry = forms ? lookupUnit(forms) : undefined;
  return entry ? found(entry, k) : null;
}

/** «المعتقلين الثمانية», «شخص واحد»: the noun right before the figure. */
export function unitBefore(ctx: LineContext, first: number): FoundUnit | null {
  const forms = ctx.forms[first - 1];
  const entry = forms ? lookupUnit(forms) : undefined;
  return entry ? found(entry, first - 1) : null;
}
