import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// The same migrations `npm start` applies, read from migrations/ by vitest.config.ts.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
