/**
 * Turning text into vectors, behind one interface: Workers AI through the `AI` binding when a
 * site turns the semantic stage on and the binding exists, nothing otherwise (the default).
 * Every failure is a value, never a throw: the caller falls back to lexical retrieval.
 */

/** A question is embedded alone at chat time; passages in batches at import and teach. */
export type EmbedPurpose = "query" | "passage";

export type Embedded = { ok: true; vectors: Float32Array[] } | { ok: false; error: string };

/** Text in, one vector per text out, or why not. */
export interface Embedder {
  /** The model's name, stored with the vectors: a different model re-embeds. */
  readonly model: string;
  embed(texts: readonly string[], purpose: EmbedPurpose): Promise<Embedded>;
}

/**
 * The part of the Workers AI binding (`Ai`) used here. Typed apart so that a test can pass a
 * plain object as `env.AI`, and so that the worker compiles without an `[ai]` binding.
 */
export interface AiBinding {
  run(model: string, inputs: { text: string[] }): Promise<unknown>;
}

/** The models a site may name: multilingual, billed at about $0.012 per million tokens. */
export const SEMANTIC_MODELS = ["@cf/baai/bge-m3", "@cf/qwen/qwen3-embedding-0.6b"] as const;
export type SemanticModel = (typeof SEMANTIC_MODELS)[number];

/** The site config's switch (`semantic` in config-schema.ts). */
export interface SemanticSettings {
  model: SemanticModel;
}

// A question waits at most this long for its vector: past it the visitor gets the lexical
// ranking, which is what every site without the stage gets anyway.
export const QUERY_BUDGET_MS = 300;
// An import or teach embeds every changed passage before the index goes live; a model slower
// than this keeps the lexical index alone, and the next rebuild tries again.
export const PASSAGE_BUDGET_MS = 20_000;
// Texts per call: a modest batch, so one call's input stays far below any model's limit.
const BATCH = 100;
// bge-m3 reads 8,192 tokens; a passage is far shorter, but a pasted wall of text is cut here.
const MAX_CHARS = 4_000;

/**
 * The site's embedder: Workers AI when the config names a model and `env.AI` is a binding,
 * otherwise null, and then nothing reads `env.AI` beyond this check.
 *
 * @example
 * embedderFor(env, config.semantic); // null unless both are there
 */
export function embedderFor(env: object, settings: SemanticSettings | undefined): Embedder | null {
  if (!settings) return null;
  const ai = aiBinding(env);
  return ai ? workersAiEmbedder(ai, settings.model) : null;
}

/**
 * The optional `AI` binding: not in the generated `Env` (wrangler.toml has no `[ai]` section, so
 * `npm start` and the tests need no account), read here once with its type.
 */
export function aiBinding(env: object): AiBinding | null {
  const ai = (env as Record<string, unknown>).AI;
  return typeof ai === "object" && ai !== null && typeof (ai as AiBinding).run === "function"
    ? (ai as AiBinding)
    : null;
}

/**
 * An embedder calling `ai.run(model, { text })`, whose answer is `{ shape, data: number[][] }`
 * (both models take `text`). Questions and passages are embedded alike: bge-m3 needs no query
 * instruction; qwen3-embedding's optional one (`queries` + `instruction`) is not used yet.
 */
export function workersAiEmbedder(ai: AiBinding, model: string): Embedder {
  return {
    model,
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH).map((t) => t.slice(0, MAX_CHARS));
        let output: unknown;
        try {
          output = await ai.run(model, { text: batch });
        } catch (error) {
          return {
            ok: false,
            error: `${model}: ${error instanceof Error ? error.message : error}`,
          };
        }
        const data = (output as { data?: unknown } | null)?.data;
        if (!Array.isArray(data) || data.length !== batch.length) {
          return { ok: false, error: `${model}: no vector per text in the answer` };
        }
        for (const row of data) {
          if (!Array.isArray(row) || row.length === 0 || !row.every(Number.isFinite)) {
            return { ok: false, error: `${model}: a vector that is not a list of numbers` };
          }
          vectors.push(Float32Array.from(row as number[]));
        }
      }
      const dimensions = vectors[0]?.length ?? 0;
      if (vectors.some((v) => v.length !== dimensions)) {
        return { ok: false, error: `${model}: vectors of different lengths` };
      }
      return { ok: true, vectors };
    },
  };
}

/**
 * `embedder.embed` within `ms`: a call still running then is abandoned (its answer ignored), and
 * one that throws becomes an error value.
 */
export async function embedWithin(
  embedder: Embedder,
  texts: readonly string[],
  purpose: EmbedPurpose,
  ms: number,
): Promise<Embedded> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const late = new Promise<Embedded>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: `no answer within ${ms} ms` }), ms);
  });
  try {
    return await Promise.race([
      embedder.embed(texts, purpose).catch(
        (error: unknown): Embedded => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      ),
      late,
    ]);
  } finally {
    if (timer !== null) clearTimeout(timer);
  }
}
