import { Hono } from "hono";
import * as v from "valibot";
import { answerIdKey, isSignedAnswerId } from "../conversations/answer-id.ts";
import { setAnswerVerdict } from "../conversations/answers-store.ts";
import { countPicksBy, getOffer, insertPick } from "../conversations/picks-store.ts";
import { keepLatePick, keepLateVerdict } from "../conversations/log-store.ts";
import { visitorPseudonym } from "../conversations/visitor-id.ts";
import { clientAddress } from "../http/visitor-key.ts";
import type { AppEnv } from "../env.ts";
import { AppError, conversationNotFound } from "../errors.ts";
import { conversationIdSchema, newId, siteIdSchema } from "../http/ids.ts";
import { optionalOrNull } from "../http/optional-field.ts";
import { enforceSiteLimit } from "../http/rate-limit.ts";
import { visitorRequest } from "../http/visitor-request.ts";
import { enforceVerdictLimit, verdictLimit } from "./verdict-limit.ts";
import { pickLimit } from "./pick-limit.ts";
import { siteDatabase } from "../sites/site-database.ts";

const FeedbackRequestSchema = v.pipe(
  v.object({
    site: siteIdSchema,
    conversationId: conversationIdSchema,
    messageId: v.pipe(
      v.string("must be a string."),
      v.minLength(1, "must not be empty."),
      v.maxLength(64, "must be at most 64 characters."),
    ),
    // Either may be sent as null beside the other (`optionalOrNull`).
    helpful: optionalOrNull(v.boolean("must be true or false.")),
    picked: optionalOrNull(
      v.pipe(
        v.string("must be a string: the picked suggestion's url, or its documentId."),
        v.minLength(1, "must not be empty."),
        v.maxLength(2048, "must be at most 2048 characters."),
      ),
    ),
  }),
  v.check(
    (body) => (body.helpful === undefined) !== (body.picked === undefined),
    "must carry either helpful (a verdict on an answer) or picked (a chosen suggestion), not both.",
  ),
);

/**
 * `POST /v1/feedback`, 204, either:
 * - `helpful`: the visitor's verdict on one answer. The message must be a visitor message of the
 *   conversation that the worker answered (404 otherwise); the last verdict stands.
 * - `picked`: the visitor chose one of the articles a low-confidence reply offered (by its url,
 *   or its documentId when it has none); 404 when that reply offered no such article. Recorded
 *   per visitor as evidence that the question belongs to the article, on at most
 *   MAX_PICKS_PER_VISITOR_PER_DAY replies a day (past that still 204, not recorded).
 */
export const feedbackRoutes = new Hono<AppEnv>().post(
  "/feedback",
  // A verdict spends the chat visitor's budget; it carries no message and is about a
  // conversation that exists, or whose first answer is still on its way to D1 (below).
  visitorRequest({
    limit: "chat",
    input: FeedbackRequestSchema,
    message: false,
    conversation: "optional",
  }),
  async (c) => {
    const { body, conversation } = c.var;
    // An answer id the worker signed for this conversation of this site stands for the answer
    // until the question log's batch lands (worker/conversations/question-log.ts).
    const signedAnswer = await isSignedAnswerId(
      answerIdKey(c.env),
      body.site,
      body.conversationId,
      body.messageId,
    );
    if (!conversation && !signedAnswer) throw conversationNotFound();
    // The site's database (worker/sites/site-database.ts): its conversations live there.
    const db = siteDatabase(c.env, c.var.config);
    // The conversation is this site's: accepted here, as before its own lookups (404s of its own).
    await enforceSiteLimit(c, body.site);
    const now = Date.now();
    const nowIso = new Date(now).toISOString();
    const by = await visitorPseudonym(answerIdKey(c.env), body.site, clientAddress(c.req));
    if (body.picked !== undefined) {
      // Past the visitor's daily picks the pick is answered 204 as the spec promises, and not
      // stored: it would only be more of one visitor's evidence (MAX_PICKS_PER_VISITOR_PER_DAY).
      const limit = pickLimit(body.site, by, now);
      let offer = await getOffer(db, body.conversationId, body.messageId);
      if (!offer && signedAnswer) {
        // A pick among the alternatives of an answer still in the question log's queue: kept,
        // and checked against the offer when the answer lands. If it landed meanwhile, nothing
        // is kept and the offer is there to read.
        const kept = await keepLatePick(
          db,
          {
            id: newId(),
            site: body.site,
            conversationId: body.conversationId,
            messageId: body.messageId,
            picked: body.picked,
            visitor: by,
            at: nowIso,
          },
          limit,
        ).run();
        if (kept.meta.changes > 0) return c.body(null, 204);
        offer = await getOffer(db, body.conversationId, body.messageId);
        // Nothing kept and still no row: not landed, so the limit held the pick back.
        if (!offer && (await countPicksBy(db, limit, body.messageId)) >= limit.max) {
          return c.body(null, 204);
        }
      }
      const article = offer?.articles.find((a) => a.url === body.picked || a.docId === body.picked);
      if (!offer || !article) {
        throw new AppError(
          "suggestion_not_found",
          "This conversation has no reply with this messageId that offered this suggestion.",
        );
      }
      const pick = {
        id: newId(),
        site: body.site,
        conversationId: body.conversationId,
        messageId: body.messageId,
        article,
        question: offer.question,
        visitor: by,
      };
      // No row changed: the visitor's picks today reached the limit (nothing else stops it).
      await insertPick(db, pick, nowIso, limit).run();
      return c.body(null, 204);
    }
    await enforceVerdictLimit(db, body.site, by, body.messageId, now);
    // Held again by the statements themselves: verdicts sent at once all pass the count above.
    const limit = verdictLimit(body.site, by, now);
    const verdict = { ...body, helpful: body.helpful === true, by };
    const mark = setAnswerVerdict(db, verdict, nowIso, limit);
    // On an answer still in the question log's queue the verdict is kept for its row, in the
    // same transaction: the log's consumer lands the row either before it (the update marks
    // it) or after (and moves the kept verdict onto it).
    const keep = signedAnswer
      ? keepLateVerdict(
          db,
          {
            conversationId: body.conversationId,
            messageId: body.messageId,
            helpful: verdict.helpful,
            by,
            at: nowIso,
          },
          limit,
        )
      : null;
    const results = await db.batch(keep ? [...mark, keep] : mark);
    const marked = results[0];
    const kept = keep ? results.at(-1) : undefined;
    if ((marked?.meta.changes ?? 0) + (kept?.meta.changes ?? 0) === 0) {
      // Nothing written: the limit, reached by verdicts sent at the same time (429 here)…
      await enforceVerdictLimit(db, body.site, by, body.messageId, now);
      // …or no such answer; a signed answer's row landed, or its verdict is newer, meanwhile.
      if (!signedAnswer) {
        throw new AppError(
          "answer_not_found",
          "This conversation has no answer with this messageId to give a verdict on.",
        );
      }
    }
    return c.body(null, 204);
  },
);
