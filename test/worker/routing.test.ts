import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../shared/api.ts";
import { allowedMethods } from "../../worker/http/methods.ts";
import { call } from "./helpers.ts";

describe("routing errors", () => {
  it("answers 405 with an allow header to a known path asked with the wrong method", async () => {
    const res = await call("/v1/chat");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("method_not_allowed");
    expect(body.error.message).toContain("POST");

    const config = await call("/v1/sites/acme/config", { method: "DELETE" });
    expect(config.status).toBe(405);
    expect(config.headers.get("allow")).toBe("GET, HEAD");
  });

  it("keeps 404 for a path nothing serves, and admin paths behind the token whatever the method", async () => {
    const res = await call("/v1/nowhere", { method: "POST" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe("not_found");
    // Without the token, even the route table is not an admin path's to tell.
    expect((await call("/admin/api/sites/acme/kb", { method: "GET" })).status).toBe(401);
  });

  it("answers a trailing slash with a 404 that names the path without it, never a 405 naming the method it was asked with", async () => {
    for (const [method, path, canonical] of [
      ["POST", "/v1/chat/", "/v1/chat"],
      ["POST", "/v1/handoff/", "/v1/handoff"],
      ["GET", "/v1/sites/acme/config/", "/v1/sites/acme/config"],
    ] as const) {
      const res = await call(path, { method, headers: { origin: "https://shop.example" } });
      expect(res.status).toBe(404);
      expect(res.headers.get("allow")).toBeNull();
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe("not_found");
      expect(body.error.message).toBe(
        `Nothing is at ${method} ${path}. Did you mean ${canonical}, without the trailing slash?`,
      );
    }
    expect(allowedMethods([{ method: "POST", path: "/v1/chat" }], "/v1/chat/")).toEqual([]);
  });

  it("reads parameters as one path segment each", () => {
    const routes = [
      { method: "ALL", path: "/admin/api/*" },
      { method: "PUT", path: "/admin/api/sites/:site/kb" },
      { method: "GET", path: "/admin/api/sites/:site" },
      { method: "PUT", path: "/admin/api/sites/:site" },
    ];
    expect(allowedMethods(routes, "/admin/api/sites/acme/kb")).toEqual(["PUT"]);
    expect(allowedMethods(routes, "/admin/api/sites/acme")).toEqual(["GET", "HEAD", "PUT"]);
    expect(allowedMethods(routes, "/admin/api/sites/acme/other/kb")).toEqual([]);
    expect(allowedMethods(routes, "/admin/api/anything")).toEqual([]);
  });
});
