import { existsSync } from "node:fs";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Route,
} from "playwright-core";

/** Debian's Chromium, or `CHROME_PATH`; null when neither is installed. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/**
 * Whether browser tests can run. Without Chromium they are skipped with a loud message, except
 * under CI=true, where a missing browser must fail the run rather than pass it silently.
 */
export function browserAvailable(): boolean {
  if (findChromium()) return true;
  const message =
    "\n⚠️  Browser tests SKIPPED: no Chromium found. Install it with `apt-get install chromium` or set CHROME_PATH.\n";
  if (process.env.CI === "true")
    throw new Error(`${message}CI=true: a missing browser is a failure.`);
  console.warn(message);
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    headless: true,
    // Without the background-networking flags Chromium dials Google's hosts at start; this
    // machine has no network beyond loopback.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  return withOwnSignInAddresses(browser);
}

/**
 * The forms that count as a dashboard sign-in (`enforceSignInLimit`: ten a minute per address):
 * signing in, joining by invitation, changing one's password.
 */
const SIGN_IN_POSTS = /\/admin\/(?:login|team\/invite\/[^/?#]+|account\/password)(?:[?#]|$)/;

/**
 * Each browser context (and each page opened straight from the browser) posts its sign-ins from
 * an address of its own. Every browser test file signs in to one shared `wrangler dev` from
 * 127.0.0.1, which the worker sees with no `cf-connecting-ip` at all: one address for the whole
 * run, so past ten sign-ins in a minute the next file's owner got a 429 and its test timed out
 * waiting for the dashboard. Locally the header passes through, as Cloudflare's edge sets it;
 * the limit itself is tested in workerd (test/worker/rate-limit.test.ts).
 */
function withOwnSignInAddresses(browser: Browser): Browser {
  const fromOwnAddress = () => {
    const address = `10.${randomByte()}.${randomByte()}.${randomByte()}`;
    return (route: Route) =>
      route.request().method() === "POST"
        ? route.continue({ headers: { ...route.request().headers(), "cf-connecting-ip": address } })
        : route.fallback();
  };
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (
    ...args: Parameters<Browser["newContext"]>
  ): Promise<BrowserContext> => {
    const context = await newContext(...args);
    await context.route(SIGN_IN_POSTS, fromOwnAddress());
    return context;
  };
  browser.newPage = async (...args: Parameters<Browser["newPage"]>): Promise<Page> => {
    const page = await newPage(...args);
    await page.route(SIGN_IN_POSTS, fromOwnAddress());
    return page;
  };
  return browser;
}

const randomByte = () => 1 + Math.floor(Math.random() * 254);

/**
 * The page's uncaught errors and console errors from now on, in a live array: what a test
 * expects to stay empty.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

/**
 * Signs `page` in to the dashboard with the admin token, typed and sent with Enter as an owner
 * would; with `url`, after opening it (any /admin page shows the sign-in form without a
 * session, and lands where it was asked for after it). The caller waits for the page it expects.
 */
export async function signInWithAdminToken(
  page: Page,
  adminToken: string,
  url?: string,
): Promise<void> {
  if (url !== undefined) await page.goto(url);
  const token = page.getByLabel("Admin token");
  await token.fill(adminToken);
  await token.press("Enter");
}

/**
 * The demo page of a running worker in a fresh English page, its chat opened by the launcher;
 * with `site`, that site's page (`/demo/sites/{site}`, the same script tag and CSP).
 */
export async function openDemoChat(
  browser: Browser,
  workerUrl: string,
  site?: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ locale: "en-US" });
  const errors = collectPageErrors(page);
  await page.goto(site ? `${workerUrl}/demo/sites/${site}` : `${workerUrl}/demo`);
  await page.locator("clarifier-widget .launcher").click();
  return { page, errors };
}

/**
 * Holds every request to `url` (a glob) until the returned `release` is called, so a test can
 * see the page while the call is on its way.
 *
 * @example
 * const release = await holdRequests(page, "**\/v1/handoff");
 * // … the "Sending…" state …
 * release();
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The conversation the widget on `page` speaks in for `site`, as its tab's session keeps it. */
export function widgetConversation(page: Page, site: string): Promise<string> {
  return page.evaluate(
    (key) =>
      (JSON.parse(sessionStorage.getItem(key) ?? "{}") as { flow?: { conversationId?: string } })
        .flow?.conversationId ?? "",
    `clarifier:v1:${site}`,
  );
}
