import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  applyLocalMigrations,
  newWebhookSecret,
  seedDemoSite,
  startWorker,
  type Worker,
} from "../../scripts/local-stack.ts";
import { type Receiver, startReceiver } from "../../scripts/webhook-receiver.ts";

export interface Stack {
  worker: Worker;
  receiver: Receiver;
  adminToken: string;
  webhookSecret: string;
  /** The local state directory (D1, KV, queues) of this stack. */
  persistTo: string;
  stop(): Promise<void>;
}

/** The same stack `npm start` runs, on free ports with its own state directory. */
export async function startStack(
  options: { log?: (line: string) => void; vars?: Record<string, string> } = {},
): Promise<Stack> {
  const persistTo = await mkdtemp(path.join(tmpdir(), "clarifier-e2e-"));
  const adminToken = `e2e-${crypto.randomUUID()}`;
  const webhookSecret = newWebhookSecret();
  await applyLocalMigrations(persistTo);
  const receiver = await startReceiver();
  const worker = await startWorker({
    port: await freePort(),
    persistTo,
    adminToken,
    log: options.log,
    vars: options.vars,
  });
  await seedDemoSite(worker.url, adminToken, `${receiver.url}/hook`, webhookSecret);
  return {
    worker,
    receiver,
    adminToken,
    webhookSecret,
    persistTo,
    async stop() {
      await Promise.all([worker.stop(), receiver.close()]);
      await rm(persistTo, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
