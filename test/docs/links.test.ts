import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every relative link in README.md and docs/*.md names a file that exists and, with a #fragment,
 * a heading that file has. Outside reviewers read these docs as the product's truth; a doc renamed
 * or a heading reworded by one pass silently breaks another pass's link, and nothing else notices.
 */

const root = path.resolve(import.meta.dirname, "../..");
const docs = [
  "README.md",
  ...readdirSync(path.join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/** GitHub's heading anchor: lowercased, punctuation but '-' and '_' dropped, each space a '-'. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors a markdown file offers: its headings' slugs, a repeated one numbered as GitHub does. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? undefined : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (!heading) continue;
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const [, id] of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) if (id) out.add(id);
  return out;
}

/** The relative links of a markdown file, outside code fences and code spans. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map(([, target]) => target ?? "")
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

describe("links in README.md and docs/*.md", () => {
  it("the slug follows GitHub's rules", () => {
    expect(slug("Meaning, not just words: the semantic stage (optional, off by default)")).toBe(
      "meaning-not-just-words-the-semantic-stage-optional-off-by-default",
    );
    expect(slug("`POST /v1/chat`")).toBe("post-v1chat");
  });

  for (const doc of docs) {
    it(`${doc}: every relative link resolves to a file and heading`, () => {
      const text = readFileSync(path.join(root, doc), "utf8");
      const broken: string[] = [];
      for (const link of relativeLinks(text)) {
        const [file = "", fragment] = link.split("#");
        const target = file
          ? path.resolve(path.dirname(path.join(root, doc)), decodeURI(file))
          : path.join(root, doc);
        if (!existsSync(target)) {
          broken.push(`${link}: no such file`);
          continue;
        }
        if (fragment === undefined || !target.endsWith(".md") || statSync(target).isDirectory())
          continue;
        if (!anchors(readFileSync(target, "utf8")).has(decodeURIComponent(fragment).toLowerCase()))
          broken.push(`${link}: no such heading`);
      }
      expect(broken).toEqual([]);
    });
  }
});
