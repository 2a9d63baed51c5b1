import { describe, expect, it } from "vitest";
import { splitIntoPassages } from "../../../worker/kb/passages.ts";
import { breaksList, headsSection } from "../../../worker/kb/sections.ts";

describe("headsSection", () => {
  it("takes a short line between a sentence's end and a sentence as a heading", () => {
    expect(headsSection("Invoices", "We take cards.", "Ask at reception.")).toBe(true);
    expect(headsSection("Security bond", undefined, "We take £500 before pick-up.")).toBe(true);
    expect(headsSection("Faktura", "Vi tager ikke imod kontanter.", "Ønsker du en faktura?")).toBe(
      true,
    );
  });

  it("takes a one-question line above its answer as an FAQ's question", () => {
    expect(headsSection("Can I park at the clinic?", undefined, "Yes. There are 6 spaces.")).toBe(
      true,
    );
    expect(headsSection("Can I park? Is there a lift?", undefined, "Yes.")).toBe(false);
    expect(headsSection("Can I park?", undefined, "Is there a lift?")).toBe(false);
  });

  it("takes no list entry, wrapped line or last line for a heading", () => {
    expect(headsSection("Monday: closed", "Opening hours.", "Parking is free.")).toBe(false);
    expect(headsSection("Up to 60 guests", "Hire the boat.", "4,500 kr an hour")).toBe(false);
    expect(headsSection("Use the form in your account,", "Free.", "then print it.")).toBe(false);
    expect(headsSection("then print the label", "Free.", "Bring the box.")).toBe(false);
    expect(headsSection("Wechselrichter: 10 Jahre", "Hersteller.", "Speicher: 10 Jahre")).toBe(
      false,
    );
    expect(headsSection("Invoices", "We take cards.", undefined)).toBe(false);
    expect(headsSection("Invoices", "Visa, Mastercard", "Ask at reception.")).toBe(false);
  });
});

describe("splitIntoPassages", () => {
  it("keeps a heading and an FAQ's question on lines of their own and runs other lines on", () => {
    const text =
      "Returns\n\nWe take cards\nand MobilePay.\nInvoices\nAsk at reception.\n\nCan I park?\nYes. There are 6 spaces.";
    expect(splitIntoPassages(text, "Returns")).toEqual([
      "We take cards and MobilePay.\nInvoices\nAsk at reception.\nCan I park?\nYes. There are 6 spaces.",
    ]);
  });
});

describe("splitIntoPassages around headings", () => {
  const sentence = (n: number) => `Sentence ${n} tells you one more thing about our service here.`;
  const paragraph = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => sentence(from + i)).join(" ");

  it("never ends a passage with a heading whose text opens the next one", () => {
    const first = paragraph(1, 14); // about 870 characters
    const text = `${first}\n\nInvoices\n\n${paragraph(20, 4)}`;
    const passages = splitIntoPassages(text, "Paying");
    expect(passages).toHaveLength(2);
    expect(passages[0]).toBe(first);
    expect(passages[1]?.startsWith("Invoices\nSentence 20")).toBe(true);
  });

  it("keeps a long paragraph's heading on its own line when it cuts it into chunks", () => {
    const text = `Intro.\n\nInvoices\n${paragraph(1, 40)}`;
    const passages = splitIntoPassages(text, "Paying");
    expect(passages.length).toBeGreaterThan(1);
    expect(passages[0]).toMatch(/^Intro\.\nInvoices\nSentence 1 /);
  });
});

describe("breaksList", () => {
  it("keeps the break after a short or keyed line without a sentence's end", () => {
    expect(breaksList("Monday: closed", "Tuesday: 9-17")).toBe(true);
    expect(breaksList("Opening hours:", "Monday: closed")).toBe(true);
    expect(breaksList("Small $60", "Medium $74")).toBe(true);
    expect(
      breaksList(
        "Pack sécurité hors-piste (DVA, pelle, sonde, location à la journée) : 16 € par jour",
        "Luge : 7 €",
      ),
    ).toBe(true);
    // A list's introduction, however long, and entries that open with a currency sign.
    expect(
      breaksList(
        "For the safety of every dog in the salon, we need proof of current vaccinations before your dog's first visit:",
        "Rabies",
      ),
    ).toBe(true);
    expect(breaksList("£1,000 of cover: £1.20 a week", "£2,500 of cover: £2.50 a week")).toBe(true);
  });

  it("runs on a wrapped line, an entry's continuation and a sentence's end", () => {
    expect(
      breaksList(
        "To send a parcel back, fill in the returns form in your account and",
        "Print it.",
      ),
    ).toBe(false);
    expect(breaksList("Berlin BER, Terminal 1", "täglich 6:00-23:30 Uhr")).toBe(false);
    expect(breaksList("We ship on Mondays.", "Orders over €39 ship free.")).toBe(false);
    expect(breaksList("Monday: closed", undefined)).toBe(false);
    expect(breaksList("Prices are listed as follows:", "by size and by week.")).toBe(false);
  });
});
