import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatResponse, PublicSiteConfig } from "../../shared/api.ts";
import { type Stack, startStack } from "../../scripts/local-stack.ts";
import {
  browserAvailable,
  collectPageErrors,
  launchChromium,
  signInWithAdminToken,
} from "./chromium.ts";

const SITE = "acme";

/** A new owner after `npm start`: everything below is done in the dashboard, by mouse and keyboard. */
describe.runIf(browserAvailable())("running a site from the dashboard alone, in Chromium", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];
  let files = "";

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    files = await mkdtemp(path.join(tmpdir(), "clarifier-upload-"));
    page = await browser.newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    errors = collectPageErrors(page);
    await signInWithAdminToken(page, stack.adminToken, `${stack.worker.url}/admin`);
    await page.getByRole("heading", { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (files) await rm(files, { recursive: true, force: true });
  });

  async function ask(message: string): Promise<ChatResponse> {
    const res = await fetch(`${stack.worker.url}/v1/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ site: SITE, message }),
    });
    return (await res.json()) as ChatResponse;
  }
  async function publicConfig(): Promise<PublicSiteConfig> {
    return (await (
      await fetch(`${stack.worker.url}/v1/sites/${SITE}/config`)
    ).json()) as PublicSiteConfig;
  }

  it("adds an article, fixes it, and visitors are answered from it", async () => {
    const question = "Do you sell gift cards for birthdays?";
    expect((await ask(question)).reply.type).toBe("handoff");
    await page.getByRole("link", { name: "Knowledge base" }).click();
    await page.getByRole("link", { name: "Add an article" }).click();
    await page.getByLabel("Title").fill("Gift cards");
    await page.getByLabel("Text").fill("We sell gift cards for birthdays, from $10 to $500.");
    await page.getByRole("button", { name: "Add the article" }).click();
    await page.getByText("Article added.").waitFor();
    expect((await ask(question)).reply).toMatchObject({ type: "answer" });
    await page
      .getByLabel("Text")
      .fill("Gift cards for birthdays and holidays, $10 to $500; they never expire.");
    await page.getByRole("button", { name: "Save the article" }).click();
    await page.getByText("Article saved.").waitFor();
    const answer = (await ask(question)).reply;
    expect(answer.type === "answer" && answer.text).toContain("never expire");
    await page.getByRole("link", { name: "← All articles" }).click();
    await page.getByLabel("Search the articles").fill("gift birthdays");
    await page.getByLabel("Search the articles").press("Enter");
    await expect
      .poll(() => page.locator("#kb-count").textContent())
      .toMatch(/^\d+ articles? of \d+ match “gift birthdays”\.$/);
    await page.getByRole("link", { name: "Gift cards", exact: true }).waitFor();
  });

  it("imports Markdown and HTML files by upload", async () => {
    await writeFile(
      path.join(files, "canoe-rentals.md"),
      "# Canoe rentals\n\nWe rent canoes by the day, $40 a day.",
    );
    await writeFile(
      path.join(files, "city-outlets.html"),
      "<html><head><title>Our stores</title></head><body><p>Our stores are in Oslo and Bergen.</p></body></html>",
    );
    await page.goto(`${stack.worker.url}/admin/sites/${SITE}/kb`);
    await page
      .getByLabel("Files", { exact: true })
      .setInputFiles([path.join(files, "canoe-rentals.md"), path.join(files, "city-outlets.html")]);
    await page.getByRole("button", { name: "Import" }).click();
    await expect
      .poll(() => page.locator("#import-result").textContent())
      .toContain("2 articles added, 0 replaced, 0 files skipped.");
    expect((await ask("Do you rent canoes by the day?")).reply.type).toBe("answer");
  });

  it("sets up the widget and copies the snippet, with a live preview", async () => {
    await page.getByRole("link", { name: "Widget" }).click();
    await page.getByLabel("Greeting").fill("Hi! Ask me about tents, boots and gift cards.");
    await page.getByLabel("Launcher label").fill("Questions?");
    await page.getByLabel("Bottom left").check();
    await page.getByLabel("Show a “Talk to a person” button beside the chat").check();
    await page.getByLabel("German").uncheck();
    await page.getByRole("button", { name: "Save widget settings" }).click();
    await page.getByText("Widget settings saved.").waitFor();
    expect(await publicConfig()).toMatchObject({
      greeting: "Hi! Ask me about tents, boots and gift cards.",
      launcherLabel: "Questions?",
      position: "left",
      handoffButton: true,
      languages: ["en", "da", "fr", "es", "sv"],
    });
    await page.getByRole("link", { name: "Install" }).click();
    expect(await page.locator("#snippet").inputValue()).toBe(
      `<script src="${stack.worker.url}/widget.js" data-site="${SITE}" async></script>`,
    );
    await page
      .frameLocator("iframe.widget-preview")
      .locator("clarifier-widget .launcher")
      .waitFor();
  });

  it("sets hours with a split shift, and they survive the next save", async () => {
    await page.getByRole("link", { name: "Hours" }).click();
    await page.getByLabel("Time zone of these hours").fill("Europe/Oslo");
    await page.getByLabel("Monday from").fill("09:00");
    await page.locator("#to-1").fill("12:00");
    await page.getByRole("button", { name: "Save hours" }).click();
    await page.getByText("Hours saved.").waitFor();
    await page.getByLabel("Monday, shift 2 from").fill("13:00");
    await page.locator("#to-1-2").fill("17:00");
    await page.getByRole("button", { name: "Save hours" }).click();
    await page.getByText("Hours saved.").waitFor();
    await page.getByLabel("Usual reply time, in minutes (empty: don't say)").fill("240");
    await page.getByRole("button", { name: "Save hours" }).click();
    await page.getByText("Hours saved.").waitFor();
    const hours = (await publicConfig()).openingHours;
    expect(hours?.timeZone).toBe("Europe/Oslo");
    // Monday split in two; the demo's other days untouched.
    expect(hours?.weekly.filter((r) => r.day === 1)).toEqual([
      { day: 1, from: "09:00", to: "12:00" },
      { day: 1, from: "13:00", to: "17:00" },
    ]);
    expect(hours?.weekly.length).toBeGreaterThan(2);
    expect(await page.locator("#reply-time-sentence").textContent()).toContain(
      "We usually reply within 4 hours.",
    );
  });

  it("adds a Slack channel, refusing an address that is not Slack's", async () => {
    await page.getByRole("link", { name: "Channels" }).click();
    const add = page.getByRole("form", { name: "Add Slack channel" });
    await add.getByLabel("Channel id").fill("team-slack");
    await add.getByLabel("Slack incoming webhook URL").fill("https://example.com/not-slack");
    await add.getByRole("button", { name: "Add slack channel" }).click();
    await page.getByText("This is not a Slack incoming-webhook URL").waitFor();
    await page
      .getByRole("form", { name: "Add Slack channel" })
      .getByLabel("Slack incoming webhook URL")
      .fill("https://hooks.slack.com/services/T000/B000/abcdefghijklmnop");
    await page
      .getByRole("form", { name: "Add Slack channel" })
      .getByRole("button", { name: "Add slack channel" })
      .click();
    await page.getByText("Channel “team-slack” (Slack) saved.").waitFor();
    await page.locator("#channel-team-slack").waitFor();
    // The 400 for the refused address is logged by Chromium as a console error.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
