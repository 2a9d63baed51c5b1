import { describe, expect, it } from "vitest";
import { stripQuotedReply } from "../../../worker/inbound/quoted-text.ts";

describe("stripQuotedReply", () => {
  it.each([
    [
      "Gmail",
      "Sure, it ships today.\r\n\r\nOn Mon, 6 Dec 2026 at 10:00, Clarifier <h@c.example> wrote:\r\n> Handoff from Acme",
    ],
    [
      "Gmail, wrapped",
      "Sure, it ships today.\n\nOn Mon, 6 Dec 2026 at 10:00, Clarifier Notifications <handoffs@clarifier.example>\nwrote:\n\n> Handoff",
    ],
    ["a bare quote", "Sure, it ships today.\n> A visitor on Acme asked for a person."],
    [
      "Outlook",
      "Sure, it ships today.\n\n-----Original Message-----\nFrom: Clarifier\nSent: Monday",
    ],
    [
      "an Outlook header block",
      "Sure, it ships today.\n\nFrom: Clarifier <h@c.example>\nSent: 6 December 2026 10:00\nSubject: Handoff",
    ],
    [
      "Danish",
      "Sure, it ships today.\n\nDen man. 6. dec. 2026 kl. 10.00 skrev Clarifier <h@c.example>:\n> Handoff",
    ],
    [
      "German",
      "Sure, it ships today.\n\nAm Mo., 6. Dez. 2026 um 10:00 Uhr schrieb Clarifier:\n> Handoff",
    ],
    [
      "French",
      "Sure, it ships today.\n\nLe lun. 6 déc. 2026 à 10:00, Clarifier <h@c.example> a écrit :\n> Handoff",
    ],
    [
      "Spanish",
      "Sure, it ships today.\n\nEl lun, 6 dic 2026 a las 10:00, Clarifier escribió:\n> Handoff",
    ],
    ["a signature", "Sure, it ships today.\n-- \nMaria, Acme support\n+45 12345678"],
  ])("keeps only the new text above %s", (_, text) => {
    expect(stripQuotedReply(text)).toBe("Sure, it ships today.");
  });

  it("keeps a reply with several paragraphs whole, and answers nothing new with an empty string", () => {
    expect(stripQuotedReply("Hi Jane,\n\nIt ships today.\nOn Monday it arrives.\n")).toBe(
      "Hi Jane,\n\nIt ships today.\nOn Monday it arrives.",
    );
    expect(stripQuotedReply("\nOn Mon, 6 Dec 2026, Clarifier wrote:\n> Handoff")).toBe("");
  });

  // The sender of an email reply is checked before its text is read, but a team address is
  // only as hard to use as its domain's SPF/DKIM/DMARC: no line may cost time quadratic in its
  // length (a 400,000-character line of "wrote"s took 4 s, a 5 MB one minutes).
  it("reads a very long line in time linear in its length", () => {
    const long = `On${" wrote x".repeat(50_000)}`;
    const started = performance.now();
    expect(stripQuotedReply(`Fine.\n${long}\nmore`)).toBe(`Fine.\n${long}\nmore`);
    expect(stripQuotedReply(`Fine.\n${long}:\n> quoted`)).toBe("Fine.");
    expect(stripQuotedReply(`Fine.\n${long}\n${long} wrote:\n> quoted`)).toBe("Fine.");
    expect(performance.now() - started).toBeLessThan(300);
  });
});
