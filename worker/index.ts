import { createApp } from "./app.ts";
import { handleDeliveryBatch, sweepOverdueDeliveries } from "./handoff/dispatch.ts";
import { learnFromPicks } from "./feedback/learn-from-picks.ts";
import { handleInboundEmail } from "./inbound/email-handler.ts";
import { expireVisitorMessages } from "./conversations/retention.ts";
import { recountFiguresIfAsked } from "./conversations/message-counts.ts";
import { recountHandoffsIfAsked } from "./handoff/handoff-counts.ts";
import {
  expireUnlandedVerdicts,
  handleQuestionLogBatch,
  QUESTION_LOG_QUEUE,
} from "./conversations/question-log.ts";

export { ConversationLive } from "./live/conversation-live.ts";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: (batch, env) =>
    batch.queue === QUESTION_LOG_QUEUE
      ? handleQuestionLogBatch(batch as Parameters<typeof handleQuestionLogBatch>[0], env)
      : handleDeliveryBatch(batch, env),
  email: (message, env) => handleInboundEmail(message, env),
  scheduled: async (_controller, env, ctx) => {
    ctx.waitUntil(sweepOverdueDeliveries(env));
    ctx.waitUntil(learnFromPicks(env));
    ctx.waitUntil(expireVisitorMessages(env));
    ctx.waitUntil(expireUnlandedVerdicts(env));
    ctx.waitUntil(recountFiguresIfAsked(env));
    ctx.waitUntil(recountHandoffsIfAsked(env));
  },
} satisfies ExportedHandler<Env>;
