import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// The same migrations `npm start` applies, read from migrations/ by vitest.config.ts.
// Every database sites may be sharded to has the same schema.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.DB_2, env.TEST_MIGRATIONS);
