import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChatResponse, ErrorBody, HandoffAccepted } from "../../shared/api.ts";
import { MAX_VERDICTS_PER_VISITOR_PER_DAY } from "../../shared/limits.ts";
import { createApp } from "../../worker/app.ts";
import { buildHandoffEmail, toMime } from "../../worker/channels/email.ts";
import { getHandoff } from "../../worker/handoff/store.ts";
import { listTaughtQuestions } from "../../worker/kb/taught-store.ts";
import corpusJson from "../fixtures/abuse-corpus.json?raw";
import { getPage, signIn } from "./dashboard/helpers.ts";
import {
  call,
  env,
  eventually,
  ORIGIN,
  postHandoff,
  putKb,
  putSite,
  receivedAt,
  receiverPath,
  setReceiverMode,
  storedHandoffs,
  testAddress,
  uniqueSite,
} from "./helpers.ts";
import { countingSiteBudget } from "./site-budget.ts";

// The abuse corpus (test/fixtures/abuse-corpus.json): every input of the issue-24 review, sent
// through the public API as a visitor would send it. A change that lets one through fails here.

/** The corpus's shape: one list per finding. Read as text: it holds lone surrogates on purpose. */
interface AbuseCorpus {
  invisibleMessages: string[];
  bidiMessages: string[];
  mimeMessages: string[];
  trailingSlashPaths: [string, string][];
  refusedHandoffs: {
    why: string;
    site?: "strict";
    patch: Record<string, unknown>;
    status: number;
  }[];
  modelUrls: { observable: string[]; private: string[] };
  duplicateHandoffCopies: number;
  taughtPhrasings: string[];
  feedbackSpam: { verdicts: number };
}

const corpus = JSON.parse(corpusJson) as AbuseCorpus;

const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

function post(path: string, json: unknown, headers: Record<string, string> = {}) {
  return call(path, { method: "POST", headers: { origin: ORIGIN, ...headers }, json });
}

async function storedFor(site: string): Promise<number> {
  return (
    (await env.DB.prepare(
      `SELECT (SELECT COUNT(*) FROM conversations WHERE site = ?1)
            + (SELECT COUNT(*) FROM handoffs WHERE site = ?1) AS n`,
    )
      .bind(site)
      .first<number>("n")) ?? 0
  );
}

async function handoffOf(site: string, message: string, headers: Record<string, string> = {}) {
  const res = await postHandoff(site, { message }, headers);
  expect(res.status, JSON.stringify(message)).toBe(202);
  return ((await res.json()) as HandoffAccepted).handoffId;
}

describe("abuse corpus: invisible messages (finding 6)", () => {
  it("refuses every one with 400 in chat and handoff, storing nothing", async () => {
    const site = uniqueSite();
    await putSite(site, { handoffButton: true });
    for (const message of corpus.invisibleMessages) {
      const conversationId = crypto.randomUUID();
      const chat = await post("/v1/chat", { site, conversationId, message });
      expect(chat.status, JSON.stringify(message)).toBe(400);
      await chat.body?.cancel();
      const handoff = await post("/v1/handoff", {
        site,
        conversationId,
        message,
        reason: "visitor_request",
      });
      expect(handoff.status, JSON.stringify(message)).toBe(400);
      await handoff.body?.cancel();
    }
    expect(await storedFor(site)).toBe(0);
  });

  it("refuses any mix of the corpus's invisible characters", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const units = [...new Set(corpus.invisibleMessages.flatMap((m) => [...m]))];
    await fc.assert(
      fc.asyncProperty(
        // Joined by spaces: a lone high and a lone low surrogate side by side would be one
        // real character, not two halves.
        fc
          .array(fc.constantFrom(...units), { minLength: 1, maxLength: 12 })
          .map((parts) => parts.join(" ")),
        async (message) => {
          const res = await post("/v1/chat", { site, message });
          await res.body?.cancel();
          return res.status === 400;
        },
      ),
      { numRuns: 40 },
    );
    expect(await storedFor(site)).toBe(0);
  });
});

describe("abuse corpus: bidi controls and MIME lines (findings 7 and 8)", () => {
  it("reach no team's eyes: not in Slack, the dashboard or the email", async () => {
    const hook = receiverPath();
    const site = uniqueSite();
    await putSite(site, { channels: [{ id: "triage", type: "slack", webhookUrl: hook.url }] });
    const ids: string[] = [];
    // A fresh address per handoff: the corpus is larger than one visitor's handoff budget.
    for (const message of corpus.bidiMessages)
      ids.push(await handoffOf(site, message, { "cf-connecting-ip": testAddress() }));
    const received = await eventually(async () => {
      const got = await receivedAt(hook.path);
      return got.length >= ids.length && got;
    });
    for (const request of received) expect(request.body).not.toMatch(BIDI);
    const cookie = await signIn();
    for (const id of ids) {
      expect(await (await getPage(`/admin/handoffs/${id}`, cookie)).text()).not.toMatch(BIDI);
      const handoff = await getHandoff(env.DB, id);
      if (!handoff) throw new Error(`handoff ${id} not stored`);
      const email = buildHandoffEmail(handoff, "https://clarifier.example");
      for (const part of [email.subject, email.text, email.html]) expect(part).not.toMatch(BIDI);
    }
    // A handoff per corpus message, each delivered and each page rendered: 1.3 s alone, past the
    // default 5 s once on a 2-core machine loaded to 8 by other runs.
  }, 30_000);

  it("never put a line that is '.' alone or starts 'From ' into the .eml", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    for (const message of corpus.mimeMessages) {
      const id = await handoffOf(site, message, { "cf-connecting-ip": testAddress() });
      const handoff = await getHandoff(env.DB, id);
      if (!handoff) throw new Error(`handoff ${id} not stored`);
      const raw = toMime(
        buildHandoffEmail(handoff, "https://clarifier.example"),
        "clarifier@acme.example",
        "team@acme.example",
        "acme.example",
      );
      const lines = raw.split("\r\n");
      expect(
        lines.filter((l) => l === "."),
        JSON.stringify(message),
      ).toEqual([]);
      expect(
        lines.filter((l) => l.startsWith("From ")),
        JSON.stringify(message),
      ).toEqual([]);
    }
  });
});

describe("abuse corpus: addresses and conversations (findings 9 and 10)", () => {
  it("answers every trailing-slash path with a 404, never a 405", async () => {
    for (const [method, path] of corpus.trailingSlashPaths) {
      const res = await call(path, { method, headers: { origin: ORIGIN } });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(((await res.json()) as ErrorBody).error.code).toBe("not_found");
    }
  });

  it("tells nothing of another site's conversation", async () => {
    const [mine, theirs] = [uniqueSite(), uniqueSite()];
    await putSite(mine, {});
    await putSite(theirs, {});
    const foreign = crypto.randomUUID();
    expect(
      (await post("/v1/chat", { site: theirs, conversationId: foreign, message: "hi" })).status,
    ).toBe(200);
    const ask = async (conversationId: string) =>
      (
        await post("/v1/feedback", { site: mine, conversationId, messageId: "m", helpful: true })
      ).json();
    expect(await ask(foreign)).toEqual(await ask(crypto.randomUUID()));
  });
});

describe("abuse corpus: duplicates and lost writes (findings 2 and 3)", () => {
  it(`stores ${corpus.duplicateHandoffCopies} identical handoffs sent at once as one`, async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const fields = { conversationId: crypto.randomUUID(), message: "talk to a human now" };
    const responses = await Promise.all(
      Array.from({ length: corpus.duplicateHandoffCopies }, () => postHandoff(site, fields)),
    );
    const ids = await Promise.all(
      responses.map(async (r) => ((await r.json()) as HandoffAccepted).handoffId),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await storedHandoffs(site)).toBe(1);
  });

  it("keeps every phrasing taught at once", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const statuses = await Promise.all(
      corpus.taughtPhrasings.map(async (question) => {
        const res = await call(`/admin/api/sites/${site}/kb/documents/returns/questions`, {
          method: "POST",
          admin: true,
          json: { question },
        });
        await res.body?.cancel();
        return res.status;
      }),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const kept = (await listTaughtQuestions(env.DB, site)).questions.map((q) => q.question);
    // Phrasings that differ only in case are one phrasing.
    const distinct = new Set(corpus.taughtPhrasings.map((q) => q.toLowerCase()));
    expect(new Set(kept.map((q) => q.toLowerCase()))).toEqual(distinct);
  });
});

describe("abuse corpus: budgets, the model and the threshold (findings 5, 4 and 1)", () => {
  it("spends none of the site's budget on a refused handoff", async () => {
    const site = uniqueSite();
    const strict = uniqueSite();
    await putSite(site, {});
    await putSite(strict, { requireEmail: true });
    const { spentOn, post: spend } = countingSiteBudget();
    for (const refused of corpus.refusedHandoffs) {
      const body = {
        site: refused.site === "strict" ? strict : site,
        conversationId: crypto.randomUUID(),
        message: "talk to a human",
        reason: "keyword",
        ...refused.patch,
      };
      expect(await spend("/v1/handoff", body), refused.why).toBe(refused.status);
    }
    expect(spentOn).toEqual([]);
  });

  it("sends nothing to a loopback or private answer model outside development", async () => {
    const llm = receiverPath();
    await setReceiverMode(llm.path, "openai");
    const receiver = new URL(llm.url);
    const production = { ...env, ENVIRONMENT: "production" } as Env;
    const urls = [
      ...corpus.modelUrls.observable.map((u) =>
        u.replace("{port}", receiver.port).replace("{path}", llm.path),
      ),
      ...corpus.modelUrls.private,
    ];
    for (const url of urls) {
      const site = uniqueSite();
      await putSite(site, {});
      await putKb(site);
      // Written straight into KV, past every check the admin API makes.
      const key = `v1:site:${site}`;
      const config = JSON.parse((await env.SITES.get(key)) ?? "{}");
      await env.SITES.put(key, JSON.stringify({ ...config, answerModel: { url, model: "m" } }));
      const res = await createApp().request(
        "/v1/chat",
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: ORIGIN,
            "cf-connecting-ip": testAddress(),
          },
          body: JSON.stringify({ site, message: "How many days do I have to return an item?" }),
        },
        production,
      );
      expect(res.status, url).toBe(200);
      const { reply } = (await res.json()) as ChatResponse;
      if (reply.type === "answer") expect(reply.text, url).toContain("30 days");
    }
    expect(await receivedAt(llm.path)).toEqual([]);
  }, 60_000);

  it(`accepts at most ${MAX_VERDICTS_PER_VISITOR_PER_DAY} verdicts a day from one address`, async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const address = testAddress();
    let accepted = 0;
    for (let i = 0; i < corpus.feedbackSpam.verdicts; i++) {
      const chat = await post("/v1/chat", {
        site,
        message: "How long does express shipping take?",
      });
      const { conversationId, messageId } = (await chat.json()) as ChatResponse;
      const res = await post(
        "/v1/feedback",
        { site, conversationId, messageId, helpful: false },
        { "cf-connecting-ip": address },
      );
      if (res.status === 204) accepted++;
      else expect(res.status).toBe(429);
      await res.body?.cancel();
    }
    expect(accepted).toBe(MAX_VERDICTS_PER_VISITOR_PER_DAY);
  }, 60_000);
});
