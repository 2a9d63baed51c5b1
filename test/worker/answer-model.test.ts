import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../shared/api.ts";
import { OPENAI_REPLY } from "../../scripts/webhook-receiver.ts";
import { createApp } from "../../worker/app.ts";
import {
  call,
  env,
  ORIGIN,
  putKb,
  putSite,
  receivedAt,
  receiverPath,
  setReceiverMode,
  testAddress,
  uniqueSite,
} from "./helpers.ts";

async function ask(site: string, message: string) {
  const res = await call("/v1/chat", { method: "POST", json: { site, message } });
  expect(res.status).toBe(200);
  return ((await res.json()) as ChatResponse).reply;
}

// The model is the one thing that cannot run here: a local HTTP server speaks the
// OpenAI-compatible chat-completions API at the boundary, and records what it was sent.
describe("a site's answer model", () => {
  it("phrases the answer from the retrieved passages, sending them, the question and the key", async () => {
    const llm = receiverPath();
    await setReceiverMode(llm.path, "openai");
    const site = uniqueSite();
    await putSite(site, { answerModel: { url: llm.url, model: "small-model" } });
    await putKb(site);
    const reply = await ask(site, "How many days do I have to return an item for a refund?");
    expect(reply).toMatchObject({
      type: "answer",
      text: OPENAI_REPLY,
      sources: [{ title: "Returns and refunds" }],
    });

    const [request] = await receivedAt(llm.path);
    expect(request?.headers.authorization).toBe("Bearer test-llm-key");
    const body = JSON.parse(request?.body ?? "{}") as {
      model: string;
      messages: { role: string; content: string }[];
    };
    expect(body.model).toBe("small-model");
    expect(body.messages[0]?.content).toMatch(/only the numbered passages/);
    expect(body.messages[1]?.content).toContain("You can return any unused item within 30 days");
    expect(body.messages[1]?.content).toContain(
      "Question: How many days do I have to return an item for a refund?",
    );
  });

  it("falls back to the extractive answer when the model fails, and is never asked when handing off", async () => {
    const llm = receiverPath();
    await setReceiverMode(llm.path, "fail");
    const site = uniqueSite();
    await putSite(site, { answerModel: { url: llm.url, model: "small-model" } });
    await putKb(site);
    const reply = await ask(site, "How many days do I have to return an item for a refund?");
    expect(reply.type).toBe("answer");
    if (reply.type === "answer") expect(reply.text).toContain("30 days");
    expect(await receivedAt(llm.path)).toHaveLength(1);

    expect((await ask(site, "Can I talk to a human?")).type).toBe("handoff");
    expect(await receivedAt(llm.path)).toHaveLength(1);
  });

  it("falls back to the extractive answer when the model's response is far larger than an answer", async () => {
    const llm = receiverPath();
    await setReceiverMode(llm.path, "openai-huge");
    const site = uniqueSite();
    await putSite(site, { answerModel: { url: llm.url, model: "small-model" } });
    await putKb(site);
    const reply = await ask(site, "How many days do I have to return an item for a refund?");
    // The model's text is in the 1 MB response, but the worker reads at most 64 KB of it.
    expect(reply).toMatchObject({ type: "answer", sources: [{ title: "Returns and refunds" }] });
    expect(reply.type === "answer" && reply.text).not.toBe(OPENAI_REPLY);
    expect(reply.type === "answer" && reply.text).toMatch(/30 days/);
    expect(await receivedAt(llm.path)).toHaveLength(1);
  });

  it("is not sent to a loopback model outside development, even one already in the config", async () => {
    const llm = receiverPath();
    await setReceiverMode(llm.path, "openai");
    const site = uniqueSite();
    // Saved while loopback is allowed, as a CLI write or a KV edit could leave it in production.
    await putSite(site, { answerModel: { url: llm.url, model: "small-model" } });
    await putKb(site);
    const production = { ...env, ENVIRONMENT: "production" } as Env;
    const res = await createApp().request(
      "/v1/chat",
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: ORIGIN,
          "cf-connecting-ip": testAddress(),
        },
        body: JSON.stringify({
          site,
          message: "How many days do I have to return an item for a refund?",
        }),
      },
      production,
    );
    expect(res.status).toBe(200);
    const { reply } = (await res.json()) as ChatResponse;
    expect(reply.type).toBe("answer");
    if (reply.type === "answer") expect(reply.text).toContain("30 days");
    expect(await receivedAt(llm.path)).toEqual([]);
    // In development, as for channels, the same loopback model is asked.
    expect((await ask(site, "How many days do I have to return an item for a refund?")).type).toBe(
      "answer",
    );
    expect(await receivedAt(llm.path)).toHaveLength(1);
  });

  it("refuses a model URL that is not https when the config is saved", async () => {
    const res = await putSite(uniqueSite(), {
      answerModel: { url: "http://llm.example/v1/chat/completions", model: "m" },
    });
    expect(res.status).toBe(400);
  });
});
