import { describe, expect, it } from "vitest";
import { kbDocumentsKey } from "../../../worker/kb/store.ts";
import { listTaughtQuestions } from "../../../worker/kb/taught-store.ts";
import { call, env, KB_DOCUMENTS, ORIGIN, putKb, putSite, uniqueSite } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

const QUESTION = "Can I get a gift card for my sister?";

async function storedDocuments(site: string) {
  return JSON.parse((await env.SITES.get(kbDocumentsKey(site))) ?? "[]") as {
    id: string;
    title: string;
    questions?: string[];
  }[];
}

describe("dashboard teaching", () => {
  it("shows the question re-run through the real decision, with the articles to pick from", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const html = await (
      await getPage(`/admin/sites/${site}/teach?question=${encodeURIComponent(QUESTION)}`, cookie)
    ).text();
    expect(html).toContain("<strong>Hands off</strong>");
    expect(html).toContain('<datalist id="kb-documents">');
    expect(html).toContain('<option value="Returns and refunds">');
    expect(html).toContain('<option value="Shipping and delivery">');
  });

  it("“This is answered by” adds the question to the picked article and shows the re-run", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const res = await postForm(`/admin/sites/${site}/teach`, cookie, {
      question: QUESTION,
      document: "returns and refunds",
    });
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toContain("taught=returns");
    expect((await listTaughtQuestions(env.DB, site)).questions).toEqual([
      { docId: "returns", question: QUESTION },
    ]);
    const page = await (await getPage(location, cookie)).text();
    expect(page).toContain(
      "Taught: the question was added to “Returns and refunds”. Re-run below.",
    );
    expect(page).toContain("What a visitor gets now");
    // Shown without being asked for, the verdict doesn't take the focus; the confirmation of
    // what was taught does (dashboard.js focuses a save's confirmation).
    expect(page).not.toMatch(/<div class="verdict[^>]*tabindex/);
    expect(page).toContain('<p class="notice ok" role="status" tabindex="-1">Taught:');
    // The taught phrasing counts like the article's title: the same question is now answered
    // from it, at once.
    expect(page).toContain("<strong>The AI answers</strong>");
    expect(page).toContain("Returns and refunds");
    expect(page).not.toContain('id="still-handed-off"');
  });

  it("keeps what was typed and says why beside the field when no article has that name", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const res = await postForm(`/admin/sites/${site}/teach`, cookie, {
      question: QUESTION,
      document: "Gift wrapping",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Gift wrapping"');
    expect(html).toMatch(/class="field-error">No article is called “Gift wrapping”/);
    expect((await storedDocuments(site)).every((d) => !d.questions)).toBe(true);
  });

  it("“Write an answer” adds an article that answers the question from the next message on", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const res = await postForm(`/admin/sites/${site}/articles`, cookie, {
      question: QUESTION,
      title: "Gift cards",
      text: "We sell gift cards from $10 to $500. A gift card never expires and can be sent to anyone by email.",
    });
    expect(res.status).toBe(303);
    const page = await (await getPage(res.headers.get("location") ?? "", cookie)).text();
    expect(page).toContain("Added the article “Gift cards”.");
    expect(page).toContain("<strong>The AI answers</strong> from <span>Gift cards</span>");
    const chat = await call("/v1/chat", {
      method: "POST",
      json: { site, message: QUESTION },
      headers: { origin: ORIGIN },
    });
    expect(await chat.json()).toMatchObject({
      reply: { type: "answer", sources: [{ title: "Gift cards" }] },
    });
    expect((await storedDocuments(site)).map((d) => d.id)).toEqual([
      ...KB_DOCUMENTS.map((d) => d.id),
      "gift-cards",
    ]);
  });

  it("names every missing field of a new article and keeps what was typed", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const res = await postForm(`/admin/sites/${site}/articles`, cookie, {
      question: QUESTION,
      title: "",
      text: "",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Give the article a title");
    expect(html).toContain("Write the answer a visitor should get.");
  });

  it("refuses to teach a knowledge base whose documents were never kept, and says how to fix it", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    await env.SITES.delete(kbDocumentsKey(site));
    const res = await postForm(`/admin/sites/${site}/teach`, cookie, {
      question: QUESTION,
      document: "Returns and refunds",
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("import it again");
  });
});
