import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../../shared/api.ts";
import { buildReplyMime } from "../../../worker/channels/reply-email.ts";
import { attemptDelivery } from "../../../worker/handoff/dispatch.ts";
import { acceptedHandoff, call, env, ORIGIN, putSite, uniqueSite } from "../helpers.ts";

const input = {
  siteName: "Acme <Outdoor>",
  visitorEmail: "jane@example.com",
  visitorMessage: "Where is my order?\nIt's late.",
  reply: { id: "r3", text: "It ships <b>today</b>.\nSorry!", author: "Maria" },
  thread: ["a1@mail.example", "a2@mail.example"],
  replyTo: "support@acme.example",
};

describe("a team reply by email", () => {
  it("threads under the earlier replies' emails: In-Reply-To the last, References all", async () => {
    const raw = buildReplyMime(input, "handoffs@clarifier.example", new Date());
    const email = await PostalMime.parse(raw);
    expect(email.messageId).toBe("<reply-r3@clarifier.example>");
    expect(email.inReplyTo).toBe("<a2@mail.example>");
    expect(email.references).toBe("<a1@mail.example> <a2@mail.example>");
    expect(email.to?.map((a) => a.address)).toEqual(["jane@example.com"]);
    expect(email.replyTo?.map((a) => a.address)).toEqual(["support@acme.example"]);
    expect(email.from?.name).toBe("Acme <Outdoor>");
    expect(email.text).toContain(
      "Maria (Acme <Outdoor>) replied:\n\nIt ships <b>today</b>.\nSorry!",
    );
    expect(email.text).toContain("> Where is my order?\n> It's late.");
    expect(email.html).toContain("It ships &lt;b&gt;today&lt;/b&gt;.");
    expect(email.html).not.toContain("<b>today");
  });

  it("starts a thread without In-Reply-To, and says how to answer when there is no team inbox", async () => {
    const raw = buildReplyMime(
      { ...input, thread: [], replyTo: null },
      "handoffs@clarifier.example",
      new Date(),
    );
    const email = await PostalMime.parse(raw);
    expect(email.inReplyTo).toBeUndefined();
    expect(raw).not.toMatch(/^(In-Reply-To|References|Reply-To):/m);
    expect(email.text).toContain("To answer, write in the chat on the site.");
  });

  it("speaks the visitor's language: the words around the reply, the subject and the page's lang", async () => {
    const raw = buildReplyMime(
      { ...input, language: "da", replyTo: null },
      "handoffs@clarifier.example",
      new Date(),
    );
    const email = await PostalMime.parse(raw);
    expect(email.subject).toBe("Svar på dit spørgsmål til Acme <Outdoor>");
    expect(email.text).toContain("Maria (Acme <Outdoor>) har svaret:\n\nIt ships <b>today</b>.");
    expect(email.text).toContain("Du skrev:\n> Where is my order?");
    expect(email.text).toContain("Skriv i chatten på siden for at svare.");
    expect(email.text).not.toMatch(/You wrote|replied:|To answer/);
    expect(email.html).toContain('<html lang="da">');
    expect(email.html).toContain("har svaret:");

    const french = await PostalMime.parse(
      buildReplyMime({ ...input, language: "fr" }, "handoffs@clarifier.example", new Date()),
    );
    // A header folds every space to a plain one.
    expect(french.subject).toBe("Acme <Outdoor> : réponse à votre question");
    expect(french.text).toContain("Vous avez écrit\u00A0:");
    expect(french.text).toContain(
      "Répondez à cet e-mail ou écrivez dans la discussion sur le site.",
    );
  });

  it("a reply to a visitor who wrote in Spanish goes out in Spanish", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const message = "Quiero hablar con una persona, por favor";
    const chat = await call("/v1/chat", {
      method: "POST",
      json: { site, message },
      headers: { origin: ORIGIN },
    });
    const { conversationId } = (await chat.json()) as ChatResponse;
    const { handoffId } = await acceptedHandoff(site, {
      conversationId,
      message,
      email: "ana@example.es",
    });
    const { postReply } = await import("../../../worker/handoff/reply.ts");
    const { getHandoff } = await import("../../../worker/handoff/store.ts");
    const stored = await getHandoff(env.DB, handoffId);
    if (!stored) throw new Error("no handoff");
    const offline = {
      ...env,
      DELIVERIES: { sendBatch: async () => Promise.reject(new Error("queue down")) },
      DATABASE: "DB",
    } as unknown as Env & { DATABASE: string };
    const reply = await postReply(
      offline,
      stored,
      { text: "Hola Ana", author: null, via: "api" },
      async () => undefined,
    );
    const delivery = await env.DB.prepare(
      "SELECT id FROM deliveries WHERE kind = 'reply' AND subject_id = ?",
    )
      .bind(reply.id)
      .first<{ id: string }>();
    const sent: string[] = [];
    const recording = {
      ...env,
      EMAIL: {
        // workerd's EmailMessage keeps the message under this one key.
        send: async (m: Record<string, unknown>) => {
          const raw = m["EmailMessage::raw"];
          sent.push(typeof raw === "string" ? raw : await new Response(raw as BodyInit).text());
          return { messageId: "<m1@mail.example>" };
        },
      },
    } as unknown as Env;
    await attemptDelivery(recording, delivery?.id ?? "");
    expect(sent).toHaveLength(1);
    const email = await PostalMime.parse(sent[0] ?? "");
    expect(email.text).toContain("ha respondido:\n\nHola Ana");
    expect(email.text).toContain("Tu mensaje:\n> Quiero hablar con una persona, por favor");
  });

  it("keeps a reply whose email fails, shows the error, and retries it", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const chat = await call("/v1/chat", {
      method: "POST",
      json: { site, message: "talk to a human" },
      headers: { origin: ORIGIN },
    });
    const { conversationId } = (await chat.json()) as ChatResponse;
    const { handoffId } = await acceptedHandoff(site, {
      conversationId,
      email: "jane@example.com",
    });
    // A queue that never delivers and a mail service that refuses: the reply must survive both.
    const offline = {
      ...env,
      DELIVERIES: { sendBatch: async () => Promise.reject(new Error("queue down")) },
      DATABASE: "DB",
    } as unknown as Env & { DATABASE: string };
    const { postReply } = await import("../../../worker/handoff/reply.ts");
    const { getHandoff } = await import("../../../worker/handoff/store.ts");
    const stored = await getHandoff(env.DB, handoffId);
    if (!stored) throw new Error("no handoff");
    const reply = await postReply(
      offline,
      stored,
      { text: "Hello", author: null, via: "api" },
      async () => undefined,
    );
    const delivery = await env.DB.prepare(
      "SELECT id, status FROM deliveries WHERE kind = 'reply' AND subject_id = ?",
    )
      .bind(reply.id)
      .first<{ id: string; status: string }>();
    expect(delivery?.status).toBe("pending");

    const refusing = {
      ...env,
      EMAIL: { send: async () => Promise.reject(new Error("destination address not verified")) },
    } as unknown as Env;
    const outcome = await attemptDelivery(refusing, delivery?.id ?? "");
    expect(outcome.retryInSeconds).toBeGreaterThan(0);
    const res = await call(`/admin/api/handoffs?site=${site}`, { admin: true });
    const body = (await res.json()) as {
      handoffs: { replies: { text: string; email: Record<string, unknown> }[] }[];
    };
    expect(body.handoffs[0]?.replies[0]).toMatchObject({
      text: "Hello",
      email: {
        status: "pending",
        attempts: 1,
        lastError:
          "email not sent: destination address not verified: Cloudflare may not send to this address from this worker.",
      },
    });
  });
});
