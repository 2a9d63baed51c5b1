import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../shared/api.ts";
import { call, env, ORIGIN, putSite, uniqueSite } from "./helpers.ts";

// A site whose only handoff phrase no generator below can produce, and no handoff button:
// any handoff stored for it would be unjustified.
const PHRASE = "qzx handoff phrase";

const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "<!channel> <@U123> <https://evil.example|click>",
    "line\r\nBcc: victim@evil.example\r\n\r\nbody",
    "\u0000\u0001\u0007\u001b[31m",
    "\u202e\u200b\ufeff\ud800",
    "' OR 1=1; DROP TABLE handoffs; --",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as text.
    "{{7*7}} ${7*7} %s %n",
    "../../../../etc/passwd",
    "a".repeat(70_000),
    "talk to a human",
  ),
);
const jsonValue = fc.jsonValue({ maxDepth: 3 });
const reason = fc.oneof(
  fc.constantFrom("keyword", "low_confidence", "visitor_request"),
  hostileString,
  jsonValue,
);

function chatBody(site: string) {
  return fc.record(
    {
      site: fc.oneof(fc.constant(site), hostileString, jsonValue),
      conversationId: fc.oneof(fc.uuid(), hostileString, jsonValue),
      message: fc.oneof(hostileString, jsonValue),
    },
    { requiredKeys: [] },
  );
}

function handoffBody(site: string) {
  return fc.record(
    {
      site: fc.oneof(fc.constant(site), hostileString),
      conversationId: fc.oneof(fc.uuid(), hostileString, jsonValue),
      message: fc.oneof(hostileString, jsonValue),
      email: fc.oneof(fc.emailAddress(), hostileString, fc.constant(null), jsonValue),
      reason,
    },
    { requiredKeys: [] },
  );
}

type Sent = { path: string; init: RequestInit & { json?: unknown; admin?: boolean } };

function requests(site: string): fc.Arbitrary<Sent> {
  const origin = fc.constantFrom(
    ORIGIN,
    "https://evil.example",
    "null",
    "http://127.0.0.1:1",
    undefined,
  );
  const contentType = fc.constantFrom(
    "application/json",
    "text/plain",
    "application/json; charset=utf-8",
    "multipart/form-data",
    undefined,
  );
  const headersOf = (o: string | undefined, t: string | undefined) => ({
    ...(o ? { origin: o } : {}),
    ...(t ? { "content-type": t } : {}),
  });
  return fc.oneof(
    fc
      .tuple(
        fc.constantFrom("/v1/chat", "/v1/handoff"),
        fc.oneof(chatBody(site), handoffBody(site)),
        origin,
      )
      .map(
        ([path, body, o]): Sent => ({
          path,
          init: { method: "POST", json: body, headers: headersOf(o, undefined) },
        }),
      ),
    fc.tuple(fc.constantFrom("/v1/chat", "/v1/handoff"), hostileString, origin, contentType).map(
      ([path, raw, o, t]): Sent => ({
        path,
        init: { method: "POST", body: raw, headers: headersOf(o, t) },
      }),
    ),
    fc.tuple(hostileString, origin).map(
      ([s, o]): Sent => ({
        path: `/v1/sites/${encodePathSegment(s)}/config`,
        init: { headers: headersOf(o, undefined) },
      }),
    ),
    fc
      .tuple(
        fc.constantFrom(
          "/admin/api/handoffs",
          `/admin/api/sites/${site}`,
          "/admin/api/sites",
          `/admin/api/handoffs/x/redeliver`,
        ),
        fc.constantFrom(
          undefined,
          "Bearer nope",
          "Basic x",
          "Bearer ",
          "bearer test-admin-token-but-longer",
        ),
      )
      .map(
        ([path, authorization]): Sent => ({
          path,
          init: {
            method: path.endsWith("redeliver") ? "POST" : "GET",
            headers: authorization ? { authorization } : {},
          },
        }),
      ),
    fc
      .tuple(
        fc.constantFrom("PUT", "DELETE", "PATCH", "POST"),
        fc.constantFrom(`/admin/api/sites/${site}`, "/v1/chat", "/v1/sites/x/config"),
      )
      .map(
        ([method, path]): Sent => ({
          path,
          init: { method, body: "{}", headers: { "content-type": "application/json" } },
        }),
      ),
  );
}

// Lone surrogates cannot be percent-encoded; send them as the replacement character instead.
function encodePathSegment(value: string): string {
  return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, "\ufffd"));
}

describe("hostile input corpus", () => {
  it("500 generated hostile requests: no 5xx, every error in the api.md shape, no unjustified handoff", {
    timeout: 120_000,
  }, async () => {
    const site = uniqueSite();
    await putSite(site, {
      keywords: { mode: "replace", phrases: [PHRASE] },
      handoffButton: false,
      requireEmail: false,
    });
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(requests(site), async ({ path, init }) => {
        sent++;
        const res = await call(path, init);
        expect(res.status, `${init.method ?? "GET"} ${path}`).toBeLessThan(500);
        if (res.status >= 400) {
          const body = (await res.json()) as ErrorBody;
          expect(body.error.code).toMatch(/^[a-z_]+$/);
          expect(typeof body.error.message).toBe("string");
          expect(body.error.message.length).toBeGreaterThan(0);
        } else {
          await res.body?.cancel();
        }
      }),
      { numRuns: 500 },
    );
    expect(sent).toBeGreaterThanOrEqual(500);
    expect(
      await env.DB.prepare("SELECT COUNT(*) AS n FROM handoffs WHERE site = ?")
        .bind(site)
        .first("n"),
    ).toBe(0);
    expect(
      await env.DB.prepare(
        "SELECT COUNT(*) AS n FROM deliveries d JOIN handoffs h ON h.id = d.handoff_id WHERE h.site = ?",
      )
        .bind(site)
        .first("n"),
    ).toBe(0);
  });
});
