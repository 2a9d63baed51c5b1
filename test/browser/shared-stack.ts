/**
 * One `wrangler dev` for every browser test file that can share it (#23): starting a stack
 * (migrations, wrangler dev, the demo site's knowledge base) costs 10-20 s of a 2-core machine,
 * once per file it was most of the browser suite's time.
 *
 * The browser project's `globalSetup` starts the stack once, in the background, and `provide`s
 * where it will say how to reach it. A test file calls `joinSharedStack()` in its `beforeAll`
 * (which waits for the stack) and gets its own state on it: its own copy of the demo site under
 * a fresh id (`stack.site`, so its handoffs, rate-limit budgets and counts are its own) whose
 * webhook channel goes to its own receiver in the file's process (so `stack.receiver.requests`
 * holds exactly its deliveries). The shared demo site "acme" is read by anyone and asserted on
 * by no one.
 *
 * A file that needs a differently configured worker (`vars` for wrangler, e.g. a scaled retry
 * schedule) or wrangler's own log (the .eml files of send_email) keeps `startStack()` of its own.
 */
import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import type { TestProject } from "vitest/node";
import {
  newWebhookSecret,
  queryLocalD1,
  seedDemoSite,
  startStack,
} from "../../scripts/local-stack.ts";
import { MAX_CONVERSATION_MESSAGES } from "../../shared/limits.ts";
import type { HandoffReason } from "../../shared/handoff.ts";
import { type Receiver, startReceiver } from "../../scripts/webhook-receiver.ts";

interface SharedStackInfo {
  /** Where the stack's URL and admin token appear, as JSON, once it is up (or its error). */
  stackFile: string;
}

type StackFile = { workerUrl: string; adminToken: string; persistTo: string } | { error: string };

declare module "vitest" {
  export interface ProvidedContext {
    sharedStack: SharedStackInfo;
  }
}

/**
 * The browser project's globalSetup: one stack for the whole run, stopped after it. Not awaited
 * here, so files with a stack of their own (and every file's Chromium) start meanwhile.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), "clarifier-e2e-shared-"));
  const stackFile = path.join(dir, "stack.json");
  const announce = async (content: StackFile) => {
    // Whole or not at all: a joining file polls for this file.
    await writeFile(`${stackFile}.tmp`, JSON.stringify(content));
    await rename(`${stackFile}.tmp`, stackFile);
  };
  const starting = startStack().then(
    async (stack) => {
      await announce({
        workerUrl: stack.worker.url,
        adminToken: stack.adminToken,
        persistTo: stack.persistTo,
      });
      return stack;
    },
    async (error: unknown) => {
      await announce({
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      return null;
    },
  );
  project.provide("sharedStack", { stackFile });
  return async () => {
    await (await starting)?.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

/** The shared stack's address, once the globalSetup has it up; its error if it failed. */
async function sharedStackReady(
  stackFile: string,
): Promise<{ workerUrl: string; adminToken: string; persistTo: string }> {
  const deadline = Date.now() + 110_000;
  while (Date.now() < deadline) {
    const text = await readFile(stackFile, "utf8").catch(() => null);
    if (text) {
      const content = JSON.parse(text) as StackFile;
      if ("error" in content) throw new Error(`The shared stack did not start:\n${content.error}`);
      return content;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("The shared stack did not start within 110 s.");
}

/** What a test file sees of the shared stack; shaped like `Stack` where the two overlap. */
export interface SharedStack {
  worker: { url: string };
  adminToken: string;
  /**
   * The stack's local state (D1, KV, queues), for `queryLocalD1`: a test may write rows straight
   * into D1 where reaching them through the API would take minutes (a conversation at its limit).
   * Only its own site's rows.
   */
  persistTo: string;
  /** This file's copy of the demo site ("Acme", its knowledge base and settings). */
  site: string;
  /** This file's own receiver; the copy's webhook channel posts to `${receiver.url}/hook`. */
  receiver: Receiver;
  /** The signing secret of that channel. */
  webhookSecret: string;
  /** Ends this file's part (its receiver); the stack itself outlives every file. */
  stop(): Promise<void>;
}

/** A PUT of `body` as JSON to the stack's admin API (`path` from `/admin/api`), with its token. */
export function adminPut(
  stack: Pick<SharedStack, "worker" | "adminToken">,
  path: string,
  body: unknown,
): Promise<Response> {
  return fetch(`${stack.worker.url}${path}`, {
    method: "PUT",
    headers: {
      authorization: `Bearer ${stack.adminToken}`,
      "content-type": "application/json",
    },
    body: JSON.stringify(body),
  });
}

/**
 * A visitor's message sent to the worker at `workerUrl` (`POST /v1/chat`, in a conversation of
 * its own unless given); anything but 200 throws with the body.
 */
export async function postChatTo(
  workerUrl: string,
  body: { site: string; message: string; conversationId?: string },
): Promise<void> {
  const res = await fetch(`${workerUrl}/v1/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ conversationId: crypto.randomUUID(), ...body }),
  });
  if (res.status !== 200) throw new Error(`POST /v1/chat: ${res.status} ${await res.text()}`);
  await res.body?.cancel();
}

/**
 * A visitor's handoff sent to the worker at `workerUrl` (`POST /v1/handoff`, in a conversation of
 * its own unless given): its id, once accepted; anything but 202 throws with the body.
 */
export async function postHandoffTo(
  workerUrl: string,
  body: {
    site: string;
    message: string;
    reason: HandoffReason;
    conversationId?: string;
    email?: string;
  },
): Promise<string> {
  const res = await fetch(`${workerUrl}/v1/handoff`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ conversationId: crypto.randomUUID(), ...body }),
  });
  if (res.status !== 202) throw new Error(`POST /v1/handoff: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { handoffId: string }).handoffId;
}

/**
 * Fills the conversation `conversationId` of `stack.site` to `MAX_CONVERSATION_MESSAGES`, written
 * straight into the stack's D1 (its row, unless chat wrote it, and as many visitor messages):
 * what a script at chat's 30 a minute would take minutes to reach. The next chat in it is the
 * worker's real 409 `conversation_full`.
 */
export async function fillConversation(
  stack: Pick<SharedStack, "persistTo" | "site">,
  conversationId: string,
): Promise<void> {
  if (!/^[\w-]+$/.test(conversationId)) throw new Error(`not an id: ${conversationId}`);
  const now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
  await queryLocalD1(
    stack.persistTo,
    `INSERT INTO conversations (id, site, created_at) VALUES ('${conversationId}', '${stack.site}', ${now})
       ON CONFLICT (id) DO NOTHING;
     INSERT INTO messages (id, conversation_id, role, text, created_at)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${MAX_CONVERSATION_MESSAGES})
       SELECT lower(hex(randomblob(16))), '${conversationId}', 'visitor', 'earlier message ' || i, ${now} FROM n;`,
  );
}

/** This file's place on the shared stack: a fresh copy of the demo site and a receiver. */
export async function joinSharedStack(): Promise<SharedStack> {
  const shared = inject("sharedStack");
  if (!shared) throw new Error("No shared stack: run browser tests through the browser project.");
  const { workerUrl, adminToken, persistTo } = await sharedStackReady(shared.stackFile);
  const site = `demo-${crypto.randomUUID().slice(0, 8)}`;
  const webhookSecret = newWebhookSecret();
  const receiver = await startReceiver();
  await seedDemoSite(workerUrl, adminToken, `${receiver.url}/hook`, webhookSecret, site);
  return {
    worker: { url: workerUrl },
    adminToken,
    persistTo,
    site,
    receiver,
    webhookSecret,
    stop: () => receiver.close(),
  };
}
