import { EmailMessage } from "cloudflare:email";
import { isValidEmail } from "../../shared/email.ts";
import { describeTrigger } from "../../shared/handoff.ts";
import { buildMime, stripUnsafeCharacters } from "./mime.ts";
import { type HandoffNotice, isTestNotice } from "./notice.ts";

export interface HandoffEmail {
  subject: string;
  text: string;
  html: string;
  replyTo: string | null;
  /**
   * The handoff's own reply address (`reply+…@REPLY_DOMAIN`), when inbound replies are on: a
   * second Reply-To, so the team's answer also reaches the visitor's chat.
   */
  replyAddress?: string | null;
}

const SUBJECT_PREVIEW = 60;

/**
 * The email a team receives: site, visitor message, email, last AI reply, trigger and a link to
 * the handoff on the dashboard, as text and HTML. Visitor text is HTML-escaped, and folded to
 * one line in the subject, so it can neither add markup nor headers; NULs, other control
 * characters and bidi overrides are removed everywhere, and Reply-To is set only for a plain
 * address.
 *
 * @example
 * buildHandoffEmail(handoff, "https://clarifier.example/admin").subject;
 * // "Handoff from Acme: Can you call me back?"
 */
export function buildHandoffEmail(stored: HandoffNotice, dashboardUrl: string): HandoffEmail {
  const handoff = withoutUnsafeCharacters(stored);
  const oneLine = handoff.visitorMessage
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  // By code points: cutting between the halves of an emoji would leave half a character.
  const characters = Array.from(oneLine);
  const preview =
    characters.length > SUBJECT_PREVIEW
      ? `${characters.slice(0, SUBJECT_PREVIEW - 1).join("")}…`
      : oneLine;
  const dashboard = `${dashboardUrl.replace(/\/$/, "")}/admin`;
  // The handoff's own page, which works without script and through the sign-in page. A test
  // from the Channels page stores no handoff: its link would only say "Unknown handoff".
  const test = isTestNotice(handoff);
  const link = test ? dashboard : `${dashboard}/handoffs/${encodeURIComponent(handoff.id)}`;
  const linkText = test
    ? "This is a test sent from the dashboard's Channels page: no handoff was stored, so there is none to open. The dashboard"
    : "Open the handoff";
  const facts: [string, string][] = [
    ["Site", handoff.siteName],
    ["Visitor email", handoff.visitorEmail ?? "not given"],
    ["Trigger", describeTrigger(handoff, "notice")],
    ["Received", handoff.createdAt],
  ];
  const opening = handoff.followUp
    ? `The visitor on ${handoff.siteName} wrote again about their handoff.`
    : `A visitor on ${handoff.siteName} asked for a person.`;
  const text = [
    opening,
    "",
    ...facts.map(([k, v]) => `${k}: ${v}`),
    "",
    "Visitor message:",
    quoted(handoff.visitorMessage),
    "",
    "Last AI reply:",
    handoff.lastAiReply === null ? "(none)" : quoted(handoff.lastAiReply),
    "",
    handoff.visitorEmail
      ? `Reply to this email to answer ${handoff.visitorEmail}.`
      : "The visitor left no email address.",
    `${linkText}: ${link}`,
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1d2733;line-height:1.5">
<p>${escapeHtml(opening)}</p>
<table cellpadding="4" style="border-collapse:collapse">${facts
    .map(
      ([k, v]) =>
        `<tr><th align="left" style="padding-right:12px">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`,
    )
    .join("")}</table>
<h3 style="margin-bottom:4px">Visitor message</h3>
<blockquote style="margin:0;padding:8px 12px;border-left:4px solid #1a56db;background:#f3f6fb;white-space:pre-wrap">${escapeHtml(handoff.visitorMessage)}</blockquote>
<h3 style="margin-bottom:4px">Last AI reply</h3>
<p style="white-space:pre-wrap;margin-top:0">${handoff.lastAiReply ? escapeHtml(handoff.lastAiReply) : "<em>none</em>"}</p>
<p>${handoff.visitorEmail ? `Reply to this email to answer ${escapeHtml(handoff.visitorEmail)}.` : "The visitor left no email address."}</p>
<p>${test ? `${escapeHtml(linkText)}: ` : ""}<a href="${escapeHtml(link)}">${test ? "Open the dashboard" : "Open the handoff on the dashboard"}</a></p>
</body></html>`;
  return {
    subject: `${handoff.followUp ? "Follow-up" : "Handoff"} from ${handoff.siteName}: ${preview}`
      .replace(/\s+/g, " ")
      .trim(),
    text,
    html,
    // Judged as stored: an address that needed cleaning is not one to answer blindly.
    replyTo:
      stored.visitorEmail !== null && isValidEmail(stored.visitorEmail)
        ? stored.visitorEmail
        : null,
  };
}

/**
 * Text someone else wrote, each line marked "> " (a blank one ">"), as the HTML part sets it in a
 * blockquote: unmarked, a visitor's message could end the email with lines and a sign-in link
 * of its own, and push the real ending out of sight with blank lines. The last AI reply is
 * marked too: a model can be talked into writing anything.
 *
 * @example
 * quoted("Hi\n\nthanks"); // "> Hi\n>\n> thanks"
 */
function quoted(text: string): string {
  return text
    .split(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/)
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");
}

function withoutUnsafeCharacters(handoff: HandoffNotice): HandoffNotice {
  return {
    ...handoff,
    siteName: stripUnsafeCharacters(handoff.siteName),
    matched: handoff.matched === null ? null : stripUnsafeCharacters(handoff.matched),
    visitorEmail:
      handoff.visitorEmail === null ? null : stripUnsafeCharacters(handoff.visitorEmail),
    visitorMessage: stripUnsafeCharacters(handoff.visitorMessage),
    lastAiReply: handoff.lastAiReply === null ? null : stripUnsafeCharacters(handoff.lastAiReply),
  };
}

/** The email as MIME, ready for the `send_email` binding (see `buildMime`). */
export function toMime(
  email: HandoffEmail,
  from: string,
  to: string,
  messageIdDomain: string,
): string {
  return buildMime({
    from: { name: "Clarifier", address: from },
    to,
    replyTo: email.replyTo,
    alsoReplyTo: email.replyAddress ?? null,
    subject: email.subject,
    messageId: `${crypto.randomUUID()}@${messageIdDomain}`,
    date: new Date(),
    text: email.text,
    html: email.html,
  });
}

/** The recipients an earlier attempt already sent to, and how to record one sent now. */
export interface RecipientsSent {
  already: ReadonlySet<string>;
  record(to: string): Promise<void>;
}

/** Some recipients' sends failed: each one's error, by address (the others were sent). */
export class RecipientsFailed extends Error {
  readonly failures: readonly { to: string; error: unknown }[];
  constructor(failures: readonly { to: string; error: unknown }[]) {
    const first = failures[0]?.error;
    super(first instanceof Error ? first.message : String(first));
    this.name = "RecipientsFailed";
    this.failures = failures;
  }
}

/**
 * Sends one message per recipient through the `send_email` binding, each on its own: one the
 * binding refuses (an address not verified) no longer stops the ones after it, and each sent is
 * recorded at once (`sent.record`), so the retry of a failed one sends to it alone, not again to
 * those that got it (the fourth reliability review). Throws `RecipientsFailed` when any failed.
 */
export async function sendHandoffEmail(
  binding: SendEmail,
  from: string,
  recipients: readonly string[],
  email: HandoffEmail,
  sent: RecipientsSent = { already: new Set(), record: async () => undefined },
): Promise<void> {
  const domain = from.split("@")[1] ?? "clarifier.invalid";
  const failures: { to: string; error: unknown }[] = [];
  for (const to of recipients) {
    if (sent.already.has(to)) continue;
    try {
      await binding.send(new EmailMessage(from, to, toMime(email, from, to, domain)));
    } catch (error) {
      failures.push({ to, error });
      continue;
    }
    await sent.record(to);
  }
  if (failures.length > 0) throw new RecipientsFailed(failures);
}

/** Text made inert in an email's HTML part: the five characters markup gives meaning to. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
