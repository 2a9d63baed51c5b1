import { describe, expect, it } from "vitest";
import type { HandoffAccepted } from "../../../shared/api.ts";
import { call, env, ORIGIN, putSite, uniqueSite } from "../helpers.ts";
import {
  getPage,
  insertLowConfidenceHandoff,
  insertQuestionLog,
  postForm,
  signIn,
} from "./helpers.ts";

describe("dashboard handoffs", () => {
  it("lists a real handoff with its trigger and transcript, and persists the 'AI could have answered' label", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const conversationId = crypto.randomUUID();
    const res = await call("/v1/handoff", {
      method: "POST",
      headers: { origin: ORIGIN },
      json: {
        site,
        conversationId,
        message: "Can I talk to a human please?",
        email: "jane@example.com",
        reason: "keyword",
      },
    });
    const { handoffId } = (await res.json()) as HandoffAccepted;

    const list = await (await getPage(`/admin?site=${site}&trigger=keyword`, cookie)).text();
    expect(list).toContain(`id="handoff/${handoffId}"`);
    expect(list).toContain("Keyword “talk to a human” matched");
    expect(list).toContain("jane@example.com");
    const lowConfidence = await (
      await getPage(`/admin?site=${site}&trigger=low_confidence`, cookie)
    ).text();
    expect(lowConfidence).not.toContain(handoffId);
    const longAgo = await (
      await getPage(`/admin?site=${site}&from=2000-01-01&to=2000-01-02`, cookie)
    ).text();
    expect(longAgo).toContain("No handoffs match.");

    const labelled = await postForm(`/admin/handoffs/${handoffId}/label`, cookie, {
      couldHaveAnswered: "1",
      back: `/admin?site=${site}`,
    });
    expect(labelled.status).toBe(303);
    expect(labelled.headers.get("location")).toBe(
      `/admin?site=${site}&done=labelled#handoff/${handoffId}`,
    );
    const row = await env.DB.prepare("SELECT could_have_answered_at FROM handoffs WHERE id = ?")
      .bind(handoffId)
      .first<{ could_have_answered_at: string | null }>();
    expect(row?.could_have_answered_at).toMatch(/^\d{4}-/);
    const only = await (await getPage(`/admin?site=${site}&labelled=1`, cookie)).text();
    expect(only).toContain("AI could have answered</span>");

    await postForm(`/admin/handoffs/${handoffId}/label`, cookie, {
      couldHaveAnswered: "0",
      back: "https://evil.example/",
    });
    const cleared = await env.DB.prepare("SELECT could_have_answered_at FROM handoffs WHERE id = ?")
      .bind(handoffId)
      .first<{ could_have_answered_at: string | null }>();
    expect(cleared?.could_have_answered_at).toBeNull();

    const single = await getPage(`/admin/handoffs/${handoffId}`, cookie);
    expect(single.status).toBe(200);
    expect(await single.text()).toContain("Can I talk to a human please?");
    expect((await getPage("/admin/handoffs/nope", cookie)).status).toBe(404);
  });

  it("pages past the newest 50 with an 'Older handoffs' link that keeps the filters", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    const ids: string[] = [];
    const conversations = await insertQuestionLog(
      site,
      Array.from({ length: 52 }, () => ({ confidence: 0.1 })),
      0.4,
    );
    for (const conversation of conversations)
      ids.push(await insertLowConfidenceHandoff(site, conversation, 0.1, 0.4));
    const first = await (
      await getPage(`/admin?site=${site}&trigger=low_confidence`, cookie)
    ).text();
    expect(first).toContain(`id="handoff/${ids[51]}"`);
    expect(first).not.toContain(`id="handoff/${ids[1]}"`);
    const older = /<a href="([^"]+)">Older handoffs/.exec(first)?.[1]?.replaceAll("&amp;", "&");
    expect(older).toBe(`/admin?site=${site}&trigger=low_confidence&before=${ids[2]}`);
    const second = await (await getPage(older ?? "", cookie)).text();
    expect(second).toContain(`id="handoff/${ids[1]}"`);
    expect(second).toContain(`id="handoff/${ids[0]}"`);
    expect(second).not.toContain(`id="handoff/${ids[2]}"`);
    expect(second).not.toContain("Older handoffs");
    expect(second).toContain("Newest handoffs");
  });
});
