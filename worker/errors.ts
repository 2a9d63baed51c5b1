import type { ErrorBody, ErrorCode } from "../shared/api.ts";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  invalid_json: 400,
  invalid_email: 400,
  email_required: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  message_too_long: 413,
  unauthorized: 401,
  origin_not_allowed: 403,
  // Signed in, but the role does not allow it: an agent asking for an owner's page.
  forbidden: 403,
  handoff_not_justified: 403,
  site_not_found: 404,
  conversation_not_found: 404,
  handoff_not_found: 404,
  suggestion_not_found: 404,
  answer_not_found: 404,
  document_not_found: 404,
  not_found: 404,
  method_not_allowed: 405,
  // `If-Match` named a knowledge-base version another write has replaced.
  precondition_failed: 412,
  rate_limited: 429,
  // The stored state conflicts with the request, fixable by saving a valid config: not a bug.
  site_config_invalid: 409,
  // The conversation holds MAX_CONVERSATION_MESSAGES: a new one (or a person) resolves it.
  conversation_full: 409,
  admin_not_configured: 503,
  internal_error: 500,
};

/**
 * The one error the app throws on purpose. Its code picks the status; `onError` turns it into
 * the `{"error": {"code", "message"}}` body of `api.md`.
 *
 * @example
 * throw new AppError("site_not_found", `No site "${site}" is configured.`);
 */
export class AppError extends HTTPException {
  readonly code: ErrorCode;
  /** Sent as `retry-after` with a 429. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, options: { retryAfterSeconds?: number } = {}) {
    super(STATUS_BY_CODE[code], { message });
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

/**
 * The 404 for a conversation this site does not have: the same whether the id is unknown or
 * another site's, so a request about one site can learn nothing of another's conversations.
 *
 * @example
 * if (!conversation || conversation.site !== site) throw conversationNotFound();
 */
/** The one 404 for a handoff id that names none, wherever a handoff is looked up. */
export function handoffNotFound(): AppError {
  return new AppError("handoff_not_found", "No handoff has this id.");
}

export function conversationNotFound(message = "This site has no such conversation."): AppError {
  return new AppError("conversation_not_found", message);
}
