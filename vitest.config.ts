import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));

export default defineConfig({
  test: {
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
          ],
        },
      },
      {
        plugins: [preact()],
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
                TEST_MIGRATIONS: migrations,
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
          // After every other project, not beside them: a browser, wrangler dev and a receiver
          // per file need the machine's two cores to themselves to keep their timings.
          sequence: { groupOrder: 1 },
          include: ["test/browser/**/*.test.ts"],
          // One wrangler dev for every file that can share it (joinSharedStack), not one each.
          globalSetup: ["test/browser/shared-stack.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
