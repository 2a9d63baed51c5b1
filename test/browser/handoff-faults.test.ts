/**
 * The reliability review's visitor side (docs/operations.md, "Reliability review, 7 December
 * 2026"): the handoff request failing (a 500, the browser offline) and the page reloaded while it
 * is on its way, in Chromium against the shared `wrangler dev`. The visitor must see a clear
 * message, keep what they typed, and the team get the handoff exactly once.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, openDemoChat } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

describe.runIf(browserAvailable())("a handoff that meets trouble, in Chromium", () => {
  const run = stackAndChromium();

  async function askForPerson(page: Page, text: string): Promise<void> {
    const input = page.getByRole("textbox", { name: /Type your message/ });
    await input.fill(text);
    await input.press("Enter");
    await page.getByLabel("Your email").waitFor();
  }

  /** The site's handoffs whose visitor message is `text`, through the admin API. */
  async function handoffsOf(text: string): Promise<{ id: string }[]> {
    const res = await fetch(
      `${run.stack.worker.url}/admin/api/handoffs?site=${run.stack.site}&limit=200`,
      {
        headers: { authorization: `Bearer ${run.stack.adminToken}` },
      },
    );
    const { handoffs } = (await res.json()) as {
      handoffs: { id: string; visitorMessage: string }[];
    };
    return handoffs.filter((h) => h.visitorMessage === text);
  }

  const deliveriesOf = (text: string) =>
    run.stack.receiver.requests.filter((r) => JSON.parse(r.body).visitor_message === text);

  it("says to try again after a 500 and after going offline, keeps the address, and sends it once when it goes through", async () => {
    const { page, errors } = await openDemoChat(run.browser, run.stack.worker.url, run.stack.site);
    const text = "I'd like to talk to a human about my order 1001";
    await askForPerson(page, text);
    const email = page.getByLabel("Your email");
    await email.fill("jane@example.com");

    let calls = 0;
    await page.route("**/v1/handoff", async (route) => {
      calls += 1;
      if (calls === 1) {
        await route.fulfill({
          status: 500,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "internal", message: "Something broke." } }),
        });
      } else await route.abort("internetdisconnected");
    });
    await email.press("Enter");
    await page.getByText("Couldn't connect. Please try again.").waitFor();
    expect(await email.inputValue()).toBe("jane@example.com");
    await email.press("Enter");
    await expect.poll(() => calls).toBe(2);
    await page.getByText("Couldn't connect. Please try again.").waitFor();
    expect(await email.inputValue()).toBe("jane@example.com");

    await page.unroute("**/v1/handoff");
    await email.press("Enter");
    await page
      .getByText("Thanks! Someone from Acme will get back to you at jane@example.com.")
      .waitFor();
    await expect.poll(() => deliveriesOf(text).length, { timeout: 15_000 }).toBe(1);
    expect(await handoffsOf(text)).toHaveLength(1);
    expect(
      errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e)),
    ).toEqual([]);
    await page.close();
  });

  it("sends a handoff whose answer a reload cut off again from the next page, and the team gets it once", async () => {
    const { page } = await openDemoChat(run.browser, run.stack.worker.url, run.stack.site);
    const text = "I'd like to talk to a human about my refund 2002";
    await askForPerson(page, text);
    const email = page.getByLabel("Your email");
    await email.fill("sam@example.com");

    // The request reaches the worker and is stored; its answer never reaches the page, which
    // reloads meanwhile.
    let reached!: () => void;
    const stored = new Promise<void>((resolve) => {
      reached = resolve;
    });
    await page.route("**/v1/handoff", async (route) => {
      await route.fetch();
      reached();
      // Never answered: the reload below drops it.
    });
    await email.press("Enter");
    await stored;
    await page.unroute("**/v1/handoff");
    await page.reload();

    await page
      .getByText("Thanks! Someone from Acme will get back to you at sam@example.com.")
      .waitFor({ timeout: 15_000 });
    expect(
      await page
        .getByText("Thanks! Someone from Acme will get back to you at sam@example.com.")
        .count(),
    ).toBe(1);
    await expect.poll(() => deliveriesOf(text).length, { timeout: 15_000 }).toBe(1);
    // Give a second copy the time it would take to arrive.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(deliveriesOf(text)).toHaveLength(1);
    expect(await handoffsOf(text)).toHaveLength(1);
    await page.close();
  });
});
