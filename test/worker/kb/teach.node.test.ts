import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_QUESTIONS } from "../../../shared/limits.ts";
import type { KbDocument } from "../../../worker/kb/documents.ts";
import { addArticle, addQuestion, withTaughtQuestions } from "../../../worker/kb/teach.ts";

const DOCS: KbDocument[] = [
  { id: "returns", title: "Returns", text: "Return within 30 days." },
  { id: "shipping", title: "Shipping", text: "Free over $50.", questions: ["Do you ship free?"] },
];

describe("addQuestion", () => {
  it("adds the question to that document only, spaces collapsed", () => {
    const taught = addQuestion(DOCS, "returns", "  Can I   send it back? ");
    expect(taught).toMatchObject({ ok: true, changed: true });
    if (!taught.ok) return;
    expect(taught.documents[0]?.questions).toEqual(["Can I send it back?"]);
    expect(taught.documents[1]).toBe(DOCS[1]);
    expect(DOCS[0]?.questions).toBeUndefined();
  });

  it("changes nothing for a question the document already has, whatever its case", () => {
    const taught = addQuestion(DOCS, "shipping", "do you SHIP free?");
    expect(taught).toMatchObject({ ok: true, changed: false });
  });

  it("refuses an unknown document, an empty question, and a document that is full", () => {
    expect(addQuestion(DOCS, "nope", "Hi?")).toMatchObject({ ok: false, kind: "unknown_document" });
    expect(addQuestion(DOCS, "returns", "   ")).toMatchObject({ ok: false, kind: "invalid" });
    expect(addQuestion(DOCS, "returns", "x".repeat(301))).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    const full = [
      { ...DOCS[0], questions: Array.from({ length: MAX_DOCUMENT_QUESTIONS }, (_, i) => `q${i}`) },
    ] as KbDocument[];
    expect(addQuestion(full, "returns", "one more?")).toMatchObject({
      ok: false,
      kind: "too_many",
    });
  });
});

describe("addArticle", () => {
  it("adds an article with an id from its title, unique among the documents, and the question taught", () => {
    const first = addArticle(DOCS, {
      title: "Gift cards",
      text: "From $10.",
      question: "Gift card?",
    });
    expect(first.ok && first.document).toEqual({
      id: "gift-cards",
      title: "Gift cards",
      text: "From $10.",
      url: null,
      questions: ["Gift card?"],
    });
    if (!first.ok) return;
    const second = addArticle(first.documents, {
      title: "Gift  cards!",
      text: "Again.",
      question: null,
    });
    expect(second.ok && second.document.id).toBe("gift-cards-2");
    expect(addArticle(DOCS, { title: "Café crème", text: "Yes.", question: null })).toMatchObject({
      document: { id: "cafe-creme" },
    });
  });

  it("refuses an article without a title or an answer", () => {
    expect(addArticle(DOCS, { title: " ", text: "x", question: null }).ok).toBe(false);
    expect(addArticle(DOCS, { title: "T", text: " ", question: null }).ok).toBe(false);
  });
});

describe("withTaughtQuestions", () => {
  const doc = { id: "returns", title: "Returns", text: "Send it back within 30 days." };

  it("adds each document's taught phrasings after its own, once each ignoring case", () => {
    const [merged] = withTaughtQuestions(
      [{ ...doc, questions: ["Can I send it back?"] }],
      [
        { docId: "returns", question: "can i send it back?" },
        { docId: "returns", question: "Refund please" },
        { docId: "gone", question: "Of a document no longer there" },
      ],
    );
    expect(merged?.questions).toEqual(["Can I send it back?", "Refund please"]);
  });

  it("keeps at most MAX_DOCUMENT_QUESTIONS per document", () => {
    const taught = Array.from({ length: MAX_DOCUMENT_QUESTIONS + 5 }, (_, i) => ({
      docId: "returns",
      question: `phrasing ${i}`,
    }));
    expect(withTaughtQuestions([doc], taught)[0]?.questions).toHaveLength(MAX_DOCUMENT_QUESTIONS);
  });
});
