import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../shared/languages.ts";
import { byLanguage } from "../../../shared/languages/registry.ts";
import { foldAccents } from "../../../shared/text/normalize.ts";
import { meets, NeedTable } from "../../../shared/text/required-text.ts";
import { offTopicShapes } from "../../../worker/chat/off-topic.ts";
import { words } from "../../../worker/kb/text.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

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

describe("the text the off-topic shapes require", () => {
  const texts = messages().flatMap((message) => {
    // As offTopicSign reads it, and the message merely lowercased and folded.
    const read = words(message).map(foldAccents).join(" ");
    return [read, foldAccents(message.toLowerCase())];
  });

  it("read many messages", () => {
    expect(texts.length).toBeGreaterThan(5000);
  });

  it.each(LANGUAGES)(
    "in %s, is held by every text a shape matches",
    (language) => {
      const shapes = offTopicShapes(language);
      const table = new NeedTable();
      const numbered = shapes.map((s) => table.number(s.needs));
      const missed: string[] = [];
      // The table's letter pairs only save searches: the test is the plain one.
      const misread: string[] = [];
      let matched = 0;
      for (const text of texts) {
        table.read(text);
        shapes.forEach(({ pattern, needs }, i) => {
          const passes = table.meets(numbered[i] ?? []);
          if (passes !== meets(text, needs)) misread.push(`${JSON.stringify(needs)} ⟵ ${text}`);
          if (!pattern.test(text)) return;
          matched++;
          if (!passes) missed.push(`${pattern.source} ⟵ ${text}`);
        });
      }
      expect(missed).toEqual([]);
      expect(misread).toEqual([]);
      // The check saw real matches, not only texts every shape passes by.
      expect(matched).toBeGreaterThan(100);
      // Every shape against every text: 2-3 s a language alone, several times that on a machine
      // running the other projects' tests beside it. A correctness check, not a timing one.
    },
    60_000,
  );

  it.each(LANGUAGES)("in %s, leaves most shapes untried on an in-domain question", (language) => {
    const shapes = offTopicShapes(language);
    expect(shapes.length).toBe(byLanguage((d) => d.offTopicFrames.patterns.length)[language]);
    // Every shape requires some text: none runs on every message.
    expect(shapes.filter((s) => s.needs.length === 0).map((s) => s.pattern.source)).toEqual([]);
    const question = words(IN_DOMAIN[language]).map(foldAccents).join(" ");
    const tried = shapes.filter((s) => meets(question, s.needs)).length;
    expect(tried).toBeLessThan(shapes.length / 4);
  });
});
