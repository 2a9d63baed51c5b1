/** The slack_threads table: which Slack message (channel, ts) stands for a handoff. */

/** The ts of the handoff's message in the site's Slack app channel `channelId`, or null. */
export async function getSlackThreadTs(
  db: D1Database,
  handoffId: string,
  channelId: string,
): Promise<string | null> {
  const row = await db
    .prepare("SELECT ts FROM slack_threads WHERE handoff_id = ? AND channel_id = ?")
    .bind(handoffId, channelId)
    .first<{ ts: string }>();
  return row?.ts ?? null;
}

/** Records the handoff's message in a Slack app channel; a repeat keeps the first. */
export async function saveSlackThread(db: D1Database, thread: SlackThread): Promise<void> {
  await saveSlackThreadStatement(db, thread).run();
}

/** A handoff's message in a Slack app channel: the site's channel id, Slack's channel and ts. */
export interface SlackThread {
  handoffId: string;
  channelId: string;
  slackChannel: string;
  ts: string;
}

/** `saveSlackThread` as a statement, to batch with the delivery's success. */
export function saveSlackThreadStatement(db: D1Database, thread: SlackThread): D1PreparedStatement {
  return db
    .prepare(
      "INSERT INTO slack_threads (handoff_id, channel_id, slack_channel, ts) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(thread.handoffId, thread.channelId, thread.slackChannel, thread.ts);
}

/** The handoff whose message is (slackChannel, ts) in the site's channel `channelId`, or null. */
export async function findHandoffOfSlackThread(
  db: D1Database,
  channelId: string,
  slackChannel: string,
  ts: string,
): Promise<string | null> {
  const row = await db
    .prepare(
      "SELECT handoff_id AS id FROM slack_threads WHERE channel_id = ? AND slack_channel = ? AND ts = ?",
    )
    .bind(channelId, slackChannel, ts)
    .first<{ id: string }>();
  return row?.id ?? null;
}
