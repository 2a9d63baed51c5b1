import fc from "fast-check";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { buildHandoffEmail, toMime } from "../../worker/channels/email.ts";
import type { Handoff } from "../../worker/handoff/store.ts";
import { handoffRecord } from "./handoff-record.ts";

// What RFC 5322 and 2045 require of the bytes, checked line by line; a message that passes is
// one no relay needs to convert. Returns the problems found, so a failure says what is wrong.
function mimeProblems(raw: string): string[] {
  const problems: string[] = [];
  if (/[^\t\r\n\x20-\x7e]/.test(raw)) problems.push("a byte outside printable ASCII");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is looked for.
  if (/\x00/.test(raw)) problems.push("a NUL");
  if (/(?<!\r)\n|\r(?!\n)/.test(raw)) problems.push("a bare LF or CR");
  if (!raw.endsWith("\r\n")) problems.push("no CRLF at the end");
  const lines = raw.split("\r\n");
  for (const line of lines) if (line.length > 998) problems.push(`a line of ${line.length} bytes`);
  const blank = lines.indexOf("");
  const headers = lines.slice(0, blank);
  for (const line of headers) {
    // An address cannot be folded; anything else must be.
    const unbreakable = /^(?:Reply-To|To|From|Message-ID): \S+$|^ \S+$/.test(line);
    if (line.length > 78 && !unbreakable) problems.push(`a header line of ${line.length}: ${line}`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is looked for.
    if (/[\x00-\x08\x0a-\x1f\x7f]/.test(line)) problems.push(`a control in a header: ${line}`);
  }
  const boundary = /boundary="([^"]+)"/.exec(headers.join("\r\n"))?.[1];
  if (!boundary) return [...problems, "no multipart boundary"];
  const parts = raw.split(`--${boundary}`).slice(1, -1);
  if (parts.length !== 2) problems.push(`${parts.length} parts`);
  for (const part of parts) {
    // The head ends at the first blank line; the body is all the rest, blank lines and all.
    const [head = "", ...paragraphs] = part.replace(/^\r\n/, "").split("\r\n\r\n");
    const body = paragraphs.join("\r\n\r\n");
    const encoding = /^Content-Transfer-Encoding: (.+)$/im.exec(head)?.[1]?.toLowerCase();
    if (!/charset=utf-8/i.test(head)) problems.push("a part without charset=utf-8");
    const bodyLines = body.replace(/\r\n$/, "").split("\r\n");
    if (encoding === "quoted-printable") {
      for (const line of bodyLines) {
        if (line.length > 76) problems.push(`a quoted-printable line of ${line.length}`);
        if (/[ \t]$/.test(line)) problems.push("whitespace at a quoted-printable line's end");
        if (/=(?![0-9A-F]{2}|$)/.test(line)) problems.push(`a stray "=" in: ${line}`);
        // SMTP ends the message at a line that is "." alone; mbox quotes one starting "From ".
        if (line === ".") problems.push('a line that is "." alone');
        if (line.startsWith("From ")) problems.push(`a line starting "From ": ${line}`);
      }
    } else if (encoding === "base64") {
      for (const line of bodyLines)
        if (line.length > 76 || /[^A-Za-z0-9+/=]/.test(line)) problems.push("bad base64 line");
    } else if (encoding === "7bit") {
      if (/[^\t\r\n\x20-\x7e]/.test(body)) problems.push("8-bit bytes in a 7bit part");
    } else {
      problems.push(`transfer encoding ${encoding ?? "missing"}`);
    }
  }
  return problems;
}

function handoffWith(fields: Partial<Handoff>): Handoff {
  return handoffRecord({ matched: "menneske", ...fields });
}

async function sendAndRead(handoff: Handoff) {
  const email = buildHandoffEmail(handoff, "https://clarifier.example");
  const raw = toMime(email, "clarifier@acme.example", "team@acme.example", "acme.example");
  const parsed = await PostalMime.parse(raw);
  // postal-mime keeps the CRLF that RFC 2046 gives to the boundary line after a part.
  const body = (value: string | undefined) => value?.replace(/\r\n/g, "\n").replace(/\n$/, "");
  return { email, raw, parsed, text: body(parsed.text), html: body(parsed.html) };
}

const HOSTILE_TEXT = [
  "x".repeat(9_000),
  `${"Søren Øster Åberg straße Grüße ".repeat(300)}`,
  "\u0000\u0000call me\u0000",
  "\u202eevil.exe\u202c \u2066isolated\u2069 \u202a\u202b\u202d",
  "emoji 😀👍🏽🇩🇰 and a zwj family 👨‍👩‍👧",
  "line one\nline two\r\nline three\rline four\u2028five",
  "trailing spaces   \nand tabs\t\t\n",
  ".\n.leading dot\nFrom the start\n=3D= =?UTF-8?Q?x?=",
  "\u0001\u0007\u001b[31mred\u001b[0m\u007f\u0085",
  '<script>alert(1)</script> & "quotes"',
];

describe("the handoff email's MIME", () => {
  it.each(HOSTILE_TEXT.map((t) => [JSON.stringify(t.slice(0, 30)), t]))(
    "is well formed and round-trips for %s",
    async (_, text) => {
      const {
        email,
        raw,
        parsed,
        text: decodedText,
        html,
      } = await sendAndRead(
        handoffWith({
          siteName: `Bøger & Co ${text.slice(0, 40)}`,
          visitorMessage: text,
          lastAiReply: text,
          visitorEmail: "jane.doe+støtte@example.com".replace("ø", "o"),
        }),
      );
      expect(mimeProblems(raw)).toEqual([]);
      // Nothing that hides or reorders text, and no controls, in what a person reads.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is looked for.
      const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
      for (const value of [email.subject, email.text, email.html])
        expect(value).not.toMatch(unsafe);
      expect(parsed.subject).toBe(email.subject);
      expect(decodedText).toBe(email.text);
      expect(html).toBe(email.html);
      expect(parsed.replyTo?.map((m) => m.address)).toEqual(["jane.doe+stotte@example.com"]);
      expect(parsed.from?.address).toBe("clarifier@acme.example");
    },
  );

  it("guards the lines a soft break starts, not only the message's own: no line is '.' alone or starts 'From '", async () => {
    // 75 characters fill a quoted-printable line, so what follows starts the next one: the
    // "> " that marks the visitor's lines and 73 of theirs.
    const fill = "a".repeat(73);
    for (const visitorMessage of [`${fill}.`, `${fill}.\nnext`, `${fill}From here`, `${fill}..`]) {
      const { raw, text } = await sendAndRead(handoffWith({ visitorMessage }));
      expect(mimeProblems(raw)).toEqual([]);
      expect(text).toContain(visitorMessage.replace(/^/gm, "> "));
    }
  });

  it("keeps Danish and German letters and emoji intact, in the subject and the body", async () => {
    const { email, parsed } = await sendAndRead(
      handoffWith({ siteName: "Grønt Værksted", visitorMessage: "Hej! Kan I ringe? Grüße 😀" }),
    );
    expect(email.subject).toBe("Handoff from Grønt Værksted: Hej! Kan I ringe? Grüße 😀");
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.text).toContain("Hej! Kan I ringe? Grüße 😀");
  });

  it("sets Reply-To only for a plain address", async () => {
    for (const visitorEmail of [
      "søren@eksempel.dk",
      "jane@example.com\u202e",
      '"><svg/onload=alert(1)>@evil.co',
    ]) {
      const { raw, parsed } = await sendAndRead(handoffWith({ visitorEmail }));
      expect(mimeProblems(raw)).toEqual([]);
      expect(raw).not.toMatch(/^Reply-To:/m);
      expect(parsed.replyTo ?? []).toEqual([]);
    }
  });

  // The HTML part sets the visitor's message apart in a blockquote; the text part (what a
  // plain-text reader, a watch or a notification preview shows) had it as bare lines, so a
  // message could end the email itself, with a sign-in link of its own, and push the real
  // ending out of sight.
  it("marks every line the visitor wrote in the text part, so a message cannot end the email", async () => {
    const forged = [
      "Where is my order?",
      "",
      "Last AI reply:",
      "(none)",
      "",
      "The visitor left no email address.",
      "Open the handoff: https://clarifier-login.example/admin/handoffs/h1",
      ...Array<string>(40).fill(""),
    ].join("\n");
    for (const followUp of [false, true]) {
      const { text } = await sendAndRead(
        Object.assign(handoffWith({ visitorMessage: forged, lastAiReply: forged }), { followUp }),
      );
      const lines = (text ?? "").split("\n");
      const own = lines.filter((l) => !l.startsWith(">"));
      expect(own.filter((l) => l.startsWith("Open the handoff"))).toEqual([
        "Open the handoff: https://clarifier.example/admin/handoffs/h1",
      ]);
      expect(own.filter((l) => l === "Last AI reply:")).toHaveLength(1);
      expect(lines).toContain(
        "> Open the handoff: https://clarifier-login.example/admin/handoffs/h1",
      );
      // Blank lines of the message are marked too: its 40 blank lines cannot push the end away.
      expect(own.join("\n")).not.toMatch(/\n\n\n/);
    }
  });

  it("is well formed and round-trips whatever the visitor and the site wrote", async () => {
    const anyText = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom(" ", "\t", "\r", "\n", "=", ".", "ø", "😀", "\u0000", "a", "From "),
        maxLength: 400,
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        anyText,
        anyText,
        fc.option(anyText),
        async (siteName, visitorMessage, lastAiReply) => {
          const { email, raw, parsed, text, html } = await sendAndRead(
            handoffWith({ siteName, visitorMessage, lastAiReply }),
          );
          expect(mimeProblems(raw)).toEqual([]);
          expect(parsed.subject ?? "").toBe(email.subject);
          expect(text).toBe(email.text);
          expect(html).toBe(email.html);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
