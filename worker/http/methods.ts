/** A route as Hono lists it in `app.routes`: middleware shows up with method "ALL". */
export interface RouteEntry {
  method: string;
  path: string;
}

/**
 * The methods the app serves at exactly `pathname`, from its own route table: what a 405 names
 * in its `allow` header. Middleware (`ALL`) and catch-all paths are not endpoints and count for
 * nothing; a trailing slash is a different path, as it is to the router.
 *
 * @example
 * allowedMethods([{ method: "POST", path: "/v1/chat" }], "/v1/chat"); // ["POST"]
 */
export function allowedMethods(routes: readonly RouteEntry[], pathname: string): string[] {
  const methods = new Set<string>();
  for (const { method, path } of routes) {
    if (method === "ALL" || path.includes("*")) continue;
    if (patternOf(path).test(pathname)) methods.add(method);
  }
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort();
}

const patterns = new Map<string, RegExp>();

/** `/admin/api/sites/:site/kb` → a regular expression matching one segment per parameter. */
function patternOf(path: string): RegExp {
  let pattern = patterns.get(path);
  if (!pattern) {
    const source = path
      .split("/")
      .map((segment) =>
        segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
      )
      .join("/");
    // Exact, as the router is (Hono's strict routing): "/v1/chat/" is not "/v1/chat", so it is
    // a 404 there, never a 405 naming the very method it was asked with.
    pattern = new RegExp(`^${source}$`);
    patterns.set(path, pattern);
  }
  return pattern;
}

/**
 * `pathname` without its trailing slash when the app serves that path under some method: what a
 * 404 for "/v1/chat/" suggests. Null otherwise.
 *
 * @example
 * withoutTrailingSlash([{ method: "POST", path: "/v1/chat" }], "/v1/chat/"); // "/v1/chat"
 */
export function withoutTrailingSlash(
  routes: readonly RouteEntry[],
  pathname: string,
): string | null {
  if (pathname.length < 2 || !pathname.endsWith("/")) return null;
  const trimmed = pathname.replace(/\/+$/, "");
  return trimmed !== "" && allowedMethods(routes, trimmed).length > 0 ? trimmed : null;
}
