/**
 * Who is signed in to the dashboard, and what they may do. The token holder (ADMIN_TOKEN) is
 * the bootstrap owner, named "admin"; a member is an owner or an agent (migrations/0009).
 *
 * Agents work the inbox: handoffs (read, reply, resolve or reopen, label, redeliver) and
 * teaching the knowledge base from what visitors asked (Answers, Knowledge gaps, Teach, Stats).
 * Everything else (channels, threshold, keywords, hours, widget, the knowledge base's articles,
 * new sites, erasing a conversation, the team) is an owner's. The rule is an allow-list for
 * agents, checked on every request before any handler runs, so a page added later is an
 * owner's until someone decides otherwise, whatever its navigation shows.
 */
import type { Role } from "../team/members-store.ts";

export interface Actor {
  /** Null for the token holder, who has no member row. */
  memberId: string | null;
  /** Recorded on replies, resolutions and taught phrasings, beside `actorId`. */
  name: string;
  email: string | null;
  role: Role;
}

/** The token holder's name wherever the dashboard records who did something. */
export const ADMIN_NAME = "admin";

export const ADMIN_ACTOR: Actor = { memberId: null, name: ADMIN_NAME, email: null, role: "owner" };

/**
 * The id recorded beside the name for what the token holder does (replies, resolutions,
 * reopenings, teaching): they have no member row, and member ids are UUIDs, so it names no one
 * else. Null in those records means no signed-in member did it.
 */
export const TOKEN_HOLDER_ID = "admin";

/** The id the dashboard records for what `actor` does: their member id, or the token holder's. */
export function actorId(actor: Actor): string {
  return actor.memberId ?? TOKEN_HOLDER_ID;
}

/** The variables the dashboard's session middleware sets. */
export interface ActorVariables {
  actor: Actor;
}

/**
 * The signed-in actor `requireSession` put in `c.var`, or null on a page shown without a
 * session (sign-in, an invitation, an error before the session was checked).
 */
export function actorOf(c: { var: object }): Actor | null {
  return (c.var as Partial<ActorVariables>).actor ?? null;
}

/** The signed-in actor, for handlers behind `requireSession`, where there always is one. */
export function requireActor(c: { var: object }): Actor {
  const actor = actorOf(c);
  if (!actor) throw new Error("no signed-in actor: the route is not behind requireSession");
  return actor;
}

const SITE = "/admin/sites/[^/]+";
const HANDOFF = "/admin/handoffs/[^/]+";

/** What an agent may request, by method and full path. */
const AGENT_ROUTES: readonly { method: "GET" | "POST"; path: RegExp }[] = [
  { method: "GET", path: /^\/admin\/?$/ },
  { method: "GET", path: /^\/admin\/go$/ },
  { method: "POST", path: /^\/admin\/logout$/ },
  { method: "GET", path: /^\/admin\/account$/ },
  { method: "POST", path: /^\/admin\/account\/(?:name|password)$/ },
  { method: "GET", path: new RegExp(`^${HANDOFF}$`) },
  { method: "POST", path: new RegExp(`^${HANDOFF}/(?:replies|status|label|redeliver)$`) },
  { method: "GET", path: new RegExp(`^${SITE}/(?:answers|gaps|stats|teach)$`) },
  { method: "POST", path: new RegExp(`^${SITE}/(?:teach|articles|gaps/picks/teach)$`) },
];

/** Whether `actor` may make this request: owners anything, agents what `AGENT_ROUTES` lists. */
export function mayRequest(actor: Actor, method: string, path: string): boolean {
  if (actor.role === "owner") return true;
  const m = method === "HEAD" ? "GET" : method;
  return AGENT_ROUTES.some((r) => r.method === m && r.path.test(path));
}
