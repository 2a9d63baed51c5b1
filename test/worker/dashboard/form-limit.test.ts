import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { PublicSiteConfig } from "../../../shared/api.ts";
import { MAX_DASHBOARD_FORM_BYTES } from "../../../shared/limits.ts";
import { ADMIN_TOKEN, call, ORIGIN, putSite, testAddress, uniqueSite } from "../helpers.ts";
import { postForm, SELF, signIn } from "./helpers.ts";

/** A form body of `totalBytes`, made as it is read, counting how much the worker pulled. */
function countedFormStream(totalBytes: number) {
  const chunk = new TextEncoder().encode(`token=${"a".repeat(16 * 1024 - 6)}`);
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= totalBytes) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describe("dashboard form size", () => {
  it("refuses an oversized sign-in with a readable 413 before reading it all, whatever its length says", async () => {
    const body = countedFormStream(8 * 1024 * 1024);
    const res = await exports.default.fetch(
      new Request(`${SELF}/admin/login`, {
        method: "POST",
        headers: {
          origin: SELF,
          "content-type": "application/x-www-form-urlencoded",
          "cf-connecting-ip": testAddress(),
        },
        body: body.stream,
        redirect: "manual",
      }),
    );
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await res.text()).toContain("This form is larger than 64 KB");
    expect(body.pulled()).toBeLessThan(1024 * 1024);
  });

  it("refuses a sign-in whose declared length is over the limit, even with the right token", async () => {
    const token = new URLSearchParams({ token: ADMIN_TOKEN, next: "/admin" }).toString();
    const res = await call("/admin/login", {
      method: "POST",
      headers: {
        origin: SELF,
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(MAX_DASHBOARD_FORM_BYTES + 1),
      },
      body: `${token}&pad=${"x".repeat(MAX_DASHBOARD_FORM_BYTES - token.length - 4)}`,
      redirect: "manual",
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("refuses an oversized signed-in form and changes nothing, while one under the limit saves", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { keywords: { mode: "add", phrases: ["call me"] } });
    const tooBig = await postForm(`/admin/sites/${site}/keywords`, cookie, {
      mode: "replace",
      phrases: "x".repeat(MAX_DASHBOARD_FORM_BYTES),
    });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.text()).toContain("nothing was changed");
    const fits = await postForm(`/admin/sites/${site}/keywords`, cookie, {
      mode: "replace",
      phrases: "speak to someone",
    });
    expect(fits.status).toBe(303);
    const config = (await (
      await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } })
    ).json()) as PublicSiteConfig;
    expect(config.keywords).toContain("speak to someone");
    expect(config.keywords).not.toContain("x".repeat(100));
  });
});
