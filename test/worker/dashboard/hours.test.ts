import { describe, expect, it } from "vitest";
import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { env, putSite, uniqueSite } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

describe("dashboard hours", () => {
  it("saves the team's hours and reply time from the form, and the widget's config carries them", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const res = await postForm(`/admin/sites/${site}/hours`, cookie, {
      replyTimeMinutes: "120",
      timeZone: "Europe/Copenhagen",
      "from-1": "09:00",
      "to-1": "16:00",
      "from-6": "",
      "to-6": "",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/admin/sites/${site}/hours?done=hours-saved`);
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}");
    expect(stored.replyTimeMinutes).toBe(120);
    expect(stored.openingHours).toEqual({
      timeZone: "Europe/Copenhagen",
      weekly: [{ day: 1, from: "09:00", to: "16:00" }],
    });
    const page = await (await getPage(`/admin/sites/${site}/hours`, cookie)).text();
    expect(page).toContain('value="09:00"');
  });

  it("keeps the saved hours and says what is wrong with an unknown time zone", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { replyTimeMinutes: 30 });
    const res = await postForm(`/admin/sites/${site}/hours`, cookie, {
      replyTimeMinutes: "45",
      timeZone: "Nowhere/Land",
      "from-2": "10:00",
      "to-2": "12:00",
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain(
      '<p class="field-error" id="timeZone-error">“Nowhere/Land” is not a time zone: pick one from the list, such as Europe/Copenhagen.</p>',
    );
    // What the owner typed stays in the form.
    expect(page).toContain('value="Nowhere/Land"');
    expect(page).toContain('id="from-2" name="from-2" type="time" value="10:00"');
    expect(page).toContain('value="45"');
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}");
    expect(stored.replyTimeMinutes).toBe(30);
  });

  it("keeps split shifts (09–12 and 13–17) through a save and shows both", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const res = await postForm(`/admin/sites/${site}/hours`, cookie, {
      timeZone: "Europe/Copenhagen",
      "from-1": "09:00",
      "to-1": "12:00",
      "from-1-2": "13:00",
      "to-1-2": "17:00",
      "from-2": "08:00",
      "to-2": "16:00",
    });
    expect(res.status).toBe(303);
    const stored = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}");
    expect(stored.openingHours.weekly).toEqual([
      { day: 1, from: "09:00", to: "12:00" },
      { day: 1, from: "13:00", to: "17:00" },
      { day: 2, from: "08:00", to: "16:00" },
    ]);
    const page = await (await getPage(`/admin/sites/${site}/hours`, cookie)).text();
    expect(page).toContain('id="from-1-2" name="from-1-2" type="time" value="13:00"');
    expect(page).toContain('id="to-1-2" name="to-1-2" type="time" value="17:00"');
    // One empty shift more, for a third.
    expect(page).toContain('id="from-1-3" name="from-1-3" type="time" value=""');
    // Saved again untouched, the second shift is still there.
    const again = await postForm(`/admin/sites/${site}/hours`, cookie, {
      timeZone: "Europe/Copenhagen",
      "from-1": "09:00",
      "to-1": "12:00",
      "from-1-2": "13:00",
      "to-1-2": "17:00",
      "from-1-3": "",
      "to-1-3": "",
    });
    expect(again.status).toBe(303);
    const after = JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}");
    expect(after.openingHours.weekly).toHaveLength(2);
  });

  it("puts each shift's problem beside its time, in plain words, never a schema path", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const res = await postForm(`/admin/sites/${site}/hours`, cookie, {
      timeZone: "Europe/Copenhagen",
      "from-6": "17:00",
      "to-6": "09:00",
      "from-1-2": "13:00",
      "to-1-2": "",
      replyTimeMinutes: "two hours",
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).not.toMatch(/openingHours|weekly\.\d|24-hour/);
    expect(page).toContain(
      '<p class="field-error" id="to-6-error">The closing time must be after the opening time.</p>',
    );
    expect(page).toContain(
      '<p class="field-error" id="to-1-2-error">Fill in both times, or leave both empty when the team is off.</p>',
    );
    expect(page).toContain('id="replyTimeMinutes-error">Enter a whole number of minutes');
    expect(page).toContain('value="two hours"');
    expect(page).toContain('id="from-1-2" name="from-1-2" type="time" value="13:00"');
  });

  it("says in the help text exactly what the widget will say for the saved reply time", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { replyTimeMinutes: 240 });
    const page = await (await getPage(`/admin/sites/${site}/hours`, cookie)).text();
    expect(page).toContain("Visitors read: “We usually reply within 4 hours.” (240 minutes");
    expect(page).not.toContain("within 2 hours");
  });
});
