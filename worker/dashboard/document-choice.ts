import type { KbDocument } from "../kb/documents.ts";

/** A knowledge-base document as the "This is answered by…" field offers it. */
export interface DocumentChoice {
  id: string;
  /** What the field holds when it is picked: the title, with the id when two share a title. */
  value: string;
}

/**
 * The documents as choices for a searchable field (a datalist), in title order.
 *
 * @example
 * documentChoices([{ id: "returns", title: "Returns", text: "…" }]); // [{ id: "returns", value: "Returns" }]
 */
export function documentChoices(documents: readonly KbDocument[]): DocumentChoice[] {
  const titles = new Map<string, number>();
  for (const d of documents) titles.set(d.title, (titles.get(d.title) ?? 0) + 1);
  return documents
    .map((d) => ({
      id: d.id,
      value: (titles.get(d.title) ?? 0) > 1 ? `${d.title} (${d.id})` : d.title,
    }))
    .sort((a, b) => a.value.localeCompare(b.value));
}

/**
 * The id of the document the owner picked or typed: a choice's value, a title or an id, ignoring
 * case and surrounding spaces; null when none matches.
 *
 * @example
 * resolveDocumentChoice([{ id: "returns", title: "Returns", text: "…" }], " returns "); // "returns"
 */
export function resolveDocumentChoice(
  documents: readonly KbDocument[],
  typed: string,
): string | null {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return null;
  const choice = documentChoices(documents).find((c) => c.value.toLowerCase() === wanted);
  if (choice) return choice.id;
  const byId = documents.find((d) => d.id.toLowerCase() === wanted);
  if (byId) return byId.id;
  return documents.find((d) => d.title.toLowerCase() === wanted)?.id ?? null;
}
