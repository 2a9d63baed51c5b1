/**
 * Who did something, as the dashboard says it: by the member's id where one was recorded
 * (migrations/0013), so a member who renamed themselves to another's name, or was removed, is
 * not taken for someone else. Pure: the caller reads the team (members-store.ts) once a page.
 *
 * - No id (the admin API, Slack, email, or written before ids were kept): the recorded name,
 *   as it always was.
 * - A member's id: their current name, with their address when another member (or the token
 *   holder) goes by the same name, and the recorded name when it differs: Sam (then “Alex”).
 * - The token holder's id: "admin", with the name typed when it was another.
 * - An id no member has any more: "removed member", with the recorded name.
 *
 * The visitor never sees this: they see the recorded name, as it was when written.
 */
import type { Member } from "../team/members-store.ts";
import { ADMIN_NAME, TOKEN_HOLDER_ID } from "./actor.ts";

/** The team as attribution needs it: members by id, and how many go by each name. */
export interface TeamDirectory {
  byId: ReadonlyMap<string, Pick<Member, "name" | "email">>;
  byName: ReadonlyMap<string, number>;
}

/** Names compared as people read them: spaces collapsed, case ignored. */
function nameKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLocaleLowerCase("en");
}

export function teamDirectory(
  members: readonly Pick<Member, "id" | "name" | "email">[],
): TeamDirectory {
  const byName = new Map<string, number>([[nameKey(ADMIN_NAME), 1]]);
  for (const m of members) byName.set(nameKey(m.name), (byName.get(nameKey(m.name)) ?? 0) + 1);
  return { byId: new Map(members.map((m) => [m.id, m])), byName };
}

/** An empty team: every id reads as a removed member, the token holder's as "admin". */
export const NO_TEAM: TeamDirectory = teamDirectory([]);

/**
 * Who did it, for the dashboard: see the module comment. Null when neither a name nor an id
 * was recorded (the caller says "Team" or nothing, as before).
 */
export function whoDid(
  team: TeamDirectory,
  recorded: string | null | undefined,
  id: string | null | undefined,
): string | null {
  const then = (current: string) =>
    recorded && nameKey(recorded) !== nameKey(current) ? ` (then “${recorded}”)` : "";
  if (!id) return recorded ?? null;
  if (id === TOKEN_HOLDER_ID) {
    return recorded && nameKey(recorded) !== nameKey(ADMIN_NAME)
      ? `${ADMIN_NAME} (as “${recorded}”)`
      : ADMIN_NAME;
  }
  const member = team.byId.get(id);
  if (!member) return `removed member${recorded ? ` (then “${recorded}”)` : ""}`;
  const shared = (team.byName.get(nameKey(member.name)) ?? 0) > 1;
  return `${member.name}${shared ? ` <${member.email}>` : ""}${then(member.name)}`;
}
