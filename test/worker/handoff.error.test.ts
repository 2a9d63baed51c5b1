import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../shared/api.ts";
import { MAX_MESSAGE_LENGTH, MAX_PUBLIC_BODY_BYTES } from "../../shared/limits.ts";
import { call, env, ORIGIN, putSite, uniqueSite } from "./helpers.ts";

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

  it("refuses a message with nothing visible in it, in chat and handoff alike, and stores nothing", async () => {
    const site = uniqueSite();
    await putSite(site, { handoffButton: true });
    const before = await countAll();
    for (const message of [
      "\u0000\u0000\u0000",
      "\u0001\u0007\u001b\u007f",
      "\u200b\u200c\u200d\u2060\ufeff",
      "\u202e\u2066 \u00a0\u3000",
      " \t\r\n ",
      "\u0301\u0301",
    ]) {
      const headers = { origin: ORIGIN };
      const conversationId = crypto.randomUUID();
      await expectError(
        await call("/v1/chat", {
          method: "POST",
          headers,
          json: { site, conversationId, message },
        }),
        400,
        "bad_request",
      );
      await expectError(
        await call("/v1/handoff", {
          method: "POST",
          headers,
          json: { site, conversationId, message, reason: "visitor_request" },
        }),
        400,
        "bad_request",
      );
    }
    expect(await countAll()).toEqual(before);
  });

  it("stores a visitor's message without its NULs", async () => {
    const site = uniqueSite();
    await putSite(site, { handoffButton: true });
    const conversationId = crypto.randomUUID();
    const res = await call("/v1/handoff", {
      method: "POST",
      headers: { origin: ORIGIN },
      json: { site, conversationId, message: "call\u0000 me\u0000", reason: "visitor_request" },
    });
    expect(res.status).toBe(202);
    const stored = await env.DB.prepare("SELECT visitor_message FROM handoffs WHERE site = ?")
      .bind(site)
      .first<string>("visitor_message");
    expect(stored).toBe("call me");
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
