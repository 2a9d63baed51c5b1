/**
 * `npm start`: a working demo on 127.0.0.1 with no prompts and no network. Builds the widget,
 * applies local D1 migrations, runs a webhook receiver that prints each delivery, runs
 * `wrangler dev`, seeds the demo site "acme", and prints where to look.
 */
import {
  applyLocalMigrations,
  ensureDevVars,
  newWebhookSecret,
  run,
  ROOT,
  seedDemoSite,
  startWorker,
} from "./local-stack.ts";
import { emailFileOf, emailLine, startBanner } from "./start-output.ts";
import { startPortsProblem } from "./start-ports.ts";
import { startReceiver } from "./webhook-receiver.ts";
import path from "node:path";

const port = Number(process.env.PORT ?? 8787);
const receiverPort = Number(process.env.RECEIVER_PORT ?? port + 1);

const portProblem = await startPortsProblem(port, receiverPort);
if (portProblem) {
  console.error(portProblem);
  process.exit(1);
}

const token = await ensureDevVars();
console.log("Building the widget…");
await run(path.join(ROOT, "node_modules", ".bin", "vite"), [
  "build",
  "--config",
  "widget/vite.config.ts",
  "--logLevel",
  "warn",
]);
console.log("Applying local D1 migrations…");
await applyLocalMigrations();

const receiver = await startReceiver({
  port: receiverPort,
  onRequest: (r) => {
    console.log(
      `\n📨 Webhook delivery received (${r.headers["webhook-id"] ?? "no id"}):\n${r.body}\n`,
    );
  },
});
console.log("Starting the worker (wrangler dev)…");
// Only trouble and the emails written locally are worth the newcomer's attention; request logs
// and the offline Request.cf warning are not.
const worker = await startWorker({
  port,
  adminToken: token,
  log: (line) => {
    const file = emailFileOf(line);
    if (file) console.log(emailLine(file));
    else if (/\[wrangler:err|✘|ERROR/.test(line)) console.error(line);
  },
});
await seedDemoSite(worker.url, token, `${receiver.url}/hook`, newWebhookSecret());

console.log(startBanner({ worker: worker.url, receiver: receiver.url, token }));

// Ctrl+C reaches wrangler too (the whole process group gets SIGINT): its exit is then ours, not
// a crash worth reporting.
let stopping = false;
const shutdown = async () => {
  stopping = true;
  await Promise.all([worker.stop(), receiver.close()]);
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
worker.process.on("exit", (code) => {
  if (stopping) return;
  console.error(`wrangler dev exited (${code}).`);
  void receiver.close().then(() => process.exit(code ?? 1));
});
