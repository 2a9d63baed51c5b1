/**
 * `node scripts/other-languages.ts [--file <fixture.json>] [--failures] [--json]`: messages in a
 * language the help centre doesn't have (issue #19), judged (`judgeMessage`, as `npm run eval`
 * does) against every readable small help centre in another language (eval/smallsite-*.json and
 * ../shared/eval/smallsite-*.json, less the blind rounds not yet judged: `UNREAD`). Reports:
 * - fixture (default test/fixtures/other-languages-round2.json; `messages: [{text, lang}]`, or
 *   `other`/`ours` lists as other-languages-fresh.json has them): per true language, the share of
 *   (message, help centre) pairs handed off with no suggestions, and with the reply in the right
 *   language: the message's own where the widget has strings for it (`REPLY_LANGUAGES`), else
 *   English. A reply with no language (null) is read as the site's, which the widget then keeps;
 * - the sets' own `other_language` queries, against their own help centre, the same two ways;
 * - the guard: the sets' queries written in the help centre's own language whose reply names
 *   another language, or that retrieval reads as foreign (`isForeign`), and their articles'
 *   sentences, and the large public sets' questions and sentences (squad-da, squad-es,
 *   stackfaq-en), read as foreign (`writtenIn`). Neither may rise.
 *   --failures  also list each message that failed, with the help centres it failed on
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import * as v from "valibot";
import { isReplyLanguage } from "../shared/languages.ts";
import { writtenIn } from "../shared/text/language.ts";
import { isForeign } from "../worker/kb/retrieve.ts";
import { blindRoundFiles } from "./evaluation/blind-rounds.ts";
import { type HelpCentre, readableHelpCentres } from "./evaluation/help-centres.ts";
import { type EvalSet, EvalSetSchema, judgeAtDefault } from "./evaluation/evaluate.ts";
import { ROOT } from "./local-stack.ts";

// Blind rounds 13 and on judge this work afterwards: never read here (eval/README.md). The
// earlier rounds' other-language messages were read when their own figures were.
const UNREAD = blindRoundFiles(13);

const Message = v.object({ text: v.string(), lang: v.string() });
const FixtureSchema = v.object({
  messages: v.optional(v.array(Message)),
  other: v.optional(v.array(Message)),
  ours: v.optional(v.array(Message)),
});

const { values: options } = parseArgs({
  options: {
    failures: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    file: { type: "string", default: "test/fixtures/other-languages-round2.json" },
  },
});

const fixture = v.parse(
  FixtureSchema,
  JSON.parse(await readFile(path.resolve(ROOT, options.file), "utf8")),
);
const messages = [...(fixture.messages ?? []), ...(fixture.other ?? []), ...(fixture.ours ?? [])];

/** The language a visitor writing in `lang` should be replied in. */
const replyLanguageFor = (lang: string) => (isReplyLanguage(lang) ? lang : "en");

/** How one foreign message fared on one help centre. */
function fate(text: string, lang: string, site: HelpCentre) {
  const j = judgeAtDefault(text, site.index);
  const clean = j.decision.handoff && (j.offer?.suggestions.length ?? 0) === 0;
  const replied = j.language ?? site.lang;
  return { clean, replied, rightLanguage: replied === replyLanguageFor(lang), judged: j };
}

const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((1000 * a) / b) / 10);
const sites = await readableHelpCentres(UNREAD);
const report: Record<string, unknown> = {};

// 1. The fixture's messages on every help centre in another language.
const byLang = new Map<string, { text: string; lang: string }[]>();
for (const m of messages) byLang.set(m.lang, [...(byLang.get(m.lang) ?? []), m]);
const fixtureReport: Record<string, unknown> = {};
let allPairs = 0;
let allClean = 0;
let allRight = 0;
for (const [lang, list] of byLang) {
  let pairs = 0;
  let clean = 0;
  let right = 0;
  const misses: string[] = [];
  for (const { text } of list) {
    const failed = new Map<string, string[]>();
    for (const site of sites) {
      if (site.lang === lang) continue;
      const f = fate(text, lang, site);
      pairs++;
      if (f.clean) clean++;
      if (f.rightLanguage) right++;
      const how = !f.judged.decision.handoff
        ? "answered"
        : !f.clean
          ? "suggested"
          : f.rightLanguage
            ? null
            : `in ${f.replied}`;
      if (how) failed.set(how, [...(failed.get(how) ?? []), site.name]);
    }
    if (failed.size > 0) {
      const what = [...failed].map(([how, on]) => `${how} ×${on.length}`).join(", ");
      misses.push(`  ${text}  [${what}]`);
    }
  }
  allPairs += pairs;
  allClean += clean;
  allRight += right;
  fixtureReport[lang] = { pairs, clean: pct(clean, pairs), rightLanguage: pct(right, pairs) };
  if (!options.json) {
    console.log(
      `${lang}: clean handoff ${pct(clean, pairs)} %, reply in ${replyLanguageFor(lang)} ${pct(right, pairs)} % of ${pairs} pairs`,
    );
    if (options.failures && misses.length > 0) console.log(misses.join("\n"));
  }
}
report.fixture = {
  ...fixtureReport,
  all: { pairs: allPairs, clean: pct(allClean, allPairs), rightLanguage: pct(allRight, allPairs) },
};
if (!options.json) {
  console.log(
    `all: clean handoff ${pct(allClean, allPairs)} %, right language ${pct(allRight, allPairs)} % of ${allPairs} pairs`,
  );
}

// 2. The sets' own other-language queries, and 3. their same-language queries (the guard).
let other = 0;
let otherSuggested = 0;
let otherWrongLanguage = 0;
let same = 0;
let sameTakenOther = 0;
const setMisses: string[] = [];
for (const site of sites) {
  for (const q of site.set.queries) {
    if (!q.lang) continue;
    if (q.kind === "other_language") {
      other++;
      const f = fate(q.text, q.lang, site);
      if (!f.clean) otherSuggested++;
      if (!f.rightLanguage) otherWrongLanguage++;
      if (!f.clean || !f.rightLanguage) {
        setMisses.push(
          `  other ${site.name} ${q.id} [${q.lang}] ${q.text}  → ${f.clean ? "clean" : "suggested/answered"}, in ${f.replied}`,
        );
      }
    } else if (q.lang === site.lang) {
      same++;
      const j = judgeAtDefault(q.text, site.index);
      const foreign =
        (j.language !== null && j.language !== site.lang) || isForeign(site.index, j.retrieval);
      if (foreign) {
        sameTakenOther++;
        setMisses.push(
          `  same ${site.name} ${q.id} ${q.text}  → ${j.language ?? "null"} (read ${j.retrieval.language}${j.retrieval.otherLanguage ? `, other ${j.retrieval.otherLanguage}` : ""})`,
        );
      }
    }
  }
}
// And every sentence of their articles: none may read as foreign.
let sentences = 0;
const foreignSentences: string[] = [];
for (const site of sites) {
  for (const sentence of site.set.kb.flatMap((d) => d.text.split(/(?<=[.!?])\s+/))) {
    sentences++;
    const other = writtenIn(sentence).other;
    if (other) foreignSentences.push(`  sentence ${site.name} [${other}] ${sentence}`);
  }
}
// And the large public sets' questions and sentences (Danish, Spanish, English), when present.
for (const file of ["squad-da.json", "squad-es.json", "stackfaq-en.json"]) {
  let set: EvalSet;
  try {
    set = v.parse(
      EvalSetSchema,
      JSON.parse(await readFile(path.join(ROOT, "..", "shared", "eval", file), "utf8")),
    );
  } catch {
    continue;
  }
  const texts = [
    ...set.queries.map((q) => q.text),
    ...set.kb.flatMap((d) => d.text.split(/(?<=[.!?])\s+/)),
  ];
  for (const text of texts) {
    sentences++;
    const other = writtenIn(text).other;
    if (other) foreignSentences.push(`  sentence ${file} [${other}] ${text}`);
  }
}
setMisses.push(...foreignSentences);
report.sets = {
  sentences,
  sentencesTakenForForeign: foreignSentences.length,
  sites: sites.length,
  otherLanguageQueries: other,
  otherSuggestedOrAnswered: otherSuggested,
  otherWrongLanguage,
  sameLanguageQueries: same,
  sameTakenForAnother: sameTakenOther,
};
if (options.json) console.log(JSON.stringify(report, null, 2));
else {
  console.log(
    `sets (${sites.length} help centres): other-language queries ${other}, suggested or answered ${otherSuggested}, reply not in their language ${otherWrongLanguage}; same-language queries ${same}, taken for another language ${sameTakenOther}; article sentences and large-set texts ${sentences}, taken for a foreign language ${foreignSentences.length}`,
  );
  if (options.failures && setMisses.length > 0) console.log(setMisses.join("\n"));
}
