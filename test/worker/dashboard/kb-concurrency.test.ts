/**
 * Two people editing the knowledge base at once: every documents write claims the next version
 * in D1 first, and a dashboard form carries the version it was rendered from, so a save made
 * over someone else's is refused (409, draft kept) instead of silently dropping their edit.
 * Real workerd, real KV and D1.
 */
import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../shared/api.ts";
import {
  CLAIM_LEASE_MS,
  getKbDocuments,
  getVersionedDocuments,
  KB_CONFLICT_MESSAGE,
  rebuildKnowledgeBase,
  storeKnowledgeBase,
} from "../../../worker/kb/documents-store.ts";
import { claimKbVersion, getKbVersion } from "../../../worker/kb/kb-version-store.ts";
import { getKbIndex, kbDocumentsKey } from "../../../worker/kb/store.ts";
import { call, env, KB_DOCUMENTS, putKb, putSite, uniqueSite } from "../helpers.ts";
import { getPage, postForm, SELF, signIn } from "./helpers.ts";

/** The `kbVersion` a dashboard page's forms carry (all of a page's forms carry the same). */
function formVersion(html: string): string {
  const versions = [...html.matchAll(/name="kbVersion" value="(\d+)"/g)].map((m) => m[1]);
  if (versions.length === 0) throw new Error("no kbVersion field on the page");
  expect(new Set(versions).size).toBe(1);
  return versions[0] as string;
}

async function versionOf(path: string, cookie: string): Promise<string> {
  const res = await getPage(path, cookie);
  expect(res.status).toBe(200);
  return formVersion(await res.text());
}

async function storedDocs(site: string) {
  return (await getKbDocuments(env.SITES, site)) ?? [];
}

/** D1's version and the one stored with the KV documents: equal whenever no write is in flight. */
async function versions(site: string): Promise<{ d1: number | undefined; kv: number }> {
  const row = await getKbVersion(env.DB, site);
  const kv = (await getVersionedDocuments(env.SITES, site)).version;
  return { d1: row?.version, kv };
}

async function siteWithKb(): Promise<{ site: string; cookie: string }> {
  const cookie = await signIn();
  const site = uniqueSite();
  await putSite(site, {});
  await putKb(site);
  return { site, cookie };
}

const editPath = (site: string, id: string) =>
  `/admin/sites/${site}/kb/edit?id=${encodeURIComponent(id)}`;

function upload(
  site: string,
  cookie: string,
  files: { name: string; content: string }[],
  fields: Record<string, string>,
): Promise<Response> {
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.content], f.name));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return call(`/admin/sites/${site}/kb/import`, {
    method: "POST",
    headers: { origin: SELF, cookie },
    body: form,
    redirect: "manual",
  });
}

function adminPut(site: string, documents: unknown[], headers: Record<string, string> = {}) {
  return call(`/admin/api/sites/${site}/kb`, {
    method: "PUT",
    admin: true,
    json: { documents },
    headers,
  });
}

const RETURNS_60 = {
  title: "Returns and refunds",
  url: "",
  text: "You can return any unused item within 60 days of delivery for a full refund.",
};
const GIFT_CARDS = {
  title: "Gift cards",
  url: "",
  text: "We sell gift cards for birthdays, from $10 to $500.",
};

describe("editing the knowledge base at once", () => {
  it("refuses a save made over someone else's, keeps the draft, and loses neither edit", async () => {
    const { site, cookie } = await siteWithKb();
    // A opens "Returns" to edit it; B opens "Add an article".
    const aVersion = await versionOf(editPath(site, "returns"), cookie);
    const bVersion = await versionOf(`/admin/sites/${site}/kb/new`, cookie);
    expect(aVersion).toBe(bVersion);

    const added = await postForm(`/admin/sites/${site}/kb/new`, cookie, {
      ...GIFT_CARDS,
      kbVersion: bVersion,
    });
    expect(added.status).toBe(303);

    // A saves what they read before B's add: before, this wrote the documents without B's article.
    const stale = await postForm(editPath(site, "returns"), cookie, {
      ...RETURNS_60,
      kbVersion: aVersion,
    });
    expect(stale.status).toBe(409);
    const page = await stale.text();
    expect(page).toContain(KB_CONFLICT_MESSAGE.replace(/'/g, "&#39;"));
    expect(page).toContain("within 60 days"); // A's draft, in the form
    const shownAgain = formVersion(page);
    expect(Number(shownAgain)).toBe(Number(aVersion) + 1);
    let docs = await storedDocs(site);
    expect(docs.map((d) => d.id)).toEqual(["returns", "shipping", "gift-cards"]);
    expect(docs.find((d) => d.id === "returns")?.text).toContain("30 days");

    // Saving the draft again, now over B's add, keeps both.
    const again = await postForm(editPath(site, "returns"), cookie, {
      ...RETURNS_60,
      kbVersion: shownAgain,
    });
    expect(again.status).toBe(303);
    docs = await storedDocs(site);
    expect(docs.map((d) => d.id)).toEqual(["returns", "shipping", "gift-cards"]);
    expect(docs.find((d) => d.id === "returns")?.text).toContain("60 days");
    expect(await versions(site)).toEqual({ d1: Number(aVersion) + 2, kv: Number(aVersion) + 2 });
  });

  it("lets exactly one of two saves sent at the same moment from the same version land", async () => {
    const { site, cookie } = await siteWithKb();
    const version = await versionOf(editPath(site, "returns"), cookie);
    const [a, b] = await Promise.all([
      postForm(editPath(site, "returns"), cookie, { ...RETURNS_60, kbVersion: version }),
      postForm(editPath(site, "shipping"), cookie, {
        title: "Shipping and delivery",
        url: "",
        text: "Shipping is free on every order and takes 2 days.",
      }),
    ]);
    // The second form carries no version (a page from before the field): it is still serialised.
    const statuses = [a.status, b.status].sort();
    const docs = await storedDocs(site);
    const returnsSaved = docs.find((d) => d.id === "returns")?.text.includes("60 days");
    const shippingSaved = docs.find((d) => d.id === "shipping")?.text.includes("free on every");
    if (statuses[0] === 303 && statuses[1] === 303) {
      // Both landed only if one read the other's documents: then both edits are there.
      expect(returnsSaved && shippingSaved).toBe(true);
      expect((await versions(site)).d1).toBe(Number(version) + 2);
    } else {
      expect(statuses).toEqual([303, 409]);
      // The one refused was told so; the one accepted is stored, and nothing else changed.
      expect(a.status === 303 ? returnsSaved : shippingSaved).toBe(true);
      expect(a.status === 303 ? shippingSaved : returnsSaved).toBe(false);
      expect((await versions(site)).d1).toBe(Number(version) + 1);
    }
    const after = await versions(site);
    expect(after.kv).toBe(after.d1);
  });

  it("never lets two saves from the same version both land, whichever order D1 runs them", async () => {
    const { site, cookie } = await siteWithKb();
    const version = await versionOf(editPath(site, "returns"), cookie);
    // Five people save five different articles from the same page version at once.
    const results = await Promise.all(
      ["returns", "shipping", "returns", "shipping", "returns"].map((id, i) =>
        postForm(editPath(site, id), cookie, {
          title: `Edited ${i}`,
          url: "",
          text: `Edit number ${i} of this article.`,
          kbVersion: version,
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(4);
    const winner = statuses.indexOf(303);
    const docs = await storedDocs(site);
    expect(docs.filter((d) => d.title.startsWith("Edited")).map((d) => d.title)).toEqual([
      `Edited ${winner}`,
    ]);
    expect(await versions(site)).toEqual({ d1: Number(version) + 1, kv: Number(version) + 1 });
  });

  it("saves one edit after another as before, each form from the page the last save led to", async () => {
    const { site, cookie } = await siteWithKb();
    const first = await versionOf(editPath(site, "returns"), cookie);
    const saved = await postForm(editPath(site, "returns"), cookie, {
      ...RETURNS_60,
      kbVersion: first,
    });
    expect(saved.status).toBe(303);
    const next = await versionOf(saved.headers.get("location") ?? "", cookie);
    expect(Number(next)).toBe(Number(first) + 1);
    const savedAgain = await postForm(editPath(site, "returns"), cookie, {
      ...RETURNS_60,
      text: "Returns within 90 days.",
      kbVersion: next,
    });
    expect(savedAgain.status).toBe(303);
    const added = await postForm(`/admin/sites/${site}/kb/new`, cookie, {
      ...GIFT_CARDS,
      kbVersion: await versionOf(`/admin/sites/${site}/kb/new`, cookie),
    });
    expect(added.status).toBe(303);
    const docs = await storedDocs(site);
    expect(docs.find((d) => d.id === "returns")?.text).toBe("Returns within 90 days.");
    expect(docs.map((d) => d.id)).toEqual(["returns", "shipping", "gift-cards"]);
    expect(await versions(site)).toEqual({ d1: Number(first) + 3, kv: Number(first) + 3 });
  });

  it("refuses an upload over a list someone else changed, naming why, with the link kept", async () => {
    const { site, cookie } = await siteWithKb();
    const listed = await versionOf(`/admin/sites/${site}/kb`, cookie);
    const edited = await postForm(editPath(site, "returns"), cookie, {
      ...RETURNS_60,
      kbVersion: listed,
    });
    expect(edited.status).toBe(303);
    const files = [{ name: "returns.md", content: "# Returns\n\nNo returns at all." }];
    const stale = await upload(site, cookie, files, {
      baseUrl: "https://acme.example/help",
      kbVersion: listed,
    });
    expect(stale.status).toBe(409);
    const page = await stale.text();
    expect(page).toContain("nothing was imported");
    expect(page).toContain('value="https://acme.example/help"');
    // Someone else's edit of the very article the file would have replaced is still there.
    expect((await storedDocs(site)).find((d) => d.id === "returns")?.text).toContain("60 days");

    const fresh = await upload(site, cookie, files, {
      baseUrl: "https://acme.example/help",
      kbVersion: formVersion(page),
    });
    expect(fresh.status).toBe(200);
    expect((await storedDocs(site)).find((d) => d.id === "returns")?.text).toContain(
      "No returns at all.",
    );
  });

  it("makes the admin API's import (a replacement) move the version, so an open form refuses", async () => {
    const { site, cookie } = await siteWithKb();
    const editing = await versionOf(editPath(site, "returns"), cookie);
    const adding = await versionOf(`/admin/sites/${site}/kb/new`, cookie);
    const imported = await adminPut(site, [
      ...KB_DOCUMENTS,
      { id: "warranty", title: "Warranty", text: "Every tent has a two-year warranty." },
    ]);
    expect(imported.status).toBe(200);
    expect(imported.headers.get("etag")).toBe(`"${Number(editing) + 1}"`);

    const save = await postForm(editPath(site, "returns"), cookie, {
      ...RETURNS_60,
      kbVersion: editing,
    });
    expect(save.status).toBe(409);
    const add = await postForm(`/admin/sites/${site}/kb/new`, cookie, {
      ...GIFT_CARDS,
      kbVersion: adding,
    });
    expect(add.status).toBe(409);
    const addPage = await add.text();
    expect(addPage).toContain("We sell gift cards for birthdays"); // the draft, kept
    expect(formVersion(addPage)).toBe(String(Number(adding) + 1));
    const docs = await storedDocs(site);
    expect(docs.map((d) => d.id)).toEqual(["returns", "shipping", "warranty"]);
    expect(docs.find((d) => d.id === "returns")?.text).toContain("30 days");
  });

  it("honours If-Match on the admin import: the version ETag gave, or 412 and nothing stored", async () => {
    const { site } = await siteWithKb();
    const first = await adminPut(site, KB_DOCUMENTS);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"\d+"$/);
    const second = await adminPut(site, KB_DOCUMENTS.slice(0, 1), { "if-match": etag });
    expect(second.status).toBe(200);
    const stale = await adminPut(site, [], { "if-match": etag });
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as ErrorBody).error.code).toBe("precondition_failed");
    expect((await storedDocs(site)).map((d) => d.id)).toEqual(["returns"]);
    const unreadable = await adminPut(site, [], { "if-match": "W/7" });
    expect(unreadable.status).toBe(400);
    const any = await adminPut(site, KB_DOCUMENTS, { "if-match": "*" });
    expect(any.status).toBe(200);
  });

  it("refuses a delete or a phrasing removal over a newer save, and removes nothing", async () => {
    const { site, cookie } = await siteWithKb();
    const taught = await postForm(`/admin/sites/${site}/teach`, cookie, {
      question: "Can I send it back?",
      document: "Returns and refunds",
    });
    expect(taught.status).toBe(303); // teaching is a D1 row: it does not move the version
    const version = await versionOf(editPath(site, "returns"), cookie);
    const other = await postForm(editPath(site, "shipping"), cookie, {
      title: "Shipping",
      url: "",
      text: "Shipping takes 2 days.",
      kbVersion: version,
    });
    expect(other.status).toBe(303);
    const removal = await postForm(`/admin/sites/${site}/kb/phrasing/remove?id=returns`, cookie, {
      question: "Can I send it back?",
      kbVersion: version,
    });
    expect(removal.status).toBe(409);
    const { results } = await env.DB.prepare(
      "SELECT question FROM taught_questions WHERE site = ? AND doc_id = 'returns'",
    )
      .bind(site)
      .all<{ question: string }>();
    expect(results.map((r) => r.question)).toEqual(["Can I send it back?"]);
    const deletion = await postForm(`/admin/sites/${site}/kb/delete?id=returns`, cookie, {
      kbVersion: version,
    });
    expect(deletion.status).toBe(409);
    expect(await deletion.text()).toContain("nothing was deleted");
    expect((await storedDocs(site)).map((d) => d.id)).toEqual(["returns", "shipping"]);
  });

  it("offers the draft as a new article when someone else deleted the article meanwhile", async () => {
    const { site, cookie } = await siteWithKb();
    const version = await versionOf(editPath(site, "returns"), cookie);
    const deleted = await postForm(`/admin/sites/${site}/kb/delete?id=returns`, cookie, {
      kbVersion: version,
    });
    expect(deleted.status).toBe(303);
    const save = await postForm(editPath(site, "returns"), cookie, {
      ...RETURNS_60,
      kbVersion: version,
    });
    expect(save.status).toBe(409);
    const page = await save.text();
    expect(page).toContain("deleted this article while you were editing");
    expect(page).toContain(`action="/admin/sites/${site}/kb/new"`);
    expect(page).toContain("within 60 days");
  });

  it("refuses “Write an answer” on the teach page over a newer save, draft kept", async () => {
    const { site, cookie } = await siteWithKb();
    const question = "Do you sell gift cards?";
    const teachPage = `/admin/sites/${site}/teach?question=${encodeURIComponent(question)}`;
    const version = await versionOf(teachPage, cookie);
    expect((await adminPut(site, KB_DOCUMENTS)).status).toBe(200);
    const stale = await postForm(`/admin/sites/${site}/articles`, cookie, {
      question,
      title: "Gift cards",
      text: "Yes, from $10.",
      kbVersion: version,
    });
    expect(stale.status).toBe(409);
    const page = await stale.text();
    expect(page).toContain("Someone else changed the knowledge base");
    expect(page).toContain("Yes, from $10.");
    const fresh = await postForm(`/admin/sites/${site}/articles`, cookie, {
      question,
      title: "Gift cards",
      text: "Yes, from $10.",
      kbVersion: formVersion(page),
    });
    expect(fresh.status).toBe(303);
    expect((await storedDocs(site)).map((d) => d.id)).toContain("gift-cards");
  });

  it("takes over a version claimed by a writer that died before writing KV, after the lease", async () => {
    const { site, cookie } = await siteWithKb();
    const version = Number(await versionOf(editPath(site, "returns"), cookie));
    // A writer claimed the next version and died before its documents reached KV.
    const at = new Date().toISOString();
    expect(await claimKbVersion(env.DB, site, version, version + 1, at, "ghost")).toBe(true);
    const form = { ...RETURNS_60, kbVersion: String(version) };
    // While the claim is fresh it may still be writing: refused, nothing written.
    expect((await postForm(editPath(site, "returns"), cookie, form)).status).toBe(409);
    expect((await storedDocs(site)).find((d) => d.id === "returns")?.text).toContain("30 days");
    const old = new Date(Date.now() - CLAIM_LEASE_MS - 1000).toISOString();
    await env.DB.prepare("UPDATE kb_versions SET changed_at = ? WHERE site = ?")
      .bind(old, site)
      .run();
    const saved = await postForm(editPath(site, "returns"), cookie, form);
    expect(saved.status).toBe(303);
    expect((await storedDocs(site)).find((d) => d.id === "returns")?.text).toContain("60 days");
    expect(await versions(site)).toEqual({ d1: version + 2, kv: version + 2 });
  });

  it("lands imports and dashboard saves sent together in version order, the index from the last", async () => {
    const { site, cookie } = await siteWithKb();
    const version = await versionOf(editPath(site, "returns"), cookie);
    const warranty = { id: "warranty", title: "Warranty", text: "Two years on every tent." };
    const results = await Promise.all([
      adminPut(site, [...KB_DOCUMENTS, warranty]),
      postForm(`/admin/sites/${site}/kb/new`, cookie, { ...GIFT_CARDS, kbVersion: version }),
      adminPut(site, KB_DOCUMENTS.slice(0, 1)),
      postForm(editPath(site, "returns"), cookie, { ...RETURNS_60, kbVersion: version }),
    ]);
    // Imports always land; of the two saves from the same version, at most one can.
    expect(results[0]?.status).toBe(200);
    expect(results[2]?.status).toBe(200);
    const saves = [results[1]?.status, results[3]?.status];
    expect(saves.filter((s) => s === 303).length).toBeLessThanOrEqual(1);
    expect(saves.every((s) => s === 303 || s === 409)).toBe(true);
    const landed = 2 + saves.filter((s) => s === 303).length;
    const after = await versions(site);
    expect(after).toEqual({ d1: Number(version) + landed, kv: Number(version) + landed });
    // The live index is built from the documents stored last, whichever write that was.
    const docs = await storedDocs(site);
    expect((await getKbIndex(env.SITES, site))?.documentCount).toBe(docs.length);
  });

  it("has an import wait for a claim in flight, then take over one whose writer died", async () => {
    const { site } = await siteWithKb();
    const { version } = await getVersionedDocuments(env.SITES, site);
    const at = new Date().toISOString();
    expect(await claimKbVersion(env.DB, site, version, version + 1, at, "ghost")).toBe(true);
    const started = Date.now();
    const res = await adminPut(site, KB_DOCUMENTS.slice(0, 1));
    expect(res.status).toBe(200);
    // It waited for the claimed documents to reach KV (they never do), a few seconds at most.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
    expect(res.headers.get("etag")).toBe(`"${version + 2}"`);
    expect(await versions(site)).toEqual({ d1: version + 2, kv: version + 2 });
  });

  it("rebuilds from the newest documents when a slower rebuild of older ones finishes last", async () => {
    const { site } = await siteWithKb();
    const bindings = { SITES: env.SITES, DB: env.DB };
    const before = await getVersionedDocuments(env.SITES, site);
    const stored = await storeKnowledgeBase(
      bindings,
      site,
      [...(before.documents ?? []), { id: "gift-cards", title: "Gift cards", text: "From $10." }],
      { basedOn: before.version, by: "test" },
    );
    expect(stored.ok).toBe(true);
    // A teach that read the documents before that save rebuilds last, from the older documents.
    const rebuilt = await rebuildKnowledgeBase(
      bindings,
      site,
      before.documents ?? [],
      before.version,
    );
    expect(rebuilt.version).toBe(before.version + 1);
    expect((await getKbIndex(env.SITES, site))?.documentCount).toBe(3);
  });

  it("keeps the version in a sharded site's own database", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { database: "DB_2" });
    await putKb(site);
    const version = await versionOf(editPath(site, "returns"), cookie);
    expect(await getKbVersion(env.DB, site)).toBeNull();
    expect((await getKbVersion(env.DB_2, site))?.version).toBe(Number(version));
    const saved = await postForm(editPath(site, "returns"), cookie, {
      ...RETURNS_60,
      kbVersion: version,
    });
    expect(saved.status).toBe(303);
    expect((await getKbVersion(env.DB_2, site))?.version).toBe(Number(version) + 1);
    expect((await getKbVersion(env.DB_2, site))?.changedBy).toBe("admin");
    expect((await env.SITES.getWithMetadata(kbDocumentsKey(site))).metadata).toEqual({
      kbVersion: Number(version) + 1,
    });
  });
});
