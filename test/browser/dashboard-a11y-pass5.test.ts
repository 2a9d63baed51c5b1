/**
 * The dashboard's fifth accessibility pass (WCAG 2.2 AA, what axe-core doesn't check): pickers
 * that changed the page as an option was arrowed to (3.2.2), field borders against what they sit
 * on (1.4.11), the Account page's refused password change, and forced colours beyond the
 * navigation. Each was asserted here before it was fixed.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageViolations } from "./axe.ts";
import {
  browserAvailable,
  collectPageErrors,
  launchChromium,
  signInWithAdminToken,
} from "./chromium.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

/**
 * Every visible text field, select and text area whose edge is under 3:1 against what it sits
 * on: its border and its own fill both (a white field on the dark header is told by its fill).
 */
function faintFields(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (value: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (/rgba?\(([^)]+)\)/.exec(value)?.[1] ?? "0,0,0,0")
        .split(",")
        .map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const f = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (x: string, y: string) => {
      const [hi, lo] = [luminance(rgb(x)), luminance(rgb(y))].sort((a, b) => b - a) as [
        number,
        number,
      ];
      return (hi + 0.05) / (lo + 0.05);
    };
    const behind = (el: Element) => {
      for (let e = el.parentElement; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (rgb(c).a > 0) return c;
      }
      return "rgb(255, 255, 255)";
    };
    const fields = document.querySelectorAll(
      "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=range]):not([type=submit]), select, textarea",
    );
    return [...fields].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0) return [];
      const style = getComputedStyle(el);
      const back = behind(el);
      const edge = Math.max(ratio(style.borderTopColor, back), ratio(style.backgroundColor, back));
      return edge >= 3 ? [] : [`${el.id || el.getAttribute("name")} ${edge.toFixed(2)}:1`];
    });
  });
}

/** The WCAG text-spacing bookmarklet's CSS (1.4.12's four properties at their minimums). */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

describe.runIf(browserAvailable())("the dashboard's fifth accessibility pass, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;
  let page: Page;
  const admin = (path: string) => `${stack.worker.url}/admin${path}`;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    // axe is evaluated into the page; the dashboard's CSP refuses inline script.
    const context = await browser.newContext({ bypassCSP: true, locale: "en-US" });
    page = await context.newPage();
    await signInWithAdminToken(page, stack.adminToken, admin(`/sites/${stack.site}/answers`));
    await page.getByRole("heading", { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("arrowing through the site picker or a look-back picker stays on the page; its button goes (3.2.2)", async () => {
    const pages = [
      { path: `/sites/${stack.site}/answers`, picker: "#site-picker", button: "Go" },
      { path: `/sites/${stack.site}/gaps`, picker: "select[name=days]", button: "Show" },
      { path: `/sites/${stack.site}/threshold`, picker: "select[name=days]", button: "Show" },
    ];
    for (const { path, picker, button } of pages) {
      await page.goto(admin(path));
      const url = page.url();
      const select = page.locator(picker);
      const before = await select.inputValue();
      await select.focus();
      await page.keyboard.press("ArrowDown");
      // The last option already: the one above it.
      if ((await select.inputValue()) === before) await page.keyboard.press("ArrowUp");
      // Chromium changes a closed select's value on an arrow key and fires `change` at once.
      expect(await select.inputValue(), path).not.toBe(before);
      await page.waitForTimeout(500);
      expect(page.url(), `${path}: arrowing to an option left the page`).toBe(url);
      // The way on is the picker's own button, next in the tab order.
      const go = select.locator("xpath=ancestor::form").getByRole("button", { name: button });
      expect(await go.isVisible(), `${path}: "${button}" shown`).toBe(true);
      await page.keyboard.press("Tab");
      expect(await go.evaluate((el) => el === document.activeElement)).toBe(true);
      const chosen = await select.inputValue();
      await Promise.all([page.waitForURL((u) => u.href !== url), page.keyboard.press("Enter")]);
      expect(page.url()).toContain(
        picker === "#site-picker" ? `/sites/${chosen}/` : `days=${chosen}`,
      );
    }
  });

  it("every text field, select and text area stands out 3:1 from what it sits on (1.4.11)", async () => {
    const found: string[] = [];
    for (const path of [
      `/sites/${stack.site}/widget`,
      `/sites/${stack.site}/hours`,
      `/sites/${stack.site}/channels`,
      `/sites/${stack.site}/keywords`,
      `/sites/${stack.site}/kb`,
      `/sites/${stack.site}/kb/new`,
      "/team",
      "/new-site",
    ]) {
      await page.goto(admin(path));
      for (const f of await faintFields(page)) found.push(`${path}: ${f}`);
    }
    const signIn = await browser.newPage({ locale: "en-US" });
    await signIn.goto(admin("/login"));
    for (const f of await faintFields(signIn)) found.push(`/login: ${f}`);
    await signIn.close();
    expect(found).toEqual([]);
  });

  it("a wrong current password on the Account page: the field is marked, described by the error and focused; axe finds nothing", async () => {
    const email = `ana-${Date.now()}@team.example`;
    await page.goto(admin("/team"));
    await page.getByLabel("Their email").fill(email);
    await page.getByRole("button", { name: "Create invitation link" }).click();
    const link = await page.getByRole("textbox", { name: "Invitation link" }).inputValue();
    const agent = await browser.newContext({ bypassCSP: true, locale: "en-US" });
    const member = await agent.newPage();
    const errors = collectPageErrors(member);
    await member.goto(link);
    // A name no other test gives a member: the browser tests share one stack, and two members
    // of one name are told apart by their addresses ("Ana Lind <…>"), which dashboard-team's
    // "Ana Lind (team)" then never finds.
    await member.getByLabel("Your name").fill("Kim Berg");
    await member.getByLabel("Choose a password").fill("correct horse battery");
    await member.getByRole("button", { name: "Join and sign in" }).click();
    await member.getByRole("link", { name: "Kim Berg (agent)" }).click();
    await member.getByRole("heading", { name: "Password" }).waitFor();
    // Pasted, as a password manager or a clipboard would (3.3.8: nothing stops it).
    const current = member.getByLabel("Current password");
    await current.focus();
    await member.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "not my password at all");
      const field = document.activeElement as HTMLInputElement;
      if (
        field.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, cancelable: true }))
      )
        field.value = data.getData("text/plain");
    });
    expect(await current.inputValue()).toBe("not my password at all");
    await member.getByLabel("New password").fill("a brand new password");
    await member.getByRole("button", { name: "Change password" }).click();
    const error = member.getByText("That is not your current password.");
    await error.waitFor();
    const field = member.locator("#current-password");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    expect(describedBy.split(" ")).toContain(await error.getAttribute("id"));
    await expect
      .poll(() => member.evaluate(() => document.activeElement?.id))
      .toBe("current-password");
    expect(await pageViolations(member)).toEqual([]);
    // The refusal's 400 is the browser's own console line; nothing else.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await agent.close();
  });

  it("with the text-spacing bookmarklet's CSS, at 320 px and 1280 px, no page cuts text off (1.4.12)", async () => {
    const found: string[] = [];
    const paths = [
      "",
      `/sites/${stack.site}/answers`,
      `/sites/${stack.site}/gaps`,
      `/sites/${stack.site}/kb`,
      `/sites/${stack.site}/kb/edit?id=returns`,
      `/sites/${stack.site}/threshold`,
      `/sites/${stack.site}/keywords`,
      `/sites/${stack.site}/channels`,
      `/sites/${stack.site}/hours`,
      `/sites/${stack.site}/widget`,
      `/sites/${stack.site}/widget/install`,
      `/sites/${stack.site}/stats`,
      "/team",
      "/new-site",
    ];
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(admin(path));
        await page.addStyleTag({ content: TEXT_SPACING });
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>("body *")].flatMap((el) => {
            const style = getComputedStyle(el);
            // Hidden on purpose (read by screen readers only), a handoff's one-line preview,
            // whose whole text is in the handoff it opens, or a field, whose value scrolls.
            if (
              el.matches(
                ".visually-hidden, .skip, summary .message, .summary-email, input, textarea, select",
              )
            )
              return [];
            const clipsX = style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1;
            const clipsY = style.overflowY === "hidden" && el.scrollHeight > el.clientHeight + 1;
            const scrolls = ["auto", "scroll"].includes(style.overflowX);
            if (!(clipsX && !scrolls) && !clipsY) return [];
            return [
              `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").trim().slice(0, 30)}"`,
            ];
          }),
        );
        for (const c of cut) found.push(`${width}px ${path || "/"}: ${c}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(found).toEqual([]);
  });

  it("in forced colours, fields, buttons, cards, tables and the current tab keep what tells them apart", async () => {
    const context = await browser.newContext({ locale: "en-US", forcedColors: "active" });
    const forced = await context.newPage();
    await signInWithAdminToken(forced, stack.adminToken, admin(`/sites/${stack.site}/widget`));
    await forced.getByRole("heading", { level: 1 }).waitFor();
    const found: string[] = [];
    for (const path of [
      `/sites/${stack.site}/widget`,
      `/sites/${stack.site}/channels`,
      `/sites/${stack.site}/hours`,
      `/sites/${stack.site}/answers`,
      "/team",
    ]) {
      await forced.goto(admin(path));
      const problems = await forced.evaluate(() => {
        const out: string[] = [];
        const edged = (el: Element) => {
          const s = getComputedStyle(el);
          return ["Top", "Right", "Bottom", "Left"].some(
            (side) =>
              s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none" &&
              Number.parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
          );
        };
        const selector =
          "main button:not(.link), main input[type=text], main input[type=url], main input[type=email], main input[type=password], main select, main textarea, main .card, main th, main td";
        for (const el of document.querySelectorAll(selector)) {
          if (el.getBoundingClientRect().width === 0) continue;
          // A table cell is edged by its row's rule, drawn on the cell itself.
          if (!edged(el))
            out.push(
              `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").trim().slice(0, 20)}"`,
            );
        }
        // The current tab (Settings / Install) differs from the others by more than a fill.
        const tabs = [...document.querySelectorAll(".tabs a")];
        const current = tabs.find((a) => a.getAttribute("aria-current") === "page");
        const other = tabs.find((a) => a !== current);
        if (current && other) {
          const look = (el: Element) => {
            const s = getComputedStyle(el);
            return `${s.textDecorationLine} ${s.borderTopWidth} ${s.fontWeight} ${s.outlineStyle}`;
          };
          if (look(current) === look(other))
            out.push(`current tab looks like the others: ${look(current)}`);
        }
        return out;
      });
      for (const p of problems) found.push(`${path}: ${p}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
