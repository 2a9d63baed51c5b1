import { describe, expect, it } from "vitest";
import { kbDocumentsKey, kbPointerKey } from "../../../worker/kb/store.ts";
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
    const docs = await storedDocuments(site);
    expect(docs?.find((d) => d.id === "returns")?.questions).toEqual([
      "Can I send my parcel back?",
    ]);
    expect(docs?.find((d) => d.id === "shipping")?.questions).toBeUndefined();
    const after = JSON.parse((await env.SITES.get(kbPointerKey(site))) ?? "{}");
    expect(after.version).not.toBe(before);
    expect(after.documents).toBe(2);
    // The same question again is not stored twice.
    await teach(site, "returns", "can i send my parcel back?");
    expect((await storedDocuments(site))?.find((d) => d.id === "returns")?.questions).toHaveLength(
      1,
    );
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

  it("deleting the site deletes its stored documents", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    await call(`/admin/api/sites/${site}`, { method: "DELETE", admin: true });
    expect(await storedDocuments(site)).toBeNull();
  });
});
