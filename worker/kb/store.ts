import type { KbIndex } from "./index.ts";

const kbKey = (site: string) => `v1:kb:${site}`;

/** The site's stored index, or null when it has no knowledge base yet. */
export async function getKbIndex(kv: KVNamespace, site: string): Promise<KbIndex | null> {
  const index = await kv.get<KbIndex>(kbKey(site), "json");
  return index?.version === 1 ? index : null;
}

export async function putKbIndex(kv: KVNamespace, site: string, index: KbIndex): Promise<void> {
  await kv.put(kbKey(site), JSON.stringify(index));
}

export async function deleteKbIndex(kv: KVNamespace, site: string): Promise<void> {
  await kv.delete(kbKey(site));
}
