/**
 * Stand-ins for the worker's bindings that count what a request costs: KV reads and writes, D1
 * statements and rows, queue messages, rate-limit checks and outgoing fetches. D1 is SQLite in
 * this process (node:sqlite) with the real migrations, so the worker's own SQL runs unchanged.
 * The CPU the stand-ins spend is tallied apart, so that it can be taken out of the worker's.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DatabaseSync, type SQLInputValue } from "node:sqlite";

/** What one request (or one queue message) used, counted by the stand-ins. */
export interface Usage {
  kvReads: number;
  kvWrites: number;
  d1Reads: number;
  d1Writes: number;
  d1RowsRead: number;
  d1RowsWritten: number;
  /** Round trips to D1: a batch is one, whatever it holds. */
  d1RoundTrips: number;
  /** Messages sent to the deliveries queue. */
  queueMessages: number;
  /** Messages sent to the question-log queue (its consumer's D1 work is counted apart). */
  logQueueMessages: number;
  rateLimitChecks: number;
  fetches: number;
  emails: number;
  /** CPU microseconds spent inside the stand-ins (SQLite, maps), not by the worker's code. */
  standInCpuMicros: number;
  /**
   * Of those, the microseconds SQLite spent running the D1 statements: a stand-in for the time
   * the one D1 database is busy with them (it runs one query at a time).
   */
  d1Micros: number;
}

export function emptyUsage(): Usage {
  return {
    kvReads: 0,
    kvWrites: 0,
    d1Reads: 0,
    d1Writes: 0,
    d1RowsRead: 0,
    d1RowsWritten: 0,
    d1RoundTrips: 0,
    queueMessages: 0,
    logQueueMessages: 0,
    rateLimitChecks: 0,
    fetches: 0,
    emails: 0,
    standInCpuMicros: 0,
    d1Micros: 0,
  };
}

/** Bindings that count into `usage` (replace its fields to start a new count). */
export function countingEnv(root: string, usage: { current: Usage }) {
  // Nested calls (a D1 batch runs its statements through `execute`) count once, in the outermost.
  let depth = 0;
  const cpu = <T>(work: () => T): T => {
    if (depth > 0) return work();
    depth += 1;
    const start = process.cpuUsage();
    try {
      return work();
    } finally {
      depth -= 1;
      const spent = process.cpuUsage(start);
      usage.current.standInCpuMicros += spent.user + spent.system;
      usage.current.d1Micros += spent.user + spent.system;
    }
  };

  const kvStore = new Map<string, string | ArrayBuffer>();
  const SITES = {
    async get(key: string, type: "text" | "arrayBuffer" | "json" = "text") {
      usage.current.kvReads += 1;
      const value = kvStore.get(key);
      if (value === undefined) return null;
      if (type === "arrayBuffer") return value;
      const text = typeof value === "string" ? value : new TextDecoder().decode(value);
      return type === "json" ? JSON.parse(text) : text;
    },
    async put(key: string, value: string | ArrayBuffer) {
      usage.current.kvWrites += 1;
      kvStore.set(key, value);
    },
    async delete(key: string) {
      usage.current.kvWrites += 1;
      kvStore.delete(key);
    },
    async list() {
      usage.current.kvReads += 1;
      return { keys: [...kvStore.keys()].map((name) => ({ name })), list_complete: true };
    },
  };

  const sqlite = new DatabaseSync(":memory:");
  const migrations = path.join(root, "migrations");
  for (const file of readdirSync(migrations).sort()) {
    sqlite.exec(readFileSync(path.join(migrations, file), "utf8"));
  }
  const execute = (sql: string, params: SQLInputValue[]) =>
    cpu(() => {
      const statement = sqlite.prepare(sql);
      if (/^\s*(SELECT|WITH)\b/i.test(sql)) {
        const rows = statement.all(...params) as Record<string, unknown>[];
        usage.current.d1Reads += 1;
        usage.current.d1RowsRead += rows.length;
        return { results: rows, success: true, meta: { changes: 0 } };
      }
      const result = statement.run(...params);
      usage.current.d1Writes += 1;
      usage.current.d1RowsWritten += Number(result.changes);
      return { results: [], success: true, meta: { changes: Number(result.changes) } };
    });
  class Statement {
    readonly sql: string;
    readonly params: SQLInputValue[];
    constructor(sql: string, params: SQLInputValue[] = []) {
      this.sql = sql;
      this.params = params;
    }
    bind(...params: unknown[]) {
      return new Statement(this.sql, params as SQLInputValue[]);
    }
    async first(column?: string) {
      usage.current.d1RoundTrips += 1;
      const row = execute(this.sql, this.params).results[0] ?? null;
      return column && row ? (row[column] ?? null) : row;
    }
    async all() {
      usage.current.d1RoundTrips += 1;
      return execute(this.sql, this.params);
    }
    async run() {
      usage.current.d1RoundTrips += 1;
      return execute(this.sql, this.params);
    }
  }
  const DB = {
    prepare: (sql: string) => new Statement(sql),
    async batch(statements: Statement[]) {
      usage.current.d1RoundTrips += 1;
      return cpu(() => {
        sqlite.exec("BEGIN");
        try {
          const results = statements.map((s) => execute(s.sql, s.params));
          sqlite.exec("COMMIT");
          return results;
        } catch (error) {
          sqlite.exec("ROLLBACK");
          throw error;
        }
      });
    },
  };

  const queued: { deliveryId: string }[] = [];
  const DELIVERIES = {
    async send(body: { deliveryId: string }) {
      usage.current.queueMessages += 1;
      queued.push(body);
    },
    async sendBatch(messages: { body: { deliveryId: string } }[]) {
      usage.current.queueMessages += messages.length;
      queued.push(...messages.map((m) => m.body));
    },
  };
  const logged: unknown[] = [];
  const QUESTION_LOG = {
    async send(body: unknown) {
      usage.current.logQueueMessages += 1;
      logged.push(body);
    },
    async sendBatch(messages: { body: unknown }[]) {
      usage.current.logQueueMessages += messages.length;
      logged.push(...messages.map((m) => m.body));
    },
  };
  const limit = {
    async limit() {
      usage.current.rateLimitChecks += 1;
      return { success: true };
    },
  };

  return {
    queued,
    /** The question-log queue's messages, for its consumer to be measured on. */
    logged,
    /** The database's size in bytes, as SQLite (and so D1) stores it. */
    databaseBytes: () =>
      Number((sqlite.prepare("PRAGMA page_count").get() as { page_count: number }).page_count) *
      Number((sqlite.prepare("PRAGMA page_size").get() as { page_size: number }).page_size),
    env: {
      SITES,
      DB,
      DELIVERIES,
      QUESTION_LOG,
      CHAT_VISITOR_LIMIT: limit,
      HANDOFF_VISITOR_LIMIT: limit,
      SITE_LIMIT: limit,
      SIGN_IN_LIMIT: limit,
      EMAIL: {
        async send() {
          usage.current.emails += 1;
        },
      },
      ENVIRONMENT: "production",
      PUBLIC_URL: "https://clarifier.example",
      EMAIL_FROM: "handoffs@clarifier.example",
      DELIVERY_RETRY_BASE_SECONDS: "30",
      // The key that signs answer ids: with it, answers go through the question-log queue, as
      // deployed (worker/conversations/question-log.ts).
      ADMIN_TOKEN: "bench-admin-token-0123456789abcdef-long",
    },
  };
}
