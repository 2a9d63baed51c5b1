import { describe, expect, it } from "vitest";
import { buildHandoffEmail } from "../../../worker/channels/email.ts";
import { getHandoff } from "../../../worker/handoff/store.ts";
import { env, putSite, uniqueSite } from "../helpers.ts";
import { getPage, signIn } from "./helpers.ts";
import { chat, handOff } from "./visitor.ts";

const DASHBOARD = "http://worker.test";

describe("the handoff email's dashboard link", () => {
  it("opens the handoff's own page, which shows that handoff", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const turn = await chat(site, "I want to talk to a human");
    const id = await handOff(site, turn, "I want to talk to a human", "jane@example.com");
    const handoff = await getHandoff(env.DB, id);
    if (!handoff) throw new Error("handoff not stored");
    const email = buildHandoffEmail(handoff, DASHBOARD);
    const link = /Open the handoff: (\S+)/.exec(email.text)?.[1] ?? "";
    expect(link).toBe(`${DASHBOARD}/admin/handoffs/${id}`);
    expect(email.html).toContain(`<a href="${link}">Open the handoff on the dashboard</a>`);
    const page = await getPage(new URL(link).pathname, cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain("Unknown handoff");
    expect(html).toContain("jane@example.com");
  });

  it("says a channel test stored no handoff, and links to the dashboard instead", () => {
    const email = buildHandoffEmail(
      {
        id: "test-0b7c",
        siteName: "Acme",
        reason: "visitor_request",
        matched: null,
        confidence: null,
        threshold: 0.4,
        visitorEmail: null,
        visitorMessage: "[Clarifier test] …",
        lastAiReply: null,
        createdAt: "2026-01-01T00:00:00.000Z",
      },
      DASHBOARD,
    );
    expect(email.text).toContain(
      "no handoff was stored, so there is none to open. The dashboard: http://worker.test/admin",
    );
    expect(email.text).not.toContain("/admin/handoffs/");
    expect(email.html).not.toContain("/admin/handoffs/");
  });
});
