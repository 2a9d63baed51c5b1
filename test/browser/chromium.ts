import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

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
  const message = "\n⚠️  Browser tests SKIPPED: no Chromium found. Install it with `apt-get install chromium` or set CHROME_PATH.\n";
  if (process.env.CI === "true") throw new Error(`${message}CI=true: a missing browser is a failure.`);
  console.warn(message);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium() ?? undefined,
    headless: true,
    // Without the background-networking flags Chromium dials Google's hosts at start; this
    // machine has no network beyond loopback.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
}
