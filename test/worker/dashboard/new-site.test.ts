import { describe, expect, it } from "vitest";
import type { PublicSiteConfig } from "../../../shared/api.ts";
import { call, putSite, uniqueSite } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

describe("adding a site from the dashboard", () => {
  it("adds a site with the defaults and opens its install page", async () => {
    const anonymous = await call("/admin/new-site", { redirect: "manual" });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/admin\/login\?next=/);
    const cookie = await signIn();
    const id = uniqueSite();
    const res = await postForm("/admin/new-site", cookie, { name: "Acme Outdoor", id });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/admin/sites/${id}/widget/install?done=site-added`);
    const config = (await (await call(`/v1/sites/${id}/config`)).json()) as PublicSiteConfig;
    expect(config).toMatchObject({ name: "Acme Outdoor", threshold: 0.4 });
    const install = await (
      await getPage(`/admin/sites/${id}/widget/install?done=site-added`, cookie)
    ).text();
    expect(install).toContain("Site added.");
    expect(install).toContain(`data-site=&quot;${id}&quot;`);
  });

  it("never overwrites a site, and explains a bad id or name beside its field", async () => {
    const cookie = await signIn();
    const id = uniqueSite();
    await putSite(id, { name: "Taken", threshold: 0.7 });
    const taken = await postForm("/admin/new-site", cookie, { name: "Other", id });
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain(`There is already a site “${id}”: choose another id.`);
    const config = (await (await call(`/v1/sites/${id}/config`)).json()) as PublicSiteConfig;
    expect(config).toMatchObject({ name: "Taken", threshold: 0.7 });
    const bad = await postForm("/admin/new-site", cookie, { name: " ", id: "Not An Id" });
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toContain('id="id-error">Use 1 to 64 lowercase letters');
    expect(page).toContain('id="name-error">The name must not be empty.');
    expect(page).toContain('value="Not An Id"');
  });

  it("suggests an id from a name in Danish, German or Polish letters, not from what is left of it", async () => {
    // Found by a new owner's walkthrough (7 December 2026): "Ærø Café" became the id "r-cafe",
    // as æ, ø, ß and ł have no accent to strip.
    const cookie = await signIn();
    const tail = uniqueSite();
    const names: [string, string][] = [
      [`Ærø Café ${tail}`, `aeroe-cafe-${tail}`],
      [`Große Straße ${tail}`, `grosse-strasse-${tail}`],
      [`Łódź Piekarnia ${tail}`, `lodz-piekarnia-${tail}`],
    ];
    for (const [name, id] of names) {
      const res = await postForm("/admin/new-site", cookie, { name, id: "" });
      expect(res.status, name).toBe(303);
      expect(res.headers.get("location"), name).toBe(
        `/admin/sites/${id}/widget/install?done=site-added`,
      );
    }
  });
});
