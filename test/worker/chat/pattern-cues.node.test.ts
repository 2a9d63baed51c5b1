import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../shared/languages.ts";
import { byLanguage } from "../../../shared/languages/registry.ts";
import { foldAccents } from "../../../shared/text/normalize.ts";
import { offTopicShapes } from "../../../worker/chat/off-topic.ts";
import { mayMatch, probe, requiredCues } from "../../../worker/chat/pattern-cues.ts";
import { words } from "../../../worker/kb/text.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** The cue lists of a source, each sorted. */
const cuesOf = (source: string) => requiredCues(source)?.map((list) => [...list].sort()) ?? null;

describe("requiredCues", () => {
  it("joins literals around an alternation and drops cues another covers", () => {
    // "capital of" is not inside "capital city of": both stay.
    expect(cuesOf("(?:the )?(?:capital|capital city|population) of")).toEqual([
      ["capital city of", "capital of", "population of"],
    ]);
    expect(cuesOf("(?:tax|taxes) return")).toEqual([["tax return", "taxes return"]]);
  });

  it("keeps further conditions of a sequence, the cheapest first", () => {
    // One short cue is tested first: each cue is one more search on every message.
    expect(cuesOf("(?:car|car insurance|home) quote")).toEqual([
      [" quote"],
      ["car insurance quote", "car quote", "home quote"],
    ]);
    expect(cuesOf("my (?<thing>[^ ]+) (?:won't|doesn't) (?:charge|start)")).toEqual([
      [" doesn't charge", " doesn't start", " won't charge", " won't start"],
      ["my "],
    ]);
    const cues = requiredCues("my (?<thing>[^ ]+) (?:won't|doesn't) (?:charge|start)");
    expect(mayMatch(cues, "my phone won't charge")).toBe(true);
    expect(mayMatch(cues, "the phone won't charge")).toBe(false);
    expect(mayMatch(cues, "my order won't arrive")).toBe(false);
  });

  it("needs nothing of an optional or starred piece, and a repeated piece at least once", () => {
    expect(cuesOf("(?:weather )?forecast")).toEqual([["forecast"]]);
    expect(cuesOf("(?:very )*cheap")).toEqual([["cheap"]]);
    expect(cuesOf("(?:spam )+")).toEqual([["spam "]]);
    expect(cuesOf("x(?:spam ){1,3}y")).toEqual([["spam "]]);
    expect(cuesOf("(?:recipe )?")).toBeNull();
  });

  it("reads a named group as its content", () => {
    expect(cuesOf("lose (?<topic>weight)")).toEqual([["lose weight"]]);
    expect(cuesOf("(?<topic>forecast|weather) today")).toEqual([
      ["forecast today", "weather today"],
    ]);
  });

  it("needs nothing of a class, a dot or a lookaround, and keeps the literal around them", () => {
    expect(cuesOf("how far is (?<places>.+)")).toEqual([["how far is "]]);
    expect(cuesOf("my (?!account|order)(?<thing>[^ ]+) broke")).toEqual([[" broke"], ["my "]]);
    expect(cuesOf("[^ ]+ or [^ ]+")).toEqual([[" or "]]);
    expect(cuesOf("^(?!.* if )(?:.* )?will it rain")).toEqual([["will it rain"]]);
    expect(cuesOf("organi[sz]e a party")).toEqual([["organise a party", "organize a party"]]);
    expect(cuesOf(".+")).toBeNull();
    // A class's end is its first unescaped "]": "[\\]x]" is one class, then "y z".
    expect(cuesOf("a[\\]x]y z")).toEqual([["y z"]]);
    // "[]" matches nothing: the cues around it still hold, if vacuously.
    expect(cuesOf("ab[]cd")).toEqual([["ab"], ["cd"]]);
  });

  it("has no cue when one branch of an alternation needs nothing", () => {
    expect(cuesOf("weather|[^ ]+ rain")).toEqual([[" rain", "weather"]]);
    expect(cuesOf("weather|[^ ]+")).toBeNull();
    expect(cuesOf("(?:weather|)")).toBeNull();
  });

  it("reads {things} as off-topic.ts expands it", () => {
    const things = ["film", "films", "phone"];
    const source = "recommend (?:me )?(?:a )?{things}".replaceAll(
      "{things}",
      `(?<topic>${things.join("|")})`,
    );
    const cues = requiredCues(source);
    expect(cues).not.toBeNull();
    // Every way to write the shape holds its cues.
    for (const text of ["recommend me a film", "recommend phone", "recommend a films"])
      expect(mayMatch(cues, text)).toBe(true);
    expect(mayMatch(cues, "can you suggest a film")).toBe(false);
  });

  it("tests a cue of one character, which no pair of characters holds, by searching", () => {
    expect(mayMatch([["x"]], "a x b")).toBe(true);
    expect(mayMatch([["x"]], "a b")).toBe(false);
    expect(mayMatch([["ab", "cd"], ["zz"]], "xcd zz")).toBe(true);
    expect(mayMatch([["ab", "cd"], ["zz"]], "xcd z z")).toBe(false);
  });

  it("gives no cue for syntax it does not read, rather than a wrong one", () => {
    expect(cuesOf("\\d+ times")).toEqual([[" times"]]);
    expect(cuesOf("\\p{L}+ times")).toBeNull();
    expect(cuesOf("(unclosed")).toBeNull();
    expect(cuesOf("a\\.b")).toEqual([["a.b"]]);
  });
});

/** Every string of a JSON value, short enough to be a message (knowledge-base passages aren't). */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === "string") {
    if (value.length <= 400) out.add(value);
  } else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === "object")
    for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** The messages to check the cues against: fixtures, eval sets and the off-topic tests' own. */
function messages(): string[] {
  const found = new Set<string>();
  const json = (file: string) => strings(JSON.parse(readFileSync(file, "utf8")), found);
  const fixtures = path.join(ROOT, "test/fixtures");
  for (const name of readdirSync(fixtures))
    if (name.startsWith("off-topic-wide") && name.endsWith(".json"))
      json(path.join(fixtures, name));
  for (const name of readdirSync(path.join(ROOT, "eval")))
    if (name.endsWith(".json")) json(path.join(ROOT, "eval", name));
  // The public sets sit beside the project (scripts/eval.ts reads them there too).
  const shared = path.join(ROOT, "..", "shared", "eval");
  if (existsSync(shared))
    for (const name of readdirSync(shared))
      if (name.startsWith("smallsite-") && name.endsWith(".json")) json(path.join(shared, name));
  for (const test of ["off-topic.node.test.ts", "offer.node.test.ts"]) {
    const source = readFileSync(path.join(import.meta.dirname, test), "utf8");
    for (const m of source.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) found.add(m[1] as string);
  }
  return [...found];
}

// An ordinary question to a shop in each language.
const IN_DOMAIN = {
  en: "when will my order arrive and can I return it",
  da: "hvornår kommer min ordre og kan jeg returnere den",
  de: "wann kommt meine Bestellung an und kann ich sie zurückgeben",
  fr: "quand ma commande arrivera-t-elle et puis-je la retourner",
  es: "cuándo llega mi pedido y puedo devolverlo",
  sv: "när kommer min beställning och kan jag returnera den",
} as const;

describe("the off-topic shapes' cues", () => {
  const texts = messages().flatMap((message) => {
    // As offTopicSign reads it, and the message merely lowercased and folded.
    const read = words(message).map(foldAccents).join(" ");
    return [read, foldAccents(message.toLowerCase())];
  });

  it("read many messages", () => {
    expect(texts.length).toBeGreaterThan(5000);
  });

  it.each(LANGUAGES)("in %s, are held by every text a shape matches", (language) => {
    const shapes = offTopicShapes(language);
    const missed: string[] = [];
    // The probe's character pairs only save searches: the test is the plain one.
    const misread: string[] = [];
    let matched = 0;
    for (const text of texts) {
      const probed = probe(text);
      for (const { pattern, cues } of shapes) {
        const passes = mayMatch(cues, probed);
        const plain = cues?.every((list) => list.some((cue) => text.includes(cue))) ?? true;
        if (passes !== plain) misread.push(`${JSON.stringify(cues)} ⟵ ${text}`);
        if (!pattern.test(text)) continue;
        matched++;
        if (!passes) missed.push(`${pattern.source} ⟵ ${text}`);
      }
    }
    expect(missed).toEqual([]);
    expect(misread).toEqual([]);
    // The check saw real matches, not only texts every shape passes by.
    expect(matched).toBeGreaterThan(100);
  });

  it.each(LANGUAGES)("in %s, leave most shapes untried on an in-domain question", (language) => {
    const shapes = offTopicShapes(language);
    expect(shapes.length).toBe(byLanguage((d) => d.offTopicFrames.patterns.length)[language]);
    // Every shape has a cue: none runs on every message.
    expect(shapes.filter((s) => s.cues === null)).toEqual([]);
    const question = words(IN_DOMAIN[language]).map(foldAccents).join(" ");
    const tried = shapes.filter((s) => mayMatch(s.cues, question)).length;
    expect(tried).toBeLessThan(shapes.length / 4);
  });
});
