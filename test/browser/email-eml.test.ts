import { type Stack, startStack } from "../../scripts/local-stack.ts";
import { emailFileOf } from "../../scripts/start-output.ts";
import { readFile } from "node:fs/promises";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postHandoffTo } from "./shared-stack.ts";

// wrangler dev writes every message sent through the send_email binding to an .eml file and
// logs its path: this reads what a support inbox would receive.
describe("email channel under wrangler dev", () => {
  let stack: Stack;
  const emlFiles: string[] = [];

  beforeAll(async () => {
    stack = await startStack({
      log: (line) => {
        // The same reading of the log as `npm start`, which prints each path.
        const path = emailFileOf(line);
        if (path) emlFiles.push(path);
      },
    });
  });
  afterAll(() => stack?.stop());

  it("sends a formatted text and HTML email with Reply-To the visitor, hostile text made inert", async () => {
    const admin = {
      authorization: `Bearer ${stack.adminToken}`,
      "content-type": "application/json",
    };
    const put = await fetch(`${stack.worker.url}/admin/api/sites/mailco`, {
      method: "PUT",
      headers: admin,
      body: JSON.stringify({
        name: "Mail & Co",
        channels: [{ id: "team", type: "email", to: ["support@mailco.example"] }],
      }),
    });
    expect(put.status).toBe(200);
    const message =
      "talk to a human\r\nBcc: victim@evil.example\r\n\r\n<script>alert(1)</script> <b>now</b>";
    const handoffId = await postHandoffTo(stack.worker.url, {
      site: "mailco",
      message,
      email: "jane@example.com",
      reason: "keyword",
    });

    await expect.poll(() => emlFiles.length, { timeout: 15_000 }).toBe(1);
    const raw = await readFile(emlFiles[0] ?? "", "utf8");
    const email = await PostalMime.parse(raw);
    expect(email.to?.map((a) => a.address)).toEqual(["support@mailco.example"]);
    expect(email.replyTo?.map((a) => a.address)).toEqual(["jane@example.com"]);
    expect(email.bcc ?? []).toEqual([]);
    // The visitor's "Bcc:" line may appear in the body, as text, but never among the headers.
    const headers = raw.split(/\r?\n\r?\n/)[0] ?? "";
    expect(headers).toMatch(/^Reply-To: <jane@example\.com>$/m);
    expect(headers).not.toMatch(/^Bcc:/im);
    expect(email.subject).toBe(
      "Handoff from Mail & Co: talk to a human Bcc: victim@evil.example <script>alert(1)</…",
    );
    expect(email.text).toContain("Visitor email: jane@example.com");
    expect(email.text).toContain('Trigger: keyword "talk to a human"');
    expect(email.text).toContain(
      `Open the handoff: ${stack.worker.url}/admin/handoffs/${handoffId}`,
    );
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;now&lt;/b&gt;");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Mail &amp; Co");
  });
});
