/**
 * The new text of an email reply: what the team wrote above the quoted history and the
 * signature. Mail clients quote in a handful of ways; each is a line that starts the history.
 */

// "On Mon, 6 Dec 2026 at 10:00, Clarifier <…> wrote:", "Den man. 6. dec. 2026 kl. 10.00 skrev
// Clarifier <…>:", "Am … schrieb …:", "Le … a écrit :", "El … escribió:"; Gmail may wrap the
// attribution over two lines, so the verb and the colon can end the next.
const ATTRIBUTION_START = /^(on|den|am|le|el)\s/i;
const ATTRIBUTION_VERB = /(^|\s)(wrote|skrev|schrieb|a écrit|escribió)(?=[\s:])/i;
// Outlook: "-----Original Message-----", or a header block ("From: …" then "Sent:"/"Date:").
const ORIGINAL =
  /^-{2,}\s*(original message|oprindelig meddelelse|ursprüngliche nachricht|message d'origine|mensaje original)\s*-{2,}$/i;
const HEADER_FROM = /^(from|fra|von|de|de):\s/i;
const HEADER_NEXT = /^(sent|date|sendt|dato|gesendet|datum|envoyé|date|enviado|fecha):\s/i;
// "-- " is the signature separator (RFC 3676); many clients drop the space.
const SIGNATURE = /^--\s?$/;

/**
 * Whether `line` ends an attribution: a verb, then a colon that ends the line. Tested as two
 * linear checks, not one pattern: `verb.*:\s*$` scans to the end from every verb, quadratic in
 * a line of thousands of them (seconds for a 400,000-character line a sender may write).
 */
function endsAttribution(line: string): boolean {
  return line.trimEnd().endsWith(":") && ATTRIBUTION_VERB.test(line);
}

/**
 * The lines before the first quote, attribution, original-message header or signature
 * separator, trimmed; "" when nothing new was written.
 *
 * @example
 * stripQuotedReply("Sure, done!\n\nOn Mon, 6 Dec 2026, Clarifier wrote:\n> Handoff from Acme");
 * // "Sure, done!"
 */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const next = (lines[i + 1] ?? "").trim();
    if (
      line.startsWith(">") ||
      (ATTRIBUTION_START.test(line) && endsAttribution(line)) ||
      (ATTRIBUTION_START.test(line) && endsAttribution(next) && !next.startsWith(">")) ||
      ORIGINAL.test(line) ||
      (HEADER_FROM.test(line) && HEADER_NEXT.test(next)) ||
      SIGNATURE.test(lines[i] ?? "")
    ) {
      end = i;
      break;
    }
  }
  return lines.slice(0, end).join("\n").trim();
}
