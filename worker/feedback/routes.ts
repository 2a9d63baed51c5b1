import { Hono } from "hono";
import * as v from "valibot";
import { setAnswerVerdict } from "../conversations/answers-store.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { conversationIdSchema, siteIdSchema } from "../http/ids.ts";
import { enforceVerdictLimit, verdictVisitor } from "./verdict-limit.ts";
import { conversationRequest } from "./visitor-verdict-request.ts";

const FeedbackRequestSchema = v.object({
  site: siteIdSchema,
  conversationId: conversationIdSchema,
  messageId: v.pipe(
    v.string("must be a string."),
    v.minLength(1, "must not be empty."),
    v.maxLength(64, "must be at most 64 characters."),
  ),
  helpful: v.boolean("must be true or false."),
});

/**
 * `POST /v1/feedback`: the visitor's verdict on one answer, 204. The message must be a visitor
 * message of the conversation that the worker answered (404 otherwise); the last verdict stands.
 */
export const feedbackRoutes = new Hono<AppEnv>().post(
  "/feedback",
  conversationRequest(FeedbackRequestSchema),
  async (c) => {
    const { body } = c.var;
    const now = Date.now();
    const by = await verdictVisitor(body.site, c.req.header("cf-connecting-ip"));
    await enforceVerdictLimit(c.env.DB, body.site, by, body.messageId, now);
    const verdict = { ...body, by };
    const result = await setAnswerVerdict(c.env.DB, verdict, new Date(now).toISOString()).run();
    if (result.meta.changes === 0) {
      throw new AppError(
        "answer_not_found",
        "This conversation has no answer with this messageId to give a verdict on.",
      );
    }
    return c.body(null, 204);
  },
);
