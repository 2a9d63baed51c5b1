import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatResponse, HandoffAccepted } from "../../shared/api.ts";
import { pageViolations } from "./axe.ts";
import { browserAvailable, launchChromium, signInWithAdminToken } from "./chromium.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

/** The focused element (`id`, else tag and text), after the page's own script has run. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.id || `${el?.tagName.toLowerCase()} ${(el?.textContent ?? "").trim().slice(0, 30)}`;
  });

describe.runIf(browserAvailable())("the dashboard after an owner acts, for accessibility", () => {
  let stack: SharedStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let handoffId = "";
  let site = "";

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    site = stack.site;
    const chat = async (message: string) => {
      const res = await fetch(`${stack.worker.url}/v1/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ site, message }),
      });
      return (await res.json()) as ChatResponse;
    };
    const kayak = await chat("Do you sell kayaks?");
    const res = await fetch(`${stack.worker.url}/v1/handoff`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        site,
        conversationId: kayak.conversationId,
        message: "Do you sell kayaks?",
        email: "kay@example.com",
        reason: "low_confidence",
      }),
    });
    handoffId = ((await res.json()) as HandoffAccepted).handoffId;
    // axe is injected through the DevTools protocol: the dashboard's CSP refuses inline script.
    context = await browser.newContext({
      bypassCSP: true,
      locale: "en-US",
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    await signInWithAdminToken(page, stack.adminToken, `${stack.worker.url}/admin/login`);
    await page.getByRole("heading", { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("a sent team reply's 'email pending' reads at 4.5:1 on its green line (axe finds nothing)", async () => {
    await page.goto(`${stack.worker.url}/admin/handoffs/${handoffId}`);
    await page.getByLabel("Reply to the visitor").fill("Yes, from spring.");
    await page.getByRole("button", { name: "Send reply" }).click();
    await page.getByText("Reply sent.").waitFor();
    expect(await pageViolations(page)).toEqual([]);
  });

  it("teaching an article from visitors' picks says it worked, at the top of the page it comes back to", async () => {
    // A visitor not sure-answered picks one of the offered articles.
    const res = await fetch(`${stack.worker.url}/v1/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ site, message: "my boots leak" }),
    });
    const reply = (await res.json()) as ChatResponse;
    const offered = "suggestions" in reply.reply ? (reply.reply.suggestions ?? []) : [];
    const picked = offered[0];
    if (!picked) throw new Error("No article was offered for “my boots leak”.");
    const feedback = await fetch(`${stack.worker.url}/v1/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        site,
        conversationId: reply.conversationId,
        messageId: reply.messageId,
        picked: picked.url ?? picked.documentId,
      }),
    });
    expect(feedback.status).toBe(204);
    await page.goto(`${stack.worker.url}/admin/sites/${site}/gaps`);
    await page.getByRole("button", { name: /^Teach \d+ question/ }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Taught: the article now answers");
    expect(new URL(page.url()).hash).toBe("");
    expect(await pageViolations(page)).toEqual([]);
  });

  it("says where a reply goes, and which addresses a Slack webhook takes, as the fields' descriptions", async () => {
    await page.goto(`${stack.worker.url}/admin/handoffs/${handoffId}`);
    const described = await page
      .getByLabel("Reply to the visitor")
      .getAttribute("aria-describedby");
    expect(described).toBeTruthy();
    expect(await page.locator(`#${described}`).textContent()).toContain(
      "emailed to kay@example.com",
    );
    await page.goto(`${stack.worker.url}/admin/sites/${site}/channels`);
    const hint = await page.evaluate(() => {
      const field = document.getElementById("new-slack-webhookUrl");
      return (field?.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ");
    });
    expect(hint).toContain("hooks.slack.com");
    await page.goto(`${stack.worker.url}/admin/sites/${site}/hours`);
    expect(
      await page.evaluate(() =>
        document.getElementById("replyTimeMinutes")?.getAttribute("aria-describedby"),
      ),
    ).toContain("reply-time-sentence");
  });

  it("names every hours field with its day and shift, the 'to' ones too, with split shifts saved", async () => {
    await page.goto(`${stack.worker.url}/admin/sites/${site}/hours`);
    await page.getByLabel("Time zone of these hours").fill("Europe/Copenhagen");
    await page.getByLabel("Monday from").fill("09:00");
    await page.getByLabel("Monday to", { exact: true }).fill("12:00");
    await page.getByRole("button", { name: "Save hours" }).click();
    await page.getByLabel("Monday, shift 2 from").fill("13:00");
    await page.getByLabel("Monday, shift 2 to").fill("17:00");
    await page.getByRole("button", { name: "Save hours" }).click();
    await page.getByRole("status").waitFor();
    expect(await page.getByLabel("Monday, shift 2 to").inputValue()).toBe("17:00");
    const names = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>("input[type=time]")].map((i) =>
        (i.labels?.[0]?.textContent ?? "").trim(),
      ),
    );
    expect(names.length).toBeGreaterThan(14);
    expect(names.filter((n) => !/^(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/.test(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    expect(await pageViolations(page)).toEqual([]);
  });

  it("after a refused save, focus is on the first field to fix, which is described by its error", async () => {
    await page.goto(`${stack.worker.url}/admin/sites/${site}/channels`);
    await page.locator("#new-webhook-id").fill("bad id!");
    await page.locator("#new-webhook-url").fill("ftp://nope");
    await page.getByRole("button", { name: "Add webhook channel" }).click();
    await page.getByRole("alert").waitFor();
    await expect.poll(() => focused(page)).toBe("new-webhook-id");
    expect(await pageViolations(page)).toEqual([]);

    await page.goto(`${stack.worker.url}/admin/sites/${site}/hours`);
    await page.getByLabel("Tuesday from").fill("13:00");
    await page.getByLabel("Tuesday to", { exact: true }).fill("12:00");
    await page.getByRole("button", { name: "Save hours" }).click();
    await page.getByRole("alert").waitFor();
    await expect.poll(() => focused(page)).toBe("to-2");
    // A page without an error leaves focus where the browser puts it.
    await page.goto(`${stack.worker.url}/admin/sites/${site}/channels`);
    expect(await focused(page)).toMatch(/^body/);
  });

  it("shows keyboard focus with a ring of 3:1 or more against what surrounds it, header and page", async () => {
    const weak: string[] = [];
    for (const p of [`/admin/sites/${site}/hours`, `/admin/sites/${site}/widget`]) {
      await page.goto(`${stack.worker.url}${p}`);
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press("Tab");
        const ring = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          // Focus on a time field's clock button is inside the browser's own shadow tree (the
          // field is then not :focus): Chromium rings the icon itself, black on white.
          if (!el || el === document.body || !el.matches(":focus")) return null;
          const rgb = (v: string) => (v.match(/[\d.]+/g) ?? []).map(Number);
          const lum = ([r = 0, g = 0, b = 0]: number[]) => {
            const f = (c: number) => {
              const s = c / 255;
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            };
            return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
          };
          // What the ring is drawn on: the nearest opaque background outside the element.
          let bg = [255, 255, 255];
          for (let e = el.parentElement; e; e = e.parentElement) {
            const c = rgb(getComputedStyle(e).backgroundColor);
            if (c.length === 3 || (c[3] ?? 0) > 0.5) {
              bg = c;
              break;
            }
          }
          const s = getComputedStyle(el);
          const [hi, lo] = [lum(rgb(s.outlineColor)), lum(bg)].sort((a, b) => b - a) as [
            number,
            number,
          ];
          return {
            what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.textContent ?? "").trim().slice(0, 20)}”`,
            style: s.outlineStyle,
            width: Number.parseFloat(s.outlineWidth),
            ratio: (hi + 0.05) / (lo + 0.05),
          };
        });
        // The skip link shows only while focused, over the dark header: its white box there is
        // the indicator (14:1), its yellow ring drawn on the header.
        if (!ring || ring.what.startsWith("a “Skip to content”")) continue;
        if (ring.style === "none" || ring.width < 2 || ring.ratio < 3)
          weak.push(`${p} ${ring.what}: ${ring.style} ${ring.width}px ${ring.ratio.toFixed(2)}:1`);
      }
    }
    expect(weak).toEqual([]);
  });

  it("in forced-colors mode the current section still stands out from the others, not by background", async () => {
    const forced = await browser.newContext({ forcedColors: "active", locale: "en-US" });
    await forced.addCookies(await context.cookies());
    const p = await forced.newPage();
    await p.goto(`${stack.worker.url}/admin/sites/${site}/hours`);
    const looks = (name: string) =>
      p
        .getByRole("navigation", { name: "Sections" })
        .getByRole("link", { name, exact: true })
        .evaluate((a) => {
          const s = getComputedStyle(a);
          // Not its background: forced colours drop it (getComputedStyle still reports it).
          return `${s.textDecorationLine} ${s.borderStyle} ${s.fontWeight}`;
        });
    expect(await looks("Hours")).not.toBe(await looks("Stats"));
    await forced.close();
  });

  it("reflows at 320 px (400 % zoom of 1280): no page scrolls sideways, the Channels page's receivers too", async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const wide: string[] = [];
    for (const p of [
      `/admin?site=${site}`,
      `/admin/handoffs/${handoffId}`,
      `/admin/sites/${site}/answers`,
      `/admin/sites/${site}/gaps`,
      `/admin/sites/${site}/kb`,
      `/admin/sites/${site}/threshold`,
      `/admin/sites/${site}/keywords`,
      `/admin/sites/${site}/channels`,
      `/admin/sites/${site}/hours`,
      `/admin/sites/${site}/widget`,
      `/admin/sites/${site}/widget/install`,
      `/admin/sites/${site}/stats`,
      "/admin/team",
      "/admin/new-site",
    ]) {
      await page.goto(`${stack.worker.url}${p}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 321) wide.push(`${p}: ${width}px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(wide).toEqual([]);
  });
});
