import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import { pageViolations } from "./axe.ts";
import { browserAvailable, collectPageErrors, launchChromium } from "./chromium.ts";
import { type HostServer, startHostServer } from "./host-server.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

const en = stringsFor("en");

function hostPage(workerUrl: string, site: string, lang: string, dir: string): string {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>متجر الرحلات</title>
<style>
  html { font-size: 200%; background: #111; color: #eee; }
  a { color: #9cf; }
  button { all: unset; display: inline-block; padding: 0.2em 0.6em; background: #eee; color: #111; }
  button:focus-visible, a:focus-visible { outline: 3px solid #ff0; }
</style></head>
<body>
  <header><a id="home" href="#">الرئيسية</a></header>
  <main><h1>متجر الرحلات</h1><p>مرحبا بكم في متجرنا.</p><button id="buy" type="button">اشتر الآن</button></main>
  <footer><a id="contact" href="#">اتصل بنا</a></footer>
  <script async src="${workerUrl}/widget.js" data-site="${site}"></script>
</body></html>`;
}

describe.runIf(browserAvailable())(
  "the widget on a dark, right-to-left Arabic page with large text",
  () => {
    let stack: SharedStack;
    let browser: Browser;
    let host: HostServer;

    beforeAll(async () => {
      [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
      host = await startHostServer((req, res) => {
        const url = new URL(req.url ?? "/", "http://host");
        if (url.pathname !== "/") {
          res.writeHead(204).end();
          return;
        }
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(
          hostPage(
            stack.worker.url,
            stack.site,
            url.searchParams.get("lang") ?? "ar",
            url.searchParams.get("dir") ?? "rtl",
          ),
        );
      });
    });
    afterAll(async () => {
      await browser?.close();
      await host?.close();
      await stack?.stop();
    });

    const launcher = (page: Page) => page.locator("clarifier-widget .launcher");

    /** The language an element's text is read in: its nearest `lang`, across shadow roots. */
    const languageOf = (page: Page, selector: string) =>
      page.evaluate((selector) => {
        const root = document.querySelector("clarifier-widget")?.shadowRoot;
        let node: Node | null = root?.querySelector(selector) ?? null;
        while (node) {
          if (node instanceof Element && node.hasAttribute("lang"))
            return node.getAttribute("lang");
          node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
        }
        return null;
      }, selector);

    it("names its launcher in the widget's language, not the page's: English read as English (WCAG 3.1.2)", async () => {
      const page = await browser.newPage({ locale: "en-US" });
      await page.goto(host.url);
      await launcher(page).waitFor();
      expect(await launcher(page).getAttribute("aria-label")).toBe(en.launcher);
      expect(await languageOf(page, ".launcher")).toBe("en");
      // After the app has taken over, and when the visitor's language changes, it follows.
      await launcher(page).click();
      await page.locator("clarifier-widget [role=dialog]").waitFor();
      expect(await languageOf(page, ".launcher")).toBe("en");
      expect(await languageOf(page, "[role=dialog]")).toBe("en");
      const box = page.getByRole("textbox", { name: en.placeholder });
      await box.fill("Jeg vil gerne tale med en person");
      await box.press("Enter");
      await expect.poll(() => launcher(page).getAttribute("aria-label")).toBe("Chat med os");
      expect(await languageOf(page, ".launcher")).toBe("da");
      await page.close();
    });

    it("shows a visitor's Arabic right to left inside the left-to-right panel", async () => {
      const page = await browser.newPage({ locale: "en-US" });
      await page.goto(host.url);
      await launcher(page).click();
      const box = page.getByRole("textbox", { name: en.placeholder });
      await box.fill("أريد التحدث مع شخص");
      await box.press("Enter");
      const sent = page.locator("clarifier-widget .msg.visitor p").first();
      await sent.waitFor();
      const directions = await sent.evaluate((p) => ({
        message: getComputedStyle(p).direction,
        panel: getComputedStyle(p.closest(".panel") as Element).direction,
      }));
      expect(directions).toEqual({ message: "rtl", panel: "ltr" });
      await page.close();
    });

    it("adds nothing axe-core finds, closed or open, and leaves the page's landmarks, ids and tab order as they were", async () => {
      const page = await browser.newPage({
        locale: "en-US",
        viewport: { width: 1280, height: 800 },
      });
      const errors = collectPageErrors(page);
      await page.goto(host.url);
      await launcher(page).waitFor();
      expect(await pageViolations(page)).toEqual([]);

      // The page's own landmarks, unchanged: the widget (closed or open) adds none.
      const landmarks = () =>
        page.evaluate(() => {
          const found: string[] = [];
          const walk = (root: Document | ShadowRoot) => {
            for (const el of root.querySelectorAll("*")) {
              const role = el.getAttribute("role");
              if (
                /^(header|main|footer|nav|aside)$/.test(el.localName) ||
                /^(banner|main|contentinfo|navigation|complementary|region|search|form)$/.test(
                  role ?? "",
                )
              )
                found.push(role ?? el.localName);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          return found;
        });
      expect(await landmarks()).toEqual(["header", "main", "footer"]);

      // Tab: the page's own controls in their order, then the launcher last.
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press("Tab");
        order.push(
          await page.evaluate(() => {
            const a = document.activeElement;
            return a?.shadowRoot?.activeElement?.className || a?.id || "";
          }),
        );
      }
      expect(order).toEqual(["home", "buy", "contact", "launcher"]);

      await page.keyboard.press("Enter");
      await page.locator("clarifier-widget [role=dialog]").waitFor();
      // Once the panel's rise has ended: mid-fade its text is measured on a see-through panel.
      await page.waitForFunction(
        () =>
          document
            .querySelector("clarifier-widget")
            ?.shadowRoot?.querySelector(".panel")
            ?.getAnimations().length === 0,
      );
      expect(await pageViolations(page)).toEqual([]);
      expect(await landmarks()).toEqual(["header", "main", "footer"]);
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll("[id]")].map((e) => e.id),
      );
      expect(ids).toEqual(["home", "buy", "contact"]);

      // Its own size whatever the page's base font, direction and button styles.
      const sizes = await page.evaluate(() => {
        const root = document.querySelector("clarifier-widget")?.shadowRoot;
        const box = (s: string) => root?.querySelector(s)?.getBoundingClientRect();
        return {
          launcher: box(".launcher")?.width,
          send: box(".send")?.height,
          font: getComputedStyle(root?.querySelector("textarea") as Element).fontSize,
          direction: getComputedStyle(root?.querySelector(".panel") as Element).direction,
          right: Math.round(window.innerWidth - (box(".launcher")?.right ?? 0)),
        };
      });
      expect(sizes).toEqual({
        launcher: 56,
        send: expect.any(Number),
        font: "15px",
        direction: "ltr",
        right: 20,
      });
      expect(sizes.send).toBeGreaterThanOrEqual(24);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
