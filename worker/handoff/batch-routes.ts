/**
 * Where a main-queue batch's deliveries go, read before any of them is claimed: the deliveries
 * with their handoffs' sites in one D1 round trip, each site's config once, and the circuits of
 * the receivers they go to in one more. The consumer moves the deliveries to suspect receivers
 * to the slow lane from this, unclaimed and unsent, and hands the rest the rows already read.
 *
 * Why before the claim: a delivery the gate diverts after claiming it costs a claim and a
 * release, two D1 writes for nothing sent, and while a receiver hangs that is every one of its
 * deliveries; D1 (and wrangler dev's one local SQLite) runs them one at a time with the healthy
 * receivers' writes. Nothing is lost by moving a message unclaimed: the claim is what makes a
 * send happen once, and the slow lane claims before it sends.
 */
import type { Channel, SiteConfig } from "../sites/config-schema.ts";
import { type Circuit, receiverOf } from "./circuit.ts";
import { getCircuits } from "./circuits-store.ts";
import { configuredChannelId, type Delivery, getDeliveriesWithSite } from "./deliveries-store.ts";
import { isSuspect } from "./receiver-lanes.ts";
import { VISITOR_EMAIL_CHANNEL } from "./reply.ts";

/** The site's config, read once per batch and site (rejects as `getSiteConfig` does). */
export type SiteConfigReader = (site: string) => Promise<SiteConfig | null>;

/** Memoises `read` per site, so that a batch of one site's deliveries reads its config once. */
export function readOncePerSite(read: SiteConfigReader): SiteConfigReader {
  const configs = new Map<string, Promise<SiteConfig | null>>();
  return (site) => {
    let config = configs.get(site);
    if (!config) {
      config = read(site);
      configs.set(site, config);
    }
    return config;
  };
}

/**
 * Whether a delivery is sent without a receiver's lane: a team reply emailed to the visitor
 * (no circuit watches it; `attemptDelivery` sends it so).
 */
export function isVisitorEmail(delivery: Pick<Delivery, "kind" | "channelId">): boolean {
  return delivery.kind === "reply" && configuredChannelId(delivery) === VISITOR_EMAIL_CHANNEL;
}

/** The configured channel a delivery goes to, or null when the site no longer has it. */
export function deliveryChannel(
  config: Pick<SiteConfig, "channels"> | null,
  delivery: Pick<Delivery, "channelId">,
): Channel | null {
  return config?.channels.find((c) => c.id === configuredChannelId(delivery)) ?? null;
}

/** One message's delivery as read for the batch, and the receiver its send would go to. */
export interface BatchRoute {
  /** Null: no such delivery. */
  delivery: Delivery | null;
  /** Null: no lane (the visitor's email, a missing handoff, config or channel). */
  receiver: string | null;
}

/** A batch's deliveries and the circuits of their receivers, each read once. */
export interface BatchRoutes {
  routes: Map<string, BatchRoute>;
  /** Every receiver of the batch's routes, with its stored circuit (null: none, closed). */
  circuits: Map<string, Circuit | null>;
}

/** Reads where each of these deliveries goes: two D1 round trips and a config read per site. */
export async function readBatchRoutes(
  db: D1Database,
  deliveryIds: readonly string[],
  siteConfig: SiteConfigReader,
): Promise<BatchRoutes> {
  const rows = await getDeliveriesWithSite(db, deliveryIds);
  const routes = new Map<string, BatchRoute>();
  for (const id of deliveryIds) {
    const row = rows.get(id);
    if (!row) {
      routes.set(id, { delivery: null, receiver: null });
      continue;
    }
    let receiver: string | null = null;
    if (row.site !== null && !isVisitorEmail(row.delivery)) {
      // An invalid stored config is the attempt's to record; here it only means no lane.
      const config = await siteConfig(row.site).catch(() => null);
      const channel = deliveryChannel(config, row.delivery);
      receiver = channel ? receiverOf(row.site, channel) : null;
    }
    routes.set(id, { delivery: row.delivery, receiver });
  }
  const receivers = [
    ...new Set([...routes.values()].flatMap((r) => (r.receiver ? [r.receiver] : []))),
  ];
  const stored = await getCircuits(db, receivers);
  return {
    routes,
    circuits: new Map(receivers.map((receiver) => [receiver, stored.get(receiver) ?? null])),
  };
}

/**
 * The deliveries (by id) the main queues move to the slow lane without claiming them: pending,
 * to a receiver whose circuit makes it suspect (`isSuspect`, the gate's own rule).
 */
export function suspectDeliveryIds(batch: BatchRoutes): Set<string> {
  const ids = new Set<string>();
  for (const [id, { delivery, receiver }] of batch.routes) {
    if (delivery?.status !== "pending" || receiver === null) continue;
    if (isSuspect(batch.circuits.get(receiver) ?? null)) ids.add(id);
  }
  return ids;
}
