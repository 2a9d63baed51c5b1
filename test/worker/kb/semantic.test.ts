/**
 * The semantic stage end to end in workerd, with real KV and D1 and a fake `AI` binding passed
 * in the env (Workers AI has no local simulation): import, teach, chat and fallback.
 */
import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../../shared/api.ts";
import { createApp } from "../../../worker/app.ts";
import { decodeVectors } from "../../../worker/kb/semantic/vectors.ts";
import { kbPointerKey, kbVectorsKey } from "../../../worker/kb/store.ts";
import outdoorKb from "../../fixtures/outdoor-kb.json";
import { ADMIN_TOKEN, env, ORIGIN, putSite, testAddress, uniqueSite } from "../helpers.ts";
import { type FakeAi, fakeAi } from "./semantic-fakes.ts";

const MODEL = "@cf/baai/bge-m3";
const DOCUMENTS = [
  ...outdoorKb,
  {
    id: "lost",
    title: "Lost or delayed deliveries",
    url: null,
    text: "If an order has not arrived within 10 business days, tell us: we send a replacement at no cost.",
  },
];
// Shares no word with "Lost or delayed deliveries" but its meaning: lexical retrieval offers
// tracking, returns and lost, in that order, with low confidence.
const QUESTION = "my parcel never showed up";

/** A request to a fresh app whose env has `ai` as its `AI` binding (or none). */
function request(path: string, init: RequestInit & { json?: unknown }, ai: FakeAi | null) {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${ADMIN_TOKEN}`);
  headers.set("cf-connecting-ip", testAddress());
  if (init.json !== undefined) headers.set("content-type", "application/json");
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  return createApp().request(path, { ...init, headers, body }, ai ? { ...env, AI: ai } : env);
}

async function importKb(site: string, ai: FakeAi | null) {
  const res = await request(
    `/admin/api/sites/${site}/kb`,
    { method: "PUT", json: { documents: DOCUMENTS } },
    ai,
  );
  expect(res.status).toBe(200);
}

async function chat(site: string, message: string, ai: FakeAi | null) {
  const res = await request(
    "/v1/chat",
    { method: "POST", json: { site, message }, headers: { origin: ORIGIN } },
    ai,
  );
  expect(res.status).toBe(200);
  const { reply } = (await res.json()) as ChatResponse;
  if (reply.type !== "handoff" || reply.reason !== "low_confidence") {
    throw new Error(`expected a low-confidence handoff, got ${JSON.stringify(reply)}`);
  }
  return {
    confidence: reply.confidence,
    offered: (reply.suggestions ?? []).map((s) => s.documentId),
  };
}

async function storedVectors(site: string) {
  const buffer = await env.SITES.get(kbVectorsKey(site), "arrayBuffer");
  return buffer ? decodeVectors(new Uint8Array(buffer)) : null;
}

async function liveVersion(site: string): Promise<string> {
  const pointer = JSON.parse((await env.SITES.get(kbPointerKey(site), "text")) ?? "{}");
  return pointer.version as string;
}

async function semanticSite(ai: FakeAi | null) {
  const site = uniqueSite();
  expect((await putSite(site, { semantic: { model: MODEL } })).status).toBe(200);
  await importKb(site, ai);
  return site;
}

describe("the semantic stage", () => {
  it("embeds every passage once at import, stored with the model and the live index version", async () => {
    const ai = fakeAi();
    const site = await semanticSite(ai);
    expect(ai.calls).toHaveLength(1);
    expect(ai.calls[0]?.model).toBe(MODEL);
    expect(ai.calls[0]?.texts).toHaveLength(DOCUMENTS.length);
    expect(ai.calls[0]?.texts.some((t) => t.startsWith("Lost or delayed deliveries\n"))).toBe(true);
    const vectors = await storedVectors(site);
    expect(vectors).toMatchObject({ model: MODEL, count: DOCUMENTS.length, dimensions: 6 });
    expect(vectors?.indexVersion).toBe(await liveVersion(site));
  });

  it("re-orders a low-confidence reply's suggestions by meaning, never its confidence or their number", async () => {
    const ai = fakeAi();
    const site = await semanticSite(ai);
    const lexical = await chat(site, QUESTION, null);
    expect(lexical.offered).toEqual(["tracking", "returns", "lost"]);
    const calls = ai.calls.length;
    const fused = await chat(site, QUESTION, ai);
    // Only the question is embedded at chat time.
    expect(ai.calls.slice(calls)).toEqual([{ model: MODEL, texts: [QUESTION] }]);
    expect(fused.confidence).toBe(lexical.confidence);
    expect(fused.offered).toHaveLength(lexical.offered.length);
    expect(fused.offered.indexOf("lost")).toBeLessThan(lexical.offered.indexOf("lost"));
    expect(new Set(fused.offered).size).toBe(fused.offered.length);
  });

  it("embeds only the passage a taught phrasing changed, and follows the new index version", async () => {
    const ai = fakeAi();
    const site = await semanticSite(ai);
    const calls = ai.calls.length;
    const res = await request(
      `/admin/api/sites/${site}/kb/documents/lost/questions`,
      { method: "POST", json: { question: "the parcel vanished" } },
      ai,
    );
    expect(res.status).toBe(200);
    const taught = ai.calls.slice(calls);
    expect(taught).toHaveLength(1);
    expect(taught[0]?.texts).toEqual([expect.stringContaining("the parcel vanished")]);
    const vectors = await storedVectors(site);
    expect(vectors?.indexVersion).toBe(await liveVersion(site));
    expect(vectors?.count).toBe(DOCUMENTS.length);
  });

  it("re-embeds everything when the site changes model", async () => {
    const ai = fakeAi();
    const site = await semanticSite(ai);
    await putSite(site, { semantic: { model: "@cf/qwen/qwen3-embedding-0.6b" } });
    await importKb(site, ai);
    expect(ai.calls.at(-1)).toMatchObject({ model: "@cf/qwen/qwen3-embedding-0.6b" });
    expect(ai.calls.at(-1)?.texts).toHaveLength(DOCUMENTS.length);
    expect((await storedVectors(site))?.model).toBe("@cf/qwen/qwen3-embedding-0.6b");
  });

  it.each([
    ["fails", "throw"],
    ["hangs", "hang"],
  ] as const)("keeps the lexical order when the model %s at chat time", async (_, behaviour) => {
    const site = await semanticSite(fakeAi());
    const lexical = await chat(site, QUESTION, null);
    const broken = fakeAi(behaviour);
    const start = Date.now();
    const fallback = await chat(site, QUESTION, broken);
    expect(Date.now() - start).toBeLessThan(2_000);
    expect(broken.calls).toHaveLength(1);
    expect(fallback).toEqual(lexical);
  });

  it("imports without vectors when the model fails, and answers lexically", async () => {
    const broken = fakeAi("throw");
    const site = await semanticSite(broken);
    expect(broken.calls).toHaveLength(1);
    expect(await storedVectors(site)).toBeNull();
    const lexical = await chat(site, QUESTION, null);
    expect(await chat(site, QUESTION, fakeAi())).toEqual(lexical);
  });

  it("never touches the binding on the default path (no semantic setting)", async () => {
    const ai = fakeAi();
    const site = uniqueSite();
    expect((await putSite(site, {})).status).toBe(200);
    await importKb(site, ai);
    const offered = await chat(site, QUESTION, ai);
    expect(offered.offered.length).toBeGreaterThan(0);
    const res = await request(
      `/admin/api/sites/${site}/kb/documents/lost/questions`,
      { method: "POST", json: { question: "the parcel vanished" } },
      ai,
    );
    expect(res.status).toBe(200);
    expect(ai.calls).toEqual([]);
    expect(await storedVectors(site)).toBeNull();
  });

  it("stays off when the site turns it on but the worker has no AI binding", async () => {
    const site = await semanticSite(null);
    expect(await storedVectors(site)).toBeNull();
    expect((await chat(site, QUESTION, null)).offered).toEqual(["tracking", "returns", "lost"]);
  });

  it("never uses vectors of another index version: a rebuild without the binding leaves the site lexical", async () => {
    const ai = fakeAi();
    const site = await semanticSite(ai);
    const old = await storedVectors(site);
    await importKb(site, null);
    expect((await storedVectors(site))?.indexVersion).toBe(old?.indexVersion);
    expect(await liveVersion(site)).not.toBe(old?.indexVersion);
    const calls = ai.calls.length;
    expect((await chat(site, QUESTION, ai)).offered).toEqual(["tracking", "returns", "lost"]);
    expect(ai.calls).toHaveLength(calls);
  });

  it("deletes the vectors with the site", async () => {
    const site = await semanticSite(fakeAi());
    expect(await storedVectors(site)).not.toBeNull();
    expect((await request(`/admin/api/sites/${site}`, { method: "DELETE" }, null)).status).toBe(
      200,
    );
    expect(await env.SITES.get(kbVectorsKey(site))).toBeNull();
  });

  it("refuses a model it doesn't know", async () => {
    const res = await putSite(uniqueSite(), { semantic: { model: "@cf/some/other-model" } });
    expect(res.status).toBe(400);
  });
});
