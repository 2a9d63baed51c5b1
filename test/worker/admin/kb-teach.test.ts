import { describe, expect, it } from "vitest";
import { retrieve } from "../../../worker/kb/retrieve.ts";
import { getKbIndex, kbDocumentsKey, kbPointerKey } from "../../../worker/kb/store.ts";
import { listTaughtQuestions } from "../../../worker/kb/taught-store.ts";
import { call, env, KB_DOCUMENTS, putKb, putSite, uniqueSite } from "../helpers.ts";

function teach(site: string, docId: string, question: unknown) {
  return call(`/admin/api/sites/${site}/kb/documents/${docId}/questions`, {
    method: "POST",
    admin: true,
    json: { question },
  });
}

async function storedDocuments(site: string) {
  return JSON.parse((await env.SITES.get(kbDocumentsKey(site))) ?? "null") as
    | { id: string; questions?: string[] }[]
    | null;
}

describe("knowledge-base documents and taught questions", () => {
  it("an import stores the documents with their questions beside the index", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const documents = [{ ...KB_DOCUMENTS[0], questions: ["Can I send it back?"] }, KB_DOCUMENTS[1]];
    const res = await call(`/admin/api/sites/${site}/kb`, {
      method: "PUT",
      admin: true,
      json: { documents },
    });
    expect(res.status).toBe(200);
    expect((await storedDocuments(site))?.map((d) => d.questions ?? [])).toEqual([
      ["Can I send it back?"],
      [],
    ]);
  });

  it("refuses an import with an empty question or more than 50 questions on a document", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    for (const questions of [
      [""],
      Array.from({ length: 51 }, (_, i) => `q${i}`),
      ["x".repeat(301)],
    ]) {
      const res = await call(`/admin/api/sites/${site}/kb`, {
        method: "PUT",
        admin: true,
        json: { documents: [{ ...KB_DOCUMENTS[0], questions }] },
      });
      expect(res.status).toBe(400);
    }
    expect(await storedDocuments(site)).toBeNull();
  });

  it("teaching a question stores it on that document and rebuilds the index under a new version", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const before = JSON.parse((await env.SITES.get(kbPointerKey(site))) ?? "{}").version;
    const res = await teach(site, "returns", "Can I send my parcel back?");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: "returns", questions: ["Can I send my parcel back?"] });
    expect((await listTaughtQuestions(env.DB, site)).questions).toEqual([
      { docId: "returns", question: "Can I send my parcel back?" },
    ]);
    const after = JSON.parse((await env.SITES.get(kbPointerKey(site))) ?? "{}");
    expect(after.version).not.toBe(before);
    expect(after.documents).toBe(2);
    // The same question again is not stored twice.
    const again = await teach(site, "returns", "can i send my parcel back?");
    expect(await again.json()).toEqual({
      id: "returns",
      questions: ["Can I send my parcel back?"],
    });
    expect((await listTaughtQuestions(env.DB, site)).questions).toHaveLength(1);
  });

  it("keeps every phrasing taught at once, and the index ends with all of them", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    // Words no document has: only a taught phrasing can lead a question to "returns".
    const phrasings = [
      "flibbertigibbet",
      "quonsetwidget",
      "zarzuelaparcel",
      "mumblecrust",
      "snorkelbox",
    ];
    const responses = await Promise.all(phrasings.map((p) => teach(site, "returns", `my ${p}?`)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(
      (await listTaughtQuestions(env.DB, site)).questions.map((q) => q.question).sort(),
    ).toEqual(phrasings.map((p) => `my ${p}?`).sort());
    const index = await getKbIndex(env.SITES, site);
    if (!index) throw new Error("no index");
    for (const p of phrasings) expect(retrieve(index, p).best?.docId, p).toBe("returns");
    // A later answer lists them all.
    const last = await teach(site, "returns", "my flibbertigibbet?");
    expect(((await last.json()) as { questions: string[] }).questions).toHaveLength(5);
  });

  it("keeps taught phrasings across a re-import of the same documents", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    expect((await teach(site, "returns", "my flibbertigibbet?")).status).toBe(200);
    await putKb(site);
    const index = await getKbIndex(env.SITES, site);
    if (!index) throw new Error("no index");
    expect(retrieve(index, "flibbertigibbet").best?.docId).toBe("returns");
  });

  it("is 404 for an unknown document or site, 400 for an empty question", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const unknown = await teach(site, "nope", "Hello?");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe(
      "document_not_found",
    );
    expect((await teach(uniqueSite(), "returns", "Hello?")).status).toBe(404);
    expect((await teach(site, "returns", "  ")).status).toBe(400);
  });

  it("deleting the site deletes its stored documents and taught phrasings", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    await teach(site, "returns", "my flibbertigibbet?");
    await call(`/admin/api/sites/${site}`, { method: "DELETE", admin: true });
    expect(await storedDocuments(site)).toBeNull();
    expect((await listTaughtQuestions(env.DB, site)).questions).toEqual([]);
  });
});
