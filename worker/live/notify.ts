import type { ReplyNotifier } from "../handoff/reply.ts";

/** Tells an open widget of a reply. Until live updates exist, the widget polls. */
export function liveNotifier(_env: Env): ReplyNotifier {
  return async () => undefined;
}
