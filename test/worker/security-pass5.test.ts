import { createExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../shared/api.ts";
import { MAX_VERDICTS_PER_VISITOR_PER_DAY } from "../../shared/limits.ts";
import { createApp } from "../../worker/app.ts";
import { env, eventually, ORIGIN, putKb, putSite, testAddress, uniqueSite } from "./helpers.ts";

// Findings of the fifth security pass (docs/security.md), each through the real worker.

/** The app as deployed: answered turns reach D1 through the question-log queue. */
const app = createApp();
const queuedEnv = { ...env, QUESTION_LOG_MODE: "queue" } as Env;

function post(path: string, json: unknown, address = testAddress()): Promise<Response> {
  const request = new Request(`http://worker.test${path}`, {
    method: "POST",
    headers: { origin: ORIGIN, "content-type": "application/json", "cf-connecting-ip": address },
    body: JSON.stringify(json),
  });
  return app.fetch(request, queuedEnv, createExecutionContext());
}

describe("verdicts given before their answers landed", () => {
  // A verdict on an answer still in the question log's queue is kept in late_verdicts; the daily
  // limit counted only verdicts on landed rows, so one address that rated each answer the moment
  // it came (within the queue's second) was never limited.
  it(`count toward one visitor's ${MAX_VERDICTS_PER_VISITOR_PER_DAY} a day`, async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const address = testAddress();
    const given = MAX_VERDICTS_PER_VISITOR_PER_DAY + 3;
    const statuses: number[] = [];
    const messageIds: string[] = [];
    for (let i = 0; i < given; i++) {
      const chat = await post("/v1/chat", {
        site,
        message: "How long does express shipping take?",
      });
      expect(chat.status).toBe(200);
      const { conversationId, messageId, reply } = (await chat.json()) as ChatResponse;
      expect(reply.type).toBe("answer");
      messageIds.push(messageId);
      const verdict = await post(
        "/v1/feedback",
        { site, conversationId, messageId, helpful: false },
        address,
      );
      statuses.push(verdict.status);
      await verdict.body?.cancel();
    }
    expect(statuses.filter((s) => s === 204)).toHaveLength(MAX_VERDICTS_PER_VISITOR_PER_DAY);
    expect(statuses.slice(MAX_VERDICTS_PER_VISITOR_PER_DAY).every((s) => s === 429)).toBe(true);
    // What landed is what was accepted.
    const landed = await eventually(async () => {
      const { results } = await env.DB.prepare(
        "SELECT id FROM messages WHERE id IN (SELECT value FROM json_each(?)) AND helpful = 0",
      )
        .bind(JSON.stringify(messageIds))
        .all<{ id: string }>();
      return results.length >= MAX_VERDICTS_PER_VISITOR_PER_DAY ? results : null;
    });
    expect(landed).toHaveLength(MAX_VERDICTS_PER_VISITOR_PER_DAY);
  }, 60_000);
});
