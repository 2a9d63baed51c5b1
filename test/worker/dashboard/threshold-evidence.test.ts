import { describe, expect, it } from "vitest";
import { setAnswerVerdict } from "../../../worker/conversations/answers-store.ts";
import {
  insertConversationIfMissing,
  insertVisitorMessage,
} from "../../../worker/conversations/store.ts";
import type { ChatResponse } from "../../../shared/api.ts";
import { MAX_VERDICTS_PER_VISITOR_PER_DAY } from "../../../shared/limits.ts";
import { call, env, ORIGIN, putKb, putSite, uniqueSite } from "../helpers.ts";
import {
  getPage,
  insertLowConfidenceHandoff,
  insertQuestionLog,
  postForm,
  signIn,
} from "./helpers.ts";

/**
 * Answered questions at `confidence`, each with the verdict of its own visitor (`by`, when
 * given, names each one), through the stores.
 */
async function insertJudgedAnswers(
  site: string,
  confidence: number,
  helpful: boolean,
  n: number,
  by?: string,
) {
  const at = new Date(Date.now() - 86_400_000).toISOString();
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < n; i++) {
    const conversationId = crypto.randomUUID();
    const messageId = crypto.randomUUID();
    statements.push(
      insertConversationIfMissing(env.DB, { id: conversationId, site, createdAt: at }),
      ...insertVisitorMessage(
        env.DB,
        {
          id: messageId,
          conversationId,
          text: `answered at ${confidence}`,
          confidence,
          decision: "answer",
          reason: null,
          matched: null,
          threshold: 0.4,
        },
        at,
      ),
      ...setAnswerVerdict(
        env.DB,
        { conversationId, messageId, helpful, by: by ? `${by}-${i}` : null },
        at,
      ),
    );
  }
  await env.DB.batch(statements);
}

function readable(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("dashboard threshold evidence", () => {
  it("shows the evidence per band and says there is not enough data below 20 judged outcomes", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { threshold: 0.4 });
    await insertJudgedAnswers(site, 0.62, true, 3);
    await insertJudgedAnswers(site, 0.45, false, 2);
    const html = await (await getPage(`/admin/sites/${site}/threshold`, cookie)).text();
    const text = readable(html);
    expect(text).toContain(
      "Not enough data yet : 5 judged outcomes; a recommendation needs at least 20",
    );
    expect(text).toContain("0.6–0.7 3 0 0");
    expect(text).toContain("0.4–0.5 0 2 0");
  });

  it("recommends the threshold with the most helpful outcomes, with the counts it rests on, and previews it", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { threshold: 0.4 });
    await insertJudgedAnswers(site, 0.7, true, 14);
    // Eight questions handed off at 0.33 that the owner says the AI could have answered.
    const conversations = await insertQuestionLog(
      site,
      Array.from({ length: 8 }, () => ({ confidence: 0.33 })),
      0.4,
    );
    for (const conversation of conversations) {
      const id = await insertLowConfidenceHandoff(site, conversation, 0.33, 0.4);
      await postForm(`/admin/handoffs/${id}/label`, cookie, {
        couldHaveAnswered: "1",
        back: "/admin",
      });
    }
    const html = await (await getPage(`/admin/sites/${site}/threshold?days=30`, cookie)).text();
    const text = readable(html);
    expect(text).toContain("Recommended threshold: 0.33");
    expect(text).toContain(
      "Of 22 judged outcomes, 22 would have gone well (at the current 0.40: 14): it keeps 14 of 14 helpful answers, hands 0 of 0 not-helpful answers to a person, and answers 8 of 8 “could have answered” handoffs.",
    );
    expect(html).toContain(
      `href="/admin/sites/${site}/threshold?days=30&amp;threshold=0.33#threshold"`,
    );
    // Nothing is saved until the owner saves.
    const config = JSON.parse((await env.SITES.get(`v1:site:${site}`)) ?? "{}");
    expect(config.threshold).toBe(0.4);
  });

  it("counts visitors, not clicks: one address's thirty 👎 are capped at the door and count once", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { threshold: 0.4 });
    await putKb(site);
    // Twenty real visitors found the answers at 0.5 helpful.
    await insertJudgedAnswers(site, 0.5, true, 20, "visitor");
    // One address asks thirty times, each in a new conversation, and marks every answer 👎.
    const spammer = "203.0.113.66";
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const chat = await call("/v1/chat", {
        method: "POST",
        // Asked from anywhere (the chat budget per address is not what is tested here).
        headers: { origin: ORIGIN },
        json: { site, message: "How long does express shipping take?" },
      });
      const { conversationId, messageId, reply } = (await chat.json()) as ChatResponse;
      expect(reply.type).toBe("answer");
      const verdict = await call("/v1/feedback", {
        method: "POST",
        headers: { origin: ORIGIN, "cf-connecting-ip": spammer },
        json: { site, conversationId, messageId, helpful: false },
      });
      statuses.push(verdict.status);
      if (verdict.status === 429) {
        expect(Number(verdict.headers.get("retry-after"))).toBeGreaterThan(0);
      }
      await verdict.body?.cancel();
    }
    expect(statuses.filter((s) => s === 204)).toHaveLength(MAX_VERDICTS_PER_VISITOR_PER_DAY);
    expect(statuses.slice(MAX_VERDICTS_PER_VISITOR_PER_DAY).every((s) => s === 429)).toBe(true);

    const text = readable(
      await (await getPage(`/admin/sites/${site}/threshold?days=30`, cookie)).text(),
    );
    // The ten 👎 accepted are one visitor's on one article: one piece of evidence.
    expect(text).toContain("Keep the threshold at 0.40");
    expect(text).toContain("Of 21 judged outcomes, 20 would have gone well");
  }, 60_000);
});
