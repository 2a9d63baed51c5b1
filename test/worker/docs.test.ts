import { describe, expect, it } from "vitest";
import apiDoc from "../../docs/api.md?raw";
import type { ErrorCode } from "../../shared/api.ts";
import { createApp } from "../../worker/app.ts";
import { AppError } from "../../worker/errors.ts";

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

/** The error table of docs/api.md: `| \`code\` | status | when |` rows under "Error codes". */
function documentedErrors(): [string, number][] {
  const table = apiDoc.slice(apiDoc.indexOf("### Error codes"), apiDoc.indexOf("## Routes"));
  return [...table.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)].map(([, code, status]) => [
    code ?? "",
    Number(status),
  ]);
}

describe("docs/api.md's error codes", () => {
  it("each documented code answers with the status the table gives it", () => {
    const documented = documentedErrors();
    for (const [code, status] of documented) {
      expect([code, new AppError(code as ErrorCode, "x").status]).toEqual([code, status]);
    }
  });

  it("lists every code the worker answers with, each once", () => {
    // Every ErrorCode, spelled out so that a code added to shared/api.ts fails the type check
    // here until it is added to the table too.
    const every: Record<ErrorCode, true> = {
      bad_request: true,
      invalid_json: true,
      unsupported_media_type: true,
      payload_too_large: true,
      message_too_long: true,
      invalid_email: true,
      email_required: true,
      unauthorized: true,
      origin_not_allowed: true,
      forbidden: true,
      handoff_not_justified: true,
      conversation_full: true,
      site_not_found: true,
      conversation_not_found: true,
      handoff_not_found: true,
      suggestion_not_found: true,
      answer_not_found: true,
      document_not_found: true,
      not_found: true,
      method_not_allowed: true,
      precondition_failed: true,
      rate_limited: true,
      site_config_invalid: true,
      admin_not_configured: true,
      internal_error: true,
    };
    const codes = documentedErrors().map(([code]) => code);
    expect(codes.length).toBe(new Set(codes).size);
    expect([...codes].sort()).toEqual(Object.keys(every).sort());
  });
});
