/**
 * A small HTTP receiver on 127.0.0.1 that records every request it gets. `npm start` runs one as
 * the demo site's webhook and prints each delivery; tests run one to see exactly what a channel
 * received, and tell it to fail, hang or drop the connection to exercise retries.
 *
 * Control endpoints (for tests running inside workerd, which cannot reach this object):
 *   GET  /__requests        → the recorded requests as JSON
 *   POST /__mode?mode=ok|fail|hang|close|flaky[&path=/hook/x]   (a path's own mode, or the default;
 *                           flaky fails every other request; slow answers 200 after 7 s (within the contract's 10 s);
 *                           openai answers as an OpenAI-compatible chat-completions endpoint;
 *                           openai-huge as one whose answer comes in a 1 MB response;
 *                           slack as Slack's Web API: ok, a channel, a new ts, a user's name;
 *                           slack-slow as slack, answered after 0.3 s (a busy Slack: posts in flight
 *                           at once are given their ts in whatever order Slack gets to them);
 *                           slack-down as Slack's Web API during an outage: 200 {ok:false, error:"service_unavailable"};
 *                           slack-no-ts as Slack taking a post but answering only {ok:true} (no channel, no ts);
 *                           stall-body answers 200 and half a body, then never the rest;
 *                           cut-body answers 200 and half a body, then drops the connection;
 *                           gone answers 410, not-found 404;
 *                           slack-no-service and slack-archived as a Slack incoming webhook that
 *                           was removed (404 "no_service") or whose channel was archived (410
 *                           "channel_is_archived"), Slack's plain-text error strings)
 *   POST /__reset           → forget recorded requests, every mode back to ok
 *   ANY  /__redirect?to=URL → 307 to URL, to check that clients don't follow it
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  receivedAt: string;
  /** The status this receiver answered with; null while hanging or when it dropped the connection. */
  status: number | null;
}

export type ReceiverMode =
  | "ok"
  | "fail"
  | "hang"
  | "close"
  | "flaky"
  | "slow"
  | "openai"
  | "openai-huge"
  | "slack"
  | "slack-slow"
  | "slack-down"
  | "slack-no-ts"
  | "stall-body"
  | "cut-body"
  | "gone"
  | "not-found"
  | "slack-no-service"
  | "slack-archived";

export interface Receiver {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** How to answer requests to `path` (or to every path without a mode of its own). */
  setMode(mode: ReceiverMode, path?: string): void;
  close(): Promise<void>;
}

/** What the receiver answers in `openai` mode, as the model's reply. */
export const OPENAI_REPLY =
  "Model answer: unused items can be returned within 30 days for a full refund [1].";

/**
 * Slack users the "slack" mode's users.info knows by id; anyone else is "Maria Jensen". A
 * Slack name is whatever its user typed (a guest's or a Slack Connect partner's too).
 */
export const SLACK_USER_NAMES: Record<string, string> = {
  U0ODD: `Mallory\u202e the\nboss${" and more".repeat(20)}`,
};

/**
 * The user users.info was asked about, read as Slack reads a read method's arguments: from the
 * query string or a form-encoded body. Slack takes JSON bodies only for most write methods
 * (docs.slack.dev/apis/web-api), so a JSON body names no user.
 */
function slackUserAsked(url: URL, contentType: string, body: string): string | null {
  const fromQuery = url.searchParams.get("user");
  if (fromQuery) return fromQuery;
  if (!contentType.startsWith("application/x-www-form-urlencoded")) return null;
  return new URLSearchParams(body).get("user");
}

export async function startReceiver(
  options: { port?: number; onRequest?: (r: RecordedRequest) => void } = {},
): Promise<Receiver> {
  const requests: RecordedRequest[] = [];
  let defaultMode: ReceiverMode = "ok";
  const modes = new Map<string, ReceiverMode>();
  const hanging = new Set<ServerResponse>();
  let flakyCount = 0;
  let slackCount = 0;

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__requests") return sendJson(res, 200, requests);
    if (url.pathname === "/__reset") {
      requests.length = 0;
      defaultMode = "ok";
      modes.clear();
      return sendJson(res, 200, { ok: true });
    }
    if (url.pathname === "/__redirect") {
      res.writeHead(307, { location: url.searchParams.get("to") ?? "/" });
      return res.end();
    }
    if (url.pathname === "/__mode") {
      const mode = (url.searchParams.get("mode") as ReceiverMode | null) ?? "ok";
      const path = url.searchParams.get("path");
      if (path) modes.set(path, mode);
      else defaultMode = mode;
      return sendJson(res, 200, { mode, path });
    }
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.join(", ") : (v ?? ""),
        ]),
      ),
      body,
      receivedAt: new Date().toISOString(),
      status: null,
    };
    const answer = (status: number, value: unknown) => {
      recorded.status = status;
      sendJson(res, status, value);
    };
    // Slack's Web API, as far as Clarifier uses it: chat.postMessage and users.info.
    const answerAsSlack = () => {
      slackCount += 1;
      if (url.pathname.endsWith("/users.info")) {
        const user = slackUserAsked(url, req.headers["content-type"] ?? "", body);
        if (!user) return answer(200, { ok: false, error: "user_not_found" });
        return answer(200, {
          ok: true,
          user: { id: user, real_name: SLACK_USER_NAMES[user] ?? "Maria Jensen" },
        });
      }
      return answer(200, {
        ok: true,
        channel: "C0TEAM",
        ts: `1700000000.${String(slackCount).padStart(6, "0")}`,
      });
    };
    requests.push(recorded);
    options.onRequest?.(recorded);
    const mode = modes.get(url.pathname) ?? defaultMode;
    switch (mode) {
      case "ok":
        return answer(200, { received: true });
      case "fail":
        return answer(500, { error: "receiver told to fail" });
      case "hang":
        hanging.add(res);
        return;
      case "close":
        req.socket.destroy();
        return;
      case "openai-huge":
        // A well-formed completion padded to 1 MB: a model (or anything at its URL) that
        // answers far more than an answer's few hundred tokens.
        return answer(200, {
          id: "chatcmpl-test",
          object: "chat.completion",
          padding: "x".repeat(1024 * 1024),
          choices: [{ index: 0, message: { role: "assistant", content: OPENAI_REPLY } }],
        });
      case "openai":
        return answer(200, {
          id: "chatcmpl-test",
          object: "chat.completion",
          choices: [
            {
              index: 0,
              finish_reason: "stop",
              message: { role: "assistant", content: OPENAI_REPLY },
            },
          ],
        });
      case "slack-slow":
        setTimeout(() => answerAsSlack(), 300);
        return;
      case "slack":
        return answerAsSlack();
      case "slack-no-ts":
        return answer(200, { ok: true });
      case "slack-down":
        // Slack's Web API answers its own failures 200 with ok:false, a transient one too.
        return answer(200, { ok: false, error: "service_unavailable" });
      case "stall-body":
      case "cut-body":
        // The status and half the promised body, then silence (or a dropped connection): a
        // client that reads the body must not wait on it past its timeout.
        recorded.status = 200;
        res.writeHead(200, { "content-type": "application/json", "content-length": "64" });
        res.write('{"ok":true,"channel":"C0TEAM",');
        if (mode === "cut-body") setTimeout(() => req.socket.destroy(), 50);
        else hanging.add(res);
        return;
      case "gone":
        return answer(410, { error: "this endpoint is gone" });
      case "not-found":
        return answer(404, { error: "no such endpoint" });
      case "slack-no-service":
      case "slack-archived": {
        // Slack's incoming webhooks answer their refusals as a bare error string, not JSON.
        const [status, text] =
          mode === "slack-no-service" ? [404, "no_service"] : [410, "channel_is_archived"];
        recorded.status = status;
        res.writeHead(status, { "content-type": "text/plain" });
        res.end(text);
        return;
      }
      case "slow":
        setTimeout(() => answer(200, { received: true }), 7_000);
        return;
      case "flaky":
        flakyCount += 1;
        return flakyCount % 2 === 1
          ? answer(500, { error: "flaky receiver" })
          : answer(200, { received: true });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setMode(next, path) {
      if (path) modes.set(path, next);
      else defaultMode = next;
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}
