import { describe, expect, it } from "vitest";
import { acceptedHandoff, putKb, putSite, uniqueSite } from "../helpers.ts";
import { getPage, previewValue, signIn } from "./helpers.ts";
import { chat, handOff, judge } from "./visitor.ts";

/**
 * A known mix of conversations, through the real public API:
 * - 3 questions answered (one marked 👍, one 👎, one not judged);
 * - 2 questions below the threshold (one handed off, one abandoned at the email prompt);
 * - 1 keyword message sent to /v1/chat and handed off;
 * - 1 keyword the widget caught itself, sent straight to /v1/handoff;
 * - 1 press of the "Talk to a person" button;
 * - 2 small talk messages (a greeting, thanks).
 * So: 10 visitor messages; 3 answered; 2 small talk; 5 handoffs offered (2 keyword, 2 low
 * confidence, 1 button); 4 handoffs sent (2 keyword, 1 low confidence, 1 button).
 */
async function seedKnownMix(site: string): Promise<void> {
  await putSite(site, { handoffButton: true });
  await putKb(site);
  const returns = await chat(site, "How many days do I have to return an item for a refund?");
  const shipping = await chat(site, "How long does express shipping take?");
  const free = await chat(site, "Is standard shipping free on orders over $50?");
  await chat(site, "Hello there", free.conversationId);
  await chat(site, "Thank you!", free.conversationId);
  await judge(site, returns, false);
  await judge(site, shipping, true);
  const kayaks = await chat(site, "Do you sell kayaks for whitewater rivers?");
  await handOff(site, kayaks, "Do you sell kayaks for whitewater rivers?", "kay@example.com");
  await chat(site, "Do you rent tents for festivals?");
  const human = await chat(site, "I want to talk to a human");
  await handOff(site, human, "I want to talk to a human");
  // Caught by the widget itself: a conversation chat never saw.
  await acceptedHandoff(site, { message: "customer support please" });
  await acceptedHandoff(site, {
    conversationId: returns.conversationId,
    message: "Can someone call me back?",
    reason: "visitor_request",
    email: "call@example.com",
  });
}

/** The text of the page with tags removed and spaces collapsed, as a person reads it. */
function readable(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");
}

describe("dashboard numbers agree", () => {
  it("Stats, Threshold, Handoffs, Answers and Knowledge gaps count the same conversations the same way", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await seedKnownMix(site);

    const stats = readable(await (await getPage(`/admin/sites/${site}/stats`, cookie)).text());
    expect(stats).toContain(
      "10 visitor messages Every message a visitor sent: 3 answered, 2 small talk (hello, thanks, goodbye), 5 offered a handoff.",
    );
    expect(stats).toContain(
      "3 answered from the knowledge base 30% of visitor messages; visitors marked 1 helpful and 1 not helpful.",
    );
    expect(stats).toContain(
      "5 handoffs offered 50% of visitor messages: 2 for a keyword, 2 for low confidence, 1 by the “Talk to a person” button.",
    );
    expect(stats).toContain(
      "4 handoffs sent The visitor left their message for a person (the Handoffs page lists them): 2 for a keyword, 1 for low confidence, 1 by the button (80% of offers).",
    );

    const thresholdHtml = await (await getPage(`/admin/sites/${site}/threshold`, cookie)).text();
    expect(readable(thresholdHtml)).toContain(
      "10 visitor messages in the last 30 days: 3 answered, 2 small talk, 5 offered a handoff (2 for a keyword, 2 for low confidence, 1 by the button), and 4 handoffs sent to a person",
    );
    for (const [field, logged] of [
      ["answered", 3],
      ["handedOff", 5],
      ["byKeyword", 2],
      ["byButton", 1],
      ["byConfidence", 2],
    ] as const) {
      // The logged column is the tally; the replay at the current threshold agrees with it.
      expect(thresholdHtml).toContain(`<td id="logged-${field}">${logged}</td>`);
      expect(previewValue(thresholdHtml, field)).toBe(logged);
    }

    const handoffs = readable(await (await getPage(`/admin?site=${site}`, cookie)).text());
    expect(handoffs).toContain("4 handoffs, newest first.");
    const keyword = readable(
      await (await getPage(`/admin?site=${site}&trigger=keyword`, cookie)).text(),
    );
    expect(keyword).toContain("2 handoffs, newest first.");
    const low = readable(
      await (await getPage(`/admin?site=${site}&trigger=low_confidence`, cookie)).text(),
    );
    expect(low).toContain("1 handoff, newest first.");

    const answers = readable(await (await getPage(`/admin/sites/${site}/answers`, cookie)).text());
    expect(answers).toContain(
      "In the last 30 days: 3 answers of 10 visitor messages (the same count as Stats); visitors marked 1 helpful and 1 not helpful.",
    );
    expect(answers).toContain("3 answers, newest first.");
    const unhelpful = readable(
      await (await getPage(`/admin/sites/${site}/answers?verdict=unhelpful`, cookie)).text(),
    );
    expect(unhelpful).toContain("1 answer marked not helpful, newest first.");

    const gaps = readable(await (await getPage(`/admin/sites/${site}/gaps`, cookie)).text());
    // The 2 low-confidence questions and the 1 👎 answer.
    expect(gaps).toContain("3 missed questions (3 messages from 3 visitors) in the last 30 days");
  });
});
