import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../../shared/api.ts";
import { MAX_DASHBOARD_FORM_BYTES } from "../../../shared/limits.ts";
import { getKbDocuments } from "../../../worker/kb/documents-store.ts";
import { kbDocumentsKey } from "../../../worker/kb/store.ts";
import { call, env, ORIGIN, putKb, putSite, uniqueSite } from "../helpers.ts";
import { getPage, postForm, SELF, signIn } from "./helpers.ts";

async function ask(site: string, message: string): Promise<ChatResponse> {
  const res = await call("/v1/chat", {
    method: "POST",
    json: { site, message },
    headers: { origin: ORIGIN },
  });
  return (await res.json()) as ChatResponse;
}

function upload(
  site: string,
  cookie: string,
  files: { name: string; content: string | Uint8Array<ArrayBuffer> }[],
  baseUrl = "",
): Promise<Response> {
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.content], f.name));
  form.append("baseUrl", baseUrl);
  return call(`/admin/sites/${site}/kb/import`, {
    method: "POST",
    headers: { origin: SELF, cookie },
    body: form,
    redirect: "manual",
  });
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the Knowledge base page", () => {
  it("lists and searches the articles, accents and case ignored", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const all = text(await (await getPage(`/admin/sites/${site}/kb`, cookie)).text());
    expect(all).toContain("2 articles in the knowledge base.");
    expect(all).toContain("Returns and refunds");
    const found = text(await (await getPage(`/admin/sites/${site}/kb?q=EXPRÉSS`, cookie)).text());
    expect(found).toContain("1 article of 2 match “EXPRÉSS”.");
    expect(found).toContain("Shipping and delivery");
    expect(found).not.toContain("Returns and refunds");
  });

  it("adds an article that visitors are answered from at once, then edits and deletes it", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const question = "Do you sell gift cards for birthdays?";
    expect((await ask(site, question)).reply.type).toBe("handoff");

    const bad = await postForm(`/admin/sites/${site}/kb/new`, cookie, {
      title: "Gift cards",
      url: "javascript:alert(1)",
      text: "We sell gift cards.",
    });
    expect(bad.status).toBe(400);
    const badPage = await bad.text();
    expect(badPage).toContain("A link must start with https:// or http://");
    // What the owner typed stays in the form.
    expect(badPage).toContain("We sell gift cards.");

    const added = await postForm(`/admin/sites/${site}/kb/new`, cookie, {
      title: "Gift cards",
      url: "https://acme.example/gift-cards",
      text: "We sell gift cards for birthdays and other occasions, from $10 to $500.",
    });
    expect(added.status).toBe(303);
    expect(added.headers.get("location")).toBe(
      `/admin/sites/${site}/kb/edit?id=gift-cards&done=added`,
    );
    const answered = await ask(site, question);
    expect(answered.reply.type).toBe("answer");

    const saved = await postForm(`/admin/sites/${site}/kb/edit?id=gift-cards`, cookie, {
      title: "Gift cards and vouchers",
      url: "",
      text: "Gift cards and vouchers for birthdays, from $10 to $500, never expire.",
    });
    expect(saved.status).toBe(303);
    const docs = await getKbDocuments(env.SITES, site);
    expect(docs?.find((d) => d.id === "gift-cards")).toMatchObject({
      title: "Gift cards and vouchers",
      url: null,
    });

    const deleted = await postForm(`/admin/sites/${site}/kb/delete?id=gift-cards`, cookie, {});
    expect(deleted.status).toBe(303);
    expect((await getKbDocuments(env.SITES, site))?.map((d) => d.id)).toEqual([
      "returns",
      "shipping",
    ]);
    expect((await ask(site, question)).reply.type).toBe("handoff");
    expect((await getPage(`/admin/sites/${site}/kb/edit?id=gift-cards`, cookie)).status).toBe(404);
  });

  it("shows an article's taught phrasings and removes one", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    for (const question of ["Can I send it back?", "Money back please"]) {
      const taught = await postForm(`/admin/sites/${site}/teach`, cookie, {
        question,
        document: "Returns and refunds",
      });
      expect(taught.status).toBe(303);
    }
    const page = text(
      await (await getPage(`/admin/sites/${site}/kb/edit?id=returns`, cookie)).text(),
    );
    expect(page).toContain("Can I send it back?");
    expect(page).toContain("Money back please");
    const removed = await postForm(`/admin/sites/${site}/kb/phrasing/remove?id=returns`, cookie, {
      question: "Can I send it back?",
    });
    expect(removed.status).toBe(303);
    const doc = (await getKbDocuments(env.SITES, site))?.find((d) => d.id === "returns");
    expect(doc?.questions).toEqual(["Money back please"]);
    // Taught phrasings are D1 rows laid over the kept documents: the removed one is gone there
    // too, or the next rebuild would bring it back.
    const { results } = await env.DB.prepare(
      "SELECT question FROM taught_questions WHERE site = ? AND doc_id = 'returns'",
    )
      .bind(site)
      .all<{ question: string }>();
    expect(results.map((r) => r.question)).toEqual(["Money back please"]);
  });

  it("imports Markdown, HTML and text by upload, keeps taught phrasings, and names each skipped file", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    await postForm(`/admin/sites/${site}/teach`, cookie, {
      question: "Can I send it back?",
      document: "Returns and refunds",
    });
    const big = `# Warranty\n\n${"Every tent carries a two-year warranty against defects. ".repeat(1500)}`;
    expect(big.length).toBeGreaterThan(MAX_DASHBOARD_FORM_BYTES);
    const res = await upload(
      site,
      cookie,
      [
        { name: "returns.md", content: "# Returns (new)\n\nReturn within 60 days." },
        {
          name: "stores.html",
          content:
            "<html><head><title>Our stores</title></head><body><nav>menu</nav><p>We have stores in Oslo and Bergen.</p></body></html>",
        },
        { name: "hours.txt", content: "Opening hours\n\nWe are open 9 to 5 on weekdays." },
        { name: "warranty.md", content: big },
        { name: "logo.md", content: new Uint8Array([0x89, 0x50, 0x00, 0x47]) },
        { name: "sheet.pdf", content: "%PDF" },
      ],
      "https://acme.example/help/",
    );
    expect(res.status).toBe(200);
    const page = text(await res.text());
    expect(page).toContain("3 articles added, 1 replaced, 2 files skipped.");
    expect(page).toMatch(/logo\.md : it is binary/);
    expect(page).toMatch(/sheet\.pdf : is not Markdown/);
    const docs = (await getKbDocuments(env.SITES, site)) ?? [];
    expect(docs.map((d) => d.id)).toEqual(["returns", "shipping", "stores", "hours", "warranty"]);
    expect(docs.find((d) => d.id === "returns")).toMatchObject({
      title: "Returns (new)",
      url: "https://acme.example/help/returns",
      questions: ["Can I send it back?"],
    });
    expect(docs.find((d) => d.id === "stores")?.title).toBe("Our stores");
    expect(docs.find((d) => d.id === "hours")?.title).toBe("Opening hours");
    expect((await ask(site, "Do you have a store in Bergen?")).reply.type).toBe("answer");
  });

  it("offers a site imported before documents were kept a re-import, and then lists it", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    await env.SITES.delete(kbDocumentsKey(site));
    // Such a site never had its documents' version recorded either.
    await env.DB.prepare("DELETE FROM kb_versions WHERE site = ?").bind(site).run();
    const blocked = await (await getPage(`/admin/sites/${site}/kb`, cookie)).text();
    expect(blocked).toContain("imported before Clarifier kept its documents");
    expect(blocked).toContain(`action="/admin/sites/${site}/kb/import"`);
    const res = await upload(site, cookie, [
      { name: "returns.md", content: "# Returns\n\n60 days." },
    ]);
    expect(res.status).toBe(200);
    expect(text(await res.text())).toContain("1 article in the knowledge base.");
  });

  it("holds other dashboard forms to 64 KB, and an upload without a session too", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const long = "x".repeat(MAX_DASHBOARD_FORM_BYTES + 10);
    const keywords = await postForm(`/admin/sites/${site}/keywords`, cookie, { phrases: long });
    expect(keywords.status).toBe(413);
    const anonymous = await upload(site, "", [{ name: "a.md", content: `# A\n\n${long}` }]);
    expect(anonymous.status).toBe(413);
  });
});
