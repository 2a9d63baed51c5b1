import { describe, expect, it } from "vitest";
import type { ConversationMessages } from "../../../shared/api.ts";
import { acceptedHandoff, call, env, putSite, uniqueSite } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

async function handoff(site: string, email: string | null) {
  return acceptedHandoff(site, { message: "talk to a human <b>now</b>", email });
}

describe("dashboard: answering a handoff", () => {
  it("sends a reply from the handoff's page that the visitor reads, and shows it in the thread as text", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const { conversationId, handoffId } = await handoff(site, null);

    const page = await (await getPage(`/admin/handoffs/${handoffId}`, cookie)).text();
    expect(page).toContain(`action="/admin/handoffs/${handoffId}/replies"`);
    expect(page).toContain("they left no email");

    const sent = await postForm(`/admin/handoffs/${handoffId}/replies`, cookie, {
      text: "Hi! <script>alert(1)</script> We'll call you.",
      author: "Maria",
      back: `/admin/handoffs/${handoffId}`,
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(
      `/admin/handoffs/${handoffId}?done=replied#handoff/${handoffId}`,
    );

    const read = await call(`/v1/conversations/${conversationId}?site=${site}`);
    const { messages } = (await read.json()) as ConversationMessages;
    expect(messages.at(-1)).toMatchObject({
      role: "team",
      author: "Maria",
      text: "Hi! <script>alert(1)</script> We'll call you.",
    });

    const after = await (await getPage(`/admin/handoffs/${handoffId}`, cookie)).text();
    // The visitor reads "Maria"; the team reads who signed it: the token holder (migrations/0013).
    expect(after).toContain('<li class="team"><span class="who">admin (as “Maria”) (team)</span>');
    expect(after).toContain("Hi! &lt;script&gt;alert(1)&lt;/script&gt; We&#39;ll call you.");
    expect(after).not.toContain("<script>alert(1)");
    expect(after).toContain("1 reply");
  });

  it("refuses a blank reply, and a cross-site form post, storing nothing", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const { handoffId } = await handoff(site, null);
    const blank = await postForm(`/admin/handoffs/${handoffId}/replies`, cookie, {
      text: " \u200b ",
    });
    expect(blank.status).toBe(400);
    const forged = await postForm(
      `/admin/handoffs/${handoffId}/replies`,
      cookie,
      { text: "hello" },
      { origin: "https://evil.example" },
    );
    expect(forged.status).toBe(403);
    const n = await env.DB.prepare("SELECT COUNT(*) AS n FROM replies WHERE handoff_id = ?")
      .bind(handoffId)
      .first("n");
    expect(n).toBe(0);
  });

  it("resolves and reopens; the list starts at open ones and counts each status", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const a = await handoff(site, null);
    const b = await handoff(site, "jane@example.com");

    const resolved = await postForm(`/admin/handoffs/${a.handoffId}/status`, cookie, {
      status: "resolved",
      back: `/admin?site=${site}`,
    });
    expect(resolved.status).toBe(303);

    const open = await (await getPage(`/admin?site=${site}`, cookie)).text();
    expect(open).toContain("Open (1)");
    expect(open).toContain("Resolved (1)");
    expect(open).toContain(`id="handoff/${b.handoffId}"`);
    expect(open).not.toContain(`id="handoff/${a.handoffId}"`);
    const done = await (await getPage(`/admin?site=${site}&status=resolved`, cookie)).text();
    expect(done).toContain(`id="handoff/${a.handoffId}"`);
    expect(done).toContain("Reopen");
    const any = await (await getPage(`/admin?site=${site}&status=`, cookie)).text();
    expect(any).toContain(`id="handoff/${a.handoffId}"`);
    expect(any).toContain(`id="handoff/${b.handoffId}"`);

    await postForm(`/admin/handoffs/${a.handoffId}/status`, cookie, { status: "open" });
    const reopened = await (await getPage(`/admin?site=${site}`, cookie)).text();
    expect(reopened).toContain("Open (2)");
  });
});
