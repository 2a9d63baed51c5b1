/**
 * The widget under axe-core, in Chromium, in every state a visitor meets: closed, open, after an
 * answer, after "Talk to a person", at the email step, with suggestions shown, and on a phone.
 * axe runs inside the page on the widget's element and its shadow root only (the demo page's own
 * markup is not the widget's to answer for), and must report nothing, whatever the impact. The
 * focus rules ride along: where focus lands after each step, and where Escape sends it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import type { Strings } from "../../widget/strings/types.ts";
import { contrast } from "../../widget/theme.ts";
import { browserAvailable, collectPageErrors, holdRequests } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

const en = stringsFor("en");
const da = stringsFor("da");
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

/**
 * axe with every WCAG 2.0-2.2 A/AA rule and the best-practice ones, run explicitly by tag: the
 * default set above leaves some of them to the page's configuration (#a11y-pass3).
 */
async function allRuleViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (source) => {
    const w = window as unknown as {
      axe?: {
        run: (
          context: unknown,
          options: unknown,
        ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    // biome-ignore lint/security/noGlobalEval: a test page, and our own dependency's code.
    if (!w.axe) globalThis.eval(source);
    const root = document.querySelector("clarifier-widget")?.shadowRoot;
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
    const result = await w.axe?.run(
      { include: [["clarifier-widget"]] },
      { runOnly: { type: "tag", values: tags } },
    );
    return (result?.violations ?? []).map(
      (v) => `${v.id} @ ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
    );
  }, AXE_SOURCE);
}

/**
 * Every control in the widget smaller than 24 x 24 px (WCAG 2.5.8), as `tag.class "name" WxH`.
 * Measured on the laid-out boxes, so stacked links and thin text buttons count.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector("clarifier-widget")?.shadowRoot;
    return [...(root?.querySelectorAll("button, a, input, textarea") ?? [])].flatMap((el) => {
      const { width, height } = el.getBoundingClientRect();
      if (width === 0 || (width >= 24 && height >= 24)) return [];
      const name = el.getAttribute("aria-label") ?? el.textContent ?? "";
      return [`${el.tagName.toLowerCase()}.${el.className} "${name}" ${width}x${height}`];
    });
  });
}

/** The language a screen reader reads `text`'s line in: its nearest `lang`, in the widget. */
function languageOf(page: Page, text: string): Promise<string | null> {
  return page.evaluate((text) => {
    const root = document.querySelector("clarifier-widget")?.shadowRoot;
    const line = [...(root?.querySelectorAll("p, legend") ?? [])].find((p) =>
      p.textContent?.includes(text),
    );
    return line?.closest("[lang]")?.getAttribute("lang") ?? null;
  }, text);
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
  const run = stackAndChromium();

  async function visit(viewport = { width: 1280, height: 800 }, locale = "en-US") {
    // axe is evaluated into the page; the demo page's CSP would refuse that, the widget's never.
    const context = await run.browser.newContext({ locale, viewport, bypassCSP: true });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    // Its own copy of the demo site: its chats spend their own rate-limit budget, not the one
    // every file that opens the shared demo page spends from 127.0.0.1.
    await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
    await page.locator("clarifier-widget .launcher").waitFor();
    return { context, page, errors };
  }

  const widget = (page: Page) => page.locator("clarifier-widget");

  /** What is wrong with the open panel in `code`: its close button's name, its lang, axe. */
  async function panelProblemsIn(page: Page, code: string, strings: Strings): Promise<string[]> {
    const found: string[] = [];
    if ((await page.getByRole("button", { name: strings.close }).count()) !== 1)
      found.push(`${code}: no close button named "${strings.close}"`);
    const lang = await widget(page).locator("[role=dialog]").getAttribute("lang");
    if (lang !== code) found.push(`${code}: panel lang ${lang}`);
    for (const v of await allRuleViolations(page)) found.push(`${code}: ${v}`);
    return found;
  }

  const messageBox = (page: Page) => page.getByRole("textbox", { name: en.placeholder });

  /** Sends `text` once the composer is free (Enter is ignored while an answer is on its way). */
  async function send(page: Page, text: string): Promise<void> {
    await expect.poll(() => widget(page).locator("form .send").isEnabled()).toBe(true);
    await messageBox(page).fill(text);
    await messageBox(page).press("Enter");
  }

  /** Waits for `text` in the chat; on a timeout, says what the chat showed instead. */
  async function shows(page: Page, text: string): Promise<void> {
    try {
      await page.getByText(text).waitFor({ timeout: 20_000 });
    } catch {
      const lines = await widget(page).locator(".msg").allTextContents();
      const draft = await messageBox(page).inputValue();
      throw new Error(
        `waited for ${JSON.stringify(text)}; the chat showed ${JSON.stringify(lines)}, the box held ${JSON.stringify(draft)}`,
      );
    }
  }

  it("has no violations closed, open, after an answer, after 'Talk to a person' and at the email step; focus follows each step", async () => {
    const { context, page, errors } = await visit();
    expect(await violations(page)).toEqual([]);

    await widget(page).locator(".launcher").click();
    await messageBox(page).waitFor();
    await expect.poll(() => focused(page)).toBe("textarea#message.");
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
    await expect.poll(() => focused(page)).toBe("textarea#message.");
    expect(await violations(page)).toEqual([]);

    await send(page, "I need to change my delivery address");
    await page.getByRole("textbox", { name: en.emailLabel }).waitFor();
    await expect.poll(() => focused(page)).toBe("input#email.");
    expect(await violations(page)).toEqual([]);

    // The first Skip warns; focus leaves the button that now says "Send without email".
    await page.getByRole("button", { name: en.skip }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: en.sendWithoutEmail }).waitFor();
    await expect.poll(() => focused(page)).toBe("input#email.");
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

  it("every state a visitor reaches: all WCAG 2.2 A/AA and best-practice rules, 24 px targets, each line in its language, focus never dropped to <body>", async () => {
    const { context, page, errors } = await visit();
    const found: string[] = [];
    const check = async (state: string) => {
      for (const v of await allRuleViolations(page)) found.push(`${state}: ${v}`);
      for (const t of await smallTargets(page)) found.push(`${state}: small target ${t}`);
    };
    await check("closed");
    await widget(page).locator(".launcher").press("Enter");
    await messageBox(page).waitFor();
    await check("open");
    await messageBox(page).fill("How many days");
    await check("typing");
    // Send pressed from the keyboard: it is disabled while the answer comes, focus stays put.
    await messageBox(page).fill("How many days do I have to return an item?");
    await widget(page).locator("form .send").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: en.unhelpful }).waitFor();
    expect(await focused(page)).toBe("textarea#message.");
    await check("answer with feedback");
    await page.getByRole("button", { name: en.unhelpful }).click();
    await check("after 👎");
    await send(page, "my boots leak");
    await page.getByRole("list", { name: en.suggest }).waitFor();
    await check("suggestions");
    await page.getByRole("list", { name: en.suggest }).getByRole("button").first().click();
    await check("picked suggestion");
    await send(page, "What's the weather like in Paris tomorrow?");
    await shows(page, en.offTopic("Acme"));
    await check("off-topic");

    // A Danish request for a person on an English page: the widget turns Danish, the English
    // answer above stays marked English.
    await send(page, "tale med en person");
    const email = widget(page).locator("#email");
    await email.waitFor();
    await check("email step, empty");
    expect(await languageOf(page, "30 days")).toBe("en");
    expect(await languageOf(page, da.emailPrompt)).toBe("da");
    // The question under that answer is asked in the panel's language, and marked so.
    expect(await languageOf(page, da.wasHelpful)).toBe("da");
    await email.fill("nope");
    await email.press("Enter");
    await page.getByText(da.invalidEmail).waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await email.getAttribute("aria-describedby")).toBe("email-error");
    await check("email step, invalid");
    await email.fill("kay@example.com");
    await check("email step, valid");
    // Send pressed from the keyboard while the handoff is slow: focus stays in the form.
    const release = await holdRequests(page, "**/v1/handoff");
    const handoff = page.waitForResponse((r) => r.url().endsWith("/v1/handoff"));
    await widget(page).locator("form .send").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: da.sending }).waitFor();
    await expect.poll(() => focused(page)).toBe("input#email.");
    await check("sending");
    release();
    await page.getByText(da.handedOff("Acme", "kay@example.com")).waitFor();
    await expect.poll(() => focused(page)).toBe("textarea#message.");
    await check("sent");
    await page.unroute("**/v1/handoff");

    // The team replies: the line arrives in the log once, and focus stays where the visitor is.
    const { handoffId } = (await (await handoff).json()) as { handoffId: string };
    const reply = "Hej Kay, vi har ændret adressen.";
    const posted = await fetch(`${run.stack.worker.url}/admin/api/handoffs/${handoffId}/replies`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${run.stack.adminToken}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ text: reply, author: "Mia" }),
    });
    expect(posted.status).toBe(201);
    await page.getByText(reply).waitFor({ timeout: 15_000 });
    expect(await page.getByText(reply).count()).toBe(1);
    expect(await focused(page)).toBe("textarea#message.");
    await check("team reply");

    // Offline: the message fails with Retry; Retry from the keyboard leaves focus in the widget.
    // The box is named in Danish now: found by its role alone.
    const box = widget(page).locator("textarea");
    await page.route("**/v1/chat", (route) => route.abort());
    await box.fill("Do you ship abroad?");
    await box.press("Enter");
    const retry = widget(page).locator(".retry");
    await retry.waitFor();
    await check("network error");
    await page.unroute("**/v1/chat");
    await retry.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => retry.count()).toBe(0);
    expect(await focused(page)).toBe("textarea#message.");
    await page.getByRole("button", { name: en.unhelpful }).last().waitFor();
    // The panel speaks English again; the Danish confirmation stays Danish.
    expect(await languageOf(page, da.handedOff("Acme", "kay@example.com"))).toBe("da");

    await page.route("**/v1/chat", (route) =>
      route.fulfill({
        status: 429,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "rate_limited", message: "Too many requests." } }),
      }),
    );
    await box.fill("And to Norway?");
    await box.press("Enter");
    await page.getByText(en.rateLimited).waitFor();
    await check("rate-limited");
    await page.unroute("**/v1/chat");
    expect(found).toEqual([]);
    // The refused and aborted calls are the browser's own console errors, on purpose.
    expect(errors.filter((e) => !/status of 429|ERR_FAILED|Failed to load/.test(e))).toEqual([]);
    await context.close();
  });

  it("at 400% zoom (320 x 200 px) the email step scrolls rather than cutting its buttons off", async () => {
    const { context, page } = await visit({ width: 320, height: 200 });
    await widget(page).locator(".launcher").click();
    await send(page, "talk to a person");
    await widget(page).locator("#email").waitFor();
    const layout = await page.evaluate(() => {
      const root = document.querySelector("clarifier-widget")?.shadowRoot;
      const panel = root?.querySelector(".panel") as HTMLElement;
      return {
        overflowing: panel.scrollHeight > panel.clientHeight,
        scrollable: ["auto", "scroll"].includes(getComputedStyle(panel).overflowY),
      };
    });
    // Taller than the screen at this zoom: the visitor must be able to scroll to the rest.
    expect(layout).toEqual({ overflowing: true, scrollable: true });
    await context.close();
  });

  it("in forced-colors mode the launcher and the panel keep an edge, and a pressed 👍 looks pressed", async () => {
    const context = await run.browser.newContext({
      locale: "en-US",
      viewport: { width: 1280, height: 800 },
      forcedColors: "active",
    });
    const page = await context.newPage();
    await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
    await widget(page).locator(".launcher").click();
    await send(page, "How many days do I have to return an item?");
    await page.getByRole("button", { name: en.helpful }).click();
    const edges = await page.evaluate(() => {
      const root = document.querySelector("clarifier-widget")?.shadowRoot;
      const edge = (selector: string) => {
        const style = getComputedStyle(root?.querySelector(selector) as Element);
        return style.borderTopStyle === "none" ? "0px" : style.borderTopWidth;
      };
      return {
        launcher: edge(".launcher"),
        panel: edge(".panel"),
        pressed: edge(".verdict[aria-pressed=true]"),
        unpressed: edge(".verdict[aria-pressed=false]"),
      };
    });
    // Shadows and backgrounds are dropped in this mode; borders are drawn in the system colour.
    expect(edges.launcher).not.toBe("0px");
    expect(edges.panel).not.toBe("0px");
    expect(edges.pressed).not.toBe(edges.unpressed);
    await context.close();
  });

  it("with a site's own theme colour, links and text buttons in the grey bubble keep 4.5:1", async () => {
    // A rose: links darkened only until they read on white kept 4.22:1 in the assistant's bubble.
    const url = `${run.stack.worker.url}/admin/api/sites/${run.stack.site}`;
    const headers = {
      authorization: `Bearer ${run.stack.adminToken}`,
      "content-type": "application/json",
    };
    const config = await (await fetch(url, { headers })).json();
    const saved = await fetch(url, {
      method: "PUT",
      headers,
      body: JSON.stringify({ ...config, themeColor: "#e11d48" }),
    });
    expect(saved.status).toBe(200);
    const context = await run.browser.newContext({
      locale: "en-US",
      viewport: { width: 1280, height: 800 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
    await widget(page).locator(".launcher").click();
    await send(page, "How many days do I have to return an item?");
    await widget(page).locator(".sources a").first().waitFor();
    await send(page, "my boots leak");
    await page.getByRole("list", { name: en.suggest }).waitFor();
    expect(await allRuleViolations(page)).toEqual([]);
    await context.close();
  });

  it("in every widget language: controls named in it, the panel marked with it, no violations", async () => {
    const found: string[] = [];
    for (const code of ["en", "da", "de", "fr", "es", "sv"] as const) {
      const strings = stringsFor(code);
      const { context, page } = await visit(undefined, code === "en" ? "en-US" : code);
      await widget(page).locator(".launcher").click();
      const box = page.getByRole("textbox", { name: strings.placeholder });
      await box.waitFor();
      found.push(...(await panelProblemsIn(page, code, strings)));
      await context.close();
    }
    expect(found).toEqual([]);
  });

  it("in the languages Clarifier doesn't answer in: the panel follows a question in one, marked with it, no violations", async () => {
    const found: string[] = [];
    const questions = {
      it: "Posso pagare con PayPal o con la carta di credito?",
      nl: "Kan ik mijn abonnement pauzeren?",
      pl: "Czy mogę zapłacić kartą przy odbiorze?",
      pt: "Posso pagar com PayPal? Não tenho cartão.",
    } as const;
    for (const [code, question] of Object.entries(questions) as [
      keyof typeof questions,
      string,
    ][]) {
      const strings = stringsFor(code);
      const { context, page } = await visit();
      await widget(page).locator(".launcher").click();
      await send(page, question);
      // The email step, in the question's language: the person is on the way.
      await page.getByRole("textbox", { name: strings.emailLabel }).waitFor();
      found.push(...(await panelProblemsIn(page, code, strings)));
      await context.close();
    }
    expect(found).toEqual([]);
  });

  it("the launcher's focus ring stands out 3:1 on a dark page and on a light one", async () => {
    const { context, page } = await visit();
    for (let i = 0; i < 40 && (await focused(page)) !== "button.launcher"; i++)
      await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button.launcher");
    const rgb = (value: string) => {
      const [r = 0, g = 0, b = 0] = (/rgba?\(([^)]+)\)/.exec(value)?.[1] ?? "")
        .split(",")
        .map(Number);
      return (r << 16) | (g << 8) | b;
    };
    // The ring's colours, as drawn around the launcher: the outline and anything inside it.
    const ring = await widget(page)
      .locator(".launcher")
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.outlineColor, /rgba?\([^)]+\)/.exec(style.boxShadow)?.[0] ?? ""];
      });
    expect(ring[0]).toBeTruthy();
    for (const page of [0x000000, 0x1f2937, 0xffffff]) {
      const best = Math.max(...ring.filter(Boolean).map((c) => contrast(rgb(c), page)));
      expect(best, `on #${page.toString(16).padStart(6, "0")}`).toBeGreaterThanOrEqual(3);
    }
    await context.close();
  });
});
