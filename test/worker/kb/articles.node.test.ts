import { describe, expect, it } from "vitest";
import {
  mergeUpload,
  removeQuestion,
  searchArticles,
  updateArticle,
} from "../../../worker/kb/articles.ts";
import { documentIdOf, importFile } from "../../../worker/kb/import-file.ts";

const DOCS = [
  {
    id: "returns",
    title: "Retours",
    text: "Renvoyez l'article sous 30 jours.",
    questions: ["Can I send it back?"],
  },
  { id: "shipping", title: "Shipping", text: "Express takes 2 days." },
];

describe("knowledge-base articles", () => {
  it("finds an article by any word of its title, text or phrasings, accents ignored", () => {
    expect(searchArticles(DOCS, "renvoyez").map((d) => d.id)).toEqual(["returns"]);
    expect(searchArticles(DOCS, "SEND back").map((d) => d.id)).toEqual(["returns"]);
    expect(searchArticles(DOCS, "retóurs").map((d) => d.id)).toEqual(["returns"]);
    expect(searchArticles(DOCS, "express kayak")).toEqual([]);
    expect(searchArticles(DOCS, "  ")).toHaveLength(2);
  });

  it("edits an article's title, text and link and keeps its phrasings; refuses a script link", () => {
    const edited = updateArticle(DOCS, "returns", { title: "Returns", text: "60 days.", url: "" });
    expect(edited.ok && edited.document).toMatchObject({
      title: "Returns",
      url: null,
      questions: ["Can I send it back?"],
    });
    expect(
      updateArticle(DOCS, "returns", { title: "R", text: "t", url: "javascript:x" }),
    ).toMatchObject({
      ok: false,
      field: "url",
    });
    expect(updateArticle(DOCS, "returns", { title: " ", text: "t", url: "" })).toMatchObject({
      ok: false,
      field: "title",
    });
  });

  it("removes one phrasing, ignoring case and spacing", () => {
    const removed = removeQuestion(DOCS, "returns", "can i  SEND it back?");
    expect(removed.ok && removed.document?.questions).toBeUndefined();
  });

  it("merges an upload: same id replaces the text and keeps the phrasings, a new id is added", () => {
    const merged = mergeUpload(DOCS, [
      { id: "returns", title: "Returns", text: "New." },
      { id: "stores", title: "Stores", text: "Oslo." },
    ]);
    expect(merged.replaced).toEqual(["returns"]);
    expect(merged.added).toEqual(["stores"]);
    expect(merged.documents[0]).toMatchObject({ text: "New.", questions: ["Can I send it back?"] });
  });

  it("reads a file the same way for the CLI and the dashboard", () => {
    expect(documentIdOf("guides\\returns.md")).toBe("guides/returns");
    expect(documentIdOf("../../etc/passwd.txt")).toBe("etc/passwd");
    const read = importFile("gift-cards.txt", new TextEncoder().encode("We sell gift cards."), {
      id: "gift-cards",
      baseUrl: "https://acme.example",
    });
    expect(read).toMatchObject({
      ok: true,
      document: { title: "gift cards", url: "https://acme.example/gift-cards" },
    });
    expect(
      importFile("a.md", new Uint8Array([0xff, 0xfe, 0x41]), { id: "a", baseUrl: null }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not valid UTF-8/),
    });
  });
});
