/**
 * Knowledge-base documents: turning Markdown, HTML and plain-text files into documents, and
 * checking documents before an index is built. Pure, so the admin API and `npm run kb` apply
 * the same rules.
 */
import * as v from "valibot";
import { MAX_KB_DOCUMENT_LENGTH } from "../../shared/limits.ts";
import { removeElements, stripMarkup } from "./text.ts";

/** A document of a knowledge base, as imported. */
export interface KbDocument {
  id: string;
  title: string;
  text: string;
  url?: string | null;
  /**
   * Phrasings visitors used for what this document answers: they count towards matching it as
   * strongly as its title, and are never shown as answer text.
   */
  questions?: readonly string[];
}

const StoredDocumentsSchema = v.array(
  v.object({
    id: v.string(),
    title: v.string(),
    text: v.string(),
    url: v.optional(v.nullable(v.string())),
    questions: v.optional(v.array(v.string())),
  }),
);

/**
 * A site's documents as stored in KV (JSON, written by an import or a teach), or null when
 * there are none or the value doesn't read as documents. The worker and `npm run kb` read them
 * alike.
 */
export function parseStoredDocuments(text: string | null): KbDocument[] | null {
  if (!text) return null;
  try {
    const parsed = v.safeParse(StoredDocumentsSchema, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

export type DocumentFormat = "markdown" | "html" | "text";

/** A document that cannot go into an index, and why, in words its author can act on. */
export interface DocumentProblem {
  id: string;
  /** `too_large` maps to 413, everything else to 400. */
  kind: "empty" | "too_large" | "binary" | "bad_url" | "duplicate_id";
  message: string;
}

/** The format a file name implies, or null for a file the importer does not read. */
export function formatOf(fileName: string): DocumentFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "md" || ext === "markdown" || ext === "mdx") return "markdown";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "txt" || ext === "text") return "text";
  return null;
}

/**
 * A file's text as a document. The title is the Markdown front matter's `title:`, the first
 * `# heading`, the HTML `<title>` or first `<h1>`, or the plain text's first line when short;
 * else `fallbackTitle`. The URL is front matter's `url:` or the HTML canonical link, else
 * `fallbackUrl`.
 *
 * @example
 * parseDocument("returns", "# Returns\n\nWithin 30 days.", "markdown", "returns", null).title; // "Returns"
 */
export function parseDocument(
  id: string,
  raw: string,
  format: DocumentFormat,
  fallbackTitle: string,
  fallbackUrl: string | null,
): KbDocument {
  let text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let title: string | undefined;
  let url: string | undefined;
  let questions: string[] = [];
  // Each field is read in one pass over the text: a file is its owner's upload of up to 5 MB,
  // and the patterns these replace (`/^#\s+(.+?)\s*#*\s*$/m`, `/<link\b[^>]*rel=…[^>]*href=…/i`,
  // `/<title[^>]*>([\s\S]*?)<\/title>/i`, …) took quadratic or cubic time on a crafted one: a
  // heading line of 2,000 spaces took 10 s, 15 KB of `<link href='x' ` 3 s, each growing with
  // the cube of its length (the tenth security pass).
  if (format === "markdown") {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (front) {
      const fields = front[1] ?? "";
      title = frontMatterValue(fields, ["title"]);
      url = frontMatterValue(fields, ["url", "source", "canonical"], true);
      questions = frontMatterList(fields, "questions");
      text = text.slice(front[0].length);
    }
    title ??= firstHeading(text);
  } else if (format === "html") {
    title =
      clean(firstElementText(text, "title")) || clean(firstElementText(text, "h1")) || undefined;
    url = canonicalUrl(text);
    // The page's head and chrome are not its content.
    text = removeElements(text, /<(head|nav|header|footer)\b/gi);
  } else {
    const firstLine = text.trimStart().split("\n", 1)[0]?.trim() ?? "";
    if (firstLine.length > 0 && firstLine.length <= 120 && !/[.!?]$/.test(firstLine))
      title = firstLine;
  }
  return {
    id,
    title: (title ?? fallbackTitle).trim().slice(0, 500),
    text,
    url: url && isHttpUrl(url) ? url : fallbackUrl,
    ...(questions.length > 0 ? { questions } : {}),
  };
}

/**
 * A list in front matter: `questions:` followed by `- item` lines (quotes optional), or an
 * inline `questions: [a, b]`.
 */
function frontMatterList(fields: string, name: string): string[] {
  const inline = new RegExp(`^${name}:\\s*\\[(.*)\\]\\s*$`, "m").exec(fields)?.[1];
  const items = inline
    ? inline.split(",")
    : (new RegExp(`^${name}:\\s*\\n((?:\\s*-\\s.*(?:\\n|$))+)`, "m").exec(fields)?.[1] ?? "")
        .split("\n")
        .map((line) => line.replace(/^\s*-\s*/, ""));
  return items
    .map((q) =>
      q
        .trim()
        .replace(/^["']|["']$/g, "")
        .trim(),
    )
    .filter((q) => q.length > 0);
}

/**
 * The value of the first front-matter line `key: value` for one of `keys`, its quotes taken off;
 * with `word`, only a value without spaces (a URL). Read line by line, in linear time.
 *
 * @example
 * frontMatterValue('title: "Returns policy"', ["title"]); // "Returns policy"
 */
function frontMatterValue(
  fields: string,
  keys: readonly string[],
  word = false,
): string | undefined {
  for (const line of fields.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0 || !keys.includes(line.slice(0, colon))) continue;
    const value = unquoted(line.slice(colon + 1).trim());
    if (value !== "" && !(word && /\s/.test(value))) return value;
  }
  return undefined;
}

/** `text` without one quote at its start and one at its end. */
function unquoted(text: string): string {
  const start = text.startsWith('"') || text.startsWith("'") ? 1 : 0;
  const end = text.length > start && (text.endsWith('"') || text.endsWith("'")) ? 1 : 0;
  return text.slice(start, text.length - end);
}

/**
 * The text of the first `# heading` line, without a closing run of `#` (as `/^#\s+(.+?)\s*#*\s*$/m`
 * read it, in linear time), or undefined when there is none.
 */
function firstHeading(text: string): string | undefined {
  for (const line of text.split("\n")) {
    if (!/^#[ \t]/.test(line)) continue;
    const content = line.slice(1).trim();
    let end = content.length;
    while (end > 0 && content[end - 1] === "#") end--;
    const heading = content.slice(0, end).trimEnd();
    if (content !== "") return heading || content;
  }
  return undefined;
}

/**
 * The inner HTML of the first `<name …>…</name>`, or undefined. One pass: the opener's
 * attributes stop at the next `<` or `>`, and without a closer after the first opener there is
 * none after a later one.
 */
function firstElementText(html: string, name: string): string | undefined {
  const open = new RegExp(`<${name}\\b[^<>]*>`, "i").exec(html);
  if (!open) return undefined;
  const closer = new RegExp(`</${name}\\s*>`, "gi");
  closer.lastIndex = open.index + open[0].length;
  const close = closer.exec(html);
  return close ? html.slice(open.index + open[0].length, close.index) : undefined;
}

const LINK_OR_META = /<(link|meta)\b([^<>]*)/gi;

/**
 * The page's own address: the first `<link rel="canonical" href="…">` (its attributes in either
 * order), else `<meta property="og:url" content="…">`. Each tag's attributes are read apart, up
 * to the next `<` or `>`, so the whole page is read once.
 */
function canonicalUrl(html: string): string | undefined {
  let og: string | undefined;
  LINK_OR_META.lastIndex = 0;
  for (let tag = LINK_OR_META.exec(html); tag; tag = LINK_OR_META.exec(html)) {
    const attributes = tag[2] ?? "";
    if ((tag[1] ?? "").toLowerCase() === "link") {
      if (!/\brel=["']canonical["']/i.test(attributes)) continue;
      const href = /\bhref=["']([^"']+)["']/i.exec(attributes)?.[1];
      if (href) return href;
    } else if (og === undefined && /\bproperty=["']og:url["']/i.test(attributes)) {
      og = /\bcontent=["']([^"']+)["']/i.exec(attributes)?.[1];
    }
  }
  return og;
}

function clean(html: string | undefined): string {
  return html ? stripMarkup(html).replace(/\s+/g, " ").trim() : "";
}

/**
 * Whether `value` may be a knowledge-base source link: an absolute `https:` or `http:` URL with
 * a host. Visitors click these in answers and owners on the gaps page, so `javascript:`,
 * `data:` and `vbscript:` must never get in, whichever way a document arrives (admin API, CLI).
 *
 * @example
 * isHttpUrl("https://acme.example/returns"); // true
 * isHttpUrl("javascript:alert(1)"); // false
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * What is wrong with each document that cannot be indexed: empty once markup is stripped,
 * longer than MAX_KB_DOCUMENT_LENGTH, binary or wrongly encoded (NUL or other control bytes,
 * or U+FFFD where a decoder met bytes that were not UTF-8), or an id used twice.
 */
export function findDocumentProblems(documents: readonly KbDocument[]): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const seen = new Set<string>();
  for (const doc of documents) {
    const name = `Document "${doc.id}"`;
    if (seen.has(doc.id)) {
      problems.push({
        id: doc.id,
        kind: "duplicate_id",
        message: `${name} appears more than once: give each document its own id.`,
      });
      continue;
    }
    seen.add(doc.id);
    if (doc.text.length > MAX_KB_DOCUMENT_LENGTH) {
      problems.push({
        id: doc.id,
        kind: "too_large",
        message: `${name} is ${doc.text.length} characters long; the limit is ${MAX_KB_DOCUMENT_LENGTH}: split it.`,
      });
    } else if (looksBinary(doc.text) || looksBinary(doc.title)) {
      problems.push({
        id: doc.id,
        kind: "binary",
        message: `${name} is binary or not UTF-8 text: send its text, encoded as UTF-8.`,
      });
    } else if (doc.url != null && !isHttpUrl(doc.url)) {
      problems.push({
        id: doc.id,
        kind: "bad_url",
        message: `${name} has a url that is not an https: or http: address: visitors follow it from answers.`,
      });
    } else if (stripMarkup(doc.text).trim().length === 0) {
      problems.push({
        id: doc.id,
        kind: "empty",
        message: `${name} has no text once markup is removed.`,
      });
    }
  }
  return problems;
}

/** NUL and other C0 controls besides tab/newline/CR/form feed, or replacement characters, in more than a trace. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let suspicious = 0;
  for (const ch of text.slice(0, 100_000)) {
    const code = ch.codePointAt(0) ?? 0;
    if (
      code === 0xfffd ||
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)
    )
      suspicious++;
  }
  return suspicious > 0 && suspicious >= Math.max(1, Math.min(text.length, 100_000) * 0.001);
}

/**
 * Bytes of a file as text, or why they are not: NUL bytes mean binary; invalid UTF-8 means
 * another encoding (we do not guess which).
 */
export function decodeFile(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.includes(0)) return { ok: false, reason: "is binary (it contains NUL bytes)" };
  try {
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes),
    };
  } catch {
    return { ok: false, reason: "is not valid UTF-8: convert it to UTF-8 first" };
  }
}
