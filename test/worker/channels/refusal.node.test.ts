import { describe, expect, it } from "vitest";
import {
  GONE_ATTEMPTS,
  NOT_FOUND_ATTEMPTS,
  refusal,
  slackErrorString,
} from "../../../worker/channels/refusal.ts";

describe("what a channel's refusal means (refusal.ts)", () => {
  it("a gone endpoint gets a few attempts, a 5xx or 429 the usual 20", () => {
    expect(refusal("webhook", 410, "Gone", null).maxAttempts).toBe(GONE_ATTEMPTS);
    expect(refusal("webhook", 404, "Not Found", null).maxAttempts).toBe(NOT_FOUND_ATTEMPTS);
    expect(refusal("slack", 404, "Not Found", "no_service").maxAttempts).toBe(GONE_ATTEMPTS);
    expect(refusal("slack", 403, "Forbidden", "invalid_token").maxAttempts).toBe(GONE_ATTEMPTS);
    for (const status of [500, 502, 503, 429, 400, 307]) {
      const r = refusal("webhook", status, "", null);
      expect(r).toEqual({ error: `HTTP ${status}`, retryable: true });
      expect(refusal("slack", status, "", "rollup_error").maxAttempts).toBeUndefined();
    }
    // A generic webhook's 403 is not Slack's: it may be a firewall's passing refusal.
    expect(refusal("webhook", 403, "Forbidden", null).maxAttempts).toBeUndefined();
  });

  it("names Slack's error for the owner, and only when it is one of Slack's short codes", () => {
    const archived = refusal("slack", 410, "Gone", "channel_is_archived");
    expect(archived.error).toBe(
      "Slack answered HTTP 410 channel_is_archived: the Slack channel of this webhook is archived.",
    );
    // What to do is added only when the delivery fails on it (Send test retries nothing).
    expect(archived.onGivingUp).toBe(
      `Tried ${GONE_ATTEMPTS} times, then failed: correct the channel under Channels, then Redeliver.`,
    );
    expect(slackErrorString("no_service\n")).toBe("no_service");
    expect(slackErrorString("<b>Sign in</b> at evil.example")).toBeNull();
    expect(slackErrorString("")).toBeNull();
    // An unknown code (or one named like Object's own keys) reads as a refusal, not as code.
    expect(refusal("slack", 404, "", "constructor").error).toMatch(
      /^Slack answered HTTP 404 constructor: this incoming webhook refuses posts\./,
    );
  });
});
