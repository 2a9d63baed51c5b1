/**
 * The widget under axe-core, in Chromium, in every state a visitor meets: closed, open, after an
 * answer, after "Talk to a person", at the email step, with suggestions shown, and on a phone.
 * axe runs inside the page on the widget's element and its shadow root only (the demo page's own
 * markup is not the widget's to answer for), and must report nothing, whatever the impact. The
 * focus rules ride along: where focus lands after each step, and where Escape sends it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import { browserAvailable, collectPageErrors, launchChromium } from "./chromium.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

const en = stringsFor("en");
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe's violations inside the widget, as `id (impact): help @ targets` lines. */
async function violations(page: Page): Promise<string[]> {
  const found = await page.evaluate(async (source) => {
    const w = window as unknown as {
      axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> };
    };
    // axe's own source, read from node_modules, run in the page's global scope.
    // biome-ignore lint/security/noGlobalEval: a test page, and our own dependency's code.
    if (!w.axe) globalThis.eval(source);
    // Measured mid-way through the panel's rise, text would be half transparent.
    const root = document.querySelector("clarifier-widget")?.shadowRoot;
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
    const result = await w.axe?.run(
      { include: [["clarifier-widget"]] },
      { resultTypes: ["violations"] },
    );
    return result?.violations ?? [];
  }, AXE_SOURCE);
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} @ ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
  );
}

/** The element focused inside the widget, as `tag#id.class` (or "outside"). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector("clarifier-widget")?.shadowRoot;
    const el = root?.activeElement;
    if (!el) return "outside";
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")}`;
  });
}

describe.runIf(browserAvailable())("the widget under axe-core, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function visit(viewport = { width: 1280, height: 800 }) {
    // axe is evaluated into the page; the demo page's CSP would refuse that, the widget's never.
    const context = await browser.newContext({ locale: "en-US", viewport, bypassCSP: true });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${stack.worker.url}/demo`);
    await page.locator("clarifier-widget .launcher").waitFor();
    return { context, page, errors };
  }

  const widget = (page: Page) => page.locator("clarifier-widget");
  const messageBox = (page: Page) => page.getByRole("textbox", { name: en.placeholder });

  async function send(page: Page, text: string): Promise<void> {
    await messageBox(page).fill(text);
    await messageBox(page).press("Enter");
  }

  it("has no violations closed, open, after an answer, after 'Talk to a person' and at the email step; focus follows each step", async () => {
    const { context, page, errors } = await visit();
    expect(await violations(page)).toEqual([]);

    await widget(page).locator(".launcher").click();
    await messageBox(page).waitFor();
    await expect.poll(() => focused(page)).toBe("textarea#clarifier-message.");
    expect(await violations(page)).toEqual([]);
    // One landmark-free panel: no second "banner" on the customer's page.
    expect(await page.getByRole("banner").count()).toBeLessThanOrEqual(1);
    expect(await page.getByRole("button", { name: en.close }).count()).toBe(1);

    await send(page, "How many days do I have to return an item?");
    await expect
      .poll(() => widget(page).locator(".msg.assistant").last().textContent())
      .toContain("30 days");
    await page.getByRole("button", { name: en.helpful }).waitFor();
    expect(await violations(page)).toEqual([]);

    await page.getByRole("button", { name: en.talkToPerson }).click();
    await page.getByText(en.askNeed).waitFor();
    await expect.poll(() => focused(page)).toBe("textarea#clarifier-message.");
    expect(await violations(page)).toEqual([]);

    await send(page, "I need to change my delivery address");
    await page.getByRole("textbox", { name: en.emailLabel }).waitFor();
    await expect.poll(() => focused(page)).toBe("input#clarifier-email.");
    expect(await violations(page)).toEqual([]);

    // The first Skip warns; focus leaves the button that now says "Send without email".
    await page.getByRole("button", { name: en.skip }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: en.sendWithoutEmail }).waitFor();
    await expect.poll(() => focused(page)).toBe("input#clarifier-email.");
    expect(await violations(page)).toEqual([]);

    // Escape inside the panel closes it, and focus returns to the launcher.
    await page.keyboard.press("Escape");
    await expect.poll(() => widget(page).locator("[role=dialog]").count()).toBe(0);
    await expect.poll(() => focused(page)).toBe("button.launcher");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("after two 👎 the person comes first, in a button inset from the panel's edges, with no violations", async () => {
    const { context, page, errors } = await visit();
    await widget(page).locator(".launcher").click();
    for (const question of ["How many days do I have to return an item?", "Do you ship abroad?"]) {
      const before = await page.getByRole("button", { name: en.unhelpful }).count();
      await send(page, question);
      await expect
        .poll(() => page.getByRole("button", { name: en.unhelpful }).count())
        .toBe(before + 1);
      await page.getByRole("button", { name: en.unhelpful }).last().click();
    }
    const person = widget(page).locator("button.person.first");
    await person.waitFor();
    const button = await person.boundingBox();
    const panel = await widget(page).locator(".panel").boundingBox();
    if (!button || !panel) throw new Error("not laid out");
    expect(button.x - panel.x).toBeGreaterThanOrEqual(8);
    expect(panel.x + panel.width - (button.x + button.width)).toBeGreaterThanOrEqual(8);
    expect(await violations(page)).toEqual([]);
    // Only a worker without /v1/feedback yet would log a 404 here.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await context.close();
  });

  it("Escape on the launcher closes the open panel, and focus stays on it", async () => {
    const { context, page } = await visit();
    await widget(page).locator(".launcher").click();
    await messageBox(page).waitFor();
    await widget(page).locator(".launcher").focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => widget(page).locator("[role=dialog]").count()).toBe(0);
    expect(await widget(page).locator(".launcher").getAttribute("aria-expanded")).toBe("false");
    expect(await focused(page)).toBe("button.launcher");
    await context.close();
  });

  it("shows suggestions as a list of buttons reachable by keyboard, with no violations", async () => {
    const { context, page, errors } = await visit();
    await widget(page).locator(".launcher").click();
    // Not sure enough to answer on the demo help centre: the worker offers likely articles.
    await send(page, "my boots leak");
    const list = page.getByRole("list", { name: en.suggest });
    await list.waitFor();
    expect(await violations(page)).toEqual([]);
    // Reachable by keyboard: Tab from the message box goes back through the list's buttons.
    const first = list.getByRole("button").first();
    const title = (await first.textContent()) ?? "";
    await first.focus();
    const feedback = page.waitForResponse((r) => r.url().endsWith("/v1/feedback"));
    await page.keyboard.press("Enter");
    await expect
      .poll(() => widget(page).locator(".msg.assistant").last().textContent())
      .toContain(title);
    expect(await violations(page)).toEqual([]);
    // The pick is recorded by the worker.
    const recorded = await feedback;
    expect(recorded.request().postDataJSON()).toMatchObject({ picked: expect.any(String) });
    expect(recorded.status()).toBe(204);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("has no violations open on a phone, where the panel covers the screen", async () => {
    const { context, page } = await visit({ width: 390, height: 844 });
    await widget(page).locator(".launcher").click();
    await messageBox(page).waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
