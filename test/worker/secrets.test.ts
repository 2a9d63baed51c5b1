import { describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  call,
  ORIGIN,
  postHandoff,
  putKb,
  putSite,
  uniqueSite,
  WEBHOOK_SECRET,
} from "./helpers.ts";

const SLACK_URL = "https://hooks.slack.com/services/T000/B000/SLACKSECRETPATH";
const WEBHOOK_URL = "https://crm.example/hooks/clarifier-secret-path";

describe("secrets never reach a visitor's browser", () => {
  it("no public response carries a channel URL, webhook secret or the admin token", async () => {
    const site = uniqueSite();
    await putSite(site, {
      handoffButton: true,
      channels: [
        { id: "crm", type: "webhook", url: WEBHOOK_URL, secret: WEBHOOK_SECRET },
        { id: "triage", type: "slack", webhookUrl: SLACK_URL },
        { id: "team", type: "email", to: ["support@acme.example"] },
      ],
    });
    await putKb(site);
    const conversationId = crypto.randomUUID();
    const headers = { origin: ORIGIN };
    const responses = await Promise.all([
      call(`/v1/sites/${site}/config`, { headers }),
      call("/v1/chat", {
        method: "POST",
        json: { site, conversationId, message: "How long does shipping take?" },
        headers,
      }),
      call("/v1/chat", {
        method: "POST",
        json: { site, conversationId, message: "talk to a human" },
        headers,
      }),
      postHandoff(site, { conversationId, email: "jo@example.com" }),
      postHandoff(site, { conversationId, message: "no" }),
      call("/v1/handoff", {
        method: "OPTIONS",
        headers: { ...headers, "access-control-request-method": "POST" },
      }),
      call("/demo"),
      call("/nowhere"),
      call("/admin/api/handoffs"),
    ]);
    for (const res of responses) {
      const text = `${[...res.headers].map(([k, v]) => `${k}: ${v}`).join("\n")}\n${await res.text()}`;
      for (const secret of [
        SLACK_URL,
        "SLACKSECRETPATH",
        WEBHOOK_URL,
        "clarifier-secret-path",
        WEBHOOK_SECRET,
        WEBHOOK_SECRET.slice(6),
        ADMIN_TOKEN,
        "test-llm-key",
        "support@acme.example",
      ]) {
        expect(text, `${res.url} leaks ${secret}`).not.toContain(secret);
      }
    }
  });
});
