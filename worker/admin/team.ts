import { Hono } from "hono";
import * as v from "valibot";
import { isValidEmail } from "../../shared/email.ts";
import { MAX_PUBLIC_BODY_BYTES } from "../../shared/limits.ts";
import { ADMIN_NAME } from "../dashboard/actor.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { readJson } from "../http/read-json.ts";
import {
  createInvite,
  getMember,
  isMemberEmail,
  listMembers,
  listPendingInvites,
  type Member,
  normaliseEmail,
  removeMember,
  setMemberRole,
} from "../team/members-store.ts";

const RoleSchema = v.picklist(["owner", "agent"], "must be owner or agent.");
const InviteSchema = v.object({
  email: v.pipe(
    v.string("must be a string."),
    v.transform(normaliseEmail),
    v.check(isValidEmail, "must be an email address."),
  ),
  role: RoleSchema,
});
const MemberPatchSchema = v.object({ role: RoleSchema });

/** A member as the admin API shows them: never a password hash or session epoch. */
function memberResource(m: Member) {
  return {
    id: m.id,
    email: m.email,
    name: m.name,
    role: m.role,
    invitedBy: m.invitedBy,
    createdAt: m.createdAt,
  };
}

function memberNotFound(): AppError {
  return new AppError("not_found", "No member has this id.");
}

/**
 * The dashboard's team through the admin token, for scripts and CLIs: list members and open
 * invitations, invite (the link is in the answer, once, as on the Team page), change a role,
 * remove. Invitations made here are recorded as from "admin", as the token holder's are there.
 */
export const teamAdminRoutes = new Hono<AppEnv>()
  .get("/team", async (c) => {
    const [members, invites] = await Promise.all([
      listMembers(c.env.DB),
      listPendingInvites(c.env.DB, new Date().toISOString()),
    ]);
    return c.json({
      members: members.map(memberResource),
      invites: invites.map(({ id: _, ...invite }) => invite),
    });
  })
  .post("/team/invites", async (c) => {
    const body = await readJson(c, InviteSchema, MAX_PUBLIC_BODY_BYTES);
    if (await isMemberEmail(c.env.DB, body.email)) {
      throw new AppError("bad_request", `email: ${body.email} is a member already.`);
    }
    const { token, expiresAt } = await createInvite(c.env.DB, {
      email: body.email,
      role: body.role,
      invitedBy: ADMIN_NAME,
      nowMs: Date.now(),
    });
    const link = `${new URL(c.req.url).origin}/admin/invite/${token}`;
    return c.json({ email: body.email, role: body.role, link, expiresAt }, 201);
  })
  .patch("/team/members/:id", async (c) => {
    const body = await readJson(c, MemberPatchSchema, MAX_PUBLIC_BODY_BYTES);
    const id = c.req.param("id");
    if (!(await setMemberRole(c.env.DB, id, body.role))) throw memberNotFound();
    const member = await getMember(c.env.DB, id);
    if (!member) throw memberNotFound();
    return c.json(memberResource(member));
  })
  .delete("/team/members/:id", async (c) => {
    if (!(await removeMember(c.env.DB, c.req.param("id")))) throw memberNotFound();
    return c.body(null, 204);
  });
