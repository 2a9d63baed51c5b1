import { Hono } from "hono";
import * as v from "valibot";
import type { ChatReply, ChatResponse, Suggestion } from "../../shared/api.ts";
import { isLanguage } from "../../shared/languages.ts";
import { answerIdKey, signedAnswerId } from "../conversations/answer-id.ts";
import {
  assistantRow,
  insertTurns,
  type LoggedMessage,
  visitorRow,
} from "../conversations/log-store.ts";
import { logsThroughQueue, queueTurn } from "../conversations/question-log.ts";
import { visitorPseudonym } from "../conversations/visitor-id.ts";
import { clientAddress } from "../http/visitor-key.ts";
import { type AppEnv, answerModelKey, isLocalDevelopment } from "../env.ts";
import {
  addFollowUp,
  conversationHandoffQuery,
  findConversationHandoff,
  handoffFromBatch,
  isResentMessage,
} from "../handoff/follow-up.ts";
import type { Handoff } from "../handoff/store.ts";
import { CONVERSATION_ID_PATTERN, MAX_CONVERSATION_MESSAGES } from "../../shared/limits.ts";
import { CONVERSATION_ID_MESSAGE, newId, siteIdSchema } from "../http/ids.ts";
import { enforceSiteLimit, mayNotifyTeam } from "../http/rate-limit.ts";
import { optionalOrNull } from "../http/optional-field.ts";
import { visitorRequest } from "../http/visitor-request.ts";
import { type AnswerModel, generateAnswer } from "../kb/generate.ts";
import { extractAnswer, suggestedAnswer } from "../kb/extract.ts";
import type { Retrieval } from "../kb/retrieve.ts";
import { fusedRanking } from "../kb/semantic/stage.ts";
import { getKbIndex } from "../kb/store.ts";
import { conversationFull, personRequestIn } from "./full-conversation.ts";
import { judgeMessage } from "./judge.ts";
import { inFusedOrder, type Offer } from "./offer.ts";
import { smallTalkReply } from "./small-talk.ts";
import { visitorMessageSchema } from "./visitor-message.ts";
import { siteBindings } from "../sites/site-database.ts";

const ChatRequestSchema = v.object({
  site: siteIdSchema,
  // Absent, null or "" all start a new conversation: a client holding no id yet may send any.
  conversationId: optionalOrNull(
    v.pipe(
      v.string("must be a string."),
      v.check((id) => id === "" || CONVERSATION_ID_PATTERN.test(id), CONVERSATION_ID_MESSAGE),
      v.transform((id) => id || undefined),
    ),
  ),
  message: visitorMessageSchema,
});

/** `POST /v1/chat`: answer from the knowledge base, or hand off; both triggers on every message. */
export const chatRoutes = new Hono<AppEnv>().post(
  "/chat",
  visitorRequest({
    limit: "chat",
    input: ChatRequestSchema,
    message: true,
    conversation: "optional",
    countMessagesUpTo: MAX_CONVERSATION_MESSAGES,
  }),
  async (c) => {
    const { body, config, message } = c.var;
    // The site's database and queue (worker/sites/site-database.ts): its conversations live there.
    const shard = siteBindings(c.env, body.site, config);
    const db = shard.DB;
    // A conversation at its length limit takes no more messages, but a request for a person is
    // still answered, not written (`POST /v1/handoff` records it); anything else is a 409 that
    // spends none of the site's budget.
    const full = (c.var.conversation?.messages ?? 0) >= MAX_CONVERSATION_MESSAGES;
    const personRequest = full ? personRequestIn(message, config.keywords, config.threshold) : null;
    if (full && !personRequest) throw conversationFull();
    // Chat refuses nothing else past `visitorRequest`'s checks: the request is accepted here.
    await enforceSiteLimit(c, body.site);
    const conversationId = body.conversationId ?? newId();
    if (personRequest) {
      return c.json({
        conversationId,
        messageId: newId(),
        reply: personRequest,
      } satisfies ChatResponse);
    }

    const loadStart = Date.now();
    const index = await getKbIndex(c.env.SITES, body.site);
    // A Worker's clock moves only across I/O, so this is the time of the KV reads (one small
    // pointer when warm; the index's shards too on a cold isolate or a new import), not the CPU
    // spent opening and searching the index, which bench/retrieval.bench.ts measures.
    c.header("server-timing", `kb;dur=${Date.now() - loadStart}`);
    const judged = judgeMessage({
      message,
      keywords: config.keywords,
      threshold: config.threshold,
      index,
    });
    const { retrieval, decision, smallTalk, language } = judged;
    // The semantic stage re-orders a low-confidence reply's suggestions only, and only when there
    // are some to order (an answer's alternatives follow the lexical order the answer came from).
    const fused =
      decision.handoff && judged.offer?.suggestions.length
        ? await fusedRanking({
            env: c.env,
            settings: config.semantic,
            kv: c.env.SITES,
            site: body.site,
            index,
            retrieval,
          })
        : null;
    const offer = fused && judged.offer ? inFusedOrder(judged.offer, fused) : judged.offer;

    const now = new Date().toISOString();
    // An answer or small talk goes to the question log's queue (one D1 round trip per 100 of
    // them, in its consumer); a message judged a handoff is written at once, because the
    // handoff's re-check reads it. An answer's id is signed, so a verdict on it can be told
    // from a made-up one before its row lands (worker/conversations/answer-id.ts).
    const throughQueue = logsThroughQueue(c.env) && !decision.handoff;
    const key = answerIdKey(c.env);
    const answered = !smallTalk && !decision.handoff;
    const messageId =
      throughQueue && answered && key
        ? await signedAnswerId(key, body.site, conversationId)
        : newId();
    const suggestions = offer ? suggestionsOf(offer, retrieval) : [];
    const rows: LoggedMessage[] = [
      visitorRow(
        body.site,
        {
          id: messageId,
          conversationId,
          text: message,
          confidence: decision.confidence,
          // Small talk is neither an answer nor a handoff: logged without a decision.
          decision: smallTalk ? null : decision.handoff ? "handoff" : "answer",
          reason: decision.handoff && !smallTalk ? decision.reason : null,
          matched:
            decision.handoff && decision.reason === "keyword" ? decision.matched.phrase : null,
          threshold: config.threshold,
          source: decision.handoff ? null : retrieval.best,
          offered: offer
            ? {
                suggestions: suggestions.map((s) => ({
                  docId: s.documentId,
                  title: s.title,
                  url: s.url,
                })),
                about: offer.about,
              }
            : null,
          visitor: await visitorPseudonym(key, body.site, clientAddress(c.req)),
        },
        now,
      ),
    ];
    const replyRow = (text: string) =>
      assistantRow(body.site, { id: newId(), conversationId, text }, now);

    let reply: ChatReply;
    if (smallTalk) {
      // In the visitor's language, else the knowledge base's (an "ok" tells nothing). Small talk
      // is only ever replied to in one of ours (the judge never gives it another language).
      const replyLanguage = isLanguage(language) ? language : retrieval.language;
      const text = smallTalkReply(smallTalk.kind, replyLanguage);
      reply = { type: "small_talk", text, language: replyLanguage };
      rows.push(replyRow(text));
    } else if (!decision.handoff) {
      const answer = extractAnswer(retrieval);
      const text =
        (await phraseWithModel(c.env, config.answerModel, message, retrieval)) ?? answer.text;
      const confidence = decision.confidence;
      reply = {
        type: "answer",
        text,
        confidence,
        sources: answer.sources,
        language,
        ...(suggestions.length > 0 ? { suggestions } : {}),
      };
      rows.push(replyRow(text));
    } else if (decision.reason === "keyword") {
      const matched = decision.matched.phrase;
      reply = { type: "handoff", reason: "keyword", matched, confidence: null, language };
    } else {
      reply = {
        type: "handoff",
        reason: "low_confidence",
        confidence: decision.confidence,
        language,
        ...(suggestions.length > 0 ? { suggestions } : {}),
        ...(offer?.about ? { about: offer.about } : {}),
      };
    }
    const turn = {
      conversation: { id: conversationId, site: body.site, createdAt: now },
      messages: rows,
    };
    // Writing again after a handoff reaches the team as a follow-up of it. A greeting or thanks
    // doesn't (it is in the thread all the same), nor a new request for a person: that one
    // follows up through /v1/handoff once the visitor confirms it. A follow-up names its
    // message, so a turn in a conversation that handed off is written at once, never queued.
    let handoff: Handoff | null;
    if (throughQueue) {
      // A conversation not in D1 yet has no handoff: a handoff writes its conversation at once.
      handoff = c.var.conversation ? await findConversationHandoff(db, conversationId) : null;
      if (handoff) await db.batch(insertTurns(db, [turn]));
      else await queueTurn(shard, turn);
    } else {
      // The handoff is looked up in the writes' batch: one D1 round trip for both.
      const statements = insertTurns(db, [turn]);
      const lookup = c.var.conversation ? conversationHandoffQuery(db, conversationId) : null;
      const results = await db.batch(lookup ? [...statements, lookup] : statements);
      handoff = lookup ? handoffFromBatch(results.at(-1)) : null;
    }
    // At most five times a minute per conversation, as handoffs (`mayNotifyTeam`), and once for
    // a message the widget sent again.
    if (
      handoff &&
      reply.type === "answer" &&
      !(await isResentMessage(db, {
        conversationId,
        id: messageId,
        text: message,
        createdAt: now,
      })) &&
      (await mayNotifyTeam(c, body.site, conversationId))
    ) {
      await addFollowUp(shard, handoff, { messageId, email: null }, config);
    }
    return c.json({ conversationId, messageId, reply } satisfies ChatResponse);
  },
);

/**
 * The offered articles as the widget shows them, each with its text for the question, so a pick
 * shows an answer at once, without a second request. The model is not asked: a suggestion is a
 * guess the visitor checks.
 */
function suggestionsOf(offer: Offer, retrieval: Retrieval): Suggestion[] {
  return offer.suggestions.map(({ passage }) => {
    const answer = suggestedAnswer(retrieval, passage);
    return {
      title: passage.title,
      url: answer.sources[0]?.url ?? null,
      text: answer.text,
      documentId: passage.docId,
    };
  });
}

/** The site's model's answer from the retrieved passages, or null to use the extractive one. */
async function phraseWithModel(
  env: Env,
  model: AnswerModel | undefined,
  question: string,
  retrieval: Retrieval,
): Promise<string | null> {
  if (!model || retrieval.ranked.length === 0) return null;
  const generated = await generateAnswer({
    model,
    apiKey: answerModelKey(env),
    question,
    passages: retrieval.ranked.map((r) => r.passage),
    language: retrieval.language,
    localDevelopment: isLocalDevelopment(env),
  });
  if (!generated.ok) console.error("answer model failed; answering extractively:", generated.error);
  return generated.ok ? generated.text : null;
}
