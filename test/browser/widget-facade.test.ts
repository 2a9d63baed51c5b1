/**
 * The facade in Chromium: widget.js paints the launcher and nothing more until the visitor shows
 * intent; the chat (widget-app.js) arrives on intent, from the worker's origin, under a strict
 * CSP, onto the same launcher. Pages come from a host server on another 127.0.0.1 port.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import { WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES } from "../../widget/size-budget.ts";
import { browserAvailable, collectPageErrors, launchChromium } from "./chromium.ts";
import { type HostServer, startHostServer } from "./host-server.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

const en = stringsFor("en");

function pageHtml(workerUrl: string, site: string, preload: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body>
  <h1>A customer's page</h1>
  <a id="next" href="/next.html">Next page</a>
  <script async src="${workerUrl}/widget.js" data-site="${site}"${preload}></script>
</body></html>`;
}

/** The customer's site: one page that embeds the widget, under the README's strict CSP. */
function servePage(workerUrl: string, site: string): Promise<HostServer> {
  return startHostServer((req, res) => {
    const name = new URL(req.url ?? "/", "http://host").pathname;
    if (name === "/favicon.ico") return res.writeHead(204).end();
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      // What the README tells a site to allow, and no more: no inline, no eval, no styles.
      "content-security-policy": `default-src 'none'; script-src ${workerUrl}; connect-src ${workerUrl}`,
    });
    res.end(pageHtml(workerUrl, site, name === "/idle.html" ? ' data-preload="idle"' : ""));
  });
}

/**
 * Body bytes as they came over the wire (compressed, without the response headers, which the
 * budget doesn't count) per URL path, as Chromium counts them.
 */
async function recordTransfers(cdp: CDPSession): Promise<Map<string, number>> {
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  await cdp.send("Network.enable");
  cdp.on("Network.requestWillBeSent", (e) =>
    urls.set(e.requestId, new URL(e.request.url).pathname),
  );
  const headers = new Map<string, number>();
  // Chromium may report a response's raw headers (ExtraInfo) after the load finished: their
  // length is then taken off when it arrives. Counted whole, they once took the widget's first
  // load over its budget in CI (3,296 B: 3,014 of body and 282 of headers).
  const finishedUnsubtracted = new Map<string, string>();
  cdp.on("Network.responseReceivedExtraInfo", (e) => {
    const length = e.headersText?.length ?? 0;
    headers.set(e.requestId, length);
    const path = finishedUnsubtracted.get(e.requestId);
    if (path !== undefined) {
      finishedUnsubtracted.delete(e.requestId);
      bytes.set(path, (bytes.get(path) ?? 0) - length);
    }
  });
  cdp.on("Network.loadingFinished", (e) => {
    const path = urls.get(e.requestId);
    if (!path) return;
    const headerLength = headers.get(e.requestId);
    if (headerLength === undefined) finishedUnsubtracted.set(e.requestId, path);
    bytes.set(path, (bytes.get(path) ?? 0) + e.encodedDataLength - (headerLength ?? 0));
  });
  return bytes;
}

describe.runIf(browserAvailable())("the widget's facade, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;
  let host: HostServer;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    host = await servePage(stack.worker.url, stack.site);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await stack?.stop();
  });

  async function visitCold(path = "/") {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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
    const transfers = await recordTransfers(await context.newCDPSession(page));
    await page.goto(`${host.url}${path}`, { waitUntil: "load" });
    await launcher(page).waitFor();
    return { context, page, errors, transfers };
  }

  const launcher = (page: Page) => page.locator("clarifier-widget .launcher");
  const messageBox = (page: Page) => page.getByRole("textbox", { name: en.placeholder });
  const widgetBytes = (transfers: Map<string, number>) =>
    [...transfers].filter(([path]) => path.startsWith("/widget")).reduce((n, [, b]) => n + b, 0);

  it("downloads at most 3 KB of widget before any intent, then the panel is usable after a click, on the same launcher, under a strict CSP", async () => {
    const { context, page, errors, transfers } = await visitCold();
    // What every page view costs a visitor who never chats: nothing more, however long they stay.
    await page.waitForTimeout(4000);
    expect([...transfers.keys()].filter((p) => p.startsWith("/widget"))).toEqual(["/widget.js"]);
    expect(widgetBytes(transfers)).toBeGreaterThan(1000);
    expect(widgetBytes(transfers)).toBeLessThanOrEqual(WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES);
    expect([...transfers.keys()]).not.toContain(`/v1/sites/${stack.site}/config`);
    expect(await launcher(page).getAttribute("aria-label")).toBe(en.launcher);

    // The launcher the app takes over is the one painted: marked now, found marked later.
    await launcher(page).evaluate((el) => el.setAttribute("data-test-painted", ""));
    await launcher(page).click();
    await messageBox(page).fill("How many days do I have to return an item?");
    await messageBox(page).press("Enter");
    await expect
      .poll(() => page.locator("clarifier-widget .msg.assistant").last().textContent())
      .toContain("30 days");
    expect(await page.locator("clarifier-widget .launcher").count()).toBe(1);
    expect(await launcher(page).getAttribute("data-test-painted")).toBe("");
    expect(await launcher(page).getAttribute("aria-expanded")).toBe("true");
    // The chunks of exactly this widget.js's build, the build's id in their names.
    expect([...transfers.keys()].some((p) => /^\/widget-app\.[0-9a-f]{12}\.js$/.test(p))).toBe(
      true,
    );
    expect(
      [...transfers.keys()].some((p) => /^\/widget-strings-en\.[0-9a-f]{12}\.js$/.test(p)),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with data-preload="idle", fetches the app unasked once the page has been idle, without opening anything', async () => {
    const { context, page, errors } = await visitCold("/idle.html");
    await page.waitForResponse((r) => /^\/widget-app\./.test(new URL(r.url()).pathname), {
      timeout: 10_000,
    });
    expect(await page.locator("clarifier-widget [role=dialog]").count()).toBe(0);
    await launcher(page).click();
    await messageBox(page).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("reopens an open conversation on the next page without the launcher ever showing closed", async () => {
    const { context, page, errors } = await visitCold();
    await launcher(page).click();
    await messageBox(page).fill("half-typed");
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { launcherStates: string[] }).launcherStates = seen;
      new MutationObserver(() => {
        const button = document
          .querySelector("clarifier-widget")
          ?.shadowRoot?.querySelector(".launcher");
        const state = button?.getAttribute("aria-expanded");
        if (state && seen.at(-1) !== state) seen.push(state);
        if (button && !button.hasAttribute("data-observed")) {
          button.setAttribute("data-observed", "");
          new MutationObserver(() => {
            const next = button.getAttribute("aria-expanded") ?? "";
            if (seen.at(-1) !== next) seen.push(next);
          }).observe(button, { attributes: true });
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.locator("#next").click();
    await page.waitForURL(/next\.html$/);
    await expect.poll(async () => messageBox(page).inputValue()).toBe("half-typed");
    expect(
      await page.evaluate(() => (window as unknown as { launcherStates: string[] }).launcherStates),
    ).toEqual(["true"]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
