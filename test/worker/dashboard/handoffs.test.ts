import { describe, expect, it } from "vitest";
import { acceptedHandoff, env, putKb, putSite, uniqueSite } from "../helpers.ts";
import {
  getPage,
  insertLowConfidenceHandoff,
  insertQuestionLog,
  postForm,
  signIn,
} from "./helpers.ts";
import { chat, handOff } from "./visitor.ts";

describe("dashboard handoffs", () => {
  it("lists a real handoff with its trigger and transcript, and persists the 'AI could have answered' label", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const conversationId = crypto.randomUUID();
    const { handoffId } = await acceptedHandoff(site, {
      conversationId,
      message: "Can I talk to a human please?",
      email: "jane@example.com",
    });

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
    expect(longAgo).toContain("No handoffs match these filters.");
    expect(longAgo).toContain(`<a href="/admin?site=${site}">Show every open handoff</a>`);
    // The list has no reply box: each handoff says where to reply.
    expect(list).toContain(
      `<a href="/admin/handoffs/${handoffId}">Open this handoff to reply<span class="visually-hidden">: jane@example.com, `,
    );

    // A keyword decided this one: no threshold could have answered it, so it cannot be labelled.
    expect(list).not.toContain("The AI could have answered this");
    expect(list).toContain('<span class="summary-email">jane@example.com</span>');
    expect(list).toContain("handed off: keyword");
    const refused = await postForm(`/admin/handoffs/${handoffId}/label`, cookie, {
      couldHaveAnswered: "1",
      back: `/admin?site=${site}`,
    });
    expect(refused.status).toBe(400);

    await putKb(site);
    const weak = await chat(site, "Do you sell kayaks for whitewater rivers?");
    const weakId = await handOff(site, weak, "Do you sell kayaks for whitewater rivers?");
    // A low-confidence handoff can be taught right from its page; a keyword one has nothing to teach.
    const weakPage = await (await getPage(`/admin/handoffs/${weakId}`, cookie)).text();
    expect(weakPage).toContain('<datalist id="kb-documents">');
    expect(weakPage).toContain("This is answered by");
    const labelled = await postForm(`/admin/handoffs/${weakId}/label`, cookie, {
      couldHaveAnswered: "1",
      back: `/admin?site=${site}`,
    });
    expect(labelled.status).toBe(303);
    expect(labelled.headers.get("location")).toBe(
      `/admin?site=${site}&done=labelled#handoff/${weakId}`,
    );
    const row = await env.DB.prepare("SELECT could_have_answered_at FROM handoffs WHERE id = ?")
      .bind(weakId)
      .first<{ could_have_answered_at: string | null }>();
    expect(row?.could_have_answered_at).toMatch(/^\d{4}-/);
    const only = await (await getPage(`/admin?site=${site}&labelled=1`, cookie)).text();
    expect(only).toContain("AI could have answered</span>");
    expect(only).not.toContain(`id="handoff/${handoffId}"`);

    await postForm(`/admin/handoffs/${weakId}/label`, cookie, {
      couldHaveAnswered: "0",
      back: "https://evil.example/",
    });
    const cleared = await env.DB.prepare("SELECT could_have_answered_at FROM handoffs WHERE id = ?")
      .bind(weakId)
      .first<{ could_have_answered_at: string | null }>();
    expect(cleared?.could_have_answered_at).toBeNull();

    const single = await getPage(`/admin/handoffs/${handoffId}`, cookie);
    expect(single.status).toBe(200);
    const singleHtml = await single.text();
    expect(singleHtml).toContain("Can I talk to a human please?");
    expect(singleHtml).not.toContain("This is answered by");
    expect(singleHtml).toContain(
      `<a class="back" href="/admin?site=${site}">← All handoffs of ${site}</a>`,
    );
    const unknown = await getPage("/admin/handoffs/nope", cookie);
    expect(unknown.status).toBe(404);
    const unknownHtml = await unknown.text();
    expect(unknownHtml).toContain("<title>Unknown handoff · Clarifier</title>");
    expect(unknownHtml).toContain('<nav aria-label="Sections">');
    const unknownSite = await getPage("/admin/sites/no-such-site/threshold", cookie);
    expect(unknownSite.status).toBe(404);
    expect(await unknownSite.text()).toContain('<nav aria-label="Sections">');
  });

  it("says why the list is empty: nothing yet, or nothing open (and where the resolved are)", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const empty = await (await getPage(`/admin?site=${site}`, cookie)).text();
    expect(empty).toContain(
      `No handoffs yet for ${site}. When a visitor asks the chat for a person`,
    );
    expect(empty).not.toContain("No handoffs match");
    const { handoffId } = await acceptedHandoff(site, {
      conversationId: crypto.randomUUID(),
      message: "Can I talk to a human please?",
    });
    expect(
      (await postForm(`/admin/handoffs/${handoffId}/status`, cookie, { status: "resolved" }))
        .status,
    ).toBe(303);
    const none = await (await getPage(`/admin?site=${site}`, cookie)).text();
    expect(none).toContain("No open handoffs: the only one is resolved.");
    expect(none).toContain(
      `<a href="/admin?site=${site}&amp;status=resolved">Show the resolved handoffs</a>`,
    );
    expect(await (await getPage(`/admin?site=${site}&status=resolved`, cookie)).text()).toContain(
      `id="handoff/${handoffId}"`,
    );
  });

  it("labels a message 'handed off' only when it reached the team, an untaken offer as 'offered a person'", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    // An offer the visitor didn't take, then a request they did send.
    const offered = await chat(site, "Do you sell kayaks for whitewater rivers?");
    expect(offered.reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
    const request = await chat(site, "I want to talk to a human", offered.conversationId);
    const handoffId = await handOff(site, request, "I want to talk to a human");
    const page = (await (await getPage(`/admin/handoffs/${handoffId}`, cookie)).text()).replace(
      /\s+/g,
      " ",
    );
    expect(page).toContain("offered a person: low confidence");
    expect(page).toContain("handed off: keyword");
    expect(page).not.toContain("handed off: low confidence");
    // The score is shown where it decided, not beside a keyword's handoff (it read 0.00 there).
    expect(page).toMatch(/offered a person: low confidence · confidence \d\.\d\d/);
    expect(page).not.toMatch(/handed off: keyword · confidence/);
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
    expect(older).toBe(`/admin?site=${site}&trigger=low_confidence&before=${ids[2]}&page=2#page`);
    const second = await (await getPage(older ?? "", cookie)).text();
    expect(second).toContain(`id="handoff/${ids[1]}"`);
    expect(second).toContain(`id="handoff/${ids[0]}"`);
    expect(second).not.toContain(`id="handoff/${ids[2]}"`);
    expect(second).not.toContain("Older handoffs");
    expect(second).toContain("Newest handoffs");
  });
});
