import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../../scripts/local-stack.ts";
import {
  browserAvailable,
  collectPageErrors,
  launchChromium,
  signInWithAdminToken,
} from "./chromium.ts";

// The team answers a handoff on the dashboard; the visitor's open widget shows it at once (the
// live socket through the conversation's Durable Object, under wrangler dev), after a reload,
// and in a new tab with an unread count; the visitor's inbox gets it threaded (.eml files);
// and the team answers by email too, through wrangler's local email endpoint, where a reply
// Email Routing's Authentication-Results calls forged is refused.
const REPLY_DOMAIN = "reply.acme.test";
describe.runIf(browserAvailable())("a team reply reaching the visitor, in Chromium", () => {
  let stack: Stack;
  let browser: Browser;
  let visitorTab: Page;
  /** The handoff's signed reply address, once the notification email has given it. */
  let replyAddressOfHandoff = "";
  const emlFiles: string[] = [];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      startStack({
        vars: { REPLY_DOMAIN },
        log: (line) => {
          const path = /Email: (\S+\.eml)/.exec(line)?.[1];
          if (path) emlFiles.push(path);
        },
      }),
      launchChromium(),
    ]);
    // The demo site's team is also notified by email, at the address it answers from.
    const config = await (await adminFetch("/admin/api/sites/acme")).json();
    config.channels.push({ id: "team-inbox", type: "email", to: ["support@acme.example"] });
    const saved = await adminFetch("/admin/api/sites/acme", {
      method: "PUT",
      body: JSON.stringify(config),
    });
    expect(saved.status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  function adminFetch(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${stack.worker.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${stack.adminToken}`, "content-type": "application/json" },
    });
  }

  async function signedInDashboard(): Promise<Page> {
    const page = await browser.newPage({ locale: "en-US" });
    await signInWithAdminToken(page, stack.adminToken, `${stack.worker.url}/admin`);
    await page.waitForURL(/\/admin(\?|$)/);
    return page;
  }

  async function reply(dashboard: Page, text: string): Promise<number> {
    await dashboard.getByLabel("Reply to the visitor").fill(text);
    await dashboard.getByLabel("Your name (shown to the visitor)").fill("Maria");
    const sentAt = Date.now();
    await dashboard.getByRole("button", { name: "Send reply" }).click();
    return sentAt;
  }

  it("shows a reply typed on the dashboard in the open widget within 3 s, after a reload, and as unread in a new tab", async () => {
    // A context of its own: the new tab below shares its storage, as a visitor's browser would.
    const context = await browser.newContext({ locale: "en-US" });
    const visitor = await context.newPage();
    const errors = collectPageErrors(visitor);
    await visitor.goto(`${stack.worker.url}/demo`);
    await visitor.locator("clarifier-widget .launcher").click();
    const input = visitor.getByRole("textbox", { name: /Type your message/ });
    await input.fill("I'd like to talk to a human");
    await input.press("Enter");
    await visitor.getByLabel("Your email").fill("jane@example.com");
    await visitor.getByLabel("Your email").press("Enter");
    await visitor.getByText(/Someone from Acme will get back to you/).waitFor();

    const listed = await fetch(`${stack.worker.url}/admin/api/handoffs?site=acme`, {
      headers: { authorization: `Bearer ${stack.adminToken}` },
    });
    const [handoff] = ((await listed.json()) as { handoffs: { id: string }[] }).handoffs;
    const dashboard = await signedInDashboard();
    await dashboard.goto(`${stack.worker.url}/admin/handoffs/${handoff?.id}`);
    // The socket is open once the widget has read the thread after the handoff.
    await visitor.waitForTimeout(500);

    const sentAt = await reply(
      dashboard,
      "Hi Jane, your parcel left today. <b>Tracking</b> follows.",
    );
    const shown = visitor
      .locator("clarifier-widget .msg.team")
      .filter({ hasText: "Hi Jane, your parcel left today. <b>Tracking</b> follows." });
    await shown.waitFor({ timeout: 3_000 });
    expect(Date.now() - sentAt).toBeLessThan(3_000);
    expect(await shown.locator("b").first().textContent()).toBe("Maria");
    await dashboard.getByText("Reply sent.").waitFor();

    await visitor.reload();
    await visitor
      .locator("clarifier-widget .msg.team")
      .filter({ hasText: "your parcel left today" })
      .waitFor({ timeout: 10_000 });

    // Closed chat: the next reply arrives as an unread count on the launcher.
    await visitor.locator("clarifier-widget .launcher").click();
    await reply(dashboard, "One more thing: it needs a signature.");
    const launcher = visitor.locator("clarifier-widget .launcher");
    await expect.poll(() => launcher.getAttribute("data-unread"), { timeout: 3_000 }).toBe("1");
    expect(await launcher.getAttribute("aria-label")).toMatch(/\(1 unread\)$/);

    // Another tab of the same browser, later: the conversation, its replies, one unread.
    const again = await context.newPage();
    await again.goto(`${stack.worker.url}/demo`);
    const otherLauncher = again.locator("clarifier-widget .launcher");
    await otherLauncher.hover();
    await expect
      .poll(() => otherLauncher.getAttribute("data-unread"), { timeout: 10_000 })
      .toBe("1");
    await otherLauncher.click();
    await again.getByText("One more thing: it needs a signature.").waitFor();
    await again
      .locator("clarifier-widget .msg.visitor")
      .filter({ hasText: "I'd like to talk to a human" })
      .waitFor();
    visitorTab = again;
    expect(errors).toEqual([]);
  });

  it("emails each reply to the visitor, threaded under the one before", async () => {
    // The team's notification is an .eml too: wait for both replies to the visitor themselves
    // (the second waits for the first's Message-ID, later still on a loaded machine).
    const repliesToVisitor = async () =>
      (
        await Promise.all(
          emlFiles.map(async (file) => PostalMime.parse(await readFile(file, "utf8"))),
        )
      ).filter((e) => e.to?.[0]?.address === "jane@example.com" && e.subject?.startsWith("Re:"));
    await expect
      .poll(async () => (await repliesToVisitor()).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    const toVisitor = await repliesToVisitor();
    expect(toVisitor.map((e) => e.subject)).toEqual([
      "Re: your question to Acme",
      "Re: your question to Acme",
    ]);
    const first = toVisitor.find((e) => e.text?.includes("<b>Tracking</b>"));
    const second = toVisitor.find((e) => e.text?.includes("it needs a signature"));
    expect(first?.text).toContain("Maria (Acme) replied:");
    expect(first?.inReplyTo).toBeUndefined();
    expect(second?.inReplyTo).toBe(first?.messageId);
    expect(second?.references).toBe(first?.messageId);
  });

  it("turns the team's answer to the notification email into a reply in the visitor's open chat", async () => {
    const parsed = await Promise.all(
      emlFiles.map(async (file) => PostalMime.parse(await readFile(file, "utf8"))),
    );
    const notice = parsed.find((e) => e.to?.[0]?.address === "support@acme.example");
    const replyTo = notice?.replyTo?.map((a) => a.address) ?? [];
    // The visitor, as the contract has it, and the handoff's own signed address.
    expect(replyTo[0]).toBe("jane@example.com");
    const address = replyTo[1] ?? "";
    expect(address).toMatch(/^reply\+[0-9a-f-]{36}\.[0-9a-f]{16}@reply\.acme\.test$/);

    const raw = [
      "From: Maria Jensen <support@acme.example>",
      `To: ${address}`,
      "Subject: Re: Handoff from Acme",
      `Message-ID: <${crypto.randomUUID()}@acme.example>`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Good news: it was delivered this morning.",
      "",
      `On Sun, 6 Dec 2026 at 19:00, Clarifier <${notice?.from?.address}> wrote:`,
      "> A visitor on Acme asked for a person.",
      "",
    ].join("\r\n");
    const query = new URLSearchParams({ from: "support@acme.example", to: address });
    const handled = await fetch(`${stack.worker.url}/cdn-cgi/handler/email?${query}`, {
      method: "POST",
      body: raw,
    });
    const outcome = await handled.text();
    expect(handled.status, outcome).toBe(200);
    expect(outcome).toMatch(/success/i);
    const shown = visitorTab
      .locator("clarifier-widget .msg.team")
      .filter({ hasText: "Good news: it was delivered this morning." });
    await shown.waitFor({ timeout: 3_000 });
    expect(await shown.textContent()).not.toContain("asked for a person");
    replyAddressOfHandoff = address;
  });

  it("rejects, through wrangler's email endpoint, a reply Email Routing's verdict calls forged", async () => {
    // The header a real Email Routing delivery carries on top; wrangler dev adds none.
    const send = async (trace: string[], text: string) => {
      const raw = [
        ...trace,
        "From: Maria Jensen <support@acme.example>",
        `To: ${replyAddressOfHandoff}`,
        "Subject: Re: Handoff from Acme",
        `Message-ID: <${crypto.randomUUID()}@acme.example>`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        text,
        "",
      ].join("\r\n");
      const query = new URLSearchParams({
        from: "support@acme.example",
        to: replyAddressOfHandoff,
      });
      const res = await fetch(`${stack.worker.url}/cdn-cgi/handler/email?${query}`, {
        method: "POST",
        body: raw,
      });
      return { status: res.status, outcome: await res.text() };
    };
    const forged = await send(
      [
        "Authentication-Results: mx.cloudflare.net;",
        "\tspf=softfail smtp.mailfrom=support@acme.example;",
        "\tdmarc=fail header.from=acme.example policy.dmarc=reject",
        // The sender's own passing header, lower down: never believed.
        "Authentication-Results: mx.cloudflare.net; dmarc=pass header.from=acme.example",
      ],
      "Forged: pay the refund to this account.",
    );
    expect(forged.status, forged.outcome).not.toBe(200);
    expect(forged.outcome).toContain("DMARC failed for acme.example");
    // A genuine reply after it arrives live; the forged one, handled first, never did.
    const genuine = await send(
      [
        "Authentication-Results: mx.cloudflare.net; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example",
      ],
      "Genuine: the refund is on its way.",
    );
    expect(genuine.status, genuine.outcome).toBe(200);
    const team = visitorTab.locator("clarifier-widget .msg.team");
    await team.filter({ hasText: "Genuine: the refund" }).waitFor({ timeout: 3_000 });
    expect(await team.filter({ hasText: "Forged" }).count()).toBe(0);
  });
});
