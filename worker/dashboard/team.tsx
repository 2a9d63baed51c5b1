/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { html } from "hono/html";
import type { Child } from "hono/jsx";
import { isValidEmail } from "../../shared/email.ts";
import { hasVisibleText } from "../../shared/visible-text.ts";
import { requireAdminToken } from "../admin/auth.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { enforceAccountSignInLimit, enforceSignInLimit } from "../http/rate-limit.ts";
import {
  acceptInvite,
  createInvite,
  findInvite,
  getMemberForSignIn,
  type Invite,
  isMemberEmail,
  isRole,
  listMembers,
  listPendingInvites,
  normaliseEmail,
  removeMember,
  revokeInvite,
  setMemberName,
  setMemberPassword,
  setMemberRole,
} from "../team/members-store.ts";
import { hashPassword, passwordProblem, verifyPassword } from "../team/password.ts";
import { type Actor, requireActor } from "./actor.ts";
import { renderPage } from "./render.tsx";
import { setSessionCookie } from "./sign-in.tsx";
import { BarePage } from "./views/layout.tsx";
import {
  type AcceptDraft,
  AcceptInvitePage,
  type AccountDraft,
  AccountPage,
  INVITE_PROBLEMS,
  type InviteDraft,
  InviteProblem,
  MAX_MEMBER_NAME_LENGTH,
  TeamPage,
} from "./views/team.tsx";

/**
 * The team: the owners' Team page (invite, change a role, remove, withdraw an invitation), the
 * invitation link a new member opens (the one page besides sign-in shown without a session),
 * and each member's own account (name, password). Agents never reach the Team page's routes:
 * the session middleware refuses them (actor.ts).
 */
export const teamPages = new Hono<AppEnv>()
  .get("/team", (c) => teamPage(c, { email: "", role: "agent" }))
  .post("/team/invite", async (c) => {
    const actor = requireActor(c);
    const form = await c.req.parseBody();
    const raw = typeof form.email === "string" ? form.email : "";
    const email = normaliseEmail(raw);
    const role = isRole(form.role) ? form.role : "agent";
    const draft: InviteDraft = { email: raw, role };
    if (!isValidEmail(email)) {
      return teamPage(
        c,
        { ...draft, errors: { email: "Enter an email address such as ana@example.com." } },
        400,
      );
    }
    if (await isMemberEmail(c.env.DB, email)) {
      return teamPage(c, { ...draft, errors: { email: "This address is a member already." } }, 400);
    }
    const { token, expiresAt } = await createInvite(c.env.DB, {
      email,
      role,
      invitedBy: actor.name,
      nowMs: Date.now(),
    });
    const link = `${new URL(c.req.url).origin}/admin/invite/${token}`;
    return teamPage(c, { email: "", role: "agent" }, 200, { email, link, expiresAt });
  })
  .post("/team/invites/:id/revoke", async (c) => {
    await revokeInvite(c.env.DB, c.req.param("id"));
    return c.redirect("/admin/team?done=invite-revoked", 303);
  })
  .post("/team/members/:id/role", async (c) => {
    const actor = requireActor(c);
    const form = await c.req.parseBody();
    const id = c.req.param("id");
    if (!isRole(form.role)) throw new AppError("bad_request", "The role must be owner or agent.");
    // Demoting oneself by accident would leave the page one cannot undo it from.
    if (id === actor.memberId) {
      throw new AppError("bad_request", "Ask another owner to change your own role.");
    }
    if (!(await setMemberRole(c.env.DB, id, form.role))) throw memberNotFound();
    return c.redirect("/admin/team?done=role-changed", 303);
  })
  .post("/team/members/:id/remove", async (c) => {
    const actor = requireActor(c);
    const form = await c.req.parseBody();
    const id = c.req.param("id");
    if (form.confirm !== "1") {
      throw new AppError("bad_request", "Confirm the removal; nobody was removed.");
    }
    if (id === actor.memberId) {
      throw new AppError("bad_request", "Ask another owner to remove you from the team.");
    }
    if (!(await removeMember(c.env.DB, id))) throw memberNotFound();
    return c.redirect("/admin/team?done=member-removed", 303);
  })
  .get("/invite/:token", async (c) => {
    const found = await findInvite(c.env.DB, c.req.param("token"), new Date().toISOString());
    if (found.state !== "open") return inviteProblem(c, found.state);
    return acceptPage(c, found.invite, { name: "" });
  })
  .post("/invite/:token", async (c) => {
    const adminToken = requireAdminToken(c.env.ADMIN_TOKEN);
    // Counted as a sign-in: a wrong token here is someone guessing links.
    await enforceSignInLimit(c);
    const token = c.req.param("token");
    const now = new Date().toISOString();
    const found = await findInvite(c.env.DB, token, now);
    if (found.state !== "open") return inviteProblem(c, found.state);
    const form = await c.req.parseBody();
    const name = cleanName(form.name);
    const password = typeof form.password === "string" ? form.password : "";
    const errors: AcceptDraft["errors"] = {};
    const nameError = nameProblem(name);
    if (nameError) errors.name = nameError;
    const weak = passwordProblem(password);
    if (weak) errors.password = weak;
    if (errors.name || errors.password) {
      return acceptPage(c, found.invite, { name, errors }, 400);
    }
    const accepted = await acceptInvite(c.env.DB, token, {
      name,
      password: await hashPassword(password),
      now,
    });
    if (!accepted.ok) return inviteProblem(c, accepted.state);
    const { member } = accepted;
    await setSessionCookie(c, adminToken, {
      kind: "member",
      memberId: member.id,
      epoch: member.sessionEpoch,
    });
    return c.redirect("/admin", 303);
  })
  .get("/account", (c) => accountPage(c, { name: requireActor(c).name }))
  .post("/account/name", async (c) => {
    const actor = memberActor(c);
    const form = await c.req.parseBody();
    const name = cleanName(form.name);
    const problem = nameProblem(name);
    if (problem) return accountPage(c, { name, errors: { name: problem } }, 400);
    await setMemberName(c.env.DB, actor.memberId, name);
    return c.redirect("/admin/account?done=name-saved", 303);
  })
  .post("/account/password", async (c) => {
    const actor = memberActor(c);
    const adminToken = requireAdminToken(c.env.ADMIN_TOKEN);
    // The current password is asked for, so a session left open cannot lock its owner out;
    // guessing it is limited as signing in is: per sender, and per member from all senders (a
    // stolen cookie used from many addresses gets no more guesses than the sign-in form).
    await enforceSignInLimit(c);
    await enforceAccountSignInLimit(c, normaliseEmail(actor.email));
    const form = await c.req.parseBody();
    const current = typeof form.current === "string" ? form.current : "";
    const password = typeof form.password === "string" ? form.password : "";
    const stored = await getMemberForSignIn(c.env.DB, actor.email);
    if (!stored || !(await verifyPassword(current.slice(0, 200), stored.password))) {
      return accountPage(
        c,
        { name: actor.name, errors: { current: "That is not your current password." } },
        400,
      );
    }
    const weak = passwordProblem(password);
    if (weak) return accountPage(c, { name: actor.name, errors: { password: weak } }, 400);
    const epoch = await setMemberPassword(c.env.DB, actor.memberId, await hashPassword(password));
    if (epoch === null) throw memberNotFound();
    // Every session signed with the old epoch has ended, this one too: it gets a new cookie.
    await setSessionCookie(c, adminToken, { kind: "member", memberId: actor.memberId, epoch });
    return c.redirect("/admin/account?done=password-saved", 303);
  });

function memberNotFound(): AppError {
  return new AppError("not_found", "No member has this id: they may have been removed already.");
}

/** One line, spaces collapsed. */
function cleanName(value: unknown): string {
  return (typeof value === "string" ? value : "").replace(/\s+/g, " ").trim();
}

function nameProblem(name: string): string | null {
  if (!hasVisibleText(name)) return "Write your name, as visitors should see it.";
  if (name.length > MAX_MEMBER_NAME_LENGTH)
    return `Keep the name to ${MAX_MEMBER_NAME_LENGTH} characters.`;
  return null;
}

/** The signed-in member, for their own account; the token holder has none. */
function memberActor(c: Context<AppEnv>): Actor & { memberId: string; email: string } {
  const actor = requireActor(c);
  if (!actor.memberId || !actor.email) {
    throw new AppError(
      "bad_request",
      "Signed in with the admin token, you are “admin”, with no name or password to change: rotate ADMIN_TOKEN instead.",
    );
  }
  return actor as Actor & { memberId: string; email: string };
}

async function teamPage(
  c: Context<AppEnv>,
  draft: InviteDraft,
  status: 200 | 400 = 200,
  created: { email: string; link: string; expiresAt: string } | null = null,
) {
  const [members, invites] = await Promise.all([
    listMembers(c.env.DB),
    listPendingInvites(c.env.DB, new Date().toISOString()),
  ]);
  return renderPage(
    c,
    {
      title: "Team",
      section: "team",
      site: null,
      status,
      notice:
        status === 400 ? { kind: "error", text: "Nobody was invited: see below." } : undefined,
    },
    <TeamPage
      actor={requireActor(c)}
      members={members}
      invites={invites}
      draft={draft}
      created={created}
    />,
  );
}

function accountPage(c: Context<AppEnv>, draft: AccountDraft, status: 200 | 400 = 200) {
  const actor = requireActor(c);
  if (!actor.memberId) memberActor(c);
  return renderPage(
    c,
    {
      title: "Your account",
      section: "account",
      site: null,
      status,
      notice:
        status === 400 ? { kind: "error", text: "Nothing was changed: see below." } : undefined,
    },
    <AccountPage actor={actor} draft={draft} />,
  );
}

/** The page where an invitee chooses a name and a password, with what they typed. */
function acceptPage(
  c: Context<AppEnv>,
  invite: Invite,
  draft: AcceptDraft,
  status: 200 | 400 = 200,
) {
  return barePage(
    c,
    "Join the team",
    <AcceptInvitePage
      email={invite.email}
      role={invite.role}
      invitedBy={invite.invitedBy}
      draft={draft}
    />,
    status,
  );
}

function inviteProblem(c: Context<AppEnv>, state: keyof typeof INVITE_PROBLEMS) {
  return barePage(
    c,
    "Invitation",
    <InviteProblem message={INVITE_PROBLEMS[state]} signIn={state !== "unknown"} />,
    state === "unknown" ? 404 : 410,
  );
}

function barePage(
  c: Context<AppEnv>,
  title: string,
  body: Child,
  status: 200 | 400 | 404 | 410 = 200,
) {
  return c.html(html`<!doctype html>${<BarePage title={title}>{body}</BarePage>}`, status);
}
