/** Where a site lives in Workers KV: shared by the worker and the CLIs, which write KV directly. */

/** The KV key prefix of site configs; the version lets a future layout live beside this one. */
export const SITE_PREFIX = "v1:site:";

/**
 * The KV key of a site's config, for the worker and the CLIs alike.
 *
 * @example
 * siteKey("acme"); // "v1:site:acme"
 */
export const siteKey = (site: string): string => `${SITE_PREFIX}${site}`;
