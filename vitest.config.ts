import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";
import { classicJsx } from "./widget/classic-jsx.ts";

const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));

export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one file at a time; these files mostly wait on
    // workerd, D1 and loopback sockets, not the CPU, so three at once halves the node, widget and
    // worker projects' time (179 s → 93 s here). The browser project sets its own.
    maxWorkers: 3,
    projects: [
      {
        test: {
          // Pure code and the CLIs, in Node: shared/, scripts/, and worker modules whose tests
          // read fixtures from disk (named *.node.test.ts).
          name: "node",
          environment: "node",
          include: [
            "test/shared/**/*.test.ts",
            "test/scripts/**/*.test.ts",
            "test/worker/**/*.node.test.ts",
            // README.md and docs/*.md: their links resolve.
            "test/docs/**/*.test.ts",
          ],
        },
      },
      {
        plugins: [preact(), classicJsx()],
        test: {
          name: "widget",
          environment: "happy-dom",
          include: ["test/widget/**/*.test.{ts,tsx}"],
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ADMIN_TOKEN: "test-admin-token-0123456789abcdef-long",
                LLM_API_KEY: "test-llm-key",
                ENVIRONMENT: "development",
                // The worker's tests read D1 right after a chat: the question log is written at
                // once here. test/worker/question-log.test.ts runs the queued path, as deployed.
                QUESTION_LOG_MODE: "direct",
                TEST_MIGRATIONS: migrations,
              },
              // A database with no migrations applied, beside DB and DB_2 (its name is no
              // site's: the worker's jobs skip it): figure-counts-migration.test.ts applies them
              // in two steps to check a migration's backfill against the rows before it.
              d1Databases: { MIGRATION_CHECK: "migration-check" },
              email: {
                send_email: [
                  { name: "EMAIL" },
                  // As a deployed binding that may send only to the addresses verified in
                  // Email Routing: the local one refuses any other for real
                  // (test/worker/handoff/email-refused.test.ts).
                  { name: "EMAIL_VERIFIED_ONLY", allowed_destination_addresses: ["team@acme.example"] },
                ],
              },
            },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          exclude: ["test/worker/**/*.node.test.ts"],
          setupFiles: ["test/worker/apply-migrations.ts"],
          globalSetup: ["test/worker/receiver-setup.ts"],
        },
      },
      {
        test: {
          name: "browser",
          environment: "node",
          // After every other project, not beside them: browsers and wrangler dev need the
          // machine's two cores to themselves.
          sequence: { groupOrder: 1 },
          include: ["test/browser/**/*.test.ts"],
          // One wrangler dev for every file that can share it (joinSharedStack), not one each.
          globalSetup: ["test/browser/shared-stack.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Two files at a time: each has its own sites and receiver on the shared stack, and the
          // longest (dashboard-flow, delivery-retries) mostly wait on the queue's retry schedule.
          fileParallelism: true,
          maxWorkers: 2,
          // Two browsers on a loaded 2-core machine: "until the page shows it" gets 5 s, not 1 s.
          // Polls that assert a time bound (a reply within 3 s) keep their own timeout.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
