/**
 * What `npm start` prints: the banner with every address a newcomer needs, and a line for each
 * email the worker "sends" (wrangler dev writes it to an .eml file instead, and logs the path).
 */

/**
 * The `.eml` path in a wrangler dev log line, or null: miniflare logs `Email: <path>` after
 * the send_email binding wrote a message.
 *
 * @example
 * emailFileOf("Email: /tmp/miniflare-1/email/abc.eml"); // "/tmp/miniflare-1/email/abc.eml"
 */
export function emailFileOf(line: string): string | null {
  return /Email: (\S+\.eml)\b/.exec(line)?.[1] ?? null;
}

/** The line printed for each email written locally. */
export function emailLine(file: string): string {
  return `\n📧 Email written to ${file}\n   (wrangler dev does not send email; open the file in a mail app to read it)\n`;
}

/** The banner printed once everything runs. */
export function startBanner(urls: { worker: string; receiver: string; token: string }): string {
  return `
Clarifier is running.

  Demo page:    ${urls.worker}/demo
  Dashboard:    ${urls.worker}/admin   (sign in with the admin token)
  Admin API:    ${urls.worker}/admin/api
  Admin token:  ${urls.token}
  Webhook receiver (demo channel): ${urls.receiver}/hook
  Emails (email channels): not sent while running locally; each is written to an .eml file,
                and its path is printed here ("📧 Email written to …") as it is written.

Try: open the demo page, write "I'd like to talk to a human", give an email.
List handoffs: curl -H "authorization: Bearer ${urls.token}" ${urls.worker}/admin/api/handoffs
Press Ctrl+C to stop.
`;
}
