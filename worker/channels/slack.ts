import { describeTrigger } from "../../shared/handoff.ts";
import { neutraliseBidi } from "../../shared/visible-text.ts";
import type { HandoffNotice } from "./notice.ts";

// Slack's section text limit is 3,000 characters; leave room for the label.
const MAX_FIELD = 2_800;

/**
 * Visitor text made inert for Slack mrkdwn: `&`, `<`, `>` escaped as Slack requires, so a visitor
 * cannot write `<!channel>`, `<@U123>` or `<https://evil|click>`, and bidi controls removed
 * (`neutraliseBidi`), so it cannot reorder what the team reads.
 */
export function escapeSlackText(text: string): string {
  return neutraliseBidi(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function field(text: string): string {
  const escaped = escapeSlackText(text);
  return escaped.length > MAX_FIELD ? `${escaped.slice(0, MAX_FIELD)}…` : escaped;
}

/** A Block Kit message carrying the same facts as the webhook payload, plus the trigger. */
export function buildSlackMessage(handoff: HandoffNotice): { text: string; blocks: unknown[] } {
  const site = escapeSlackText(handoff.siteName);
  const what = handoff.followUp ? "Follow-up" : "Handoff";
  return {
    text: `New ${what.toLowerCase()} from ${site}`,
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: `${what} from ${handoff.siteName}`.slice(0, 150) },
      },
      {
        type: "section",
        fields: [
          {
            type: "mrkdwn",
            text: `*Visitor email*\n${handoff.visitorEmail ? field(handoff.visitorEmail) : "_not given_"}`,
          },
          { type: "mrkdwn", text: `*Trigger*\n${field(describeTrigger(handoff, "notice"))}` },
        ],
      },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*Visitor message*\n>${field(handoff.visitorMessage).replace(/\n/g, "\n>")}`,
        },
      },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*Last AI reply*\n${handoff.lastAiReply ? field(handoff.lastAiReply) : "_none_"}`,
        },
      },
    ],
  };
}
