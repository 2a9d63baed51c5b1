/** How old a signed Slack request may be: Slack's own advice against replayed requests. */
const MAX_AGE_SECONDS = 5 * 60;

/**
 * Whether a request is Slack's: `x-slack-signature` is `v0=` and the hex HMAC-SHA256, keyed with
 * the app's signing secret, of `v0:<x-slack-request-timestamp>:<raw body>`, and the timestamp
 * is within five minutes of now.
 *
 * @example
 * await isSlackSignature(secret, "1700000000", '{"type":"url_verification"}', "v0=5f…", 1700000010);
 */
export async function isSlackSignature(
  secret: string,
  timestamp: string | undefined,
  body: string,
  signature: string | undefined,
  nowSeconds: number,
): Promise<boolean> {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_AGE_SECONDS) return false;
  const expected = `v0=${await slackSignature(secret, timestamp, body)}`;
  if (expected.length !== signature.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) {
    difference |= expected.charCodeAt(i) ^ signature.charCodeAt(i);
  }
  return difference === 0;
}

/** The hex HMAC-SHA256 of `v0:<timestamp>:<body>` with `secret`, as Slack signs. */
export async function slackSignature(
  secret: string,
  timestamp: string,
  body: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign(
    "HMAC",
    key,
    new TextEncoder().encode(`v0:${timestamp}:${body}`),
  );
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
