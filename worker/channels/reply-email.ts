import { EmailMessage } from "cloudflare:email";
import type { ReplyLanguage } from "../../shared/languages.ts";
import { escapeHtml } from "./email.ts";
import { buildMime, stripUnsafeCharacters } from "./mime.ts";
import { REPLY_EMAIL_WORDS } from "./reply-email-words.ts";

/** What the visitor's email of one team reply is made from. */
export interface ReplyEmailInput {
  siteName: string;
  visitorEmail: string;
  /** The visitor's message the handoff was about, quoted under the reply. */
  visitorMessage: string;
  reply: { id: string; text: string; author: string | null };
  /**
   * The Message-IDs of the emails of the handoff's earlier replies, oldest first, without angle
   * brackets: the email thread so far (the mail service assigns them, see `sendReplyEmail`).
   */
  thread: readonly string[];
  /** Where the visitor's answer by email goes (the team's inbox), when the site has one. */
  replyTo: string | null;
  /** The language the visitor chatted in (`replyEmailLanguage`); English when absent. */
  language?: ReplyLanguage;
}

/**
 * The Message-ID a reply's email is written with: stable across retries. The mail service may
 * replace it (see `sendReplyEmail`).
 *
 * @example
 * replyMessageId("r1", "clarifier.example"); // "reply-r1@clarifier.example"
 */
export function replyMessageId(replyId: string, domain: string): string {
  return `reply-${replyId}@${domain}`;
}

/**
 * One team reply as an email to the visitor, threaded under the earlier ones (In-Reply-To the
 * last, References all of them), text and HTML, everything the team or visitor wrote escaped.
 */
export function buildReplyMime(input: ReplyEmailInput, from: string, now: Date): string {
  const domain = from.split("@")[1] ?? "clarifier.invalid";
  const siteName = stripUnsafeCharacters(input.siteName);
  const author = input.reply.author ? stripUnsafeCharacters(input.reply.author) : null;
  const text = stripUnsafeCharacters(input.reply.text);
  const question = stripUnsafeCharacters(input.visitorMessage);
  const signer = author ? `${author} (${siteName})` : siteName;
  // The last ten are enough for any client to thread, and keep the header short.
  const references = input.thread.slice(-10);
  const language = input.language ?? "en";
  const words = REPLY_EMAIL_WORDS[language];
  const answerHow = input.replyTo ? words.answerByEmail : words.answerInChat;
  const plain = [
    words.replied(signer),
    "",
    text,
    "",
    "—",
    words.youWrote,
    ...question.split("\n").map((line) => `> ${line}`),
    "",
    answerHow,
  ].join("\n");
  const html = `<!doctype html><html lang="${language}"><body style="font-family:system-ui,sans-serif;color:#1d2733;line-height:1.5">
<p>${escapeHtml(words.replied(signer))}</p>
<p style="white-space:pre-wrap">${escapeHtml(text)}</p>
<hr><p style="color:#555">${escapeHtml(words.youWrote)}</p>
<blockquote style="margin:0;padding:8px 12px;border-left:4px solid #ccc;white-space:pre-wrap;color:#555">${escapeHtml(question)}</blockquote>
<p style="color:#555">${escapeHtml(answerHow)}</p>
</body></html>`;
  return buildMime({
    from: { name: siteName, address: from },
    to: input.visitorEmail,
    replyTo: input.replyTo,
    subject: words.subject(siteName),
    messageId: replyMessageId(input.reply.id, domain),
    inReplyTo: references[references.length - 1] ?? null,
    references,
    date: now,
    text: plain,
    html,
  });
}

/**
 * Sends a reply's email through the `send_email` binding; returns the Message-ID it went out
 * with, without angle brackets. Cloudflare's service (and wrangler's local one) replaces the
 * Message-ID a message carries with its own, so only the returned one threads the next reply.
 */
export async function sendReplyEmail(
  binding: SendEmail,
  from: string,
  input: ReplyEmailInput,
): Promise<string> {
  const sent = await binding.send(
    new EmailMessage(from, input.visitorEmail, buildReplyMime(input, from, new Date())),
  );
  return (sent?.messageId ?? replyMessageId(input.reply.id, from.split("@")[1] ?? "")).replace(
    /^<|>$/g,
    "",
  );
}
