/** @jsxImportSource hono/jsx */
import type { Invite, Member, Role } from "../../team/members-store.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../team/password.ts";
import type { Actor } from "../actor.ts";
import { formatTime } from "../format.ts";
import { describedBy, Field } from "./field.tsx";

/** The most a member's name takes: it is shown to visitors on replies. */
export const MAX_MEMBER_NAME_LENGTH = 80;

const ROLE_HINT: Record<Role, string> = {
  owner: "everything, including channels, settings and the team",
  agent: "handoffs (reply, resolve) and teaching the knowledge base",
};

export interface InviteDraft {
  email: string;
  role: Role;
  errors?: { email?: string };
}

/** The Team page: who is on it, the invitations still open, and a form to invite someone. */
export function TeamPage(props: {
  actor: Actor;
  members: readonly Member[];
  invites: readonly Invite[];
  draft: InviteDraft;
  /** The link of an invitation just made: shown this once, never stored. */
  created?: { email: string; link: string; expiresAt: string } | null;
}) {
  const { draft } = props;
  return (
    <>
      {props.created ? (
        <section class="card" aria-labelledby="invite-link-heading">
          <h2 id="invite-link-heading">{`Invitation link for ${props.created.email}`}</h2>
          <p>
            Send this link to them yourself (email, chat). It is shown only now, works once, and
            expires {formatTime(props.created.expiresAt)}.
          </p>
          <label for="invite-link">Invitation link</label>
          {/* Shown once and too long for its box: focused, with a button that copies it whole. */}
          <input id="invite-link" type="text" readonly value={props.created.link} autofocus />
          <button type="button" class="secondary" data-copy="invite-link">
            Copy the link
          </button>
          <p class="hint" role="status" id="copy-status"></p>
        </section>
      ) : null}
      <section class="card" aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <p class="hint">
          Whoever signs in with the admin token is “admin”, an owner, and is not listed. Replies,
          resolutions and taught phrasings record who did them. Someone who forgot their password:
          remove them and invite the address again.
        </p>
        {props.members.length === 0 ? (
          <p class="empty">No members yet: invite your team below.</p>
        ) : (
          <table class="cards">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">Remove</th>
              </tr>
            </thead>
            <tbody>
              {props.members.map((m) => (
                <MemberRow member={m} self={m.id === props.actor.memberId} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {props.invites.length ? (
        <section class="card" aria-labelledby="invites-heading">
          <h2 id="invites-heading">Open invitations</h2>
          <ul class="plain">
            {props.invites.map((i, n) => (
              <li>
                <span id={`invite-${n}`}>
                  {`${i.email} as ${i.role}, invited by ${i.invitedBy}, expires ${formatTime(i.expiresAt)}`}
                </span>{" "}
                <form method="post" action={`/admin/team/invites/${i.id}/revoke`} class="inline">
                  <button type="submit" class="secondary" aria-describedby={`invite-${n}`}>
                    Withdraw
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form method="post" action="/admin/team/invite" class="card">
        <h2>Invite someone</h2>
        <Field
          id="invite-email"
          label="Their email"
          hint="They sign in with it."
          error={draft.errors?.email}
        >
          <input
            id="invite-email"
            name="email"
            type="email"
            required
            maxlength={320}
            value={draft.email}
            aria-describedby={describedBy("invite-email", true, draft.errors?.email)}
            aria-invalid={draft.errors?.email ? "true" : undefined}
          />
        </Field>
        <fieldset>
          <legend>Role</legend>
          {(["agent", "owner"] as const).map((role) => (
            <label class="check">
              <input type="radio" name="role" value={role} checked={draft.role === role} />
              {` ${role[0]?.toUpperCase()}${role.slice(1)}: ${ROLE_HINT[role]}`}
            </label>
          ))}
        </fieldset>
        <button type="submit">Create invitation link</button>
      </form>
    </>
  );
}

function MemberRow(props: { member: Member; self: boolean }) {
  const m = props.member;
  const nameId = `member-${m.id}`;
  return (
    <tr>
      <th scope="row" id={nameId}>
        {m.name}
        {props.self ? " (you)" : ""}
      </th>
      <td data-label="Email">{m.email}</td>
      <td data-label="Role">
        {props.self ? (
          m.role
        ) : (
          <form method="post" action={`/admin/team/members/${m.id}/role`} class="inline">
            <select name="role" aria-label={`Role of ${m.name}`}>
              <option value="agent" selected={m.role === "agent"}>
                agent
              </option>
              <option value="owner" selected={m.role === "owner"}>
                owner
              </option>
            </select>{" "}
            <button type="submit" class="secondary" aria-describedby={nameId}>
              Change role
            </button>
          </form>
        )}
      </td>
      <td data-label="Joined">{formatTime(m.createdAt)}</td>
      <td data-label="Remove">
        {props.self ? (
          "–"
        ) : (
          <form
            method="post"
            action={`/admin/team/members/${m.id}/remove`}
            class="inline"
            data-confirm={`Remove ${m.name} from the team? They are signed out at once.`}
          >
            <input type="hidden" name="confirm" value="1" />
            <button type="submit" class="secondary" aria-describedby={nameId}>
              Remove
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}

export interface AcceptDraft {
  name: string;
  errors?: { name?: string; password?: string };
}

/** Accepting an invitation: a name and a password, then signed in. */
export function AcceptInvitePage(props: {
  email: string;
  role: Role;
  invitedBy: string;
  draft: AcceptDraft;
}) {
  const { draft } = props;
  return (
    <form method="post" class="card login-card">
      <h1>Join the team</h1>
      <p>{`${props.invitedBy} invited ${props.email} to the Clarifier dashboard as ${props.role === "owner" ? "an owner" : "an agent"}.`}</p>
      <input type="hidden" name="email" value={props.email} autocomplete="username" />
      <NameField
        id="name"
        hint="Visitors see it on your replies."
        value={draft.name}
        error={draft.errors?.name}
      />
      <PasswordField id="password" label="Choose a password" error={draft.errors?.password} />
      <button type="submit">Join and sign in</button>
    </form>
  );
}

/** A member's name, as they sign their replies: on the invitation page and their account page. */
function NameField(props: { id: string; hint: string; value: string; error?: string }) {
  return (
    <Field id={props.id} label="Your name" hint={props.hint} error={props.error}>
      <input
        id={props.id}
        name="name"
        type="text"
        autocomplete="name"
        required
        maxlength={MAX_MEMBER_NAME_LENGTH}
        value={props.value}
        aria-describedby={describedBy(props.id, true, props.error)}
        aria-invalid={props.error ? "true" : undefined}
      />
    </Field>
  );
}

function PasswordField(props: { id: string; label: string; error?: string }) {
  return (
    <Field
      id={props.id}
      label={props.label}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      error={props.error}
    >
      <input
        id={props.id}
        name="password"
        type="password"
        autocomplete="new-password"
        required
        minlength={MIN_PASSWORD_LENGTH}
        maxlength={MAX_PASSWORD_LENGTH}
        aria-describedby={describedBy(props.id, true, props.error)}
        aria-invalid={props.error ? "true" : undefined}
      />
    </Field>
  );
}

/** Why an invitation link does not work, in words for the person who opened it. */
export const INVITE_PROBLEMS = {
  unknown:
    "This invitation link is not valid: it may have been withdrawn, or copied incompletely. Ask the owner who invited you for a new one.",
  used: "This invitation has been accepted already. Sign in with the email and password chosen then.",
  expired:
    "This invitation has expired: links work for 7 days. Ask the owner who invited you for a new one.",
  member_exists:
    "This address is a member of the team already. Sign in with it, or ask an owner to remove it first.",
} as const;

/** An invitation link that does not work, and what to do. */
export function InviteProblem(props: { message: string; signIn: boolean }) {
  return (
    <div class="card login-card">
      <h1>Invitation</h1>
      <p class="notice error" role="alert">
        {props.message}
      </p>
      {props.signIn ? (
        <p>
          <a href="/admin/login">Sign in</a>
        </p>
      ) : null}
    </div>
  );
}

export interface AccountDraft {
  name: string;
  errors?: { name?: string; current?: string; password?: string };
}

/** A member's own name and password. */
export function AccountPage(props: { actor: Actor; draft: AccountDraft }) {
  const { draft } = props;
  return (
    <>
      <p>{`Signed in as ${props.actor.email ?? ""}, ${props.actor.role === "owner" ? "an owner" : "an agent"}.`}</p>
      <form method="post" action="/admin/account/name" class="card">
        <h2>Name</h2>
        <NameField
          id="account-name"
          hint="Shown to visitors on your replies, and to the team."
          value={draft.name}
          error={draft.errors?.name}
        />
        <button type="submit">Save name</button>
      </form>
      <form method="post" action="/admin/account/password" class="card">
        <h2>Password</h2>
        <input type="hidden" name="email" value={props.actor.email ?? ""} autocomplete="username" />
        <Field id="current-password" label="Current password" error={draft.errors?.current}>
          <input
            id="current-password"
            name="current"
            type="password"
            autocomplete="current-password"
            required
            aria-describedby={describedBy("current-password", false, draft.errors?.current)}
            aria-invalid={draft.errors?.current ? "true" : undefined}
          />
        </Field>
        <PasswordField id="new-password" label="New password" error={draft.errors?.password} />
        <p class="hint">Changing it signs out every other browser signed in as you.</p>
        <button type="submit">Change password</button>
      </form>
    </>
  );
}
