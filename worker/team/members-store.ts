/**
 * The dashboard's team in D1 (`members`, `invites`; migrations/0009_team_members.sql). Members
 * belong to the whole installation, as the dashboard's sites all do to whoever signs in.
 * Passwords are stored as PBKDF2 hashes (password.ts), invitations by their token's SHA-256.
 */
import { bytesToHex } from "../http/base64.ts";
import type { PasswordHash } from "./password.ts";

export type Role = "owner" | "agent";

export function isRole(value: unknown): value is Role {
  return value === "owner" || value === "agent";
}

/** A member as the dashboard shows and checks them; never their password. */
export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Signed into their session cookies: a session with an older one has ended. */
  sessionEpoch: number;
  invitedBy: string | null;
  createdAt: string;
}

/** How long an invitation link works. A week: long enough to be seen after a weekend. */
export const INVITE_DAYS = 7;

/** An address as stored and compared: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const MEMBER_COLUMNS = `id, email, name, role, session_epoch AS sessionEpoch, invited_by AS invitedBy,
  created_at AS createdAt`;

export async function getMember(db: D1Database, id: string): Promise<Member | null> {
  return db.prepare(`SELECT ${MEMBER_COLUMNS} FROM members WHERE id = ?`).bind(id).first<Member>();
}

/** A member and their stored password, by address, for signing in. */
export async function getMemberForSignIn(
  db: D1Database,
  email: string,
): Promise<(Member & { password: PasswordHash }) | null> {
  const row = await db
    .prepare(
      `SELECT ${MEMBER_COLUMNS}, password_hash AS hash, password_salt AS salt,
         password_iterations AS iterations FROM members WHERE email = ?`,
    )
    .bind(normaliseEmail(email))
    .first<Member & PasswordHash>();
  if (!row) return null;
  const { hash, salt, iterations, ...member } = row;
  return { ...member, password: { hash, salt, iterations } };
}

/** Every member, owners first, then by name. */
export async function listMembers(db: D1Database): Promise<Member[]> {
  const { results } = await db
    .prepare(`SELECT ${MEMBER_COLUMNS} FROM members ORDER BY role = 'agent', name COLLATE NOCASE`)
    .all<Member>();
  return results;
}

/** Sets a member's role; false when there is no such member. */
export async function setMemberRole(db: D1Database, id: string, role: Role): Promise<boolean> {
  const { meta } = await db
    .prepare("UPDATE members SET role = ? WHERE id = ?")
    .bind(role, id)
    .run();
  return meta.changes > 0;
}

/**
 * Removes a member. Their row goes, so every session they hold ends at its next request; what
 * they did keeps the name and the id it was recorded with (migrations/0013), and the dashboard
 * shows an id no member has as a removed member's, whoever takes the name later.
 */
export async function removeMember(db: D1Database, id: string): Promise<boolean> {
  const { meta } = await db.prepare("DELETE FROM members WHERE id = ?").bind(id).run();
  return meta.changes > 0;
}

export async function setMemberName(db: D1Database, id: string, name: string): Promise<void> {
  await db.prepare("UPDATE members SET name = ? WHERE id = ?").bind(name, id).run();
}

/**
 * Stores a new password and raises the member's session epoch, so every session signed before
 * ends; the new epoch, for the session of whoever changed it, or null when no such member.
 */
export async function setMemberPassword(
  db: D1Database,
  id: string,
  password: PasswordHash,
): Promise<number | null> {
  return db
    .prepare(
      `UPDATE members SET password_hash = ?, password_salt = ?, password_iterations = ?,
         session_epoch = session_epoch + 1 WHERE id = ? RETURNING session_epoch AS epoch`,
    )
    .bind(password.hash, password.salt, password.iterations, id)
    .first<number>("epoch");
}

/** An invitation as the Team page lists it: never its token, which only its link holds. */
export interface Invite {
  /** The token's SHA-256 (hex): names the invite in the Team page's forms. */
  id: string;
  email: string;
  role: Role;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
}

/** The SHA-256 (hex) of an invitation token: what is stored. */
export async function inviteTokenHash(token: string): Promise<string> {
  return bytesToHex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
}

/** A fresh invitation token: 32 random bytes, base64url, to go in the link. */
function newInviteToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/**
 * Invites `email` as `role`: the token (for the link, shown once) and when it expires. An
 * earlier invitation to the same address that was not accepted is replaced, so one link works.
 */
export async function createInvite(
  db: D1Database,
  input: { email: string; role: Role; invitedBy: string; nowMs: number },
): Promise<{ token: string; expiresAt: string }> {
  const token = newInviteToken();
  const email = normaliseEmail(input.email);
  const createdAt = new Date(input.nowMs).toISOString();
  const expiresAt = new Date(input.nowMs + INVITE_DAYS * 86_400_000).toISOString();
  await db.batch([
    db.prepare("DELETE FROM invites WHERE email = ? AND used_at IS NULL").bind(email),
    db
      .prepare(
        `INSERT INTO invites (token_hash, email, role, invited_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .bind(await inviteTokenHash(token), email, input.role, input.invitedBy, createdAt, expiresAt),
  ]);
  return { token, expiresAt };
}

/** The invitations not yet accepted and not expired, newest first. */
export async function listPendingInvites(db: D1Database, now: string): Promise<Invite[]> {
  const { results } = await db
    .prepare(
      `SELECT token_hash AS id, email, role, invited_by AS invitedBy, created_at AS createdAt,
         expires_at AS expiresAt FROM invites
       WHERE used_at IS NULL AND expires_at > ? ORDER BY created_at DESC`,
    )
    .bind(now)
    .all<Invite>();
  return results;
}

/** Withdraws an invitation not yet accepted; its link stops working. */
export async function revokeInvite(db: D1Database, id: string): Promise<boolean> {
  const { meta } = await db
    .prepare("DELETE FROM invites WHERE token_hash = ? AND used_at IS NULL")
    .bind(id)
    .run();
  return meta.changes > 0;
}

/** What a link's token names: an invitation that can be accepted, or why not. */
export type InviteLookup =
  | { state: "open"; invite: Invite }
  | { state: "unknown" | "used" | "expired" };

export async function findInvite(
  db: D1Database,
  token: string,
  now: string,
): Promise<InviteLookup> {
  const row = await db
    .prepare(
      `SELECT token_hash AS id, email, role, invited_by AS invitedBy, created_at AS createdAt,
         expires_at AS expiresAt, used_at AS usedAt FROM invites WHERE token_hash = ?`,
    )
    .bind(await inviteTokenHash(token))
    .first<Invite & { usedAt: string | null }>();
  if (!row) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  const { usedAt: _, ...invite } = row;
  return { state: "open", invite };
}

/**
 * Accepts an invitation: claims it and creates its member in one transaction, so two tabs
 * accepting at once make one member, and an address that became a member meanwhile makes none.
 * The new member, or why not.
 */
export async function acceptInvite(
  db: D1Database,
  token: string,
  input: { name: string; password: PasswordHash; now: string },
): Promise<
  | { ok: true; member: Member }
  | { ok: false; state: "unknown" | "used" | "expired" | "member_exists" }
> {
  const found = await findInvite(db, token, input.now);
  if (found.state !== "open") return { ok: false, state: found.state };
  const id = crypto.randomUUID();
  const hash = found.invite.id;
  try {
    await db.batch([
      db
        .prepare(
          `UPDATE invites SET used_at = ?, member_id = ?
           WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?`,
        )
        .bind(input.now, id, hash, input.now),
      // Inserts only when the update above claimed the invitation for this member.
      db
        .prepare(
          `INSERT INTO members (id, email, name, role, password_hash, password_salt,
             password_iterations, invited_by, created_at)
           SELECT ?, email, ?, role, ?, ?, ?, invited_by, ? FROM invites
           WHERE token_hash = ? AND member_id = ?`,
        )
        .bind(
          id,
          input.name,
          input.password.hash,
          input.password.salt,
          input.password.iterations,
          input.now,
          hash,
          id,
        ),
    ]);
  } catch (error) {
    // The address is a member already: the batch rolled back, the invitation stays unused.
    if (String(error).includes("UNIQUE")) return { ok: false, state: "member_exists" };
    throw error;
  }
  const member = await getMember(db, id);
  return member ? { ok: true, member } : { ok: false, state: "used" };
}

/** Whether `email` is a member's address already. */
export async function isMemberEmail(db: D1Database, email: string): Promise<boolean> {
  return (
    (await db
      .prepare("SELECT 1 AS found FROM members WHERE email = ?")
      .bind(normaliseEmail(email))
      .first<number>("found")) !== null
  );
}
