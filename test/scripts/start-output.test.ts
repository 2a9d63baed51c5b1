import { describe, expect, it } from "vitest";
import { emailFileOf, emailLine, startBanner } from "../../scripts/start-output.ts";

describe("npm start's output", () => {
  it("finds the .eml path in wrangler dev's log line, colours and all, and prints it", () => {
    const line = "\u001b[34msend_email binding called with the following message:\u001b[39m";
    expect(emailFileOf(line)).toBeNull();
    expect(emailFileOf("Email: /tmp/miniflare-abc/email/3f2e.eml")).toBe(
      "/tmp/miniflare-abc/email/3f2e.eml",
    );
    expect(emailLine("/tmp/x.eml")).toContain("📧 Email written to /tmp/x.eml");
  });

  it("says in the banner where emails land", () => {
    const banner = startBanner({
      worker: "http://127.0.0.1:8787",
      receiver: "http://127.0.0.1:8788",
      token: "t",
    });
    expect(banner).toContain("Emails (email channels): not sent while running locally");
    expect(banner).toContain("http://127.0.0.1:8787/admin");
  });
});
