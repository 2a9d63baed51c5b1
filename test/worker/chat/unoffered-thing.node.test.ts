import { describe, expect, it } from "vitest";
import { judgeMessage } from "../../../worker/chat/judge.ts";
import { asksForWhatBestLacks } from "../../../worker/chat/unoffered-thing.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";

// A board-game café's help centre, written for this test.
const { index } = buildIndex([
  {
    id: "events",
    title: "Tournaments and game nights",
    text: "We run Catan and Carcassonne tournaments on the first Saturday of every month. Entry is £5 and includes a drink. Game nights are every Thursday from 6 pm; no booking needed.",
    url: null,
  },
  {
    id: "tables",
    title: "Booking a table",
    text: "Book a table online up to 30 days ahead. Tables seat up to six players. The table fee is £4 per person and covers the whole game library.",
    url: null,
  },
  {
    id: "shop",
    title: "Our shop and gift cards",
    text: "Our shop sells board games, card sleeves and dice. Gift cards from £10 can be used in the café and the shop.",
    url: null,
  },
  {
    id: "redningsveste",
    title: "Sikkerhed om bord",
    text: "Vi har redningsveste i alle størrelser, også til børn fra 10 kg. Veste skal bæres hele turen.",
    url: null,
  },
]);
const lacks = (message: string) => asksForWhatBestLacks(retrieve(index, message));
const judge = (message: string) =>
  judgeMessage({ message, keywords: { mode: "add", phrases: [] }, threshold: 0.4, index });

describe("asksForWhatBestLacks", () => {
  it("finds a question whether the business has a thing its best article never names", () => {
    expect(lacks("do you run warhammer tournaments")).toBe(true);
    expect(lacks("hi, do you sell jigsaw puzzles in the shop")).toBe(true);
  });

  it("leaves a thing the article names, by itself or as part of a compound", () => {
    expect(lacks("do you run catan tournaments")).toBe(false);
    expect(lacks("do you sell gift cards")).toBe(false);
    expect(lacks("har i veste til børn")).toBe(false);
  });

  it("leaves a way, an option or a bound asked after: a how-to question, not a thing", () => {
    expect(lacks("is there a way to book a table online")).toBe(false);
    expect(lacks("is there maybe an easier option for booking tables")).toBe(false);
    expect(lacks("is there a limit on players per table")).toBe(false);
  });

  it("reads the frame only where a question or its clause starts", () => {
    // "there are" inside a statement asks for nothing.
    expect(lacks("the tables where there are warhammer figures are booked")).toBe(false);
  });
});

describe("judgeMessage on a question after a thing the best article lacks", () => {
  it("hands it to a person with the likely articles instead of answering from the article", () => {
    const { decision, offer } = judge("do you run warhammer tournaments");
    expect(decision).toMatchObject({ handoff: true, reason: "low_confidence" });
    expect(offer?.suggestions.map((s) => s.passage.docId)).toContain("events");
  });

  it("still answers the same question about a thing the article names", () => {
    expect(judge("do you run catan tournaments").decision.handoff).toBe(false);
  });
});
