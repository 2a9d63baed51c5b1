/** A route as Hono lists it in `app.routes`: middleware shows up with method "ALL". */
export interface RouteEntry {
  method: string;
  path: string;
}

/**
 * The methods the app serves at `pathname`, from its own route table: what a 405 names in its
 * `allow` header. Middleware (`ALL`) and catch-all paths are not endpoints and count for nothing.
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
    pattern = new RegExp(`^${source}/?$`);
    patterns.set(path, pattern);
  }
  return pattern;
}
