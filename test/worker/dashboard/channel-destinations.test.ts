import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../shared/api.ts";
import { deliverToChannel, emailSettings } from "../../../worker/channels/deliver.ts";
import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { call, env, putSite, receiverPath, uniqueSite } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

describe("dashboard channels: where things go", () => {
  it("refuses a Slack channel that is not a Slack incoming-webhook URL, and says what one looks like", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const form = await (await getPage(`/admin/sites/${site}/channels`, cookie)).text();
    expect(form).toContain(
      "A Slack incoming-webhook URL, such as https://hooks.slack.com/services/",
    );
    const res = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "slack",
      id: "team",
      webhookUrl: "https://example.com/not-slack",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(
      /class="field-error" id="new-slack-webhookUrl-error">This is not a Slack incoming-webhook URL: those start with https:\/\/hooks\.slack\.com\/services\//,
    );
    const api = await putSite(site, {
      channels: [
        {
          id: "team",
          type: "slack",
          webhookUrl: "https://hooks.slack.com.evil.example/services/x",
        },
      ],
    });
    expect(api.status).toBe(400);
    expect(((await api.json()) as ErrorBody).error.message).toMatch(
      /^channels\.0\.webhookUrl: must be a Slack incoming-webhook URL/,
    );
    const slack = await putSite(site, {
      channels: [
        {
          id: "team",
          type: "slack",
          webhookUrl: "https://hooks.slack.com/services/T0/B0/abcdefgh1234",
        },
      ],
    });
    expect(slack.status).toBe(200);
  });

  it("keeps a site whose Slack URL was stored before the rule working, and refuses to post to that URL", async () => {
    const site = uniqueSite();
    await env.SITES.put(
      siteKey(site),
      JSON.stringify({
        name: "Old",
        channels: [{ id: "team", type: "slack", webhookUrl: "https://example.com/not-slack" }],
      }),
    );
    expect((await call(`/v1/sites/${site}/config`)).status).toBe(200);
    const result = await deliverToChannel({
      deliveryId: "d1",
      handoff: {
        id: "h1",
        siteName: "Old",
        reason: "keyword",
        matched: "human",
        confidence: null,
        threshold: null,
        visitorEmail: null,
        visitorMessage: "talk to a human",
        lastAiReply: null,
        createdAt: new Date().toISOString(),
      },
      channel: { id: "team", type: "slack", webhookUrl: "https://example.com/not-slack" },
      now: new Date(),
      email: emailSettings(env),
      localDevelopment: true,
    });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^not sent: the Slack channel URL must be a Slack incoming-webhook URL/,
      ),
      retryable: false,
    });
  });

  it("says where a test went: the email's addresses and the local .eml, the webhook's URL", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    const hook = receiverPath();
    await putSite(site, {
      channels: [
        { id: "mail", type: "email", to: ["support@acme.example"] },
        { id: "crm", type: "webhook", url: hook.url },
      ],
    });
    const mail = await postForm(`/admin/sites/${site}/channels/mail/test`, cookie, {});
    const mailPage = (await mail.text()).replace(/\s+/g, " ");
    expect(mailPage).toMatch(
      /Test delivered in \d+ ms: an email to support@acme\.example from [^ ]+\. Running locally, wrangler dev does not send email: it wrote the message to an \.eml file, whose path the terminal running npm start prints\./,
    );
    const crm = await postForm(`/admin/sites/${site}/channels/crm/test`, cookie, {});
    expect(await crm.text()).toContain(`ms: ${hook.url}, unsigned.`);
  });
});
