import { describe, expect, it } from "vitest";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";
import { getKbIndex, type KbKv, putKbIndex } from "../../../worker/kb/store.ts";

import { DOCS } from "./fixtures.ts";

describe("store", () => {
  function memoryKv(): KbKv & { data: Map<string, string | ArrayBuffer> } {
    const data = new Map<string, string | ArrayBuffer>();
    async function get(key: string, type: "text"): Promise<string | null>;
    async function get(key: string, type: "arrayBuffer"): Promise<ArrayBuffer | null>;
    async function get(
      key: string,
      type: "text" | "arrayBuffer",
    ): Promise<string | ArrayBuffer | null> {
      const value = data.get(key);
      if (value === undefined) return null;
      if (type === "text")
        return typeof value === "string" ? value : new TextDecoder().decode(value);
      return typeof value === "string"
        ? (new TextEncoder().encode(value).buffer as ArrayBuffer)
        : value;
    }
    return {
      data,
      get,
      put: async (k, val) => data.set(k, val),
      delete: async (k) => data.delete(k),
    };
  }

  it("splits a large index across shards and reads it back whole", async () => {
    const kv = memoryKv();
    const { index, bytes } = buildIndex(DOCS);
    const pointer = await putKbIndex(
      kv,
      "acme",
      bytes,
      { documents: 3, passages: index.passageCount },
      1024,
    );
    expect(pointer.shards).toBe(Math.ceil(bytes.byteLength / 1024));
    const loaded = await getKbIndex(kv, "acme");
    expect(loaded?.passage(1)).toEqual(index.passage(1));
  });

  it("keeps the previous version readable until the import after next, then deletes it", async () => {
    const kv = memoryKv();
    const first = await putKbIndex(kv, "acme", buildIndex(DOCS).bytes, {
      documents: 3,
      passages: 4,
    });
    const second = await putKbIndex(kv, "acme", buildIndex(DOCS.slice(1)).bytes, {
      documents: 2,
      passages: 2,
    });
    expect(second.previous?.version).toBe(first.version);
    expect([...kv.data.keys()].filter((k) => k.includes(first.version))).toHaveLength(1);
    await putKbIndex(kv, "acme", buildIndex(DOCS.slice(2)).bytes, { documents: 1, passages: 1 });
    expect([...kv.data.keys()].filter((k) => k.includes(first.version))).toHaveLength(0);
    expect((await getKbIndex(kv, "acme"))?.documentCount).toBe(1);
  });

  it("reads an index of an older format as no knowledge base (hand off until the next import), without an error", async () => {
    const kv = memoryKv();
    const bytes = buildIndex(DOCS).bytes.slice();
    const headerLength = new DataView(bytes.buffer).getUint32(4, true);
    const header = new TextDecoder()
      .decode(bytes.subarray(8, 8 + headerLength))
      .replace(/"format":\d+/, '"format":3');
    bytes.set(new TextEncoder().encode(header), 8);
    await putKbIndex(kv, "old", bytes, { documents: 3, passages: 3 });
    const index = await getKbIndex(kv, "old");
    expect(index).toBeNull();
    expect(retrieve(index, "refund").confidence).toBe(0);
  });
});
