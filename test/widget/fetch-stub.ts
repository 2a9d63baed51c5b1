/**
 * The only fake in the widget tests: `fetch` replaced at the HTTP boundary by a function that
 * routes on "METHOD /path" and answers with real `Response` objects, recording every request.
 */
import { vi } from "vitest";

export interface RecordedRequest {
  url: string;
  method: string;
  /** The parsed JSON body, or null for a GET. */
  body: unknown;
  credentials: RequestCredentials | undefined;
  contentType: string | null;
}

export type Route = (request: RecordedRequest) => Response | Promise<Response>;

/** Replace `fetch` until `vi.unstubAllGlobals()`; returns the requests as they arrive. */
export function stubFetch(routes: Record<string, Route>): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const fetchStub = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    const method = init?.method ?? "GET";
    const request: RecordedRequest = {
      url: url.href,
      method,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : null,
      credentials: init?.credentials,
      contentType: new Headers(init?.headers).get("content-type"),
    };
    requests.push(request);
    const route = routes[`${method} ${url.pathname}`];
    if (!route) return json({ error: { code: "not_found", message: "No such route." } }, 404);
    return route(request);
  };
  vi.stubGlobal("fetch", fetchStub);
  return requests;
}

/** A JSON response, as the worker sends them. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** What `fetch` does when the network is down: reject with a TypeError. */
export function networkDown(): never {
  throw new TypeError("Failed to fetch");
}

/** Requests to one path, e.g. `"/v1/chat"`. */
export function requestsTo(requests: readonly RecordedRequest[], path: string): RecordedRequest[] {
  return requests.filter((r) => new URL(r.url).pathname === path);
}
