import { describe, expect, it } from "vitest";
import { replyEmailLanguage } from "../../../worker/channels/reply-email-words.ts";

describe("the language of a team reply's email", () => {
  it("is the one the visitor wrote their handed-off message in, ours or one of the four others", () => {
    expect(replyEmailLanguage("Jeg vil gerne tale med en person om min ordre", null, "en")).toBe(
      "da",
    );
    expect(replyEmailLanguage("Kann ich bitte mit einem Mitarbeiter sprechen?", null, null)).toBe(
      "de",
    );
    expect(replyEmailLanguage("Posso parlare con una persona del mio ordine?", null, "en")).toBe(
      "it",
    );
    expect(replyEmailLanguage("Kan ik mijn abonnement pauzeren?", null, "da")).toBe("nl");
  });

  it("is English for a language told apart that the emails aren't written in, not the site's", () => {
    // A Turk or a Finn on a Danish site read the team's reply in Danish before.
    expect(replyEmailLanguage("siparişimi iptal edebilir miyim", null, "da")).toBe("en");
    expect(replyEmailLanguage("voinko vielä peruuttaa tilaukseni", null, "de")).toBe("en");
  });

  it("else the assistant's last reply's, which answered in the visitor's language", () => {
    expect(
      replyEmailLanguage(
        "Zalando",
        "Vous pouvez retourner un article sous 30 jours avec l'étiquette fournie.",
        "en",
      ),
    ).toBe("fr");
  });

  it("else the site's language, and English when the site's is 'auto' or unknown", () => {
    expect(replyEmailLanguage("human", null, "sv")).toBe("sv");
    expect(replyEmailLanguage("human", null, "auto")).toBe("en");
    expect(replyEmailLanguage("Acme 2026", null, null)).toBe("en");
  });
});
