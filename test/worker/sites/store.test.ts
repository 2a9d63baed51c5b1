import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../shared/api.ts";
import type { InvalidSiteConfigBody } from "../../../worker/admin/sites.ts";
import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { call, env, ORIGIN, postHandoff, uniqueSite } from "../helpers.ts";

const SECRET = "whsec_c2VjcmV0LXRoYXQtbXVzdC1ub3QtbGVhaw==";

/** A config as an operator might leave it in KV: a threshold out of range, and a real secret. */
function brokenConfig(): string {
  return JSON.stringify({
    name: "Acme Internal Name",
    allowedOrigins: [ORIGIN],
    threshold: 7,
    channels: [{ id: "crm", type: "webhook", url: "https://crm.example/hook", secret: SECRET }],
  });
}

async function storeRaw(raw: string): Promise<string> {
  const site = uniqueSite();
  await env.SITES.put(siteKey(site), raw);
  return site;
}

describe("a stored config that fails validation", () => {
  it("is to visitors a site that does not exist: 404 with no word of its values or problem", async () => {
    for (const raw of [brokenConfig(), "{not json"]) {
      const site = await storeRaw(raw);
      const answers = [
        await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } }),
        await call("/v1/chat", {
          method: "POST",
          headers: { origin: ORIGIN },
          json: { site, message: "hello" },
        }),
        await postHandoff(site, { message: "human" }),
      ];
      for (const res of answers) {
        expect(res.status).toBe(404);
        const text = await res.text();
        expect((JSON.parse(text) as ErrorBody).error).toEqual({
          code: "site_not_found",
          message: `No site "${site}" is configured.`,
        });
        for (const leak of ["threshold", "Internal", "whsec_", "JSON", "invalid"])
          expect(text).not.toContain(leak);
      }
    }
  });

  it("is shown to the admin API with its raw value, secrets masked, and its problem", async () => {
    const site = await storeRaw(brokenConfig());
    const res = await call(`/admin/api/sites/${site}`, { admin: true });
    expect(res.status).toBe(409);
    const body = (await res.json()) as InvalidSiteConfigBody;
    expect(body.error.code).toBe("site_config_invalid");
    expect(body.problem).toMatch(/^threshold: /);
    expect(body.error.message).toContain(body.problem);
    const stored = JSON.parse(body.stored) as { threshold: number; channels: { secret: string }[] };
    expect(stored.threshold).toBe(7);
    expect(stored.channels[0]?.secret).toBe(`••••${SECRET.slice(-4)}`);
    expect(body.stored).not.toContain(SECRET);

    const notJson = await storeRaw(`{"channels": [{"secret": "${SECRET}"`);
    const raw = (await (
      await call(`/admin/api/sites/${notJson}`, { admin: true })
    ).json()) as InvalidSiteConfigBody;
    expect(raw.problem).toBe("it is not JSON");
    expect(raw.stored).toContain('{"channels": [{"secret": "••••');
    expect(raw.stored).not.toContain(SECRET);
  });

  it("can be deleted through the admin API, and replaced by a valid one", async () => {
    const site = await storeRaw(brokenConfig());
    const deleted = await call(`/admin/api/sites/${site}`, { method: "DELETE", admin: true });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ deleted: site });
    expect(await env.SITES.get(siteKey(site))).toBeNull();
    expect((await call(`/admin/api/sites/${site}`, { admin: true })).status).toBe(404);
    expect((await call(`/admin/api/sites/${site}`, { method: "DELETE", admin: true })).status).toBe(
      404,
    );

    const replaced = await storeRaw(brokenConfig());
    const put = await call(`/admin/api/sites/${replaced}`, {
      method: "PUT",
      admin: true,
      json: { name: "Acme", allowedOrigins: [ORIGIN] },
    });
    expect(put.status).toBe(200);
    expect(
      (await call(`/v1/sites/${replaced}/config`, { headers: { origin: ORIGIN } })).status,
    ).toBe(200);
  });
});
