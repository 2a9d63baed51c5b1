/** A site's `semantic` setting, read by the config schema and by the knowledge-base rebuild. */
import * as v from "valibot";
import { SEMANTIC_MODELS, type SemanticSettings } from "./embedder.ts";

export const semanticSettingsSchema = v.object({
  model: v.picklist(SEMANTIC_MODELS, `must be one of ${SEMANTIC_MODELS.join(", ")}.`),
});

/**
 * The `semantic` setting of a stored site config (raw JSON text), or undefined when it is off,
 * absent or unreadable: a rebuild never fails over it.
 */
export function semanticSettingsIn(configText: string | null): SemanticSettings | undefined {
  if (!configText) return undefined;
  try {
    const semantic = (JSON.parse(configText) as { semantic?: unknown } | null)?.semantic;
    const parsed = v.safeParse(semanticSettingsSchema, semantic);
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}
