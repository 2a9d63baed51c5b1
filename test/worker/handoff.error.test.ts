import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../shared/api.ts";
import { MAX_MESSAGE_LENGTH, MAX_PUBLIC_BODY_BYTES } from "../../shared/limits.ts";
import { call, env, putSite, uniqueSite } from "./helpers.ts";

async function countAll(): Promise<number[]> {
  const tables = ["conversations", "messages", "handoffs", "deliveries"];
  return Promise.all(
    tables.map(
      async (t) => (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${t}`).first<number>("n")) ?? 0,
    ),
  );
}

async function expectError(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
}

describe("bad input to the public API", () => {
  it("gets the api.md error shape with a 4xx, and stores nothing", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const before = await countAll();
    const conversationId = crypto.randomUUID();
    const valid = { site, conversationId, message: "talk to a human", reason: "keyword" };

    await expectError(
      await call("/v1/handoff", {
        method: "POST",
        body: "{not json",
        headers: { "content-type": "application/json" },
      }),
      400,
      "invalid_json",
    );
    await expectError(
      await call("/v1/handoff", {
        method: "POST",
        body: JSON.stringify(valid),
        headers: { "content-type": "text/plain" },
      }),
      415,
      "unsupported_media_type",
    );
    await expectError(
      await call("/v1/handoff", { method: "POST", json: { ...valid, message: 42 } }),
      400,
      "bad_request",
    );
    await expectError(
      await call("/v1/handoff", { method: "POST", json: { ...valid, reason: "because" } }),
      400,
      "bad_request",
    );
    await expectError(
      await call("/v1/handoff", {
        method: "POST",
        json: { ...valid, conversationId: "../../etc" },
      }),
      400,
      "bad_request",
    );
    await expectError(
      await call("/v1/handoff", { method: "POST", json: { ...valid, site: "no-such-site" } }),
      404,
      "site_not_found",
    );
    await expectError(
      await call("/v1/handoff", {
        method: "POST",
        json: { ...valid, message: `talk to a human ${"x".repeat(MAX_MESSAGE_LENGTH)}` },
      }),
      413,
      "message_too_long",
    );
    await expectError(
      await call("/v1/handoff", {
        method: "POST",
        json: { ...valid, message: "x".repeat(MAX_PUBLIC_BODY_BYTES + 1) },
      }),
      413,
      "payload_too_large",
    );
    await expectError(
      await call("/v1/chat", { method: "POST", json: { site, message: "   " } }),
      400,
      "bad_request",
    );
    await expectError(await call("/v1/chat", { method: "POST", json: [] }), 400, "bad_request");
    await expectError(await call("/v1/chat", { method: "POST", json: null }), 400, "bad_request");
    await expectError(await call("/v1/sites/NOT VALID/config"), 404, "site_not_found");
    await expectError(await call("/v1/nothing-here"), 404, "not_found");

    expect(await countAll()).toEqual(before);
  });

  it("names the field at fault in the message", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const res = await call("/v1/handoff", {
      method: "POST",
      json: {
        site,
        conversationId: crypto.randomUUID(),
        message: "talk to a human",
        reason: "keyword",
        email: 7,
      },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/^email: /);
  });

  it("answers CORS preflights so the widget can send JSON", async () => {
    const res = await call("/v1/handoff", {
      method: "OPTIONS",
      headers: { origin: "https://shop.example", "access-control-request-method": "POST" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    expect(res.headers.get("access-control-allow-headers")).toContain("content-type");
  });
});
