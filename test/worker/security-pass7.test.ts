import { describe, expect, it } from "vitest";
import { acceptedHandoff, call, putSite, uniqueSite } from "./helpers.ts";
import { postForm, postTokenSignIn, SELF, signIn } from "./dashboard/helpers.ts";

// Findings of the seventh security pass (docs/security.md), each through the real worker.

/** Where a browser goes on a 303's `location`, resolved as it resolves it against the request. */
function landing(res: Response, requestPath: string): URL {
  return new URL(res.headers.get("location") ?? "", `${SELF}${requestPath}`);
}

describe("a return path that climbs out of the dashboard", () => {
  // safeReturnPath took any text starting with /admin/; a browser resolves its dot segments
  // ('..', '%2e%2e', with tabs stripped) before it asks, so /admin/../demo was the demo page and
  // /admin/..//evil.example a path of two slashes: the sign-in, after a link with that `next`,
  // sent the victim outside the dashboard, where every path it leads is meant to stay.
  const climbs = [
    "/admin/../demo",
    "/admin/..//evil.example/",
    "/admin/%2e%2e//evil.example/",
    "/admin/%2E%2E/%2e%2e/demo",
    "/admin/.%2e/demo",
    "/admin/.\t./demo",
    "/admin/sites/../../v1/widget-config?site=acme",
  ];

  it("signs in to /admin, not outside it", async () => {
    for (const next of climbs) {
      const res = await postTokenSignIn(next);
      expect(res.status, next).toBe(303);
      const to = landing(res, "/admin/login");
      expect(to.origin, next).toBe(SELF);
      expect(to.pathname, next).toMatch(/^\/admin(?:\/|$)/);
    }
  });

  it("keeps the sign-in form's next inside the dashboard", async () => {
    for (const next of climbs) {
      const html = await (await call(`/admin/login?next=${encodeURIComponent(next)}`)).text();
      const value = /name="next" value="([^"]*)"/.exec(html)?.[1] ?? "";
      const to = new URL(value.replaceAll("&amp;", "&"), `${SELF}/admin/login`);
      expect(to.pathname, next).toMatch(/^\/admin(?:\/|$)/);
    }
  });

  it("returns a handoff's form post to the dashboard whatever its `back`", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const { handoffId } = await acceptedHandoff(site, {
      conversationId: crypto.randomUUID(),
      message: "Can I talk to a human please?",
      email: "jane@example.com",
    });
    for (const back of climbs) {
      const path = `/admin/handoffs/${handoffId}/status`;
      const res = await postForm(path, cookie, { status: "resolved", back });
      expect(res.status, back).toBe(303);
      const to = landing(res, path);
      expect(to.origin, back).toBe(SELF);
      expect(to.pathname, back).toMatch(/^\/admin(?:\/|$)/);
    }
  });

  it("still returns to every dashboard path it did", async () => {
    for (const next of [
      "/admin",
      "/admin/sites/acme/threshold?days=7",
      "/admin#handoff/h-1",
      "/admin/handoffs/h-1?done=replied#handoff/h-1",
      "/admin/sites/acme/kb/edit?id=returns.html",
    ]) {
      const res = await postTokenSignIn(next);
      expect(res.headers.get("location"), next).toBe(next);
    }
  });
});
