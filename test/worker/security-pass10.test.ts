import { describe, expect, it } from "vitest";
import { getKbDocuments } from "../../worker/kb/documents-store.ts";
import { call, env, putSite, uniqueSite } from "./helpers.ts";
import { SELF, signIn } from "./dashboard/helpers.ts";

// Findings of the tenth security pass (docs/security.md), each through the real worker.

/** The dashboard's Knowledge base upload of `files`, as the owner's browser sends it. */
function upload(
  site: string,
  cookie: string,
  files: readonly { name: string; content: string }[],
): Promise<Response> {
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.content], f.name));
  form.append("baseUrl", "");
  return call(`/admin/sites/${site}/kb/import`, {
    method: "POST",
    headers: { origin: SELF, cookie },
    body: form,
    redirect: "manual",
  });
}

describe("a knowledge-base upload", () => {
  // Reading a file's title and address took time growing with the cube of a crafted line's
  // length: a Markdown heading of 2,000 spaces took 10 s in Node, 15 KB of "<link href='x' " 3 s,
  // 24 KB of "<meta property='og:url' " 8 s. These files, 4 to 50 KB each, held the upload for
  // minutes of the worker's CPU (a deployed worker is stopped at its CPU limit: a failed upload).
  it("reads crafted titles and links in linear time, and imports the files", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const files = [
      { name: "heading.md", content: `# Returns${" ".repeat(4_000)}policy\n\nWithin 30 days.` },
      {
        name: "front.md",
        content: `---\ntitle: Shipping${" ".repeat(40_000)}times\n---\nThree to five days.`,
      },
      {
        name: "links.html",
        content: `<title>Opening hours</title><p>Open 9 to 5.</p>${"<link href='x' ".repeat(2_000)}`,
      },
      {
        name: "meta.html",
        content: `<h1>Warranty</h1><p>Two years.</p>${"<meta property='og:url' ".repeat(2_000)}`,
      },
      {
        name: "titles.html",
        content: `<p>Exchanges within 60 days.</p>${"<title>".repeat(7_000)}`,
      },
      {
        name: "heads.html",
        content: `<p>Gift cards never expire.</p>${"<head><nav>".repeat(5_000)}`,
      },
    ];
    const started = Date.now();
    const res = await upload(site, cookie, files);
    const elapsed = Date.now() - started;
    expect(res.status).toBe(200);
    // Linear time reads these in milliseconds; the bound is generous for a busy machine. (A
    // title is its first 500 characters: here the word before the spaces.)
    expect(elapsed).toBeLessThan(5_000);
    const stored = await getKbDocuments(env.SITES, site);
    expect(stored?.map((d) => [d.id, d.title.replace(/\s+/g, " ").trim()]).sort()).toEqual([
      ["front", "Shipping"],
      ["heading", "Returns"],
      ["heads", "heads"],
      ["links", "Opening hours"],
      ["meta", "Warranty"],
      ["titles", "titles"],
    ]);
  }, 15_000);
});
