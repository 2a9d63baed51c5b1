import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { describe, expect, it } from "vitest";
import type { PublicSiteConfig } from "../../../shared/api.ts";
import { call, env, ORIGIN, putSite, uniqueSite, WEBHOOK_SECRET } from "../helpers.ts";
import {
  getPage,
  insertLowConfidenceHandoff,
  insertQuestionLog,
  postForm,
  previewValue,
  signIn,
} from "./helpers.ts";

describe("dashboard threshold tuning", () => {
  // Ten questions logged at threshold 0.4: two keyword handoffs, confidences spread over 0..1.
  const LOG = [
    { confidence: 0.05 },
    { confidence: 0.15 },
    { confidence: 0.25 },
    { confidence: 0.35 },
    { confidence: 0.45 },
    { confidence: 0.55 },
    { confidence: 0.65 },
    { confidence: 0.95 },
    { confidence: 0.9, keyword: true },
    { confidence: 0.1, keyword: true },
  ];

  it("previews answered, handed off and labelled handoffs kept at another threshold, from the logged questions", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { threshold: 0.4 });
    const conversations = await insertQuestionLog(
      site,
      [...LOG, { confidence: 0.01, daysAgo: 45 }],
      0.4,
    );
    // The owner marked the 0.25 and 0.35 handoffs "the AI could have answered this".
    const labelled = [
      await insertLowConfidenceHandoff(site, conversations[2] ?? "", 0.25, 0.4),
      await insertLowConfidenceHandoff(site, conversations[3] ?? "", 0.35, 0.4),
    ];
    for (const id of labelled) {
      expect(
        (
          await postForm(`/admin/handoffs/${id}/label`, cookie, {
            couldHaveAnswered: "1",
            back: "/admin",
          })
        ).status,
      ).toBe(303);
    }

    const now = await (await getPage(`/admin/sites/${site}/threshold?days=30`, cookie)).text();
    expect(now).toContain(
      "10 visitor messages in the last 30 days: 4 answered, 0 small talk, 6 offered a handoff (2 for a keyword, 4 for low confidence, 0 by the button)",
    );
    expect(previewValue(now, "answered")).toBe(4);
    expect(previewValue(now, "handedOff")).toBe(6);
    expect(previewValue(now, "byKeyword")).toBe(2);
    expect(previewValue(now, "labelledKept")).toBe(2);

    const lower = await (
      await getPage(`/admin/sites/${site}/threshold?days=30&threshold=0.3`, cookie)
    ).text();
    expect(previewValue(lower, "answered")).toBe(5);
    expect(previewValue(lower, "handedOff")).toBe(5);
    expect(previewValue(lower, "byConfidence")).toBe(3);
    expect(previewValue(lower, "labelledAnswered")).toBe(1);
    expect(previewValue(lower, "labelledKept")).toBe(1);

    const older = await (
      await getPage(`/admin/sites/${site}/threshold?days=90&threshold=0`, cookie)
    ).text();
    expect(previewValue(older, "answered")).toBe(9);
    expect(previewValue(older, "handedOff")).toBe(2);
    expect(previewValue(older, "labelledAnswered")).toBe(2);
  });

  it("saves a new threshold through the site config's validation, and the widget config changes", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {
      threshold: 0.4,
      channels: [
        { id: "crm", type: "webhook", url: "https://crm.example/hook", secret: WEBHOOK_SECRET },
      ],
    });
    const bad = await postForm(`/admin/sites/${site}/threshold`, cookie, { threshold: "1.5" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("threshold: must be between 0 and 1.");
    const blank = await postForm(`/admin/sites/${site}/threshold`, cookie, { threshold: "" });
    expect(blank.status).toBe(400);

    const saved = await postForm(`/admin/sites/${site}/threshold`, cookie, {
      threshold: "0.25",
      days: "14",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(
      `/admin/sites/${site}/threshold?days=14&done=threshold-saved`,
    );
    const config = (await (
      await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } })
    ).json()) as PublicSiteConfig;
    expect(config.threshold).toBe(0.25);
    // The channel's secret survived the save untouched.
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}") as {
      channels: { secret: string }[];
    };
    expect(stored.channels[0]?.secret).toBe(WEBHOOK_SECRET);
  });
});
