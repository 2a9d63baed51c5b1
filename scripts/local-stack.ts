/**
 * Runs Clarifier locally: `wrangler dev` with local KV, D1 and Queues, migrations applied, and
 * the demo site seeded through the real admin API. `npm start` and the browser tests share it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { MIN_ADMIN_TOKEN_LENGTH } from "../shared/limits.ts";
import { readMarkdownFolder } from "./kb-documents.ts";
import { type Receiver, startReceiver } from "./webhook-receiver.ts";

export const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "node_modules", ".bin");

/** Environment for child tools: our Node 24 first on PATH, no telemetry. */
export function toolEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ""}`,
    WRANGLER_SEND_METRICS: "false",
    ...extra,
  };
}

/** Runs a command to completion, failing with its output when it fails. */
export function run(
  command: string,
  args: string[],
  options: { quiet?: boolean } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: toolEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d;
      if (!options.quiet) process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${output}`)),
    );
  });
}

/**
 * `.dev.vars` with a fresh ADMIN_TOKEN unless one long enough for the worker exists (an older
 * checkout's short one is replaced); returns the token in force.
 */
export async function ensureDevVars(): Promise<string> {
  const file = path.join(ROOT, ".dev.vars");
  const existing = existsSync(file) ? await readFile(file, "utf8") : "";
  const given = process.env.ADMIN_TOKEN || /^ADMIN_TOKEN=(.+)$/m.exec(existing)?.[1]?.trim();
  if (given && process.env.ADMIN_TOKEN && given.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new Error(
      `ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters; unset it to have one generated.`,
    );
  }
  const token = given && given.length >= MIN_ADMIN_TOKEN_LENGTH ? given : undefined;
  if (token && /^ENVIRONMENT=/m.test(existing) && existing.includes(`ADMIN_TOKEN=${token}`))
    return token;
  const fresh = token || randomBytes(24).toString("base64url");
  const lines = existing.split("\n").filter((l) => l && !/^(ADMIN_TOKEN|ENVIRONMENT)=/.test(l));
  await writeFile(
    file,
    [...lines, `ADMIN_TOKEN=${fresh}`, "ENVIRONMENT=development", ""].join("\n"),
    { mode: 0o600 },
  );
  return fresh;
}

/** Every D1 binding wrangler.toml declares: sites are sharded over them, all on one schema. */
export const DATABASE_BINDINGS = ["DB", "DB_2"] as const;

export async function applyLocalMigrations(persistTo?: string): Promise<void> {
  for (const database of DATABASE_BINDINGS) {
    const args = ["d1", "migrations", "apply", database, "--local"];
    if (persistTo) args.push("--persist-to", persistTo);
    await run(path.join(BIN, "wrangler"), args, { quiet: true });
  }
}

export interface Worker {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
  /** Kills `wrangler dev` (with `crashable`, its workerd too: its process group) with SIGKILL. */
  kill(): Promise<void>;
}

/** Starts `wrangler dev` and resolves once it answers HTTP. */
export async function startWorker(options: {
  port: number;
  persistTo?: string;
  adminToken: string;
  log?: (line: string) => void;
  /** Extra `--var NAME:value` settings, e.g. a short retry base for load tests. */
  vars?: Record<string, string>;
  /** Serve `/__scheduled`, so a run can fire the cron handler (the sweep) when it wants. */
  testScheduled?: boolean;
  /**
   * In its own process group, so `kill` takes workerd down with it. Off by default: a detached
   * worker does not get the terminal's Ctrl-C with `npm start`.
   */
  crashable?: boolean;
}): Promise<Worker> {
  const url = `http://127.0.0.1:${options.port}`;
  const vars = {
    ADMIN_TOKEN: options.adminToken,
    ENVIRONMENT: "development",
    PUBLIC_URL: url,
    ...options.vars,
  };
  const args = [
    "dev",
    "--port",
    String(options.port),
    "--ip",
    "127.0.0.1",
    "--show-interactive-dev-session=false",
  ];
  for (const [name, value] of Object.entries(vars)) args.push("--var", `${name}:${value}`);
  if (options.persistTo) args.push("--persist-to", options.persistTo);
  if (options.testScheduled) args.push("--test-scheduled");
  const child = spawn(path.join(BIN, "wrangler"), args, {
    cwd: ROOT,
    env: toolEnv({ CI: "true" }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: options.crashable === true,
  });
  let output = "";
  const onData = (d: Buffer) => {
    output += d;
    for (const line of String(d).split("\n")) if (line.trim()) options.log?.(line);
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  const kill = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once("exit", () => resolve());
      try {
        if (options.crashable) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/v1/sites/-/config`);
      if (res.status === 404) return { url, process: child, stop, kill };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer within 60 s:\n${output}`);
}

/**
 * Seeds the demo site "acme" and its knowledge base through the admin API; `site` seeds the same
 * site under another id (the browser tests' own copies of it).
 */
export async function seedDemoSite(
  workerUrl: string,
  adminToken: string,
  webhookUrl: string,
  webhookSecret: string,
  site = "acme",
): Promise<void> {
  const config = JSON.parse(await readFile(path.join(ROOT, "demo", "site.json"), "utf8"));
  config.channels = [
    { id: "demo-webhook", type: "webhook", url: webhookUrl, secret: webhookSecret },
  ];
  await adminPut(`${workerUrl}/admin/api/sites/${site}`, adminToken, config);
  const documents = await readMarkdownFolder(
    path.join(ROOT, "demo", "kb"),
    "https://acme.example/help",
  );
  await adminPut(`${workerUrl}/admin/api/sites/${site}/kb`, adminToken, { documents });
}

async function adminPut(url: string, token: string, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`PUT ${url} → ${res.status} ${await res.text()}`);
}

/**
 * The `cf-connecting-ip` of the nth simulated visitor in a load run: an address of the
 * benchmarking range 198.18.0.0/15, only ever a header value, so each visitor has its own
 * rate-limit budget.
 */
export function visitorAddress(n: number): string {
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
}

/** A fresh `whsec_` secret. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** Runs SQL against the local D1 database of a `--persist-to` directory (safe beside wrangler dev). */
export async function queryLocalD1(
  persistTo: string,
  sql: string,
): Promise<Record<string, number | string | null>[]> {
  const out = await run(
    path.join(BIN, "wrangler"),
    ["d1", "execute", "DB", "--local", "--persist-to", persistTo, "--json", "--command", sql],
    { quiet: true },
  );
  const parsed = JSON.parse(out.slice(out.indexOf("["))) as {
    results: Record<string, number | string | null>[];
  }[];
  return parsed[0]?.results ?? [];
}

export interface Stack {
  /** The running worker; `restartWorker` replaces it. */
  worker: Worker;
  receiver: Receiver;
  adminToken: string;
  webhookSecret: string;
  /** The local state directory (D1, KV, queues) of this stack. */
  persistTo: string;
  /**
   * Crashes the worker (SIGKILL, mid-request and mid-delivery) and starts it again on the same
   * port and state; resolves once it answers, with how long it was down.
   */
  restartWorker(): Promise<{ downMs: number }>;
  stop(): Promise<void>;
}

/** The same stack `npm start` runs, on free ports with its own state directory. */
export async function startStack(
  options: {
    log?: (line: string) => void;
    vars?: Record<string, string>;
    /** Fire the cron handler through `/__scheduled`, and allow `restartWorker`. */
    restartable?: boolean;
  } = {},
): Promise<Stack> {
  const persistTo = await mkdtemp(path.join(tmpdir(), "clarifier-e2e-"));
  const adminToken = `e2e-${crypto.randomUUID()}`;
  const webhookSecret = newWebhookSecret();
  await applyLocalMigrations(persistTo);
  const receiver = await startReceiver();
  const workerOptions = {
    port: await freePort(),
    persistTo,
    adminToken,
    log: options.log,
    vars: options.vars,
    testScheduled: options.restartable,
    crashable: options.restartable,
  };
  const worker = await startWorker(workerOptions);
  await seedDemoSite(worker.url, adminToken, `${receiver.url}/hook`, webhookSecret);
  const stack: Stack = {
    worker,
    receiver,
    adminToken,
    webhookSecret,
    persistTo,
    async restartWorker() {
      const down = Date.now();
      await stack.worker.kill();
      stack.worker = await startWorker(workerOptions);
      return { downMs: Date.now() - down };
    },
    async stop() {
      await Promise.all([stack.worker.stop(), receiver.close()]);
      await rm(persistTo, { recursive: true, force: true });
    },
  };
  return stack;
}

/** A port on 127.0.0.1 free at the moment of asking (the OS picks it). */
export function freePort(): Promise<number> {
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
