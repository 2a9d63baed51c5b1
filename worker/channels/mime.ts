import { isValidEmail } from "../../shared/email.ts";
import { neutraliseBidi } from "../../shared/visible-text.ts";
import { bytesToBase64 } from "../http/base64.ts";

// A small MIME writer for the handoff email: multipart/alternative with a text and an HTML
// part. Every line ends in CRLF; the message is 7-bit ASCII throughout (bodies quoted-printable
// in UTF-8, headers RFC 2047-encoded where needed), so no relay has to convert it and no line
// comes near SMTP's 998-byte limit, whatever a visitor wrote.

/** The parts of a message `buildMime` writes. */
export interface MimeMessage {
  from: { name: string; address: string };
  to: string;
  /** Left out unless a plain address (`isValidEmail`): it is visitor input. */
  replyTo: string | null;
  /** A second Reply-To address, under the same rule. */
  alsoReplyTo?: string | null;
  subject: string;
  /** Without angle brackets: `id@domain`. */
  messageId: string;
  /** The message this one answers, without angle brackets: threads a reply. */
  inReplyTo?: string | null;
  /** The thread's earlier messages, oldest first, without angle brackets. */
  references?: readonly string[];
  date: Date;
  text: string;
  html: string;
}

const CRLF = "\r\n";
// C0 controls other than tab and line feed, DEL and C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * `text` fit to go into an email: line breaks (CRLF, CR, U+2028/9) as LF; NUL and other control
 * characters except tab removed, and bidi controls too (`neutraliseBidi`, as Slack and the
 * dashboard do).
 *
 * @example
 * stripUnsafeCharacters("a\u0000b\r\nc\u202e"); // "ab\nc"
 */
export function stripUnsafeCharacters(text: string): string {
  return neutraliseBidi(text.replace(/\r\n?|[\u2028\u2029]/g, "\n").replace(UNSAFE, ""));
}

/**
 * The message as RFC 5322/2045 text: CRLF line ends, headers ASCII and folded to 78
 * characters (an address, which cannot be folded, may run longer, never past 998), both
 * bodies UTF-8 in quoted-printable with lines of at most 76 characters.
 *
 * @example
 * buildMime({ from: { name: "Clarifier", address: "c@acme.example" }, to: "team@acme.example",
 *   replyTo: null, subject: "Handoff from Acme: Hej Søren", messageId: "1@acme.example",
 *   date: new Date(), text: "Hej", html: "<p>Hej</p>" });
 * // "From: Clarifier <c@acme.example>\r\n…Subject: =?UTF-8?B?…?=\r\n…"
 */
export function buildMime(message: MimeMessage): string {
  const boundary = `=_clarifier_${crypto.randomUUID().replace(/-/g, "")}`;
  const headers = [
    `From: ${displayName(message.from.name)} <${message.from.address}>`,
    `To: <${message.to}>`,
    ...replyToHeader([message.replyTo, message.alsoReplyTo ?? null]),
    `Subject: ${encodeWords(headerText(message.subject), "Subject: ".length)}`,
    `Message-ID: <${message.messageId}>`,
    ...(message.inReplyTo ? [`In-Reply-To: <${message.inReplyTo}>`] : []),
    // One id per line: an id cannot be folded, and a long thread would pass 998 bytes.
    ...(message.references?.length
      ? [`References: ${message.references.map((id) => `<${id}>`).join(`${CRLF} `)}`]
      : []),
    `Date: ${formatDate(message.date)}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative;${CRLF} boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=utf-8`,
      "Content-Transfer-Encoding: quoted-printable",
      "",
      encodeQuotedPrintable(stripUnsafeCharacters(body)),
    ].join(CRLF);
  return [
    ...headers,
    "",
    part("text/plain", message.text),
    part("text/html", message.html),
    `--${boundary}--`,
    "",
  ].join(CRLF);
}

/** Reply-To with each plain address on a line of its own (an address can't be folded). */
function replyToHeader(addresses: readonly (string | null)[]): string[] {
  const plain = addresses.filter((a): a is string => a !== null && isValidEmail(a));
  return plain.length ? [`Reply-To: ${plain.map((a) => `<${a}>`).join(`,${CRLF} `)}`] : [];
}

/** One line of header text: unsafe characters out, line breaks and runs of space as one space. */
function headerText(text: string): string {
  return stripUnsafeCharacters(text).replace(/\s+/g, " ").trim();
}

// A display name with RFC 5322 specials ("Acme <Outdoor>") would be read as part of the
// address: it goes encoded, as any non-ASCII name does.
function displayName(name: string): string {
  const text = headerText(name);
  return encodeWords(text, "From: ".length, /[()<>[\]:;@\\,."]/.test(text));
}

// Plain when it is short printable ASCII that no reader could take for an encoded word.
function encodeWords(text: string, used: number, always = false): string {
  if (!always && /^[\x20-\x7e]*$/.test(text) && !text.includes("=?") && used + text.length <= 78)
    return text;
  // Base64 encoded words of whole characters, at most 39 bytes (52 base64 characters, 64 with
  // the "=?UTF-8?B?…?=" around them), each on its own line after the first.
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk = "";
  for (const char of text) {
    if (encoder.encode(chunk + char).length > 39) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${bytesToBase64(encoder.encode(w))}?=`).join(`${CRLF} `);
}

const HEX = "0123456789ABCDEF";

/**
 * `text` (LF line breaks) as quoted-printable UTF-8 (RFC 2045 6.7): hard breaks as CRLF, soft
 * breaks ("=" CRLF) before 76 characters, "=", controls and non-ASCII bytes as =XX, and
 * whitespace at a line's end encoded so no relay strips it. A leading "." or "From " is encoded
 * too, against SMTP dot-stuffing and mbox quoting, at the start of every line written: the
 * message's own lines and the ones a soft break starts.
 */
function encodeQuotedPrintable(text: string): string {
  const encoder = new TextEncoder();
  return text
    .split("\n")
    .map((line) => {
      const bytes = encoder.encode(line);
      let out = "";
      let width = 0;
      const encoded = (byte: number) => `=${HEX[byte >> 4]}${HEX[byte & 15]}`;
      bytes.forEach((byte, i) => {
        const last = i === bytes.length - 1;
        const literal =
          (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        let token = literal ? String.fromCharCode(byte) : encoded(byte);
        if (width + token.length > 75) {
          out += `=${CRLF}`;
          width = 0;
        }
        // Judged where each line of the message starts, after a soft break as much as after a
        // hard one: a wrapped line that is "." alone would end the message in SMTP.
        if (width === 0 && literal && startsGuardedLine(bytes, i)) token = encoded(byte);
        out += token;
        width += token.length;
      });
      return out;
    })
    .join(CRLF);
}

const FROM_SPACE = [70, 114, 111, 109, 32]; // "From "

/** Whether the bytes at `i` begin with "." or "From ": what a line of the message must not. */
function startsGuardedLine(bytes: Uint8Array, i: number): boolean {
  return bytes[i] === 46 || FROM_SPACE.every((b, k) => bytes[i + k] === b);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}
