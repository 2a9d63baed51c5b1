import { describe, expect, it } from "vitest";
import type { HandoffAccepted } from "../../../shared/api.ts";
import { isValidEmail } from "../../../shared/email.ts";
import { call, ORIGIN, putSite, uniqueSite } from "../helpers.ts";
import { getPage, signIn } from "./helpers.ts";

// Findings of the security pass (docs/security.md), each through the real worker.

describe("dashboard: a visitor's email address in a mailto: link", () => {
  it("links to the one address the visitor gave, adding no Bcc, subject or body", async () => {
    // Every character here is atext: a valid address, which the widget and the API accept.
    const crafted = "x%40victim.example?bcc=spy%40evil.example&subject=hi&b=@acme.example";
    expect(isValidEmail(crafted)).toBe(true);
    const site = uniqueSite();
    await putSite(site, {});
    const res = await call("/v1/handoff", {
      method: "POST",
      headers: { origin: ORIGIN },
      json: {
        site,
        conversationId: crypto.randomUUID(),
        message: "Can I talk to a human please?",
        email: crafted,
        reason: "keyword",
      },
    });
    expect(res.status).toBe(202);
    const { handoffId } = (await res.json()) as HandoffAccepted;

    const page = await (await getPage(`/admin/handoffs/${handoffId}`, await signIn())).text();
    const href = /href="(mailto:[^"]*)"/.exec(page)?.[1];
    expect(href).toBe(
      "mailto:x%2540victim.example%3Fbcc%3Dspy%2540evil.example%26subject%3Dhi%26b%3D@acme.example",
    );
    // A mail client reads headers from the query: there must be none.
    expect(href).not.toMatch(/[?&#]/);
    // The address is shown as given, as text.
    expect(page).toContain(
      "x%40victim.example?bcc=spy%40evil.example&amp;subject=hi&amp;b=@acme.example",
    );
  });
});
