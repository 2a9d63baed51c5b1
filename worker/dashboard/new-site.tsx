/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { SITE_ID_PATTERN } from "../../shared/limits.ts";
import type { AppEnv } from "../env.ts";
import { getSiteConfig } from "../sites/store.ts";
import { configFieldErrors } from "./field-errors.ts";
import { renderPage } from "./render.tsx";
import { saveSiteConfig } from "./save-config.ts";
import { FieldError, invalid } from "./views/field.tsx";
import { widgetPath } from "./views/widget.tsx";

/**
 * Letters with no accent to strip, spelled as their languages spell them without the letter
 * ("Ærø" → "aeroe", not "r"); the rest lose their accents below (é → e, å → a).
 */
const SPELLED: Record<string, string> = {
  æ: "ae",
  ø: "oe",
  œ: "oe",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** A site id suggested from its name: "Acme Outdoor" → "acme-outdoor", "Ærø Café" → "aeroe-cafe". */
export function siteIdFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøœßłđðþı]/g, (letter) => SPELLED[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);
}

function newSitePage(
  c: Context<AppEnv>,
  typed: { name: string; id: string },
  errors: ReadonlyMap<string, string>,
) {
  const failed = errors.size > 0;
  return renderPage(
    c,
    {
      title: "Add a site",
      section: "widget",
      site: null,
      status: failed ? 400 : 200,
      notice: failed ? { kind: "error", text: "Nothing was saved: see below." } : null,
    },
    <form method="post" action="/admin/new-site" class="card">
      <p class="lead">
        A site is one website with its own knowledge base, widget, hours and channels. After adding
        it, copy its script tag onto your pages.
      </p>
      <label for="name">Name (shown in the widget and in handoffs)</label>
      <input
        id="name"
        name="name"
        maxlength={100}
        required
        value={typed.name}
        {...invalid("name", errors.get("name"))}
      />
      <FieldError id="name" error={errors.get("name")} />
      <label for="id">Site id (a-z, 0-9 and -, used in the script tag; empty: from the name)</label>
      <input
        id="id"
        name="id"
        maxlength={64}
        value={typed.id}
        {...invalid("id", errors.get("id"))}
      />
      <FieldError id="id" error={errors.get("id")} />
      <button type="submit">Add the site</button>
    </form>,
  );
}

/** `/admin/new-site`: adds a site with the defaults, then opens its install page. */
export const newSitePages = new Hono<AppEnv>()
  .get("/new-site", (c) => newSitePage(c, { name: "", id: "" }, new Map()))
  .post("/new-site", async (c) => {
    const form = await c.req.parseBody();
    const name = typeof form.name === "string" ? form.name : "";
    const typedId = typeof form.id === "string" ? form.id.trim() : "";
    const id = typedId || siteIdFrom(name);
    const errors = new Map<string, string>();
    const nameProblem = configFieldErrors({ name }).get("name");
    if (nameProblem) errors.set("name", `The name ${nameProblem}`);
    if (!SITE_ID_PATTERN.test(id))
      errors.set("id", "Use 1 to 64 lowercase letters, digits and -, such as acme-outdoor.");
    else if (await getSiteConfig(c.env.SITES, id))
      errors.set("id", `There is already a site “${id}”: choose another id.`);
    if (errors.size > 0) return newSitePage(c, { name, id: typedId }, errors);
    const saved = await saveSiteConfig(c.env, id, () => ({ name }), { create: true });
    if (!saved.ok) return newSitePage(c, { name, id: typedId }, new Map([["name", saved.error]]));
    return c.redirect(`${widgetPath(id, "install")}?done=site-added`, 303);
  });
