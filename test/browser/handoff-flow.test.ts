import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/local-stack.ts";
import { browserAvailable, launchChromium, openDemoChat } from "./chromium.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

const ARTIFACTS = path.join(ROOT, "test-artifacts");

describe.runIf(browserAvailable())("the visitor flow on the demo page, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function send(page: Page, text: string): Promise<void> {
    const input = page.getByRole("textbox", { name: /Type your message/ });
    await input.fill(text);
    await input.press("Enter");
  }

  it("hands a visitor who asks for a human to the team: email, confirmation, exact signed payload, listed", async () => {
    const { page, errors } = await openDemoChat(browser, stack.worker.url, stack.site);
    await send(page, "How many days do I have to return an item?");
    await expect
      .poll(() => page.locator("clarifier-widget .msg.assistant").last().textContent())
      .toContain("30 days");

    await send(page, "I'd like to talk to a human");
    const email = page.getByLabel("Your email");
    await email.waitFor();
    await email.fill("jane@example.com");
    await email.press("Enter");
    await page
      .getByText("Thanks! Someone from Acme will get back to you at jane@example.com.")
      .waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "handoff-confirmed.png") });

    await expect.poll(() => stack.receiver.requests.length, { timeout: 15_000 }).toBe(1);
    const [delivery] = stack.receiver.requests;
    const payload = new Webhook(stack.webhookSecret).verify(
      delivery?.body ?? "",
      delivery?.headers ?? {},
    );
    expect(payload).toEqual({
      site_name: "Acme",
      visitor_email: "jane@example.com",
      visitor_message: "I'd like to talk to a human",
      last_ai_reply: expect.stringContaining("30 days"),
    });

    const listed = await fetch(`${stack.worker.url}/admin/api/handoffs?site=${stack.site}`, {
      headers: { authorization: `Bearer ${stack.adminToken}` },
    });
    const { handoffs } = (await listed.json()) as {
      handoffs: { visitorEmail: string; reason: string; deliveries: { status: string }[] }[];
    };
    expect(handoffs[0]).toMatchObject({ visitorEmail: "jane@example.com", reason: "keyword" });
    await expect
      .poll(async () => {
        const res = await fetch(`${stack.worker.url}/admin/api/handoffs?site=${stack.site}`, {
          headers: { authorization: `Bearer ${stack.adminToken}` },
        });
        return ((await res.json()) as typeof handoffs extends infer T ? { handoffs: T } : never)
          .handoffs[0]?.deliveries[0]?.status;
      })
      .toBe("delivered");

    // The visitor may keep chatting afterwards.
    await send(page, "How long does express shipping take?");
    await expect
      .poll(() => page.locator("clarifier-widget .msg.assistant").last().textContent())
      .toMatch(/1 to 2 business days/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
