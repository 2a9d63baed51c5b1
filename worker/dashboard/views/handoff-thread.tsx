/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import { formatScore, REASON_LABELS } from "../../../shared/handoff.ts";
import { MAX_REPLY_AUTHOR_LENGTH, MAX_REPLY_LENGTH } from "../../../shared/limits.ts";
import type { TranscriptMessage } from "../../conversations/store.ts";
import type { Delivery } from "../../handoff/deliveries-store.ts";
import type { Reply } from "../../handoff/replies-store.ts";
import type { LabelledHandoff } from "../../handoff/store.ts";
import { NO_TEAM, type TeamDirectory, whoDid } from "../attribution.ts";
import { formatTime } from "../format.ts";
import { langOf } from "../text-language.ts";

const EMAIL_LABELS = {
  pending: "email pending",
  delivered: "emailed",
  failed: "email failed",
} as const;

type Line =
  | { kind: "message"; at: string; message: TranscriptMessage }
  | { kind: "reply"; at: string; reply: Reply };

/**
 * The whole conversation: the visitor, the assistant and the team, in the order written (a
 * reply comes after a message of the same instant, as the visitor's widget shows it). Every
 * text is rendered as text, whoever wrote it.
 */
/**
 * Between who said a line and what they said: a colon and a space, in the text. Only a CSS
 * margin stood there, so a screen reader read "VisitorHow do I return an item?" as one word
 * (WCAG 1.3.1: who spoke was told apart by weight alone).
 */
const SAID = ": ";

export function HandoffThread(props: {
  transcript: readonly TranscriptMessage[];
  /** The conversation's messages before the first of `transcript`, left out (too many to show). */
  earlierMessages?: number;
  replies: readonly Reply[];
  replyEmails: readonly Delivery[];
  /** The channel deliveries of the visitor's follow-ups, by the follow-up's message id. */
  followUps: readonly Delivery[];
  /** The message the handoff was sent with: other messages judged a handoff were only offers. */
  handedOffMessage: string;
  /** The team now, to say who wrote each reply by the id recorded with it. */
  team?: TeamDirectory;
}) {
  // A message judged a handoff reached the team only if it is the handoff's own message or was
  // sent on as a follow-up; otherwise the visitor was offered a person and didn't take it.
  const sentToPerson = (m: TranscriptMessage) =>
    m.text === props.handedOffMessage || props.followUps.some((d) => d.subjectId === m.id);
  const lines: Line[] = [
    ...props.transcript.map((message) => ({
      kind: "message" as const,
      at: message.createdAt,
      message,
    })),
    ...shownReplies(props.replies, props.transcript, props.earlierMessages ?? 0).map((reply) => ({
      kind: "reply" as const,
      at: reply.createdAt,
      reply,
    })),
  ];
  // Stable: each side is already in its own order.
  lines.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind === "reply" ? 1 : 0));
  const earlier = props.earlierMessages ?? 0;
  return (
    <>
      {earlier > 0 ? (
        <p class="hint">
          {`${earlier} earlier ${earlier === 1 ? "message" : "messages"} of this conversation ${earlier === 1 ? "is" : "are"} not shown; the latest ${props.transcript.length} are.`}
        </p>
      ) : null}
      <ol class="transcript">
        {lines.map((line) => {
          if (line.kind === "reply") {
            const r = line.reply;
            const email = props.replyEmails.find((d) => d.subjectId === r.id);
            const who = whoDid(props.team ?? NO_TEAM, r.author, r.authorId);
            return (
              <li class="team">
                <span class="who">{who ? `${who} (team)` : "Team"}</span>
                {SAID}
                <span class="text" lang={langOf(r.text)}>
                  {r.text}
                </span>
                <span class="judged">
                  {formatTime(r.createdAt)}
                  {email ? (
                    <>
                      {" · "}
                      <span class={`status ${email.status}`}>{EMAIL_LABELS[email.status]}</span>
                      {email.lastError ? ` (${email.lastError})` : ""}
                    </>
                  ) : null}
                </span>
              </li>
            );
          }
          const m = line.message;
          return (
            <li class={m.role}>
              <span class="who">{m.role === "visitor" ? "Visitor" : "AI"}</span>
              {SAID}
              <span class="text" lang={langOf(m.text)}>
                {m.text}
              </span>
              {m.role === "visitor" && m.decision ? (
                <span class="judged">
                  {m.decision === "handoff"
                    ? `${sentToPerson(m) ? "handed off" : "offered a person"}: ${m.reason ? REASON_LABELS[m.reason].toLowerCase() : "reason not recorded"}`
                    : "answered"}
                  {/* Only where the score decided (an answer, a low-confidence handoff): beside a keyword's
                    or a request's handoff it read as a reason ("confidence 0.00" for "talk to a
                    human", which matches no article), though the keyword decided whatever it was. */}
                  {m.confidence !== null &&
                  (m.decision !== "handoff" || m.reason === "low_confidence")
                    ? ` · confidence ${formatScore(m.confidence)}`
                    : ""}
                </span>
              ) : null}
              <FollowUpStatus deliveries={props.followUps.filter((d) => d.subjectId === m.id)} />
            </li>
          );
        })}
      </ol>
    </>
  );
}

/**
 * The team's replies that belong with the messages shown: all of them, or, when earlier messages
 * are left out, those from the first message shown on (an older reply answered what is not shown).
 */
function shownReplies(
  replies: readonly Reply[],
  transcript: readonly TranscriptMessage[],
  earlier: number,
): readonly Reply[] {
  const from = transcript[0]?.createdAt;
  return earlier > 0 && from ? replies.filter((r) => r.createdAt >= from) : replies;
}

/**
 * The reply box: a same-origin form post, like every dashboard change. A member's reply carries
 * their name (`sender`); the token holder, who has none, may type one, else it is "admin".
 */
export function ReplyForm(props: {
  handoff: LabelledHandoff;
  returnTo: string;
  sender: string | null;
  /** Who is writing (a member's id, or "admin"): the page's script keeps their draft under it. */
  writer: string;
}) {
  const h = props.handoff;
  const id = `reply-${h.id}`;
  // `data-draft`: the page's script keeps what is typed in this browser until it is sent, so a
  // session that ends meanwhile (12 hours) loses nothing; kept per writer, so another member
  // signing in on the same browser is never handed it.
  return (
    <form
      class="reply"
      method="post"
      action={`/admin/handoffs/${h.id}/replies`}
      data-draft={`${props.writer}/${h.id}`}
      data-handoff={h.id}
    >
      <input type="hidden" name="back" value={props.returnTo} />
      <label for={id}>Reply to the visitor</label>
      {/* Described by where the reply goes: whether it is emailed is worth hearing before sending. */}
      <textarea
        id={id}
        name="text"
        rows={4}
        required
        maxlength={MAX_REPLY_LENGTH}
        aria-describedby={`${id}-hint`}
      />
      <p class="hint" id={`${id}-hint`}>
        {h.visitorEmail
          ? `Shown in the visitor's chat, and emailed to ${h.visitorEmail}.`
          : "Shown in the visitor's chat; they left no email, so they read it when they come back."}
      </p>
      {props.sender ? (
        <p class="hint">{`Sent as ${props.sender}: the visitor sees your name.`}</p>
      ) : (
        <label>
          Your name (shown to the visitor)
          {/* Signed in with the token, a reply without a name is recorded as from "admin". */}
          <input
            type="text"
            name="author"
            maxlength={MAX_REPLY_AUTHOR_LENGTH}
            autocomplete="name"
            placeholder="admin"
          />
        </label>
      )}
      {/* Filled by the page's script when it puts a kept draft back in the box: a status region,
          empty as the page loads, so a screen reader says the text in the box is a kept draft
          (WCAG 4.1.3), which it otherwise read back unexplained. */}
      <p class="hint" id={`${id}-draft`} role="status" />
      <button type="submit">Send reply</button>
    </form>
  );
}

/** Resolve an open handoff, or reopen a resolved one. */
export function StatusForm(props: {
  handoff: LabelledHandoff;
  returnTo: string;
  /** What names the handoff among others in a list, heard after the button's words. */
  which?: Child;
}) {
  const h = props.handoff;
  const resolved = h.status === "resolved";
  return (
    <form method="post" action={`/admin/handoffs/${h.id}/status`}>
      <input type="hidden" name="back" value={props.returnTo} />
      <input type="hidden" name="status" value={resolved ? "open" : "resolved"} />
      <button type="submit" class={resolved ? "secondary" : undefined}>
        {resolved ? "Reopen" : "Mark resolved"}
        {props.which ?? null}
      </button>
    </form>
  );
}

/** How a follow-up went out to the site's channels, when the message was one. */
function FollowUpStatus(props: { deliveries: readonly Delivery[] }) {
  const all = props.deliveries;
  if (all.length === 0) return null;
  const delivered = all.filter((d) => d.status === "delivered").length;
  const failed = all.filter((d) => d.status === "failed");
  return (
    <span class="judged">
      {`follow-up sent to the channels: ${delivered} of ${all.length} delivered`}
      {failed.length ? (
        <span class="status failed">
          {`, ${failed.length} failed (${failed.map((d) => d.lastError ?? "").join("; ")})`}
        </span>
      ) : null}
    </span>
  );
}
