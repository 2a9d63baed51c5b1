import fc from "fast-check";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { isValidEmail } from "../../shared/email.ts";
import { buildHandoffEmail, toMime } from "../../worker/channels/email.ts";
import { buildWebhookPayload } from "../../worker/channels/payload.ts";
import { buildSlackMessage } from "../../worker/channels/slack.ts";
import type { Handoff } from "../../worker/handoff/store.ts";
import { postHandoff, putSite, uniqueSite } from "./helpers.ts";
import { handoffRecord } from "./handoff-record.ts";

const HOSTILE = ['"><svg/onload=alert(1)>@evil.co', "slack<!channel>@evil.co"];

function handoffFrom(visitorEmail: string): Handoff {
  return handoffRecord({ visitorEmail });
}

// Strings near the rule's edges: address-like pieces joined by characters every channel finds
// hard (quotes, angle brackets, Slack's <!…>, CR/LF, non-ASCII, bidi overrides), plus fully
// arbitrary strings and real addresses.
const hard = fc.constantFrom(
  ..."\"<>!@.,;: \t\r\n\\()[]æøåüß\u202e\u0000\u00a0-_+'`{}|~#$%&*/=?^".split(""),
);
const atext = fc.constantFrom(..."abcXYZ019!#$%&'*+/=?^_`{|}~-.".split(""));
const piece = fc.string({ unit: fc.oneof({ weight: 8, arbitrary: atext }, hard), maxLength: 12 });
const candidate = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.emailAddress(),
  fc.tuple(piece, piece, piece).map(([l, d, t]) => `${l}@${d}.${t}`),
  fc.tuple(fc.emailAddress(), piece).map(([e, p]) => `${p}${e}${p}`),
  fc.constantFrom(...HOSTILE),
);

describe("one email-address rule for every channel", () => {
  it("refuses the addresses that passed the API and then broke the email channel", () => {
    for (const address of HOSTILE) expect(isValidEmail(address), address).toBe(false);
  });

  it("refuses them at POST /v1/handoff with 400, before anything is stored or sent", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    for (const email of HOSTILE) {
      const res = await postHandoff(site, { email });
      expect(res.status, email).toBe(400);
    }
  });

  it("accepts only addresses that email, Slack and webhook can all deliver, Reply-To round-tripping", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(candidate, async (address) => {
        if (!isValidEmail(address)) return;
        accepted++;
        const handoff = handoffFrom(address);
        const email = buildHandoffEmail(handoff, "https://clarifier.example");
        const raw = toMime(email, "clarifier@acme.example", "team@acme.example", "acme.example");
        const parsed = await PostalMime.parse(raw);
        expect(parsed.replyTo?.map((m) => m.address)).toEqual([address]);
        expect(JSON.stringify(buildSlackMessage(handoff))).toContain("Visitor email");
        expect(buildWebhookPayload(handoff).visitor_email).toBe(address);
      }),
      { numRuns: 1_000 },
    );
    // The property says nothing unless addresses got through.
    expect(accepted).toBeGreaterThan(100);
  });
});
