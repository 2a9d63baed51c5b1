/**
 * The widget's fifth accessibility pass (WCAG 2.2 AA, the criteria automated tools miss): what
 * it found, each asserted here before it was fixed. A customer's page (another origin, its own
 * language) is served from 127.0.0.1; the demo page where the page doesn't matter.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import { browserAvailable, collectPageErrors, holdRequests, launchChromium } from "./chromium.ts";
import { type HostServer, startHostServer } from "./host-server.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

const en = stringsFor("en");
/** The WCAG text-spacing bookmarklet's CSS (1.4.12's four properties at their minimums). */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;
const it_ = stringsFor("it");

/**
 * A German shop's page: a button the open panel covers (the panel is 370 x 600 px above the
 * launcher in the bottom right corner of a 1280 x 800 window) and one it doesn't.
 */
function hostPage(workerUrl: string, site: string): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Zeltladen</title>
<style>#under { position: fixed; right: 150px; top: 400px; } #free { position: fixed; left: 20px; top: 400px; }</style>
</head><body><main><h1>Zeltladen</h1>
<button id="free" type="button">Warenkorb</button><button id="under" type="button">Kasse</button></main>
<script async src="${workerUrl}/widget.js" data-site="${site}"></script>
</body></html>`;
}

describe.runIf(browserAvailable())("the widget's fifth accessibility pass, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;
  let host: HostServer;
  const siteUrl = () => `${stack.worker.url}/admin/api/sites/${stack.site}`;
  const headers = () => ({
    authorization: `Bearer ${stack.adminToken}`,
    "content-type": "application/json",
  });

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    host = await startHostServer((req, res) => {
      if (new URL(req.url ?? "/", "http://host").pathname !== "/") {
        res.writeHead(204).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(hostPage(stack.worker.url, stack.site));
    });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await stack?.stop();
  });

  /** Changes this file's copy of the demo site's config. */
  async function configure(change: Record<string, unknown>): Promise<void> {
    const config = await (await fetch(siteUrl(), { headers: headers() })).json();
    const saved = await fetch(siteUrl(), {
      method: "PUT",
      headers: headers(),
      body: JSON.stringify({ ...config, ...change }),
    });
    expect(saved.status).toBe(200);
  }

  const widget = (page: Page) => page.locator("clarifier-widget");
  const launcher = (page: Page) => widget(page).locator(".launcher");

  /** The language the launcher's name is read in: its nearest `lang`, across the shadow root. */
  const launcherLanguage = (page: Page) =>
    launcher(page).evaluate((el) => {
      let node: Node | null = el;
      while (node) {
        if (node instanceof Element && node.hasAttribute("lang")) return node.getAttribute("lang");
        node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
      }
      return null;
    });

  /** Sends `text` once the composer is free. */
  async function send(page: Page, text: string): Promise<void> {
    const box = widget(page).locator("textarea");
    await expect.poll(() => widget(page).locator("form .send").isEnabled()).toBe(true);
    await box.fill(text);
    await box.press("Enter");
  }

  it("Escape on a page control the open panel covers closes the panel, focus staying on it; elsewhere Escape stays the page's (2.4.11)", async () => {
    const page = await browser.newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    await launcher(page).click();
    await widget(page).locator("textarea").waitFor();
    const dialog = widget(page).locator("[role=dialog]");
    // What is drawn at the middle of the focused control: the widget's host while covered.
    const onTop = () =>
      page.evaluate(() => {
        const r = (document.activeElement as Element).getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.id || "widget";
      });
    // A control the panel doesn't cover: the page's Escape is left alone.
    await page.locator("#free").focus();
    await page.keyboard.press("Escape");
    expect(await dialog.count()).toBe(1);
    // Tabbing out of the panel onto "Kasse" under it: hidden whole, and the visitor can show it
    // without moving focus on.
    await page.locator("#under").focus();
    expect(await onTop()).toBe("widget");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("under");
    expect(await onTop()).toBe("under");
    expect(await launcher(page).getAttribute("aria-expanded")).toBe("false");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says 'Sending…' in the log, once, while a handoff is on its way (4.1.3)", async () => {
    const page = await browser.newPage({ locale: "en-US" });
    await page.goto(`${stack.worker.url}/demo/sites/${stack.site}`);
    await launcher(page).click();
    await send(page, "talk to a person");
    const email = widget(page).locator("#email");
    await email.fill("kay@example.com");
    const release = await holdRequests(page, "**/v1/handoff");
    await email.press("Enter");
    await widget(page).getByRole("button", { name: en.sending }).waitFor();
    const log = widget(page).locator("[role=log]");
    // The button's own text is in no live region: a screen reader heard nothing until the
    // confirmation.
    expect(await log.evaluate((el, text) => el.textContent?.split(text).length, en.sending)).toBe(
      2,
    );
    release();
    await page.getByText(en.handedOff("Acme", "kay@example.com")).waitFor();
    expect(await log.textContent()).not.toContain(en.sending);
    // The confirmation, said once.
    expect(
      await log.evaluate(
        (el, text) => el.textContent?.split(text).length,
        en.handedOff("Acme", "kay@example.com"),
      ),
    ).toBe(2);
    await page.close();
  });

  it("reads whose a visitor's line is, 'You:' before it, heard but drawn nowhere (1.3.1)", async () => {
    const page = await browser.newPage({ locale: "en-US" });
    await page.goto(`${stack.worker.url}/demo/sites/${stack.site}`);
    await launcher(page).click();
    await send(page, "do you ship abroad?");
    const line = widget(page).locator(".msg.visitor").first();
    await line.waitFor();
    // What a screen reader reads of the log: the visitor's line says it is theirs; before, it
    // read exactly as the assistant's lines do.
    expect(await widget(page).locator("[role=log]").ariaSnapshot()).toContain(
      `- text: "${en.you}"\n  - paragraph: do you ship abroad?`,
    );
    // Seen: nothing of it, and the line is as tall as its text.
    const [label, box, text] = await Promise.all([
      line.locator(".sr").evaluate((el) => {
        const r = el.getBoundingClientRect();
        // The point at its middle shows the message's text or background, never the label.
        const hit = el.getRootNode() as ShadowRoot;
        return hit.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
      }),
      line.boundingBox(),
      line.locator("p").boundingBox(),
    ]);
    expect(label).toBe(false);
    expect(Math.round((box?.height ?? 0) - (text?.height ?? 0))).toBeLessThanOrEqual(16);
    await page.close();
  });

  it("reads a site's own launcher name in the page's language, not the widget's, before and after the app (3.1.2)", async () => {
    await configure({ launcherLabel: "Fragen Sie uns" });
    try {
      const page = await browser.newPage({ locale: "en-US" });
      await page.goto(host.url);
      await launcher(page).click();
      await widget(page).locator("textarea").waitFor();
      expect(await launcher(page).getAttribute("aria-label")).toBe("Fragen Sie uns");
      expect(await launcherLanguage(page)).toBe("de");
      // The next page paints it from the config this one saved, before the app is there.
      await page.reload();
      await launcher(page).waitFor();
      expect(await launcher(page).getAttribute("aria-label")).toBe("Fragen Sie uns");
      expect(await launcherLanguage(page)).toBe("de");
      await page.close();
    } finally {
      await configure({ launcherLabel: undefined });
    }
  });

  it("with the text-spacing bookmarklet's CSS at 320 px, a long site name and every state's text are whole, nothing clipped, every target 24 px (1.4.10, 1.4.12, 2.5.8)", async () => {
    const name = "Nordisk Friluftsudstyr og Campingcenter";
    await configure({ name });
    try {
      const page = await browser.newPage({
        locale: "en-US",
        viewport: { width: 320, height: 640 },
      });
      await page.goto(`${stack.worker.url}/demo/sites/${stack.site}`);
      await launcher(page).click();
      await widget(page).locator("textarea").waitFor();
      const found: string[] = [];
      const check = async (state: string) => {
        const problems = await page.evaluate((css) => {
          const root = document.querySelector("clarifier-widget")?.shadowRoot as ShadowRoot;
          // The bookmarklet's rules reach the document only; a reader's stylesheet reaches the
          // widget's shadow root too, as here.
          if (!root.adoptedStyleSheets.some((s) => s.cssRules[0]?.cssText.includes("0.12em"))) {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
          }
          const out: string[] = [];
          for (const el of root.querySelectorAll<HTMLElement>(".panel *")) {
            const style = getComputedStyle(el);
            const text = (el.textContent ?? "").slice(0, 30);
            if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "visible")
              if (el.tagName !== "TEXTAREA") out.push(`cut off: ${el.className} "${text}"`);
            if (el.scrollHeight > el.clientHeight + 1 && style.overflowY === "hidden")
              out.push(`cut off below: ${el.className} "${text}"`);
            if (el.matches("button, a, input, textarea")) {
              const { width, height } = el.getBoundingClientRect();
              if (width > 0 && (width < 24 || height < 24))
                out.push(`small target: ${el.className} "${text}" ${width}x${height}`);
            }
          }
          if (document.documentElement.scrollWidth > innerWidth) out.push("page scrolls sideways");
          return out;
        }, TEXT_SPACING);
        found.push(...problems.map((p) => `${state}: ${p}`));
      };
      await check("open");
      expect(await widget(page).locator(".title").textContent()).toBe(name);
      await send(page, "How many days do I have to return an item?");
      await page.getByRole("button", { name: en.unhelpful }).waitFor();
      await check("answer");
      await page.getByRole("button", { name: en.unhelpful }).click();
      await check("after 👎");
      await send(page, "my boots leak");
      await page.getByRole("list", { name: en.suggest }).waitFor();
      await check("suggestions");
      await send(page, "talk to a person");
      await widget(page).locator("#email").waitFor();
      await widget(page).getByRole("button", { name: en.skip }).click();
      await check("email step, skipped once");
      expect(found).toEqual([]);
      await page.close();
    } finally {
      await configure({ name: "Acme" });
    }
  });

  it("in Italian, the launcher's name and its unread count are Italian and marked so (3.1.2)", async () => {
    const page = await browser.newPage({ locale: "en-US" });
    await page.goto(`${stack.worker.url}/demo/sites/${stack.site}`);
    await launcher(page).click();
    await send(page, "Posso pagare con PayPal o con la carta di credito?");
    const email = page.getByRole("textbox", { name: it_.emailLabel });
    await email.fill("kay@example.com");
    const handoff = page.waitForResponse((r) => r.url().endsWith("/v1/handoff"));
    await email.press("Enter");
    const { handoffId } = (await (await handoff).json()) as { handoffId: string };
    await widget(page).getByText(it_.handedOff("Acme", "kay@example.com")).waitFor();
    await expect.poll(() => launcher(page).getAttribute("aria-label")).toBe("Chatta con noi");
    expect(await launcherLanguage(page)).toBe("it");
    await page.keyboard.press("Escape");
    const posted = await fetch(`${stack.worker.url}/admin/api/handoffs/${handoffId}/replies`, {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({ text: "Sì, accettiamo PayPal.", author: "Mia" }),
    });
    expect(posted.status).toBe(201);
    await expect
      .poll(() => launcher(page).getAttribute("aria-label"), { timeout: 15_000 })
      .toBe(`Chatta con noi (${it_.unread(1)})`);
    expect(await launcherLanguage(page)).toBe("it");
    await page.close();
  });
});
