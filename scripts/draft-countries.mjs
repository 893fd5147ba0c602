// Drafts data/gazetteer/countries.tsv from ICU's region names (Node's Intl.DisplayNames), for a person
// to curate by hand: ICU gives one Arabic name per state («سوريا»), while the press also writes
// «سورية», «الجمهورية العربية السورية»; ids, variants and aliases are added by hand afterwards.
// Usage: node scripts/draft-countries.mjs > /tmp/countries.draft.tsv  (never overwrite the curated file)

// The 193 UN member states plus the two observer states (Palestine, the Holy See) and Kosovo and Taiwan.
const STATES =
  `AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG
CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR
GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT
LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK
PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO
TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW`.split(/\s+/);

const ar = new Intl.DisplayNames(["ar"], { type: "region" });
const en = new Intl.DisplayNames(["en"], { type: "region" });

const kebab = (s) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// ISO codes are NOT aliases (IS, IN, US, NO, IT are English words): the code goes in a trailing comment.
console.log("# id\ttype\tkind\tlabel\tar\ten\taliases\tparent");
for (const code of STATES) {
  const label = en.of(code) ?? code;
  console.log(`${[kebab(label), "GPE", "country", label, ar.of(code), label, "", ""].join("\t")}\t# ${code}`);
}
