import { describeTrigger } from "../../shared/handoff.ts";
import { neutraliseBidi } from "../../shared/visible-text.ts";
import type { HandoffNotice } from "./notice.ts";

// Block Kit's limits (https://api.slack.com/reference/block-kit/blocks): a section's text 3,000
// characters, each of its fields 2,000, a header's plain text 150. A message over any of them
// is refused whole, and the channel would fail.
export const SECTION_TEXT_LIMIT = 3_000;
export const SECTION_FIELD_LIMIT = 2_000;
export const HEADER_TEXT_LIMIT = 150;

/**
 * Visitor text made inert for Slack mrkdwn: `&`, `<`, `>` escaped as Slack requires, so a visitor
 * cannot write `<!channel>`, `<@U123>` or `<https://evil|click>`; mentions written as plain words
 * (`@channel`, `@here`, `@someone`) defused (`defuseMentions`); and bidi controls removed
 * (`neutraliseBidi`), so it cannot reorder what the team reads.
 */
export function escapeSlackText(text: string): string {
  return escapeSlackMarkup(defuseMentions(text));
}

/** `escapeSlackText` but for mentions: for an email address, whose "@" is no mention. */
function escapeSlackMarkup(text: string): string {
  return neutraliseBidi(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// An "@" that starts a word: not the one of "jane@example.com" written in a message. Slack's own
// parser read a mention after a space, "(", ">", "*" or "_" (bold, italics), so those start one.
const MENTION_AT = /(?<![\p{L}\p{N}\p{M}.+-])@(?=[\p{L}\p{N}_])/gu;

/**
 * `text` with a word joiner (U+2060, invisible) after every "@" that starts a word, so that
 * `@channel`, `@here`, `@everyone` or a person's handle reads the same to the team but is no
 * longer a word Slack can take for a mention. The escaping stops Slack's mention syntax
 * (`<!channel>`); these plain words are what Slack's text objects parse by themselves unless
 * told not to ("certain mentions will be automatically parsed" while `verbatim` is false, its
 * default: Block Kit's text-object reference), and an incoming webhook may ignore `parse`. A
 * visitor's "@channel" would otherwise notify everyone in the team's channel, at every handoff
 * and follow-up.
 *
 * @example
 * defuseMentions("@channel call me at jane@example.com"); // "@\u2060channel call me at jane@example.com"
 */
export function defuseMentions(text: string): string {
  return text.replace(MENTION_AT, "@\u2060");
}

/**
 * `label` then `text` made inert (`escapeSlackText`; with `quote`, each line a mrkdwn quote;
 * with `address`, an email address, whose "@" is left whole), within `max` characters in all:
 * cut on a whole character, with an ellipsis, counted after escaping, since escaping can make a
 * message four times longer ("<" is "&lt;").
 *
 * @example
 * fitSlackText("*Visitor message*\n>", "<".repeat(2_000), 3_000, true).length; // ≤ 3000
 */
export function fitSlackText(
  label: string,
  text: string,
  max: number,
  quote = false,
  address = false,
): string {
  // Escaped a character at a time, so the cut can never split an entity such as "&amp;"; the
  // mentions on the whole text first (one character alone starts no word).
  const piece = (ch: string) => (quote && ch === "\n" ? "\n>" : escapeSlackMarkup(ch));
  const pieces = Array.from(address ? text : defuseMentions(text), piece);
  const whole = pieces.join("");
  if (label.length + whole.length <= max) return `${label}${whole}`;
  return `${label}${cutTo(pieces, max - label.length - 1)}…`;
}

/** The pieces joined, as many as fit in `room` UTF-16 units (never fewer characters than Slack counts). */
function cutTo(pieces: readonly string[], room: number): string {
  let out = "";
  for (const p of pieces) {
    if (out.length + p.length > room) break;
    out += p;
  }
  return out;
}

/** A plain-text header within Block Kit's limit, cut on a whole character. */
function fitHeader(text: string): string {
  return text.length <= HEADER_TEXT_LIMIT
    ? text
    : `${cutTo(Array.from(text), HEADER_TEXT_LIMIT - 1)}…`;
}

/**
 * What Slack may add below a message it is given: nothing. Its previews are of links in the
 * message, and here those are the visitor's and the model's (the quoted parts): media previews
 * are on unless `unfurl_media` is false, and an image a visitor links to would be shown under
 * the notice, outside the quote that marks it as theirs (a fake "sign in again" banner, say).
 */
export const NO_PREVIEWS = { unfurl_links: false, unfurl_media: false } as const;

/** A Block Kit message carrying the same facts as the webhook payload, plus the trigger. */
export function buildSlackMessage(
  handoff: HandoffNotice,
): { text: string; blocks: unknown[] } & typeof NO_PREVIEWS {
  const site = escapeSlackText(handoff.siteName);
  const what = handoff.followUp ? "Follow-up" : "Handoff";
  return {
    ...NO_PREVIEWS,
    text: `New ${what.toLowerCase()} from ${site}`,
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: fitHeader(`${what} from ${handoff.siteName}`) },
      },
      {
        type: "section",
        fields: [
          {
            type: "mrkdwn",
            text: handoff.visitorEmail
              ? fitSlackText(
                  "*Visitor email*\n",
                  handoff.visitorEmail,
                  SECTION_FIELD_LIMIT,
                  false,
                  true,
                )
              : "*Visitor email*\n_not given_",
          },
          {
            type: "mrkdwn",
            text: fitSlackText(
              "*Trigger*\n",
              describeTrigger(handoff, "notice"),
              SECTION_FIELD_LIMIT,
            ),
          },
        ],
      },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: fitSlackText(
            "*Visitor message*\n>",
            handoff.visitorMessage,
            SECTION_TEXT_LIMIT,
            true,
          ),
        },
      },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          // Quoted line by line like the visitor's message: a model can be talked into writing
          // anything, this notice's own headings included.
          text: handoff.lastAiReply
            ? fitSlackText("*Last AI reply*\n>", handoff.lastAiReply, SECTION_TEXT_LIMIT, true)
            : "*Last AI reply*\n_none_",
        },
      },
    ],
  };
}
