import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/local-stack.ts";
import type { Language, OtherLanguage } from "../../shared/languages.ts";
import { stringsFor } from "../../widget/strings/all.ts";
import type { Strings } from "../../widget/strings/types.ts";
import { browserAvailable, openDemoChat } from "./chromium.ts";
import type { SharedStack } from "./shared-stack.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

const ARTIFACTS = path.join(ROOT, "test-artifacts");

// One handoff phrase per language, typed as a visitor would on an English page: the widget must
// answer in the phrase's language (the worker says which in the config's keywordLanguages).
const CASES: { language: Language; message: string }[] = [
  { language: "en", message: "I'd like to talk to a human" },
  { language: "da", message: "Kan jeg tale med en person?" },
  { language: "de", message: "Kann ich mit einem Mitarbeiter sprechen?" },
  { language: "fr", message: "Je voudrais parler à un conseiller" },
  { language: "es", message: "Quiero hablar con una persona" },
];

// A question in a language Clarifier doesn't answer in, beside the demo's English help centre:
// the worker hands it off with the reply's `language` set to it, and the widget says everything
// after it in that language, from its own strings chunk (#23).
const OTHER_CASES: { language: OtherLanguage; message: string }[] = [
  { language: "nl", message: "Kan ik mijn abonnement pauzeren?" },
  { language: "pl", message: "Czy mogę zapłacić kartą przy odbiorze?" },
];

/**
 * Gives the email the widget asked for, and checks what follows in `language`: the confirmation
 * in the panel and, at the team's webhook, the exact signed payload of the visitor's message.
 */
async function giveEmailAndCheckDelivery(
  page: Page,
  stack: SharedStack,
  { language, message }: { language: string; message: string },
  strings: Strings,
): Promise<void> {
  const email = `visitor-${language}@example.com`;
  const field = page.locator("clarifier-widget #email");
  await field.fill(email);
  await field.press("Enter");
  await expect
    .poll(() => page.locator("clarifier-widget .msg.assistant").last().textContent())
    // The demo site also says when its team usually replies, after this sentence.
    .toContain(strings.handedOff("Acme", email));
  if (language === "da" || language === "nl")
    await page.screenshot({ path: path.join(ARTIFACTS, `widget-handoff-${language}.png`) });

  await expect
    .poll(() => stack.receiver.requests.filter((r) => r.body.includes(email)).length, {
      timeout: 15_000,
    })
    .toBe(1);
  const delivery = stack.receiver.requests.find((r) => r.body.includes(email));
  const payload = new Webhook(stack.webhookSecret).verify(
    delivery?.body ?? "",
    delivery?.headers ?? {},
  );
  expect(payload).toEqual({
    site_name: "Acme",
    visitor_email: email,
    visitor_message: message,
    last_ai_reply: null,
  });
}

describe.runIf(browserAvailable())(
  "the widget's handoff in each of our languages, in Chromium",
  () => {
    const run = stackAndChromium();
    beforeAll(() => mkdir(ARTIFACTS, { recursive: true }));

    for (const { language, message } of CASES) {
      const strings = stringsFor(language);
      it(`"${message}" gets the email prompt and the confirmation in ${language}, and the team gets the exact payload`, async () => {
        const { page, errors } = await openDemoChat(
          run.browser,
          run.stack.worker.url,
          run.stack.site,
        );
        const input = page.getByRole("textbox", { name: /Type your message/ });
        await input.fill(message);
        await input.press("Enter");

        // Asked at once, in the phrase's language.
        await expect
          .poll(() => page.locator("clarifier-widget .msg.assistant").last().textContent())
          .toBe(strings.emailPrompt);
        expect(await page.locator("clarifier-widget label").textContent()).toBe(strings.emailLabel);
        // The visitor wrote in this language: the rest of the widget follows (#13).
        expect(await page.locator("clarifier-widget .launcher").getAttribute("aria-label")).toBe(
          strings.launcher,
        );
        expect(await page.getByRole("textbox", { name: strings.emailLabel }).count()).toBe(1);
        await giveEmailAndCheckDelivery(page, run.stack, { language, message }, strings);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  },
);

/**
 * Everything in the widget's shadow root that sticks out of the panel or out of its own box
 * sideways: a translation too long for a button or a line that cannot wrap.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector("clarifier-widget")?.shadowRoot;
    const panel = root?.querySelector("[role=dialog]")?.getBoundingClientRect();
    if (!root || !panel) return ["no panel"];
    return [...root.querySelectorAll<HTMLElement>("[role=dialog] *")].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0) return [];
      const out = box.left < panel.left - 0.5 || box.right > panel.right + 0.5;
      // A box that clips (the title's ellipsis) is built to; one that scrolls sideways is not.
      const scrolls =
        el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "hidden";
      return out || scrolls
        ? [`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent}`]
        : [];
    });
  });
}

describe.runIf(browserAvailable())("the longest translations at 320 px, in Chromium", () => {
  const run = stackAndChromium();

  // German, French and Spanish write the longest email step; "Skip" then shows the warning and
  // the longer "Send without email".
  for (const { language, message } of CASES.filter((c) =>
    ["de", "fr", "es"].includes(c.language),
  )) {
    it(`fits the email step in ${language}, before and after Skip`, async () => {
      const page = await run.browser.newPage({
        locale: "en-US",
        viewport: { width: 320, height: 640 },
      });
      await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
      await page.locator("clarifier-widget .launcher").click();
      const strings = stringsFor(language);
      const input = page.getByRole("textbox", { name: /Type your message/ });
      await input.fill(message);
      await input.press("Enter");
      await expect
        .poll(() => page.locator("clarifier-widget .msg.assistant").last().textContent())
        .toBe(strings.emailPrompt);
      expect(await overflowing(page)).toEqual([]);
      await page.getByRole("button", { name: strings.skip, exact: true }).click();
      await expect
        .poll(() => page.getByRole("button", { name: strings.sendWithoutEmail }).count())
        .toBe(1);
      expect(await overflowing(page)).toEqual([]);
      await page.close();
    });
  }
});

// Its own copy of the demo site (`joinSharedStack`): the five handoffs above came from the same
// address, and a visitor's handoff limit on one site (five a minute) would refuse these.
describe.runIf(browserAvailable())(
  "the widget's handoff in a language Clarifier doesn't answer in, in Chromium",
  () => {
    const run = stackAndChromium();
    beforeAll(() => mkdir(ARTIFACTS, { recursive: true }));

    for (const { language, message } of OTHER_CASES) {
      const strings = stringsFor(language);
      it(`"${message}" is offered a person, asked for the email and confirmed in ${language}`, async () => {
        const { page, errors } = await openDemoChat(
          run.browser,
          run.stack.worker.url,
          run.stack.site,
        );
        const chunks: string[] = [];
        page.on("request", (request) => {
          const chunk = /widget-strings-([a-z]+)\./.exec(request.url())?.[1];
          if (chunk) chunks.push(chunk);
        });
        const input = page.getByRole("textbox", { name: /Type your message/ });
        await input.fill(message);
        await input.press("Enter");

        // No article offered on a shared word: a person, in the visitor's language.
        await expect
          .poll(() => page.locator("clarifier-widget .msg.assistant").last().textContent())
          .toBe(strings.emailPrompt);
        expect(
          await page.locator("clarifier-widget .msg.assistant").last().getAttribute("lang"),
        ).toBe(language);
        expect(await page.locator("clarifier-widget .suggestion").count()).toBe(0);
        expect(await page.locator("clarifier-widget label").textContent()).toBe(strings.emailLabel);
        // The rest of the panel follows, as for our six; the launcher keeps its English name.
        expect(await page.getByRole("button", { name: strings.close, exact: true }).count()).toBe(
          1,
        );
        expect(await page.locator("clarifier-widget [role=dialog]").getAttribute("lang")).toBe(
          language,
        );
        expect(await page.locator("clarifier-widget .launcher").getAttribute("aria-label")).toBe(
          strings.launcher,
        );
        // Its own chunk, fetched once it was needed (beside the launcher's English), no other.
        expect(chunks.filter((c) => c !== "en")).toEqual([language]);
        await giveEmailAndCheckDelivery(page, run.stack, { language, message }, strings);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  },
);
