import { describe, expect, it } from "vitest";
import apiDoc from "../../docs/api.md?raw";
import { createApp } from "../../worker/app.ts";

/** The route table of docs/api.md: `| \`METHOD\` | \`/path/{param}\` | … |` rows. */
function documentedRoutes(): string[] {
  const rows = [...apiDoc.matchAll(/^\| `([A-Z]+)` \| `([^`]+)` \|/gm)];
  return rows.map(([, method, path]) => `${method} ${path?.replace(/\{(\w+)\}/g, ":$1")}`);
}

/** The worker's public and admin API routes, as Hono lists them (middleware left out). */
function servedRoutes(): string[] {
  return createApp()
    .routes.filter((r) => r.method !== "ALL" && /^\/(v1|admin\/api)\//.test(r.path))
    .map((r) => `${r.method} ${r.path}`);
}

describe("docs/api.md", () => {
  it("lists every public and admin API route the worker serves, and no route it doesn't", () => {
    const documented = documentedRoutes();
    expect(documented.length).toBeGreaterThan(5);
    expect([...new Set(servedRoutes())].sort()).toEqual([...new Set(documented)].sort());
  });
});
