import { type Language, LANGUAGE_NAMES } from "../../shared/languages.ts";
import { readBytesUpTo } from "../http/read-body.ts";
import { channelUrlProblem } from "../sites/config-schema.ts";
import type { Passage } from "./index-reader.ts";

/** A site's language model: any OpenAI-compatible chat-completions endpoint. */
export interface AnswerModel {
  url: string;
  model: string;
}

export type Generated = { ok: true; text: string } | { ok: false; error: string };

const TIMEOUT_MS = 8_000;
const MAX_ANSWER_CHARS = 1_500;
// A completion of at most 300 tokens is a few KB; more is not an answer, and read whole it
// would be held in the isolate's 128 MB for a visitor's one message.
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * The model's short answer, grounded only in the retrieved passages. Any failure (timeout,
 * non-2xx, an answer of the wrong shape) is a value, and the caller falls back to the
 * extractive answer: a visitor never waits long or sees nothing because a model is down.
 */
export async function generateAnswer(options: {
  model: AnswerModel;
  apiKey: string | undefined;
  question: string;
  passages: readonly Passage[];
  language: Language;
  /** On a developer's machine (`isLocalDevelopment`), where a loopback model is allowed. */
  localDevelopment: boolean;
}): Promise<Generated> {
  // Checked again at send time, as channel URLs are: a URL saved before the rule, or written
  // straight to KV, must not carry the question, the passages and LLM_API_KEY to loopback, a
  // private network or cloud metadata.
  const problem = channelUrlProblem(options.model.url, options.localDevelopment);
  if (problem) return { ok: false, error: `not sent: the answer model's URL ${problem}` };
  const context = options.passages.map((p, i) => `[${i + 1}] ${p.title}\n${p.text}`).join("\n\n");
  const body = {
    model: options.model.model,
    temperature: 0,
    max_tokens: 300,
    messages: [
      {
        role: "system",
        content:
          "You answer a website visitor's question using only the numbered passages from the site's help pages. " +
          "Answer in two or three sentences, in " +
          LANGUAGE_NAMES[options.language] +
          ". If the passages do not answer the question, say so plainly. Never invent facts, links or prices.",
      },
      { role: "user", content: `Passages:\n\n${context}\n\nQuestion: ${options.question}` },
    ],
  };
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  let response: Response;
  try {
    response = await fetch(options.model.url, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, error: `HTTP ${response.status}` };
  }
  let raw: Uint8Array;
  try {
    raw = await readBytesUpTo(response, MAX_RESPONSE_BYTES);
  } catch (error) {
    // Over the cap (the rest is never read), or the body broke off or timed out.
    await response.body?.cancel().catch(() => {});
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const json = parseJson(raw) as { choices?: { message?: { content?: unknown } }[] } | null;
  const content = json?.choices?.[0]?.message?.content;
  if (typeof content !== "string" || content.trim() === "")
    return { ok: false, error: "no answer in the model's response" };
  const text = content.trim();
  return {
    ok: true,
    text: text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…` : text,
  };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
