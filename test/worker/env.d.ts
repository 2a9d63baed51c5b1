import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      EMAIL_VERIFIED_ONLY: SendEmail;
      MIGRATION_CHECK: D1Database;
    }
    // Types `exports.default` from "cloudflare:workers" as the worker's own entry point.
    interface GlobalProps {
      mainModule: typeof import("../../worker/index.ts");
    }
  }
}
