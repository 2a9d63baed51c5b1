import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../shared/api.ts";
import { freePort, startWorker, type Worker } from "../../scripts/local-stack.ts";
import { pageViolations } from "./axe.ts";
import { browserAvailable, collectPageErrors, launchChromium } from "./chromium.ts";

/**
 * A new owner's first hour when the admin token was forgotten or is too short: a worker of its
 * own (`--var` wins over `.dev.vars`), so the shared stack's token is untouched. The dashboard
 * must say what to set and where, not show forms that cannot work.
 */
describe.runIf(browserAvailable())(
  "the dashboard while ADMIN_TOKEN is too short, in Chromium",
  () => {
    let worker: Worker;
    let browser: Browser;
    let state = "";

    beforeAll(async () => {
      state = await mkdtemp(path.join(tmpdir(), "clarifier-closed-"));
      [worker, browser] = await Promise.all([
        freePort().then((port) =>
          startWorker({ port, persistTo: state, adminToken: "sixteen-chars-ok" }),
        ),
        launchChromium(),
      ]);
    });
    afterAll(async () => {
      await browser?.close();
      await worker?.stop();
      if (state) await rm(state, { recursive: true, force: true });
    });

    it("says on the sign-in page what to set, deployed and locally, with no form; the API's 503 says the same", async () => {
      // axe is evaluated into the page; the dashboard's CSP refuses inline script.
      const context = await browser.newContext({ bypassCSP: true, locale: "en-US" });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const res = await page.goto(`${worker.url}/admin/handoffs/anything`);
      expect(new URL(page.url()).pathname).toBe("/admin/login");
      expect(res?.status()).toBe(503);
      await page
        .getByRole("alert")
        .getByText(
          "Admin access is closed: ADMIN_TOKEN is shorter than 32 characters, short enough to guess, so nobody can sign in yet.",
        )
        .waitFor();
      const steps = await page.getByRole("listitem").allTextContents();
      expect(steps[0]).toContain("openssl rand -base64 32");
      expect(steps[0]).toContain("npx wrangler secret put ADMIN_TOKEN");
      expect(steps[1]).toContain("ADMIN_TOKEN=… in .dev.vars beside wrangler.toml");
      expect(await page.getByRole("textbox").count()).toBe(0);
      expect(await page.getByRole("button").count()).toBe(0);
      // Its title says what the page is about (2.4.2): "Closed · Clarifier" said not what was.
      expect(await page.title()).toBe("Sign-in closed · Clarifier");
      expect(await pageViolations(page)).toEqual([]);
      // At 320 px (1280 px at 400 % zoom) the commands wrap rather than scroll sideways (1.4.10).
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      expect(await pageViolations(page)).toEqual([]);
      // The 503 of the page is the one console error a browser logs for it.
      expect(errors.filter((e) => !/status of 503/.test(e))).toEqual([]);

      const api = await fetch(`${worker.url}/admin/api/sites`, {
        headers: { authorization: "Bearer sixteen-chars-ok" },
      });
      expect(api.status).toBe(503);
      const { error } = (await api.json()) as ErrorBody;
      expect(error.code).toBe("admin_not_configured");
      expect(error.message).toContain('"npx wrangler secret put ADMIN_TOKEN"');
      expect(error.message).toContain("in .dev.vars beside wrangler.toml");
    });
  },
);
