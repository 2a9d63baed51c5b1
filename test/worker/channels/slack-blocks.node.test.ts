import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_LENGTH } from "../../../shared/limits.ts";
import {
  buildSlackMessage,
  escapeSlackText,
  fitSlackText,
  HEADER_TEXT_LIMIT,
  SECTION_FIELD_LIMIT,
  SECTION_TEXT_LIMIT,
} from "../../../worker/channels/slack.ts";
import type { HandoffNotice } from "../../../worker/channels/notice.ts";

interface Block {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
}

/** Every text of the message against Block Kit's limit for where it sits. */
function overLimits(message: { blocks: unknown[] }): string[] {
  const problems: string[] = [];
  for (const block of message.blocks as Block[]) {
    if (block.type === "header" && (block.text?.text.length ?? 0) > HEADER_TEXT_LIMIT)
      problems.push(`header ${block.text?.text.length}`);
    if (block.type === "section" && (block.text?.text.length ?? 0) > SECTION_TEXT_LIMIT)
      problems.push(`section ${block.text?.text.length}`);
    for (const f of block.fields ?? [])
      if (f.text.length > SECTION_FIELD_LIMIT) problems.push(`field ${f.text.length}`);
  }
  return problems;
}

const notice = (over: Partial<HandoffNotice>): HandoffNotice => ({
  id: "h1",
  siteName: "Acme",
  reason: "keyword",
  matched: "human",
  confidence: null,
  threshold: null,
  visitorEmail: "v@example.com",
  visitorMessage: "talk to a human",
  lastAiReply: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  ...over,
});

describe("Slack Block Kit limits", () => {
  it("hold for the longest message made of characters escaping lengthens, and a long matched phrase", () => {
    const message = buildSlackMessage(
      notice({
        visitorMessage: "<&>\n".repeat(MAX_MESSAGE_LENGTH / 4),
        matched: "<".repeat(2_000),
        siteName: "S".repeat(100),
        lastAiReply: "&".repeat(5_000),
      }),
    );
    expect(overLimits(message)).toEqual([]);
  });

  it("hold for any visitor message, matched phrase, site name and reply", () => {
    const text = (max: number) =>
      fc.string({
        unit: fc.constantFrom("<", ">", "&", "\n", "a", "é", "😀", "*", "`", "@", " "),
        maxLength: max,
      });
    fc.assert(
      fc.property(
        text(MAX_MESSAGE_LENGTH),
        text(500),
        text(100),
        fc.option(text(4_000)),
        (visitorMessage, matched, siteName, lastAiReply) => {
          const message = buildSlackMessage(
            notice({ visitorMessage, matched, siteName, lastAiReply }),
          );
          expect(overLimits(message)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("cuts after escaping, on a whole character, never inside an entity, and says it cut", () => {
    const cut = fitSlackText("*M*\n>", "a".repeat(10) + "<".repeat(100), 30, true);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toMatch(/^\*M\*\n>a{10}(&lt;)+…$/);
    expect(fitSlackText("", "short & sweet", 30)).toBe("short &amp; sweet");
    expect(fitSlackText("", "😀".repeat(20), 11)).toBe(`${"😀".repeat(5)}…`);
  });

  // The visitor's message is a mrkdwn quote line by line; the last AI reply was bare lines, and
  // a model can be talked into writing anything, a section heading of the notice's own included.
  it("quotes every line of the last AI reply, as it does the visitor's message", () => {
    const forged = "Sure.\n*Visitor email*\nceo@acme.example\n\n*Trigger*\nrefund";
    const message = buildSlackMessage(notice({ visitorMessage: forged, lastAiReply: forged }));
    for (const label of ["*Visitor message*", "*Last AI reply*"]) {
      const text =
        (message.blocks as Block[]).find((b) => b.text?.text.startsWith(label))?.text?.text ?? "";
      const [first, ...rest] = text.split("\n");
      expect(first).toBe(label);
      expect(rest.length).toBe(6);
      for (const line of rest) expect(line.startsWith(">"), `${label}: ${line}`).toBe(true);
    }
  });

  // Ninth security pass: `<!channel>` was escaped, but the plain words "@channel", "@here" and
  // "@everyone" went as written, and Slack's text objects parse "certain mentions" in plain text
  // by default (`verbatim` false): a visitor could have notified the team's whole channel.
  it("defuses mentions written as plain words, wherever outside text goes, and leaves addresses whole", () => {
    const words = "@channel @HERE (@everyone) *@here* _@channel_ >@alice — mail jane@example.com";
    const message = buildSlackMessage(
      notice({
        visitorMessage: words,
        matched: "@channel",
        lastAiReply: words,
        visitorEmail: "ops_@example.com",
      }),
    );
    const sent = JSON.stringify(message);
    expect(sent).not.toMatch(/@(?:channel|here|everyone|alice)/i);
    expect(sent).toContain("@\u2060channel");
    expect(sent).toContain("jane@example.com");
    expect(sent).toContain("ops_@example.com");
    // A team reply posted into a Slack app's thread, and its author, go through the same.
    expect(escapeSlackText("@here from @channel")).toBe("@\u2060here from @\u2060channel");
    expect(escapeSlackText("<!here>")).toBe("&lt;!here&gt;");
  });

  // Fourth security pass: Slack previews media links in app and webhook messages unless told
  // not to, and a visitor's image link would show as an image under the notice, unquoted.
  it("asks Slack for no link or media previews of what the visitor and the model wrote", () => {
    const message = buildSlackMessage(
      notice({ visitorMessage: "See https://evil.example/banner.png", lastAiReply: null }),
    );
    expect(message).toMatchObject({ unfurl_links: false, unfurl_media: false });
  });
});
