/**
 * The widget embedded by script tag on customers' pages, in Chromium: pages served by a small
 * host server on another 127.0.0.1 port (a different origin from the worker, as on a real site),
 * including hostile ones: aggressive global CSS and a strict Content-Security-Policy.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/local-stack.ts";
import { stringsFor } from "../../widget/strings/all.ts";
import { browserAvailable, collectPageErrors, launchChromium } from "./chromium.ts";
import { type HostServer, startHostServer } from "./host-server.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

const ARTIFACTS = path.join(ROOT, "test-artifacts");
const QUESTION = "How many days do I have to return an item?";
const en = stringsFor("en");

interface HostPage {
  /** Extra markup in <head>. */
  head?: string;
  /** Extra markup at the end of <body>, before the widget's script tag. */
  body?: string;
  /** Attributes for the widget's script tag besides src and data-site. */
  attributes?: string;
  /** Response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

/** The customer's site: each path is a page that embeds the widget; pages link to each other. */
function hostPages(workerUrl: string): Record<string, HostPage> {
  return {
    "/a.html": {},
    "/b.html": {},
    "/aggressive.html": {
      // The last rule reaches the widget's own element: a transform there would make it the
      // containing block of the fixed launcher, and opacity would fade it.
      head: `<style>* { all: unset !important; } button { display: none !important; }
        html, body { font: 40px/3 serif !important; color: red !important; }
        body > * { transform: translateY(-50px) !important; opacity: 0.3 !important; }</style>`,
    },
    "/csp.html": {
      headers: {
        // No 'unsafe-inline', no 'unsafe-eval', nothing but the worker's origin for scripts and
        // requests (its WebSocket origin too, for a handed-off conversation's live replies: CSP
        // matches an http(s) source to ws(s) only when listed), and no styles at all: what
        // docs/widget.md tells a site to allow, and no more.
        "content-security-policy": `default-src 'none'; script-src ${workerUrl}; connect-src ${workerUrl} ${workerUrl.replace(/^http/, "ws")}`,
      },
    },
    "/german.html": { attributes: 'data-lang="de"' },
    // A fixed footer whose last link sits in the launcher's corner: the page lifts the launcher
    // above it with the one custom property docs/widget.md documents.
    "/footer.html": {
      head: `<style>footer { position: fixed; left: 0; right: 0; bottom: 0; height: 60px;
        display: flex; justify-content: flex-end; align-items: center; padding: 0 24px;
        background: #eee; } clarifier-widget { --clarifier-lift: 64px; }</style>`,
      body: `<footer><a id="contact" href="/b.html">Contact</a></footer>`,
    },
  };
}

function pageHtml(name: string, page: HostPage, workerUrl: string, site: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name}</title>${page.head ?? ""}</head>
<body>
  <h1>${name}</h1>
  <label>Search <input id="search"></label>
  <nav><a id="to-a" href="/a.html">Page A</a> <a id="to-b" href="/b.html">Page B</a></nav>
  ${page.body ?? ""}
  <script async src="${workerUrl}/widget.js" data-site="${site}" ${page.attributes ?? ""}></script>
</body></html>`;
}

/** The customer's site: the pages of `hostPages`, and nothing else. */
function servePages(workerUrl: string, site: string): Promise<HostServer> {
  const pages = hostPages(workerUrl);
  return startHostServer((req, res) => {
    const name = new URL(req.url ?? "/", "http://host").pathname;
    const page = pages[name];
    if (!page) {
      // Chromium asks every new origin for /favicon.ico; a 404 would be logged as an error.
      res.writeHead(name === "/favicon.ico" ? 204 : 404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...page.headers });
    res.end(pageHtml(name, page, workerUrl, site));
  });
}

describe.runIf(browserAvailable())("the widget on a customer's pages, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;
  let host: HostServer;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    host = await servePages(stack.worker.url, stack.site);
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await stack?.stop();
  });

  interface Visit {
    context: BrowserContext;
    page: Page;
    /** Uncaught errors, console errors and CSP violations on the page. */
    errors: string[];
  }

  async function visit(
    pathname: string,
    options: {
      locale?: string;
      viewport?: { width: number; height: number };
      reducedMotion?: "reduce";
    } = {},
  ): Promise<Visit> {
    const context = await browser.newContext({
      locale: options.locale ?? "en-US",
      viewport: options.viewport ?? { width: 1280, height: 800 },
      reducedMotion: options.reducedMotion ?? "no-preference",
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.exposeFunction("reportViolation", (text: string) => errors.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `CSP: ${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.goto(`${host.url}${pathname}`);
    await launcher(page).waitFor();
    return { context, page, errors };
  }

  const launcher = (page: Page) => page.locator("clarifier-widget .launcher");
  const messageBox = (page: Page) => page.getByRole("textbox", { name: en.placeholder });
  const lastAssistant = (page: Page) => page.locator("clarifier-widget .msg.assistant").last();

  async function ask(page: Page, text: string): Promise<void> {
    await messageBox(page).fill(text);
    await messageBox(page).press("Enter");
  }

  /** What has focus, looking inside the widget's shadow root. */
  function focused(page: Page): Promise<string> {
    return page.evaluate(() => {
      const active = document.activeElement;
      const inner = active?.shadowRoot?.activeElement ?? null;
      const el = inner ?? active;
      if (!el) return "none";
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}${inner ? " (widget)" : ""}`;
    });
  }

  it("works by keyboard alone: Tab to it, Enter opens with focus inside, Shift+Enter, Enter sends, Esc closes back to the launcher", async () => {
    const { page, context, errors } = await visit("/a.html");
    // From the page's own controls, Tab reaches the launcher (the widget comes last in the page).
    await page.locator("#search").focus();
    for (let i = 0; i < 6 && !(await focused(page)).includes("launcher"); i++)
      await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button.launcher (widget)");

    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe("textarea#message (widget)");
    await page.keyboard.type("How many days");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("do I have to return an item?");
    expect(await messageBox(page).inputValue()).toBe("How many days\ndo I have to return an item?");
    await page.keyboard.press("Enter");
    await expect.poll(() => lastAssistant(page).textContent()).toContain("30 days");
    expect(await page.locator("clarifier-widget .msg.visitor p").textContent()).toBe(
      "How many days\ndo I have to return an item?",
    );

    // The email step takes focus, and Tab walks its controls in order.
    await page.keyboard.type("I'd like to talk to a human");
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe("input#email (widget)");
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      order.push(
        await page.evaluate(
          () => document.activeElement?.shadowRoot?.activeElement?.textContent ?? "",
        ),
      );
    }
    expect(order).toEqual([en.send, en.skip, en.cancel]);
    // Cancel by keyboard: back to the message box, nothing handed off.
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe("textarea#message (widget)");

    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("clarifier-widget [role=dialog]").count()).toBe(0);
    await expect.poll(() => focused(page)).toBe("button.launcher (widget)");
    expect(await launcher(page).getAttribute("aria-expanded")).toBe("false");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is announced properly: a labelled dialog, a live log, labelled controls", async () => {
    const { page, context } = await visit("/a.html");
    await launcher(page).click();
    const dialog = page.getByRole("dialog", { name: "Chat with Acme" });
    await dialog.waitFor();
    expect(await page.locator("clarifier-widget [role=log]").getAttribute("aria-live")).toBe(
      "polite",
    );
    // The panel's × only: the launcher keeps its name and says it is expanded.
    expect(await page.getByRole("button", { name: en.close }).count()).toBe(1);
    expect(await launcher(page).getAttribute("aria-label")).toBe(en.launcher);
    expect(await launcher(page).getAttribute("aria-expanded")).toBe("true");
    expect(await messageBox(page).count()).toBe(1);
    expect(await launcher(page).getAttribute("aria-controls")).toBe(
      await dialog.getAttribute("id"),
    );
    await context.close();
  });

  it("survives aggressive page CSS (* { all: unset }, button { display: none }) looking as it should", async () => {
    const { page, context, errors } = await visit("/aggressive.html");
    const box = await launcher(page).boundingBox();
    expect(box).toEqual({ x: 1280 - 20 - 56, y: 800 - 20 - 56, width: 56, height: 56 });
    expect(
      await page.locator("clarifier-widget").evaluate((el) => getComputedStyle(el).opacity),
    ).toBe("1");
    await launcher(page).click();
    await ask(page, QUESTION);
    await expect.poll(() => lastAssistant(page).textContent()).toContain("30 days");
    const panel = await page.locator("clarifier-widget .panel").boundingBox();
    expect(panel?.width).toBe(370);
    const style = await page.locator("clarifier-widget .send").evaluate((el) => {
      const s = getComputedStyle(el);
      return { display: s.display, color: s.color, fontSize: s.fontSize };
    });
    expect(style).toEqual({ display: "block", color: "rgb(255, 255, 255)", fontSize: "15px" });
    await page.screenshot({ path: path.join(ARTIFACTS, "widget-aggressive-css.png") });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("runs under a strict CSP (no unsafe-inline, no unsafe-eval, no styles allowed) without a single violation", async () => {
    const { page, context, errors } = await visit("/csp.html");
    await launcher(page).click();
    await ask(page, QUESTION);
    await expect.poll(() => lastAssistant(page).textContent()).toContain("30 days");
    // Styled, although the page allows no stylesheet: constructable stylesheets aren't blocked.
    expect(
      await page.locator("clarifier-widget .panel").evaluate((el) => getComputedStyle(el).position),
    ).toBe("absolute");
    await ask(page, "I'd like to talk to a human");
    await page.locator("clarifier-widget #email").fill("csp@example.com");
    await page.locator("clarifier-widget #email").press("Enter");
    await expect
      .poll(() => lastAssistant(page).textContent())
      .toContain(en.handedOff("Acme", "csp@example.com"));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the conversation, open, across pages of the site and a reload, in one conversation", async () => {
    const { page, context, errors } = await visit("/a.html");
    await launcher(page).click();
    await ask(page, QUESTION);
    await expect.poll(() => lastAssistant(page).textContent()).toContain("30 days");
    const conversationId = () =>
      page.evaluate(
        (key) => JSON.parse(sessionStorage.getItem(key) ?? "{}").flow?.conversationId as string,
        `clarifier:v1:${stack.site}`,
      );
    const before = await conversationId();
    await messageBox(page).fill("half a thought");

    await page.locator("#to-b").click();
    await page.waitForURL(/\/b\.html$/);
    await page.getByRole("dialog").waitFor();
    expect(await page.locator("clarifier-widget .msg.visitor p").first().textContent()).toBe(
      QUESTION,
    );
    expect(await lastAssistant(page).textContent()).toContain("30 days");
    expect(await messageBox(page).inputValue()).toBe("half a thought");
    // Opened by the previous page, not by the visitor here: the page keeps its focus.
    expect(await focused(page)).toBe("body");

    await ask(page, "How long does express shipping take?");
    await expect.poll(() => lastAssistant(page).textContent()).toMatch(/1 to 2 business days/);
    await page.reload();
    await page.getByRole("dialog").waitFor();
    expect(await page.locator("clarifier-widget .msg.visitor > p").allTextContents()).toEqual([
      QUESTION,
      "How long does express shipping take?",
    ]);
    expect(await conversationId()).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps a message written offline and sends it once back online", async () => {
    const { page, context, errors } = await visit("/a.html");
    await launcher(page).click();
    await messageBox(page).waitFor();
    await context.setOffline(true);
    await ask(page, QUESTION);
    const failure = page.locator("clarifier-widget .failure");
    await expect.poll(() => failure.textContent()).toContain(en.networkError);
    // Retrying while still offline fails again, and the message stays.
    await page.getByRole("button", { name: en.retry }).click();
    await expect.poll(() => failure.count()).toBe(1);
    expect(await page.locator("clarifier-widget .msg.visitor p").first().textContent()).toBe(
      QUESTION,
    );

    await context.setOffline(false);
    // Back online, it goes by itself (the browser's `online` event); no click needed.
    await expect
      .poll(() => lastAssistant(page).textContent(), { timeout: 10_000 })
      .toContain("30 days");
    expect(await failure.count()).toBe(0);
    // Chromium logs the failed fetches as errors itself; nothing else may appear.
    expect(errors.filter((e) => !e.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
    await context.close();
  });

  it("does not animate for a visitor who asked for reduced motion", async () => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const { page, context } = await visit("/a.html", {
        reducedMotion: reducedMotion === "reduce" ? "reduce" : undefined,
      });
      await launcher(page).click();
      // The style, not running animations: the panel arrives with the app, and its 0.2 s rise
      // may be over by the time the locator finds it.
      const animation = await page
        .locator("clarifier-widget .panel")
        .evaluate((el) => getComputedStyle(el).animationName);
      expect(animation).toBe(reducedMotion === "reduce" ? "none" : "rise");
      await context.close();
    }
  });

  it("speaks data-lang, else the browser's language", async () => {
    const german = await visit("/german.html", { locale: "fr-FR" });
    expect(await launcher(german.page).getAttribute("aria-label")).toBe(stringsFor("de").launcher);
    await german.context.close();
    const french = await visit("/a.html", { locale: "fr-FR" });
    expect(await launcher(french.page).getAttribute("aria-label")).toBe(stringsFor("fr").launcher);
    await french.context.close();
  });

  it("takes the whole screen on a phone and a corner on a desktop (screenshots in test-artifacts/)", async () => {
    for (const [name, viewport] of [
      ["desktop", { width: 1280, height: 800 }],
      ["mobile", { width: 375, height: 740 }],
    ] as const) {
      const { page, context, errors } = await visit("/a.html", { viewport });
      await launcher(page).click();
      await ask(page, QUESTION);
      await expect.poll(() => lastAssistant(page).textContent()).toContain("30 days");
      // The panel rises into place; measure where it ends up.
      await page
        .locator("clarifier-widget .panel")
        .evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
      const panel = await page.locator("clarifier-widget .panel").boundingBox();
      if (name === "mobile") expect(panel).toEqual({ x: 0, y: 0, width: 375, height: 740 });
      else expect(panel).toMatchObject({ width: 370, x: 1280 - 20 - 370 });
      await page.screenshot({ path: path.join(ARTIFACTS, `widget-${name}.png`) });
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("can be lifted by the page (--clarifier-lift) off a control of its own in that corner, its panel still on screen", async () => {
    const { page, context, errors } = await visit("/footer.html", {
      viewport: { width: 1280, height: 700 },
    });
    // The footer's link is the page's, not covered: what a pointer there reaches is the link.
    const covering = await page.evaluate(() => {
      const box = document.getElementById("contact")?.getBoundingClientRect();
      if (!box) return "no link";
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit?.id || hit?.tagName.toLowerCase() || "nothing";
    });
    expect(covering).toBe("contact");
    expect(await launcher(page).boundingBox()).toMatchObject({ y: 700 - 20 - 64 - 56 });

    // Opened on a short screen, the panel above the lifted launcher is shorter by as much: its
    // header (and its close button) stays on screen.
    await launcher(page).click();
    await page
      .locator("clarifier-widget .panel")
      .evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const panel = await page.locator("clarifier-widget .panel").boundingBox();
    expect(panel?.y).toBeGreaterThanOrEqual(0);
    expect((panel?.y ?? 0) + (panel?.height ?? 0)).toBe(700 - 20 - 64 - 72);
    expect(errors).toEqual([]);
    await context.close();
  });
});
