import type {
  FeedbackRequest,
  ChatRequest,
  ChatResponse,
  HandoffAccepted,
  HandoffRequest,
  PublicSiteConfig,
  Suggestion,
  SuggestionAbout,
} from "../shared/api.ts";
import { isReplyLanguage } from "../shared/languages.ts";

/** Why a call failed: no answer at all, or an answer that isn't a success. */
export type ApiError =
  | { kind: "network" }
  | { kind: "http"; status: number; code: string; message: string };

/** A call's outcome as a value; the widget never has to catch. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

// An answer can take a while (retrieval + generation), but a visitor shouldn't wait forever on a
// dead connection: after this, the message is marked failed and can be retried.
const TIMEOUT_MS = 30_000;

/**
 * Where the site's public config is.
 *
 * @example
 * configUrl("https://api.example", "acme"); // "https://api.example/v1/sites/acme/config"
 */
export function configUrl(apiBase: string, site: string): string {
  return `${apiBase}/v1/sites/${encodeURIComponent(site)}/config`;
}

/**
 * The site's public config: name, keywords, email and button settings, language. `prefetched`
 * is the loader's request for it (see `prefetchConfig`), when it started one.
 *
 * @example
 * const result = await fetchConfig("https://api.example", "acme");
 * if (result.ok) console.log(result.data.name);
 */
export async function fetchConfig(
  apiBase: string,
  site: string,
  prefetched?: Promise<Response>,
): Promise<ApiResult<PublicSiteConfig>> {
  return call(configUrl(apiBase, site), null, readConfig, prefetched);
}

function readConfig(value: unknown): PublicSiteConfig | undefined {
  if (!isPublicSiteConfig(value)) return undefined;
  // A worker from before `keywordLanguages` (or a cache of its answer): every language unknown.
  const languages = Array.isArray(value.keywordLanguages) ? value.keywordLanguages : [];
  return { ...value, keywordLanguages: value.keywords.map((_, i) => languages[i] ?? null) };
}

/**
 * Send one visitor message; the reply is an answer, small talk or a handoff, its `language`
 * null when the worker didn't say.
 *
 * @example
 * await sendChat(api, { site: "acme", conversationId, message: "Do you ship to Norway?" });
 */
export function sendChat(apiBase: string, body: ChatRequest): Promise<ApiResult<ChatResponse>> {
  return call(`${apiBase}/v1/chat`, body, readChat);
}

function readChat(value: unknown): ChatResponse | undefined {
  if (!isChatResponse(value)) return undefined;
  const reply = value.reply;
  // A language the widget has no strings for (a newer worker's) tells it nothing.
  const language = isReplyLanguage(reply.language) ? reply.language : null;
  // Offered to the visitor as buttons: only well-formed ones, and `about` only when known.
  // (Read off any reply: only an array counts, whatever the type says.)
  const offered = (reply as { suggestions?: unknown }).suggestions;
  const suggestions = Array.isArray(offered) ? offered.filter(isSuggestion) : [];
  if (reply.type === "answer") return { ...value, reply: { ...reply, language, suggestions } };
  if (reply.type === "handoff" && reply.reason === "low_confidence") {
    const about = ABOUTS.find((a) => a === reply.about);
    return { ...value, reply: { ...reply, language, suggestions, about } };
  }
  return { ...value, reply: { ...reply, language } };
}

/**
 * Hand the conversation to a person. Success is a 202 with the handoff's id.
 *
 * @example
 * await sendHandoff(api, { site, conversationId, message, email: null, reason: "keyword" });
 */
export function sendHandoff(
  apiBase: string,
  body: HandoffRequest,
): Promise<ApiResult<HandoffAccepted>> {
  return call(`${apiBase}/v1/handoff`, body, (value) =>
    isHandoffAccepted(value) ? value : undefined,
  );
}

/**
 * The visitor's verdict on one answer. Success is a 204; the widget doesn't wait on it, and a
 * failure (or a worker without the endpoint yet) costs the visitor nothing.
 *
 * @example
 * await sendFeedback(api, { site: "acme", conversationId, messageId: "m1", helpful: false });
 */
export function sendFeedback(apiBase: string, body: FeedbackRequest): Promise<ApiResult<null>> {
  return call(`${apiBase}/v1/feedback`, body, (value) => (value === null ? null : undefined));
}

/**
 * One call to the API. `read` takes a success's JSON (null for an empty body) and returns it as
 * the call's data, or undefined when it isn't what the call answers.
 */
async function call<T>(
  url: string,
  body: object | null,
  read: (json: unknown) => T | undefined,
  prefetched?: Promise<Response>,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await (prefetched ??
      fetch(url, {
        method: body ? "POST" : "GET",
        // The widget runs on someone else's page: never send that page's cookies to the API.
        credentials: "omit",
        // Only a body needs the header; a GET without it is a "simple" request, so loading the
        // config on a customer's page costs no CORS preflight.
        headers: body ? { "content-type": "application/json" } : undefined,
        body: body ? JSON.stringify(body) : null,
        // Optional call: older browsers lack AbortSignal.timeout and simply don't time out.
        signal: AbortSignal.timeout?.(TIMEOUT_MS),
      }));
  } catch {
    return { ok: false, error: { kind: "network" } };
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // A proxy's HTML error page or an empty body: judged by status below.
  }
  const data = response.ok ? read(json) : undefined;
  if (data !== undefined) return { ok: true, data };
  const error = isRecord(json) && isRecord(json.error) ? json.error : {};
  const text = (value: unknown) => (isString(value) ? value : "");
  return {
    ok: false,
    error: {
      kind: "http",
      status: response.status,
      code: text(error.code),
      message: text(error.message),
    },
  };
}

const ABOUTS: readonly SuggestionAbout[] = ["off_topic", "unclear", "not_covered", "complaint"];

function isSuggestion(value: unknown): value is Suggestion {
  return (
    isRecord(value) &&
    isString(value.title) &&
    isString(value.text) &&
    isString(value.documentId) &&
    (value.url === null || isString(value.url))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isPublicSiteConfig(value: unknown): value is PublicSiteConfig {
  return (
    isRecord(value) &&
    isString(value.name) &&
    Array.isArray(value.keywords) &&
    value.keywords.every(isString) &&
    typeof value.requireEmail === "boolean" &&
    typeof value.handoffButton === "boolean"
  );
}

function isChatResponse(value: unknown): value is ChatResponse {
  if (!isRecord(value) || !isString(value.conversationId)) return false;
  const reply = value.reply;
  if (!isRecord(reply)) return false;
  if (reply.type === "small_talk") return isString(reply.text);
  if (reply.type === "answer") {
    return (
      isString(reply.text) &&
      Array.isArray(reply.sources) &&
      reply.sources.every((s) => isRecord(s) && isString(s.title))
    );
  }
  return (
    reply.type === "handoff" && (reply.reason === "keyword" || reply.reason === "low_confidence")
  );
}

function isHandoffAccepted(value: unknown): value is HandoffAccepted {
  return isRecord(value) && isString(value.handoffId);
}
