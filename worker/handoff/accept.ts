import type { ErrorCode, HandoffReason } from "../../shared/api.ts";
import { effectiveKeywords } from "../../shared/default-keywords.ts";
import { isValidEmail } from "../../shared/email.ts";
import {
  type Conversation,
  findJudgedHandoffMessage,
  getLastAssistantReply,
  insertConversationIfMissing,
  type VisitorMessageRecord,
} from "../conversations/store.ts";
import { newId } from "../http/ids.ts";
import type { SiteConfig } from "../sites/config-schema.ts";
import { insertDelivery } from "./deliveries-store.ts";
import {
  addFollowUp,
  findConversationHandoff,
  hasFollowUpOf,
  insertUnjudgedMessage,
} from "./follow-up.ts";
import { type Recheck, recheckHandoff } from "./recheck.ts";
import {
  findDuplicateHandoff,
  findHandoffByIdempotencyKey,
  type Handoff,
  handoffDedupeKey,
  insertHandoff,
  isUniqueViolation,
} from "./store.ts";
import type { SiteBindings } from "../sites/site-database.ts";

/** A visitor's handoff request, read and admitted by the route. */
export interface HandoffRequest {
  site: string;
  conversationId: string;
  message: string;
  /** The trimmed email field; empty or null when the visitor gave none. */
  email: string | null;
  reason: HandoffReason;
  /** The conversation named by the request, when it exists (it belongs to this site). */
  conversation: Conversation | null;
  idempotencyKey: string | null;
  /** The visitor's pseudonym (`visitorPseudonym`), for a message recorded here. */
  visitor: string;
}

/** A refusal the route turns into the `{"error"}` body of its code. */
export interface Refusal {
  kind: "refused";
  code: ErrorCode;
  message: string;
}

/** What became of a handoff request. */
export type HandoffOutcome =
  /** A new handoff, stored with one pending delivery per channel, still to be enqueued. */
  | { kind: "accepted"; handoffId: string; deliveryIds: string[] }
  /** A copy of a request already stored (a retry, or the same request at once): that handoff. */
  | { kind: "retry"; handoffId: string }
  /** The conversation was already handed off: the message joined that handoff. */
  | { kind: "follow-up"; handoffId: string }
  | Refusal;

type HandoffEnv = Pick<SiteBindings, "DB" | "DELIVERIES" | "DATABASE">;
type Justified = Extract<Recheck, { justified: true }>;

/**
 * Decides and stores a handoff request, in this order: the email, the re-check, an earlier copy
 * of the request, the site's budget (`spendSiteBudget`, which throws a 429), a follow-up of the
 * conversation's handoff, else a new handoff. Only a request the site accepts spends its budget:
 * a refused one (a bad or missing email, an unjustified handoff) or a retry does not.
 *
 * @example
 * const outcome = await acceptHandoff(c.env, config, request, () => enforceSiteLimit(c, site));
 */
export async function acceptHandoff(
  env: HandoffEnv,
  config: SiteConfig,
  request: HandoffRequest,
  spendSiteBudget: () => Promise<void>,
): Promise<HandoffOutcome> {
  const email = request.email ? request.email : null;
  const emailRefusal = refuseEmail(email, config);
  if (emailRefusal) return emailRefusal;

  const judged = request.conversation
    ? await findJudgedHandoffMessage(env.DB, request.conversationId, request.message)
    : null;
  const recheck = recheckHandoff({
    claimed: request.reason,
    message: request.message,
    keywords: effectiveKeywords(config.keywords),
    personRequests: config.keywords.mode === "add",
    handoffButton: config.handoffButton,
    judged,
  });
  if (!recheck.justified) return refuse("handoff_not_justified", recheck.why);

  // A retried request (the visitor's network dropped the first 202) gets the same handoff:
  // the same Idempotency-Key, or the same message, in the same conversation.
  const earlier = request.conversation ? await findEarlierHandoff(env.DB, request) : null;
  if (earlier && isRefusal(earlier)) return earlier;
  if (earlier && !correctsEmail(earlier, email)) return { kind: "retry", handoffId: earlier.id };

  await spendSiteBudget();

  // The visitor asks again in a conversation already handed off: the same handoff, followed up.
  // So does a retry that brings another address: the visitor corrected it after a request
  // whose 202 never reached them, though it was stored (reliability review, 7 December 2026:
  // the correction was dropped, and the team wrote to the typo).
  const handedOff =
    earlier ??
    (request.conversation ? await findConversationHandoff(env.DB, request.conversationId) : null);
  if (handedOff) {
    const correcting = correctsEmail(handedOff, email);
    // A retry of a follow-up already sent (the widget sent it again, its 202 lost): answered
    // with the handoff, not sent again. Its deliveries' unique (handoff, channel:message) made
    // such a retry a 500 for good, and a keyword the widget caught was sent twice.
    const sent =
      !correcting &&
      (await hasFollowUpOf(env.DB, handedOff.id, {
        messageId: judged?.id ?? null,
        text: request.message,
        since: new Date(Date.now() - RETRY_WITHIN_MS).toISOString(),
      }));
    if (sent) return { kind: "follow-up", handoffId: handedOff.id };
    // A keyword the widget caught itself is not in the transcript yet: recorded with it. So is
    // a correction's message, each its own follow-up.
    const unjudged =
      judged && !correcting ? null : { id: newId(), text: request.message, ...recheck };
    await addFollowUp(
      env,
      handedOff,
      {
        messageId: unjudged?.id ?? judged?.id ?? "",
        email,
        unjudged,
        replaceEmail: correcting,
      },
      config,
    );
    return { kind: "follow-up", handoffId: handedOff.id };
  }
  return storeNewHandoff(env.DB, config, request, { email, judged, recheck });
}

/** Whether the request gives an address the handoff does not hold: a correction, or a first. */
function correctsEmail(handoff: Handoff, email: string | null): boolean {
  return email !== null && handoff.visitorEmail !== email;
}

/** Why the email is refused: not valid, or missing where the site needs one. */
function refuseEmail(email: string | null, config: SiteConfig): Refusal | null {
  if (email !== null && !isValidEmail(email)) {
    return refuse("invalid_email", "The email address is not valid; check it and try again.");
  }
  if (email === null && config.requireEmail) {
    return refuse(
      "email_required",
      "This site needs your email address so that a person can reply.",
    );
  }
  return null;
}

/**
 * Writes the handoff, its pending deliveries and (when the worker never judged it) the visitor's
 * message in one D1 batch, so an accepted handoff is never lost. The same request stored first
 * at the same moment makes this batch fail whole: the visitor then gets that handoff.
 */
async function storeNewHandoff(
  db: D1Database,
  config: SiteConfig,
  request: HandoffRequest,
  decided: { email: string | null; judged: VisitorMessageRecord | null; recheck: Justified },
): Promise<HandoffOutcome> {
  const { email, judged, recheck } = decided;
  const now = new Date().toISOString();
  const handoffId = newId();
  const dedupeKey = await handoffDedupeKey(request.conversationId, request.message);
  const lastAiReply = request.conversation
    ? await getLastAssistantReply(db, request.conversationId)
    : null;
  const deliveries = config.channels.map((channel) => ({
    id: newId(),
    handoffId,
    channelId: channel.id,
    channelType: channel.type,
  }));
  const statements = [
    insertConversationIfMissing(db, {
      id: request.conversationId,
      site: request.site,
      createdAt: now,
    }),
  ];
  if (!judged) {
    // The widget caught the keyword itself and never sent this message to /v1/chat: record it,
    // so the transcript is whole.
    statements.push(
      ...insertUnjudgedMessage(
        db,
        request.conversationId,
        { id: newId(), text: request.message, reason: recheck.reason, matched: recheck.matched },
        config.threshold,
        now,
        request.visitor,
      ),
    );
  }
  statements.push(
    ...insertHandoff(
      db,
      {
        id: handoffId,
        site: request.site,
        conversationId: request.conversationId,
        reason: recheck.reason,
        matched: recheck.matched,
        confidence: recheck.confidence,
        threshold: recheck.threshold ?? config.threshold,
        siteName: config.name,
        visitorEmail: email,
        visitorMessage: request.message,
        lastAiReply,
        createdAt: now,
      },
      dedupeKey,
      request.idempotencyKey,
    ),
    ...deliveries.map((d) => insertDelivery(db, d, now)),
  );
  try {
    await db.batch(statements);
  } catch (error) {
    // The same request arrived at once and was stored first: this batch stored nothing (a
    // batch is one transaction), and the visitor gets that handoff, delivered once.
    if (!isUniqueViolation(error)) throw error;
    const first = await findEarlierHandoff(db, request);
    if (!first) throw error;
    return isRefusal(first) ? first : { kind: "retry", handoffId: first.id };
  }
  return { kind: "accepted", handoffId, deliveryIds: deliveries.map((d) => d.id) };
}

/**
 * How long after a handoff or follow-up a request with the same words is its retry (the widget's
 * requests time out after 30 s; a reload or a return online sends them again).
 */
const RETRY_WITHIN_MS = 10 * 60_000;

/**
 * The handoff an earlier copy of this request stored: by the client's Idempotency-Key, else by
 * the same message in the conversation. A key already used for another message is refused: the
 * client sent two requests as one.
 */
async function findEarlierHandoff(
  db: D1Database,
  request: Pick<HandoffRequest, "conversationId" | "message" | "idempotencyKey">,
): Promise<Handoff | Refusal | null> {
  if (request.idempotencyKey) {
    const keyed = await findHandoffByIdempotencyKey(
      db,
      request.conversationId,
      request.idempotencyKey,
    );
    if (keyed && keyed.visitorMessage !== request.message) {
      return refuse(
        "bad_request",
        "This Idempotency-Key was already used for another message in this conversation.",
      );
    }
    if (keyed) return keyed;
  }
  const same = await findDuplicateHandoff(db, request.conversationId, request.message);
  // The same words long after are the visitor asking again (back in the conversation the widget
  // kept), a follow-up: taken for a retry, they reached no one (reliability review, 7 December
  // 2026). A key names its request however late it comes.
  return same && Date.parse(same.createdAt) >= Date.now() - RETRY_WITHIN_MS ? same : null;
}

function refuse(code: ErrorCode, message: string): Refusal {
  return { kind: "refused", code, message };
}

function isRefusal(value: Handoff | Refusal): value is Refusal {
  return "kind" in value && value.kind === "refused";
}
