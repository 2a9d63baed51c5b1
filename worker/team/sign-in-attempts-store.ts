/**
 * Member sign-in attempts per address and clock minute in D1 (`sign_in_attempts`,
 * migrations/0014_sign_in_attempts.sql): one count for every Cloudflare location, where the Rate
 * Limiting binding keeps one per location.
 */

/**
 * Counts one attempt naming `account` (a digest of the address) in the minute of `nowMs`, and
 * returns the minute's count so far, this one included. Rows of earlier minutes are deleted in
 * the same batch, so the table holds only the current minute's addresses.
 *
 * @example
 * await countSignInAttempt(env.DB, digest, Date.now()); // 1, 2, … within one minute
 */
export async function countSignInAttempt(
  db: D1Database,
  account: string,
  nowMs: number,
): Promise<number> {
  const minute = Math.floor(nowMs / 60_000);
  const [, counted] = await db.batch<{ attempts: number }>([
    db.prepare("DELETE FROM sign_in_attempts WHERE minute < ?").bind(minute),
    db
      .prepare(
        `INSERT INTO sign_in_attempts (account, minute, attempts) VALUES (?, ?, 1)
         ON CONFLICT (account, minute) DO UPDATE SET attempts = attempts + 1
         RETURNING attempts`,
      )
      .bind(account, minute),
  ]);
  return counted?.results[0]?.attempts ?? 1;
}
