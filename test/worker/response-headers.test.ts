import { describe, expect, it } from "vitest";
import { call, ORIGIN, putSite, uniqueSite } from "./helpers.ts";

// The API's JSON carries what visitors, team members and site owners wrote, and its errors echo
// the path and ids a caller sent: a browser must never read any of it as HTML or script.
describe("every API response", () => {
  it("tells browsers not to sniff its type, answers and errors alike", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const responses = {
      config: await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } }),
      chat: await call("/v1/chat", {
        method: "POST",
        headers: { origin: ORIGIN },
        json: { site, message: "How do returns work?" },
      }),
      badJson: await call("/v1/chat", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "<script>alert(1)</script>",
      }),
      unknownSite: await call("/v1/sites/no-such-site-here/config"),
      unknownPath: await call("/v1/%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
      wrongMethod: await call("/v1/chat"),
      preflight: await call("/v1/chat", {
        method: "OPTIONS",
        headers: { origin: ORIGIN, "access-control-request-method": "POST" },
      }),
      adminUnauthorized: await call("/admin/api/sites"),
      admin: await call(`/admin/api/sites/${site}`, { admin: true }),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.headers.get("x-content-type-options"), name).toBe("nosniff");
    }
    expect(responses.chat.status).toBe(200);
    expect(responses.badJson.status).toBe(400);
    expect(responses.admin.status).toBe(200);
  });
});
