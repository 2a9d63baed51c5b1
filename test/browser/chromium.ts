import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

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
