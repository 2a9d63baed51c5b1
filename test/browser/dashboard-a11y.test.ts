import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatResponse, HandoffAccepted } from "../../shared/api.ts";
import { readMarkdownFolder } from "../../scripts/kb-documents.ts";
import { ROOT } from "../../scripts/local-stack.ts";
import {
  browserAvailable,
  collectPageErrors,
  launchChromium,
  signInWithAdminToken,
} from "./chromium.ts";
import { adminPut, joinSharedStack, type SharedStack } from "./shared-stack.ts";
import { pageViolations } from "./axe.ts";

const SITE = "a11y";
const PHONE = { width: 375, height: 740 };

/**
 * What Lighthouse's accessibility audit (axe-core) checks that these pages could get wrong,
 * measured in the page: text contrast against the background it sits on (4.5:1, 3:1 for large
 * text), heading levels that never skip, a name for every form control, link and button, and a
 * unique id for each element that has one.
 */
async function accessibilityProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const rgba = (value: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(value);
      const [r = 0, g = 0, b = 0, a = 1] = (m?.[1] ?? "0,0,0,0").split(",").map(Number);
      return { r, g, b, a: m ? a : 0 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const f = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.a > 0.5) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""} “${(el.textContent ?? "").trim().slice(0, 40)}”`;

    for (const el of document.body.querySelectorAll("*")) {
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "",
      );
      const style = getComputedStyle(el);
      if (!own || style.visibility === "hidden" || style.display === "none") continue;
      if ((el as HTMLElement).offsetParent === null && style.position !== "fixed") continue;
      if (el.closest("svg, [aria-hidden=true]")) continue;
      const fg = rgba(style.color);
      const bg = background(el);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        problems.push(`contrast ${ratio.toFixed(2)}:1 on ${describe(el)}`);
    }

    let previous = 0;
    for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
      const level = Number(h.tagName[1]);
      if (level > previous + 1)
        problems.push(`heading h${level} after h${previous}: ${describe(h)}`);
      previous = level;
    }

    for (const control of document.querySelectorAll("input, select, textarea")) {
      const input = control as HTMLInputElement;
      if (input.type === "hidden") continue;
      const named =
        input.labels?.length ||
        input.getAttribute("aria-label") ||
        input.getAttribute("aria-labelledby") ||
        input.title;
      if (!named) problems.push(`unlabelled ${describe(input)} name=${input.name}`);
    }
    for (const el of document.querySelectorAll("a[href], button")) {
      const name = (el.textContent ?? "").trim() || el.getAttribute("aria-label");
      if (!name) problems.push(`nameless ${describe(el)}`);
    }
    for (const frame of document.querySelectorAll("iframe")) {
      if (!frame.title) problems.push("iframe without a title");
    }
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dupes.length) problems.push(`duplicate ids: ${[...new Set(dupes)].join(", ")}`);
    if (!document.documentElement.lang) problems.push("no lang on <html>");
    // Content wider than the screen makes a phone scroll sideways to read it.
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      problems.push(`scrolls sideways: ${document.documentElement.scrollWidth}px wide`);
    if (!document.title) problems.push("no <title>");
    return problems;
  });
}

describe.runIf(browserAvailable())("every dashboard page, for accessibility, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];
  let handoffId = "";
  let invitePath = "";

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    const admin = (p: string, body: unknown) => adminPut(stack, p, body);
    expect(
      (await admin(`/admin/api/sites/${SITE}`, { name: "A11y", handoffButton: true })).status,
    ).toBe(200);
    const documents = await readMarkdownFolder(path.join(ROOT, "demo", "kb"));
    expect((await admin(`/admin/api/sites/${SITE}/kb`, { documents })).status).toBe(200);
    const chat = async (message: string) => {
      const res = await fetch(`${stack.worker.url}/v1/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ site: SITE, message }),
      });
      return (await res.json()) as ChatResponse;
    };
    await chat("How many days do I have to return an item?");
    const kayak = await chat("Do you sell kayaks?");
    const res = await fetch(`${stack.worker.url}/v1/handoff`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        site: SITE,
        conversationId: kayak.conversationId,
        message: "Do you sell kayaks?",
        email: "kay@example.com",
        reason: "low_confidence",
      }),
    });
    handoffId = ((await res.json()) as HandoffAccepted).handoffId;

    page = await browser.newPage({ locale: "en-US", viewport: PHONE });
    errors = collectPageErrors(page);
    // Every layout shift from the first paint on, as Lighthouse's CLS counts it.
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${stack.worker.url}/admin/login`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await signInWithAdminToken(page, stack.adminToken);
    await page.getByRole("heading", { level: 1 }).waitFor();
    // An open invitation, so the Team page lists one and its link's page can be checked.
    await page.goto(`${stack.worker.url}/admin/team`);
    await page.getByLabel("Their email").fill(`a11y-${Date.now()}@example.com`);
    await page.getByRole("button", { name: "Create invitation link" }).click();
    invitePath = new URL(await page.getByRole("textbox", { name: "Invitation link" }).inputValue())
      .pathname;
    expect(await accessibilityProblems(page)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const pages = () => [
    "/admin/login",
    `/admin?site=${SITE}`,
    `/admin/handoffs/${handoffId}`,
    `/admin/sites/${SITE}/answers`,
    `/admin/sites/${SITE}/gaps`,
    `/admin/sites/${SITE}/kb`,
    `/admin/sites/${SITE}/kb?q=tent`,
    `/admin/sites/${SITE}/kb/new`,
    `/admin/sites/${SITE}/kb/edit?id=returns`,
    `/admin/sites/${SITE}/threshold`,
    `/admin/sites/${SITE}/keywords?message=${encodeURIComponent("talk to a human")}`,
    `/admin/sites/${SITE}/channels`,
    `/admin/sites/${SITE}/hours`,
    `/admin/sites/${SITE}/widget`,
    `/admin/sites/${SITE}/widget/install`,
    `/admin/sites/${SITE}/stats`,
    "/admin/new-site",
    "/admin/team",
    invitePath,
    `/admin/sites/${SITE}/teach?question=${encodeURIComponent("Do you sell kayaks?")}`,
  ];

  it("passes the contrast, heading, name and id checks on every page, at 375 px and 1280 px", async () => {
    const found: string[] = [];
    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      await page.setViewportSize(viewport);
      for (const p of pages()) {
        await page.goto(`${stack.worker.url}${p}`);
        for (const problem of await accessibilityProblems(page))
          found.push(`${viewport.width}px ${p}: ${problem}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("passes axe-core's WCAG 2 A and AA rules (what Lighthouse's accessibility score runs) on every page", async () => {
    // Injected through the DevTools protocol: the dashboard's CSP rightly refuses inline script.
    const context = await browser.newContext({ bypassCSP: true, locale: "en-US" });
    await context.addCookies(await page.context().cookies());
    const checked = await context.newPage();
    const found: string[] = [];
    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      await checked.setViewportSize(viewport);
      for (const p of pages()) {
        await checked.goto(`${stack.worker.url}${p}`);
        const violations = await pageViolations(checked);
        for (const v of violations) found.push(`${viewport.width}px ${p}: ${v}`);
      }
    }
    await context.close();
    expect(found).toEqual([]);
  });

  it("gives the threshold's value at least 4.5:1 contrast", async () => {
    await page.goto(`${stack.worker.url}/admin/sites/${SITE}/threshold`);
    const problems = await accessibilityProblems(page);
    expect(problems.filter((p) => p.includes("threshold-value"))).toEqual([]);
    expect(
      await page.locator("#threshold-value").evaluate((e) => getComputedStyle(e).color),
    ).not.toBe("rgb(217, 72, 15)");
  });

  it("does not move as it loads: no layout shift on any page, on a phone", async () => {
    await page.setViewportSize(PHONE);
    const shifts: string[] = [];
    for (const p of pages()) {
      await page.goto(`${stack.worker.url}${p}`, { waitUntil: "load" });
      await page.waitForTimeout(300);
      const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
      if (shift > 0.001) shifts.push(`${p}: ${shift.toFixed(3)}`);
    }
    expect(shifts).toEqual([]);
  });

  it("hides the no-script buttons before any script runs, and shows them without script", async () => {
    const noScript = await browser.newPage({ javaScriptEnabled: false, viewport: PHONE });
    await noScript.context().addCookies(await page.context().cookies());
    await noScript.goto(`${stack.worker.url}/admin/sites/${SITE}/threshold`);
    expect(await noScript.getByRole("button", { name: "Preview" }).isVisible()).toBe(true);
    // The site picker's Go shows either way: it never submits itself (WCAG 3.2.2, pass 5).
    expect(await noScript.getByRole("button", { name: "Go" }).isVisible()).toBe(true);
    await noScript.close();
    // With script on but the dashboard's script never arriving, the buttons are hidden anyway:
    // nothing waits for a class it sets.
    await page.route("**/admin/assets/dashboard.js", (route) => route.abort());
    await page.goto(`${stack.worker.url}/admin/sites/${SITE}/threshold`);
    expect(await page.getByRole("button", { name: "Preview" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Go" }).isVisible()).toBe(true);
    await page.unroute("**/admin/assets/dashboard.js");
    errors.length = 0;
  });

  it("shows the widget preview with the site's launcher, and the install page's snippet copies", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${stack.worker.url}/admin/sites/${SITE}/widget/install`);
    const snippet = await page.locator("#snippet").inputValue();
    expect(snippet).toBe(
      `<script src="${stack.worker.url}/widget.js" data-site="${SITE}" async></script>`,
    );
    const frame = page.frameLocator("iframe.widget-preview");
    await frame.locator("clarifier-widget .launcher").waitFor({ timeout: 15_000 });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy the script tag" }).click();
    await expect.poll(() => page.locator("#copy-status").textContent()).toMatch(/Copied|Selected/);
    expect(errors).toEqual([]);
  });

  it("error states: a refused sign-in is tied to its fields, and the error pages pass axe-core", async () => {
    /** The field's `aria-invalid` and the text of what its `aria-describedby` names. */
    const tiedError = (checked: Page, id: string) =>
      checked.evaluate((id) => {
        const field = document.getElementById(id);
        const described = field?.getAttribute("aria-describedby") ?? "";
        return {
          invalid: field?.getAttribute("aria-invalid") ?? null,
          error: described ? (document.getElementById(described)?.textContent ?? "") : "",
        };
      }, id);

    const signedOut = await browser.newContext({ bypassCSP: true, locale: "en-US" });
    const checked = await signedOut.newPage();
    await checked.goto(`${stack.worker.url}/admin/login`);
    await checked.getByLabel("Admin token").fill("not-the-admin-token-not-the-admin-token");
    await checked.getByLabel("Admin token").press("Enter");
    await checked.getByRole("alert").waitFor();
    expect(await tiedError(checked, "token")).toEqual({
      invalid: "true",
      error: expect.stringMatching(/\w/),
    });
    expect(await pageViolations(checked)).toEqual([]);
    await checked.getByLabel("Email").fill("nobody@example.com");
    await checked.getByLabel("Password").fill("not-a-password-of-anyone");
    await checked.getByLabel("Password").press("Enter");
    await checked.getByRole("alert").waitFor();
    for (const id of ["email", "password"])
      expect(await tiedError(checked, id)).toEqual({
        invalid: "true",
        error: expect.stringMatching(/\w/),
      });
    expect(await pageViolations(checked)).toEqual([]);
    await signedOut.close();

    const signedIn = await browser.newContext({ bypassCSP: true, locale: "en-US" });
    await signedIn.addCookies(await page.context().cookies());
    const form = await signedIn.newPage();
    await form.goto(`${stack.worker.url}/admin/new-site`);
    await form.locator("#name").fill("Broken");
    await form.locator("#id").fill("Not an id!");
    await form.getByRole("button", { name: "Add the site" }).click();
    await form.locator("#id-error").waitFor();
    expect(await tiedError(form, "id")).toEqual({
      invalid: "true",
      error: expect.stringMatching(/\w/),
    });
    expect(await pageViolations(form)).toEqual([]);
    // A page that doesn't exist: the dashboard's own error page.
    await form.goto(`${stack.worker.url}/admin/handoffs/no-such-handoff`);
    expect(await pageViolations(form)).toEqual([]);
    await signedIn.close();
  });
});
