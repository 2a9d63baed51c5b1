import {
  insertConversationIfMissing,
  insertVisitorMessage,
} from "../../../worker/conversations/store.ts";
import { insertHandoff } from "../../../worker/handoff/store.ts";
import { ADMIN_TOKEN, call, env } from "../helpers.ts";

export const SELF = "http://worker.test";

/** Signs in through the login form and returns the cookie header to send afterwards. */
export async function signIn(): Promise<string> {
  const res = await postTokenSignIn("/admin");
  const cookie = res.headers.get("set-cookie") ?? "";
  const pair = cookie.split(";")[0] ?? "";
  if (res.status !== 303 || !pair.startsWith("clarifier_session="))
    throw new Error(`sign-in failed: ${res.status} ${cookie}`);
  return pair;
}

/** The token's sign-in form, sent to lead to `next`: the worker's answer, its redirect unfollowed. */
export function postTokenSignIn(next: string): Promise<Response> {
  return call("/admin/login", {
    method: "POST",
    headers: { origin: SELF, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token: ADMIN_TOKEN, next }),
    redirect: "manual",
  });
}

/** A same-origin form post, as the dashboard's own pages send. */
export function postForm(
  path: string,
  cookie: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: {
      origin: SELF,
      cookie,
      "content-type": "application/x-www-form-urlencoded",
      ...headers,
    },
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
}

export function getPage(path: string, cookie: string): Promise<Response> {
  return call(path, { headers: { cookie }, redirect: "manual" });
}

/** The text of the `<output id="preview-<field>">` on the threshold page. */
export function previewValue(html: string, field: string): number {
  const match = new RegExp(`<output id="preview-${field}"[^>]*>(\\d+)</output>`).exec(html);
  if (!match) throw new Error(`no preview-${field} output`);
  return Number(match[1]);
}

/**
 * Writes a known log straight into D1: one conversation per question, each visitor message with
 * the confidence and decision the worker would have recorded at `threshold`.
 */
export async function insertQuestionLog(
  site: string,
  questions: readonly { confidence: number; keyword?: boolean; daysAgo?: number }[],
  threshold: number,
): Promise<string[]> {
  const ids: string[] = [];
  const statements: D1PreparedStatement[] = [];
  for (const q of questions) {
    const conversationId = crypto.randomUUID();
    const at = new Date(Date.now() - (q.daysAgo ?? 1) * 86_400_000).toISOString();
    const handoff = q.keyword || q.confidence < threshold;
    ids.push(conversationId);
    statements.push(
      insertConversationIfMissing(env.DB, { id: conversationId, site, createdAt: at }),
      ...insertVisitorMessage(
        env.DB,
        {
          id: crypto.randomUUID(),
          conversationId,
          text: `question at ${q.confidence}`,
          confidence: q.confidence,
          decision: handoff ? "handoff" : "answer",
          reason: q.keyword ? "keyword" : handoff ? "low_confidence" : null,
          matched: q.keyword ? "talk to a human" : null,
          threshold,
        },
        at,
      ),
    );
  }
  await env.DB.batch(statements);
  return ids;
}

/** A stored low-confidence handoff of the conversation, as `POST /v1/handoff` would write it. */
export async function insertLowConfidenceHandoff(
  site: string,
  conversationId: string,
  confidence: number,
  threshold: number,
): Promise<string> {
  const id = crypto.randomUUID();
  await env.DB.batch(
    insertHandoff(env.DB, {
      id,
      site,
      conversationId,
      reason: "low_confidence",
      matched: null,
      confidence,
      threshold,
      siteName: "Acme",
      visitorEmail: null,
      visitorMessage: `question at ${confidence}`,
      lastAiReply: null,
      createdAt: new Date(Date.now() - 86_400_000).toISOString(),
    }),
  );
  return id;
}
