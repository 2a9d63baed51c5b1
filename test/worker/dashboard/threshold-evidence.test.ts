import { describe, expect, it } from "vitest";
import { setAnswerVerdict } from "../../../worker/conversations/answers-store.ts";
import {
  insertConversationIfMissing,
  insertVisitorMessage,
} from "../../../worker/conversations/store.ts";
import { env, putSite, uniqueSite } from "../helpers.ts";
import {
  getPage,
  insertLowConfidenceHandoff,
  insertQuestionLog,
  postForm,
  signIn,
} from "./helpers.ts";

/** Answered questions at `confidence`, each with the visitor's verdict, through the stores. */
async function insertJudgedAnswers(site: string, confidence: number, helpful: boolean, n: number) {
  const at = new Date(Date.now() - 86_400_000).toISOString();
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < n; i++) {
    const conversationId = crypto.randomUUID();
    const messageId = crypto.randomUUID();
    statements.push(
      insertConversationIfMissing(env.DB, { id: conversationId, site, createdAt: at }),
      insertVisitorMessage(
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
      setAnswerVerdict(env.DB, { conversationId, messageId, helpful }, at),
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
      "Of 22 judged outcomes, 22 would have gone well (at the current 0.40: 14): it keeps 14 of 14 👍 answers, hands 0 of 0 👎 answers to a person, and answers 8 of 8 “could have answered” handoffs.",
    );
    expect(html).toContain(
      `href="/admin/sites/${site}/threshold?days=30&amp;threshold=0.33#threshold"`,
    );
    // Nothing is saved until the owner saves.
    const config = JSON.parse((await env.SITES.get(`v1:site:${site}`)) ?? "{}");
    expect(config.threshold).toBe(0.4);
  });
});
