/**
 * One uploaded or read file as a knowledge-base document: the one code path `npm run kb --
 * import` and the dashboard's Knowledge base upload both run, so a file imports the same way
 * from either. Pure.
 */
import {
  decodeFile,
  findDocumentProblems,
  formatOf,
  type KbDocument,
  parseDocument,
} from "./documents.ts";

/** A file read into a document, or why it was skipped, in words its owner can act on. */
export type ImportedFile = { ok: true; document: KbDocument } | { ok: false; reason: string };

/**
 * A document id from a file's path relative to what was imported: `/`-separated, without the
 * extension (`guides/returns.md` → `guides/returns`).
 *
 * @example
 * documentIdOf("guides\\returns.md"); // "guides/returns"
 */
export function documentIdOf(relativePath: string): string {
  return relativePath
    .split(/[\\/]+/)
    .filter((part) => part !== "" && part !== "." && part !== "..")
    .join("/")
    .replace(/\.[^./]+$/, "");
}

/**
 * Reads one file: its format from its name (Markdown, HTML, text), its bytes as UTF-8, its
 * title and URL as `parseDocument` finds them (the file name, dashes as spaces, when it names
 * none), then the same checks as every import (`findDocumentProblems`).
 *
 * @example
 * importFile("returns.md", new TextEncoder().encode("# Returns\n\nWithin 30 days."), { id: "returns", baseUrl: null });
 * // { ok: true, document: { id: "returns", title: "Returns", … } }
 */
export function importFile(
  fileName: string,
  bytes: Uint8Array,
  options: { id: string; baseUrl: string | null },
): ImportedFile {
  const format = formatOf(fileName);
  if (!format) return { ok: false, reason: "is not Markdown (.md), HTML (.html) or text (.txt)" };
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return { ok: false, reason: `it ${decoded.reason}` };
  const fallbackTitle =
    (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ") ||
    options.id;
  const document = parseDocument(
    options.id,
    decoded.text,
    format,
    fallbackTitle,
    options.baseUrl ? `${options.baseUrl}/${options.id}` : null,
  );
  const [problem] = findDocumentProblems([document]);
  return problem ? { ok: false, reason: problem.message } : { ok: true, document };
}
