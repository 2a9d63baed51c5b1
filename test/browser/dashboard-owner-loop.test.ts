import { readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../eventually.ts";
import type { ChatResponse, HandoffAccepted } from "../../shared/api.ts";
import { readMarkdownFolder } from "../../scripts/kb-documents.ts";
import { ROOT, visitorAddress } from "../../scripts/local-stack.ts";
import {
  browserAvailable,
  collectPageErrors,
  launchChromium,
  signInWithAdminToken,
} from "./chromium.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

const ARTIFACTS = path.join(ROOT, "test-artifacts");
const SITE = "loop";
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };

describe.runIf(browserAvailable())("the owner's loop in the dashboard, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];
  let visitor = 0;
  let lowHandoff = "";

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    await mkdir(ARTIFACTS, { recursive: true });
    page = await browser.newPage({ locale: "en-US", viewport: WIDE });
    errors = collectPageErrors(page);
    const documents = await readMarkdownFolder(
      path.join(ROOT, "demo", "kb"),
      "https://acme.example/help",
    );
    expect((await admin(`/admin/api/sites/${SITE}`, { name: "Loop", threshold: 0.4 })).status).toBe(
      200,
    );
    expect((await admin(`/admin/api/sites/${SITE}/kb`, { documents }, "PUT")).status).toBe(200);
    // A known mix: answers judged 👍 and 👎, low-confidence prompts finished and abandoned.
    const returns = await chat("How many days do I have to return an item?");
    const express = await chat("How long does express shipping take?");
    await feedback(returns, false);
    await feedback(express, true);
    const kayaks = await chat("Do you sell kayaks for whitewater rivers?");
    lowHandoff = await handOff(
      kayaks,
      "Do you sell kayaks for whitewater rivers?",
      "kay@example.com",
    );
    await chat("Which kayaks do you sell?");
    await signInWithAdminToken(page, stack.adminToken, `${stack.worker.url}/admin/login`);
    await page.getByRole("heading", { name: "Handoffs" }).waitFor();
    // The two answers reach D1 through the question log's queue a second or so after they were
    // given (worker/conversations/question-log.ts): wait until they have landed.
    await eventually(
      async () => {
        await page.goto(`${stack.worker.url}/admin/sites/${SITE}/answers`);
        return (await page.locator(".answer-card").count()) === 2;
      },
      20_000,
      500,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  function headers(): Record<string, string> {
    // Each request is its own visitor, so the local rate limits never meet this test's traffic.
    return { "content-type": "application/json", "cf-connecting-ip": visitorAddress(++visitor) };
  }
  function admin(p: string, body: unknown, method = "PUT") {
    return fetch(`${stack.worker.url}${p}`, {
      method,
      headers: { authorization: `Bearer ${stack.adminToken}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }
  async function chat(message: string): Promise<ChatResponse> {
    const res = await fetch(`${stack.worker.url}/v1/chat`, {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({ site: SITE, message }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as ChatResponse;
  }
  async function feedback(turn: ChatResponse, helpful: boolean): Promise<void> {
    const res = await fetch(`${stack.worker.url}/v1/feedback`, {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({
        site: SITE,
        conversationId: turn.conversationId,
        messageId: turn.messageId,
        helpful,
      }),
    });
    expect(res.status).toBe(204);
  }
  async function handOff(turn: ChatResponse, message: string, email: string): Promise<string> {
    const res = await fetch(`${stack.worker.url}/v1/handoff`, {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({
        site: SITE,
        conversationId: turn.conversationId,
        message,
        email,
        reason: "low_confidence",
      }),
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as HandoffAccepted).handoffId;
  }

  /** Runs a test's steps; on failure keeps screenshots of the page at 1280 and 375 px. */
  async function withShots(name: string, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
    } catch (error) {
      for (const size of [WIDE, PHONE]) {
        await page.setViewportSize(size).catch(() => {});
        await page
          .screenshot({
            path: path.join(ARTIFACTS, `owner-loop-${name}-${size.width}.png`),
            fullPage: true,
          })
          .catch(() => {});
      }
      throw error;
    } finally {
      await page.setViewportSize(WIDE);
    }
  }

  /** How far the page scrolls sideways at its current width: 0 when it fits. */
  const sideways = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  it("shows each answer with its article and verdict, and filters to 👎", async () => {
    await withShots("answers", async () => {
      await page.goto(`${stack.worker.url}/admin/sites/${SITE}/answers`);
      const cards = page.locator(".answer-card");
      await expect.poll(() => cards.count()).toBe(2);
      const first = (await cards.nth(0).textContent()) ?? "";
      expect(first).toContain("How long does express shipping take?");
      expect(first).toContain(" Helpful");
      expect(first).toContain("Shipping costs and delivery times");
      await page.getByRole("link", { name: "Not helpful only" }).click();
      await expect.poll(() => cards.count()).toBe(1);
      expect(await cards.nth(0).textContent()).toContain("How many days do I have to return");
      expect(await cards.nth(0).textContent()).toContain("Return policy: sending something back");
      await page.setViewportSize(PHONE);
      expect(await sideways()).toBe(0);
    });
  });

  it("counts the abandoned prompt in Knowledge gaps and teaches it from there, re-running it", async () => {
    await withShots("gaps-teach", async () => {
      await page.goto(`${stack.worker.url}/admin/sites/${SITE}/gaps`);
      const kayaks = page.locator(".gap", { hasText: "kayaks" });
      await expect
        .poll(() => kayaks.textContent())
        .toContain("2 low-confidence questions (1 left without a handoff)");
      const field = kayaks.getByLabel("This is answered by");
      // The field searches the knowledge base's articles.
      expect(await page.locator("#kb-documents option").evaluateAll((o) => o.length)).toBe(
        readdirSync(path.join(ROOT, "demo", "kb")).filter((f) => f.endsWith(".md")).length,
      );
      await field.fill("Lifetime warranty on tents, backpacks and boots");
      await kayaks.getByRole("button", { name: "Teach" }).click();
      await page
        .getByText(
          "Taught: the question was added to “Lifetime warranty on tents, backpacks and boots”. Re-run below.",
        )
        .waitFor();
      const rerun = (await page.locator(".verdict").textContent()) ?? "";
      // The same question, through the real decision, right after teaching.
      expect(rerun).toMatch(/The AI answers|Hands off/);
      expect(rerun).toMatch(/confidence \d\.\d\d/);
      if (rerun.includes("Hands off")) await page.locator("#still-handed-off").waitFor();
      await page.setViewportSize(PHONE);
      expect(await sideways()).toBe(0);
    });
  });

  it("teaches a low-confidence handoff's question from the handoff's own page and re-runs it", async () => {
    await withShots("handoff-teach", async () => {
      await page.goto(`${stack.worker.url}/admin/handoffs/${lowHandoff}`);
      await page.getByLabel("This is answered by").fill("Return policy: sending something back");
      await page.getByRole("button", { name: "Teach" }).click();
      await page
        .getByText("Taught: the question was added to “Return policy: sending something back”.")
        .waitFor();
      expect(await page.locator("blockquote.quote").first().textContent()).toBe(
        "Do you sell kayaks for whitewater rivers?",
      );
      expect(await page.locator(".verdict").textContent()).toMatch(/confidence \d\.\d\d/);
    });
  });

  it("writes an answer for a question and shows the AI now answers it from that article", async () => {
    await withShots("write-answer", async () => {
      const question = "Can I rent a canoe?";
      await page.goto(
        `${stack.worker.url}/admin/sites/${SITE}/teach?question=${encodeURIComponent(question)}`,
      );
      await expect.poll(() => page.locator(".verdict").textContent()).toContain("Hands off");
      await page.getByLabel("Title").fill("Canoe rental");
      await page
        .getByLabel("Answer", { exact: true })
        .fill("We rent canoes from $40 a day at our Denver store. Paddles come with every canoe.");
      await page.getByRole("button", { name: "Add to the knowledge base" }).click();
      await page.getByText("Added the article “Canoe rental”.").waitFor();
      const rerun = (await page.locator(".verdict").textContent()) ?? "";
      expect(rerun).toContain("The AI answers from Canoe rental");
      expect(rerun).toContain("$40 a day");
      const visitor = await chat("Can I rent a canoe?");
      expect(visitor.reply).toMatchObject({ type: "answer", sources: [{ title: "Canoe rental" }] });
    });
  });

  it("keeps every channel error beside its field, in plain words, with what was typed", async () => {
    await withShots("channel-errors", async () => {
      await page.goto(`${stack.worker.url}/admin/sites/${SITE}/channels`);
      const add = page.getByRole("form", { name: "Add Email channel" });
      await add.getByLabel("Channel id").fill("Team Mail");
      await add.getByLabel(/Send to/).fill("support@acme.example, sales@");
      await add.getByRole("button", { name: "Add email channel" }).click();
      await page.getByText("2 fields need fixing, marked below.").waitFor();
      const again = page.getByRole("form", { name: "Add Email channel" });
      expect(await again.locator("#new-email-id-error").textContent()).toContain(
        "Use only lowercase letters",
      );
      expect(await again.locator("#new-email-to-error").textContent()).toBe(
        "“sales@” is not an email address: check it.",
      );
      expect(await again.getByLabel("Channel id").inputValue()).toBe("Team Mail");
      expect(await again.getByLabel(/Send to/).inputValue()).toBe("support@acme.example, sales@");
      // The refusal is a 400, which Chromium logs as a console error.
      errors.length = 0;
    });
  });

  it("shows the threshold's evidence and a chart still readable on a phone", async () => {
    await withShots("threshold", async () => {
      await page.goto(`${stack.worker.url}/admin/sites/${SITE}/threshold`);
      await expect
        .poll(() => page.locator("#recommendation").textContent())
        .toContain("Not enough data yet");
      expect(await page.locator("#evidence").textContent()).toContain(
        "1 answer marked helpful, 1 marked not helpful",
      );
      await page.setViewportSize(PHONE);
      expect(await sideways()).toBe(0);
      const tick = await page.locator("svg .tick").first().boundingBox();
      expect(tick?.height ?? 0).toBeGreaterThanOrEqual(10);
    });
  });

  it("fits every page into 375 px without sideways scrolling, with labels a person reads", async () => {
    await withShots("mobile", async () => {
      await page.setViewportSize(PHONE);
      for (const p of [
        `/admin?site=${SITE}`,
        `/admin/handoffs/${lowHandoff}`,
        `/admin/sites/${SITE}/keywords?message=${encodeURIComponent("How long does express shipping take?")}`,
        `/admin/sites/${SITE}/channels`,
        `/admin/sites/${SITE}/stats`,
        `/admin/sites/${SITE}/gaps`,
      ]) {
        await page.goto(`${stack.worker.url}${p}`);
        expect(await sideways(), p).toBe(0);
        expect(await page.locator("main").textContent(), p).not.toMatch(
          /low_confidence|visitor_request|default [a-z]{2} phrase/,
        );
      }
      await page.goto(`${stack.worker.url}/admin?site=${SITE}`);
      expect(await page.locator(".summary-email").first().textContent()).toBe("kay@example.com");
      await page.goto(`${stack.worker.url}/admin/handoffs/${lowHandoff}`);
      await page.getByRole("link", { name: /All handoffs of loop/ }).click();
      await page.getByRole("heading", { name: "Handoffs · loop" }).waitFor();
      await page.goto(`${stack.worker.url}/admin/handoffs/no-such-handoff`);
      await page.getByRole("navigation", { name: "Sections" }).waitFor();
      expect(await page.locator(".notice.error").textContent()).toBe("No handoff has this id.");
      // The unknown handoff is a 404, which Chromium logs as a console error.
      errors.length = 0;
    });
    expect(errors).toEqual([]);
  });
});
