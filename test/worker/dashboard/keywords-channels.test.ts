import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { describe, expect, it } from "vitest";
import type { PublicSiteConfig } from "../../../shared/api.ts";
import { call, env, ORIGIN, putKb, putSite, uniqueSite, WEBHOOK_SECRET } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

describe("dashboard keywords and channels", () => {
  it("says whether a message would hand off and why", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { keywords: { mode: "add", phrases: ["book a consultation"] } });
    const keyword = await (
      await getPage(
        `/admin/sites/${site}/keywords?message=${encodeURIComponent("I want to Book a Consultation")}`,
        cookie,
      )
    ).text();
    expect(keyword).toContain(
      "<strong>Hands off</strong>: it contains the keyword “book a consultation” (one of this site&#39;s phrases)",
    );
    // Asked for, the verdict takes the focus on load (dashboard.js reads this tabindex).
    expect(keyword).toContain('<div class="verdict handoff" role="status" tabindex="-1">');
    const danish = await (
      await getPage(
        `/admin/sites/${site}/keywords?message=${encodeURIComponent("kan jeg tale med en person")}`,
        cookie,
      )
    ).text();
    expect(danish).toContain("“tale med en person” (a default Danish phrase)");
    // A request in the visitor's own words matched by the default grammar is a default, too.
    const ownWords = await (
      await getPage(
        `/admin/sites/${site}/keywords?message=${encodeURIComponent("kan jeg blive stillet videre?")}`,
        cookie,
      )
    ).text();
    expect(ownWords).toContain(
      "“stillet videre” (a default Danish request for a person, in the visitor&#39;s own words)",
    );
    expect(ownWords).not.toContain("one of this site&#39;s phrases");
    const weak = await (
      await getPage(
        `/admin/sites/${site}/keywords?message=${encodeURIComponent("what colours do tents come in")}`,
        cookie,
      )
    ).text();
    expect(weak).toContain("below the threshold 0.40");
    // An answer shows what the visitor would read and the article it comes from.
    await putKb(site);
    const answered = await (
      await getPage(
        `/admin/sites/${site}/keywords?message=${encodeURIComponent("How many days do I have to return an item?")}`,
        cookie,
      )
    ).text();
    expect(answered).toContain(
      '<strong>The AI answers</strong> from <a href="https://acme.example/help/returns">Returns and refunds</a>',
    );
    expect(answered).toMatch(/<blockquote class="quote">[^<]*within 30 days/);

    const saved = await postForm(`/admin/sites/${site}/keywords`, cookie, {
      mode: "replace",
      phrases: "call me maybe\n\n  ring the bell ",
    });
    expect(saved.status).toBe(303);
    const config = (await (
      await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } })
    ).json()) as PublicSiteConfig;
    expect(config.keywords).toEqual(["call me maybe", "ring the bell"]);
  });

  it("names every problem of a channel form beside its field, in plain words, keeping what was typed", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const res = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "email",
      id: "Team Mail",
      to: "support@acme.example, sales@, help@",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("2 fields need fixing, marked below.");
    expect(html).toMatch(/class="field-error" id="new-email-id-error">Use only lowercase letters/);
    expect(html).toContain(
      'class="field-error" id="new-email-to-error">“sales@”, “help@” are not email addresses: check them.',
    );
    expect(html).toMatch(/id="new-email-id"[^>]*value="Team Mail"/);
    expect(html).toContain("support@acme.example, sales@, help@</textarea>");
    expect(html).not.toMatch(/to\.1|must be an email address/);
  });

  it("adds a channel with validation, never shows its secret again, keeps it on edit, and removes it", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const invalid = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "webhook",
      id: "crm",
      url: "http://crm.example/hook",
    });
    expect(invalid.status).toBe(400);
    const refused = await invalid.text();
    expect(refused).toMatch(
      /class="field-error" id="new-webhook-url-error">This is not a web address Clarifier can post to: it must start with https:\/\/\./,
    );
    // What was typed is kept, in the form it was typed into.
    expect(refused).toMatch(/id="new-webhook-id"[^>]*value="crm"/);
    expect(refused).toMatch(/id="new-webhook-url"[^>]*value="http:\/\/crm.example\/hook"/);

    // A secret the form let through but the config refused came back as a notice at the top,
    // with no field marked (a new owner's walkthrough, 7 December 2026): the form now asks what
    // the config asks, beside the field.
    const weakSecret = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "webhook",
      id: "crm",
      url: "https://crm.example/hook",
      secret: "whsec_abcdefghijklmnop1234",
    });
    expect(weakSecret.status).toBe(400);
    expect(await weakSecret.text()).toMatch(
      /class="field-error" id="new-webhook-secret-error">A signing secret is whsec_ followed by 24 to 64 random bytes in base64/,
    );

    const added = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "webhook",
      id: "crm",
      url: "https://crm.example/hook",
      secret: WEBHOOK_SECRET,
    });
    expect(added.status).toBe(303);
    const page = await (await getPage(`/admin/sites/${site}/channels`, cookie)).text();
    expect(page).not.toContain(WEBHOOK_SECRET);
    expect(page).toContain(`••••${WEBHOOK_SECRET.slice(-4)}`);

    const edited = await postForm(`/admin/sites/${site}/channels`, cookie, {
      originalId: "crm",
      type: "webhook",
      id: "crm",
      url: "https://crm.example/v2",
      secret: "",
    });
    expect(edited.status).toBe(303);
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}") as {
      channels: { url: string; secret: string }[];
    };
    expect(stored.channels).toEqual([
      { id: "crm", type: "webhook", url: "https://crm.example/v2", secret: WEBHOOK_SECRET },
    ]);

    const removed = await postForm(`/admin/sites/${site}/channels/crm/delete`, cookie, {});
    expect(removed.status).toBe(303);
    const after = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}") as {
      channels: unknown[];
    };
    expect(after.channels).toEqual([]);
  });

  it("sets up a Slack app channel: every field checked at once, secrets never shown again and kept on edit, the Request URL to paste into Slack", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const token = "xoxb-1234567890-abcdefghijkl";
    const secret = "0123456789abcdef0123456789abcdef";
    const refused = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "slack-app",
      id: "support",
      botToken: "xoxp-user-token",
      signingSecret: "not-hex",
      slackChannel: "#support",
    });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    for (const field of ["botToken", "signingSecret", "slackChannel"]) {
      expect(html).toMatch(new RegExp(`class="field-error" id="new-slack-app-${field}-error">`));
    }
    expect(html).toContain(`/slack/events/${site}`);

    const added = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "slack-app",
      id: "support",
      botToken: token,
      signingSecret: secret,
      slackChannel: "C0123ABCD",
    });
    expect(added.status).toBe(303);
    const page = await (await getPage(`/admin/sites/${site}/channels`, cookie)).text();
    expect(page).not.toContain(token);
    expect(page).not.toContain(secret);
    expect(page).toContain(`••••${token.slice(-4)}`);
    expect(page).toMatch(/id="ch-support-slackChannel"[^>]*value="C0123ABCD"/);

    const edited = await postForm(`/admin/sites/${site}/channels`, cookie, {
      originalId: "support",
      type: "slack-app",
      id: "support",
      botToken: "",
      signingSecret: "",
      slackChannel: "C0999ZZZZ",
    });
    expect(edited.status).toBe(303);
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}") as {
      channels: unknown[];
    };
    expect(stored.channels).toEqual([
      {
        id: "support",
        type: "slack-app",
        botToken: token,
        signingSecret: secret,
        channel: "C0999ZZZZ",
      },
    ]);
  });
});
