/**
 * Findings of the tenth security pass (docs/security.md) that live in the widget's script on a
 * customer's page, in Chromium: pages from a host server on another 127.0.0.1 port, the widget
 * from the shared stack's worker, and a third origin standing for an attacker's server.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchChromium } from "./chromium.ts";
import { type HostServer, startHostServer } from "./host-server.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

const NONCE = "c2VjdXJpdHktcGFzcy0xMA";

describe.runIf(browserAvailable())(
  "the widget on a page whose markup stands in for its script tag",
  () => {
    let stack: SharedStack;
    let browser: Browser;
    let host: HostServer;
    let attacker: HostServer;
    /** Every path the attacker's server was asked for. */
    const asked: string[] = [];

    /**
     * A shop's page under Google's strict CSP (a nonce and 'strict-dynamic': no inline script, no
     * script the page did not nonce), with markup an attacker got into it (a comment, a profile):
     * what the CSP is there to make harmless. The markup holds an `<img name="currentScript">`
     * (DOM clobbering: it shadows `document.currentScript`) and a script tag the CSP blocks (no
     * nonce), which stays in the page, inert, naming the attacker's server.
     */
    function pageHtml(clobbered: boolean): string {
      const injected = `<div class="comment">Nice tent!${clobbered ? '<img name="currentScript" src="data:,">' : ""}<script src="${attacker.url}/widget.js" data-site="${stack.site}" data-api="${attacker.url}" data-open="true"></script></div>`;
      return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body>
  <h1>A customer's page</h1>
  ${injected}
  <script async nonce="${NONCE}" src="${stack.worker.url}/widget.js" data-site="${stack.site}"></script>
</body></html>`;
    }

    beforeAll(async () => {
      [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
      attacker = await startHostServer((req, res) => {
        asked.push(new URL(req.url ?? "/", "http://attacker").pathname);
        // Whatever it is asked for, a script that marks the page as taken.
        res.writeHead(200, {
          "content-type": "text/javascript",
          "access-control-allow-origin": "*",
        });
        res.end("window.__takenBy = 'the attacker';");
      });
      host = await startHostServer((req, res) => {
        const name = new URL(req.url ?? "/", "http://host").pathname;
        if (name === "/favicon.ico") return res.writeHead(204).end();
        res.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`,
        });
        res.end(pageHtml(name === "/clobbered.html"));
      });
    });
    afterAll(async () => {
      await browser?.close();
      await host?.close();
      await attacker?.close();
      await stack?.stop();
    });

    async function open(pathname: string): Promise<{ page: Page; warnings: string[] }> {
      // Each page counts only what it made the attacker's server serve.
      asked.length = 0;
      const page = await browser.newPage();
      const warnings: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "warning") warnings.push(m.text());
      });
      await page.goto(`${host.url}${pathname}`);
      return { page, warnings };
    }

    // The facade read `document.currentScript`, and for anything that was not a script tag took
    // the first `script[data-site][src*="widget"]` of the page: the inert one. The chat's script
    // then came from the attacker's origin, created by the nonced widget and so allowed by
    // 'strict-dynamic' (`window.__takenBy` was set), and the chat's script, its strings and the
    // site's config were asked of it (three requests).
    it("does not take its script or its API from markup that shadows document.currentScript", async () => {
      const taken = (page: Page) =>
        page.evaluate(() => (window as { __takenBy?: string }).__takenBy);
      // Beside the same inert tag, with nothing shadowing it, the widget starts from its own tag.
      const plain = await open("/plain.html");
      await plain.page.locator("clarifier-widget .launcher").waitFor();
      expect(await taken(plain.page)).toBeUndefined();
      expect(asked).toEqual([]);
      await plain.page.close();

      const { page, warnings } = await open("/clobbered.html");
      // Long enough for the facade to paint and, with data-open, to fetch the chat.
      await page.waitForTimeout(2_000);
      expect(await taken(page)).toBeUndefined();
      expect(asked).toEqual([]);
      // It does not start at all, and says so in the console.
      expect(await page.locator("clarifier-widget").count()).toBe(0);
      expect(warnings.join("\n")).toContain("[Clarifier]");
      await page.close();
    });
  },
);
