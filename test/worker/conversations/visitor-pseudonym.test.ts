import { describe, expect, it } from "vitest";
import { call, env, ORIGIN, putKb, putSite, uniqueSite } from "../helpers.ts";

/** SHA-256 over the site and the address, the first 16 hex digits: what anyone can recompute. */
async function unkeyedHash(site: string, address: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(`${site}\n${address}`),
  );
  return [...new Uint8Array(digest).slice(0, 8)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

async function storedVisitor(site: string, message: string, address: string): Promise<string> {
  const res = await call("/v1/chat", {
    method: "POST",
    json: { site, message },
    headers: { origin: ORIGIN, "cf-connecting-ip": address },
  });
  expect(res.status).toBe(200);
  const row = await env.DB.prepare(
    "SELECT m.visitor AS visitor FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.site = ? AND m.text = ?",
  )
    .bind(site, message)
    .first<{ visitor: string }>();
  return row?.visitor ?? "";
}

// There are 2^32 IPv4 addresses: a hash of one with the site, and no secret, is undone by trying
// them all, so the database would hold every visitor's address after all.
describe("the visitor pseudonym stored with a message", () => {
  it("cannot be recomputed from an address without the worker's secret, and stays one per visitor", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const first = await storedVisitor(site, "Do you rent canoes by the day?", "203.0.113.77");
    const again = await storedVisitor(site, "And kayaks, by the week?", "203.0.113.77");
    const other = await storedVisitor(site, "Do you ship to Norway?", "203.0.113.78");
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(first).not.toBe(await unkeyedHash(site, "203.0.113.77"));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });
});
