import { createApp } from "./app.ts";
import { handleDeliveryBatch, sweepOverdueDeliveries } from "./handoff/dispatch.ts";
import { learnFromPicks } from "./feedback/learn-from-picks.ts";
import { handleInboundEmail } from "./inbound/email-handler.ts";
import { expireVisitorMessages } from "./conversations/retention.ts";

export { ConversationLive } from "./live/conversation-live.ts";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: (batch, env) => handleDeliveryBatch(batch, env),
  email: (message, env) => handleInboundEmail(message, env),
  scheduled: async (_controller, env, ctx) => {
    ctx.waitUntil(sweepOverdueDeliveries(env));
    ctx.waitUntil(learnFromPicks(env));
    ctx.waitUntil(expireVisitorMessages(env));
  },
} satisfies ExportedHandler<Env>;
