import { kbPointerKey } from "../../../worker/kb/store.ts";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { type KbKv, putKbIndex } from "../../../worker/kb/store.ts";
import { call, chat, env, KB_DOCUMENTS, putKb, putSite, uniqueSite } from "../helpers.ts";

/** The assistant's reply to a visitor's message (`chat` in helpers.ts). */
async function replyTo(site: string, message: string) {
  return (await chat(site, message)).reply;
}

function uploadKb(site: string, documents: unknown[]) {
  return call(`/admin/api/sites/${site}/kb`, { method: "PUT", admin: true, json: { documents } });
}

interface KbErrorBody {
  error: { code: string; message: string; documents: { id: string; message: string }[] };
}

const DANISH = [
  {
    id: "retur",
    title: "Returnering",
    text: "Du kan returnere ubrugte varer inden for 30 dage efter levering og få pengene tilbage.",
    url: "https://acme.example/da/retur",
  },
  {
    id: "fragt",
    title: "Fragt og levering",
    text: "Standardfragt er gratis ved ordrer over 500 kr. og tager 3 til 5 hverdage.",
  },
];

describe("PUT /admin/api/sites/{site}/kb", () => {
  it("indexes the documents and reports how many documents and passages it holds", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const res = await uploadKb(site, KB_DOCUMENTS);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ documents: 2, passages: 2 });
  });

  it("refuses empty, binary and duplicate documents by id, and stores nothing", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const res = await uploadKb(site, [
      { id: "fine", title: "Fine", text: "Gift cards never expire." },
      { id: "blank", title: "Blank", text: "  <p></p> " },
      { id: "logo.png", title: "Logo", text: "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR" },
      { id: "fine", title: "Again", text: "Twice." },
    ]);
    expect(res.status).toBe(400);
    const body = (await res.json()) as KbErrorBody;
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toContain('"blank"');
    expect(body.error.documents.map((d) => d.id)).toEqual(["blank", "logo.png", "fine"]);
    // The old knowledge base still answers.
    expect(
      (await replyTo(site, "How many days do I have to return an item for a refund?")).type,
    ).toBe("answer");
  });

  it("refuses source links that are not https: or http: with 400 naming each document", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const bad = [
      "javascript:alert(document.domain)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "ftp://acme.example/file",
      "file:///etc/passwd",
      "https://",
      "not a url",
    ];
    const res = await uploadKb(site, [
      { id: "fine", title: "Fine", text: "Gift cards never expire.", url: "https://a.example/x" },
      ...bad.map((url, i) => ({ id: `doc-${i}`, title: "Doc", text: "Some text.", url })),
    ]);
    expect(res.status).toBe(400);
    const body = (await res.json()) as KbErrorBody;
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toContain('"doc-0"');
    expect(body.error.documents.map((d) => d.id)).toEqual(bad.map((_, i) => `doc-${i}`));
    expect(body.error.documents[0]?.message).toMatch(/https: or http:/);
  });

  it("refuses an oversized document with 413 naming it", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const res = await uploadKb(site, [
      { id: "manual", title: "Manual", text: "word ".repeat(40_001) },
    ]);
    expect(res.status).toBe(413);
    const body = (await res.json()) as KbErrorBody;
    expect(body.error.code).toBe("payload_too_large");
    expect(body.error.message).toContain('"manual"');
  });

  it("answers from a Danish knowledge base in Danish, with the source link", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    expect((await uploadKb(site, DANISH)).status).toBe(200);
    const reply = await replyTo(site, "Hvor mange dage har jeg til at returnere en vare?");
    expect(reply.type).toBe("answer");
    if (reply.type !== "answer") return;
    expect(reply.text).toContain("30 dage");
    expect(reply.sources[0]).toEqual({
      title: "Returnering",
      url: "https://acme.example/da/retur",
    });
  });
});

describe("POST /v1/chat with a knowledge base", () => {
  it("hands off with low confidence, not an error, for a question in a language the knowledge base lacks", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    for (const question of [
      "¿Cuántos días tengo para devolver un artículo y recibir un reembolso?",
      "Wie viele Tage habe ich, um einen Artikel zurückzugeben?",
      "返品は何日以内にできますか？",
    ]) {
      const reply = await replyTo(site, question);
      expect(reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
      if (reply.type === "handoff") expect(reply.confidence).toBeLessThan(0.4);
    }
  });

  it("keeps answering from the old index while a new one is being written, and switches once it is complete", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const question = "How many days do I have to return an item for a refund?";
    expect((await replyTo(site, question)).type).toBe("answer");

    // An import paused after writing its shards, before moving the pointer.
    let release: () => void = () => {};
    const paused = new Promise<void>((resolve) => {
      release = resolve;
    });
    const kv: KbKv = {
      get: ((key: string, type: "text" | "arrayBuffer") =>
        env.SITES.get(key, type as "text")) as KbKv["get"],
      put: async (key, value) => {
        if (key === kbPointerKey(site)) await paused;
        await env.SITES.put(key, value);
      },
      delete: (key) => env.SITES.delete(key),
    };
    const { index, bytes } = buildIndex([
      {
        id: "kayaks",
        title: "Kayaks",
        text: "We rent whitewater kayaks by the day, with paddles and helmets included.",
      },
    ]);
    const importing = putKbIndex(kv, site, bytes, { documents: 1, passages: index.passageCount });
    await new Promise((r) => setTimeout(r, 50));

    const during = await Promise.all([
      replyTo(site, question),
      replyTo(site, "Do you rent whitewater kayaks?"),
    ]);
    expect(during[0]?.type).toBe("answer");
    expect(during[1]).toMatchObject({ type: "handoff", reason: "low_confidence" });

    release();
    await importing;
    expect((await replyTo(site, "Do you rent whitewater kayaks?")).type).toBe("answer");
    expect((await replyTo(site, question)).type).toBe("handoff");
  });

  it("never fails while imports and questions interleave: each reply comes from a whole index", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const replies = await Promise.all([
      uploadKb(site, DANISH).then((r) => r.status),
      ...Array.from({ length: 6 }, () =>
        replyTo(site, "How many days do I have to return an item for a refund?"),
      ),
    ]);
    expect(replies[0]).toBe(200);
    for (const reply of replies.slice(1))
      expect(reply).toMatchObject({ type: expect.stringMatching(/^(answer|handoff)$/) });
  });
});
