import { breaksList, headsSection } from "./sections.ts";
import { splitSentences } from "./text.ts";

/**
 * About a paragraph or two: long enough to hold an answer, short enough to quote. A typical help
 * article (up to about 170 words) stays one passage: split in two, each half matched only part
 * of a paraphrase. At 1,000 rather than 700 characters, top-1 on the two help centres with
 * articles of 110-150 words rose 4-6 points; the large sets moved by half a point or less.
 */
const TARGET_PASSAGE_CHARS = 1000;

/**
 * A document's text split into passages of about TARGET_PASSAGE_CHARS, on paragraph breaks
 * where it can and on sentence breaks inside a long paragraph.
 *
 * @example
 * splitIntoPassages("Returns\n\nYou can return items within 30 days.", "Returns");
 * // ["You can return items within 30 days."]
 */
export function splitIntoPassages(text: string, title: string): string[] {
  // A paragraph's lines run on, as a hard-wrapped paragraph's do, except around a heading or an
  // FAQ's question ("Invoices\nAsk at reception for an invoice."): it stays a line of its own,
  // which the extractive answer reads as the heading of the lines below it (extract.ts) rather
  // than as the start of their first sentence ("Invoices Ask at reception…"); so does a list's
  // entry ("Monday: closed"). A Markdown
  // document usually repeats its title as its first heading; it is already indexed as the title
  // and would only crowd the extractive answer.
  const paragraphs = withHeadingsAttached(
    text
      .split(/\n\s*\n/)
      .map(joinLines)
      .filter((p) => p.length > 0 && p !== title.trim()),
  );
  const passages: string[] = [];
  let current = "";
  for (const paragraph of paragraphs) {
    for (const piece of paragraph.length > TARGET_PASSAGE_CHARS * 2
      ? chunkLongParagraph(paragraph)
      : [paragraph]) {
      if (current && current.length + piece.length > TARGET_PASSAGE_CHARS) {
        passages.push(current);
        current = "";
      }
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) passages.push(current);
  return passages;
}

/** A long paragraph in chunks of about TARGET_PASSAGE_CHARS, on sentence breaks, its lines kept. */
function chunkLongParagraph(paragraph: string): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of paragraph.split("\n")) {
    splitSentences(line).forEach((sentence, i) => {
      if (current && current.length + sentence.length > TARGET_PASSAGE_CHARS) {
        chunks.push(current);
        current = "";
      }
      current = current ? `${current}${i === 0 ? "\n" : " "}${sentence}` : sentence;
    });
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * A heading that is a paragraph of its own (an HTML `<h2>`, a Markdown heading above a blank
 * line) joined to the paragraph below it, so a passage never ends with a heading whose text
 * opens the next one.
 */
function withHeadingsAttached(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let heading = "";
  paragraphs.forEach((paragraph, i) => {
    const previous = paragraphs[i - 1]?.split("\n").at(-1);
    const next = paragraphs[i + 1]?.split("\n")[0];
    if (!paragraph.includes("\n") && headsSection(paragraph, previous, next)) {
      heading = heading ? `${heading}\n${paragraph}` : paragraph;
      return;
    }
    out.push(heading ? `${heading}\n${paragraph}` : paragraph);
    heading = "";
  });
  if (heading) out.push(heading);
  return out;
}

/**
 * A paragraph's lines joined by spaces, with a line break kept before and after a heading and
 * after a list's entry.
 */
function joinLines(paragraph: string): string {
  const lines = paragraph
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0);
  const heads = lines.map((line, i) => headsSection(line, lines[i - 1], lines[i + 1]));
  return lines
    .map((line, i) =>
      i === 0
        ? line
        : `${heads[i] || heads[i - 1] || breaksList(lines[i - 1] as string, line) ? "\n" : " "}${line}`,
    )
    .join("");
}
