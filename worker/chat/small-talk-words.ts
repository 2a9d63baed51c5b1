/**
 * The words of small talk that several languages share, and the emoji that carry a message
 * alone (`small-talk.ts` reads them). Each language's own words and replies are in its folder
 * (`shared/languages/<code>/small-talk.ts`). Data only: to recognise a new greeting or thanks,
 * add its words to the right line and an example to test/worker/chat/small-talk.node.test.ts.
 */
import type { SmallTalkKind, SmallTalkPhrase } from "../../shared/languages/types.ts";

// The names the assistant is called by in any language, a filler beside thanks or a greeting.
// After a bare "no" they ask for a person instead ("no bot please"): small-talk.ts reads that as
// no small talk.
export const ASSISTANT_NAMES: readonly string[] = [
  "bot",
  "clarifier",
  "assistant",
  "assistent",
  "assistente",
];

// A message is small talk when it can be read, word for word, as a sequence of social phrases
// and fillers (intensifiers, "for the help", "zusammen", the assistant's name) with at least one
// social phrase. Anything else ("Canada", "cancel", "how", a number) makes it a question for the
// knowledge base. Phrases are written in a small pattern language so that the word classes
// combine ("thank you so much for the quick reply") without listing whole messages:
// "(a|b)" is a choice, "[a|b]" an optional choice, words are matched after `normalize`.
// These are the words several languages use ("ok", "super", "hi"): they say nothing about the
// language.
export const SHARED_SOCIAL_WORDS: readonly SmallTalkPhrase[] = [
  ["greeting", "(hi|hey|heya|hallo|hallo hallo|halo|yo|hallå|hey hey|hi hi|hoi|ey)"],
  ["greeting", "ciao"],
  ["goodbye", "(ciao|tschau|tchao|chao|bye|bye bye|byebye|ade|adieu|bb)"],
  ["acknowledgement", "(ok|okay|okey|oki|okie|k|kk|okidoki|okie dokie|okey dokey|ok ok)"],
  [
    "acknowledgement",
    "(super|cool|top|nice|perfekt|prima|genial|excellent|wow|ah|aha|ahh|oh|ahso|mhm|hmm|hm|mm|mmh|yes)",
  ],
  ["thanks", "(thx|thanx|thnx|tx|ty|tyvm|tysm|tnx|tks|thks|tyty|ty ty)"],
  // Visitors write small talk in languages Clarifier does not answer in too (Italian,
  // Portuguese, Dutch, Norwegian, Finnish, Polish…): a "grazie" or "obrigado" is still thanks,
  // and its reply goes out in the site's language.
  [
    "thanks",
    "(grazie|grazie mille|mille grazie|obrigado|obrigada|muito obrigado|muito obrigada|bedankt|dank je|dank je wel|dankjewel|dank u|dank u wel|hartelijk dank|tusen takk|mange takk|kiitos|dziekuje|dzieki|diky|dekuji|spasibo|arigato|arigatou)",
  ],
  [
    "greeting",
    "(buongiorno|buonasera|salve|ola|oi|bom dia|boa tarde|boa noite|goedemorgen|goedemiddag|goedenavond|hei|heisann|hei hei|hallo daar|dzien dobry|terve)",
  ],
  [
    "goodbye",
    "(arrivederci|tchau|adeus|doei|tot ziens|nakemiin|do widzenia|buona giornata|buona serata|fijne dag|prettige dag|bom dia para voce)",
  ],
  ["acknowledgement", "(va bene|perfetto|capito|beleza|tudo bem|tudo certo|helemaal goed|oke)"],
  // The assistant's names ("thanks bot", "danke Clarifier"), and laughter ("haha", "jajaja",
  // "hehe", "mdr"), which small-talk.ts reads as "haha": beside a social phrase a filler, laughter
  // alone an acknowledgement (`LAUGHS` there).
  ["filler", `(${ASSISTANT_NAMES.join("|")})`],
  ["filler", "(haha|lol|xd|lmao|mdr|ptdr)"],
];

// Emoji that carry the message alone; any other pictograph is simply ignored beside words.
export const EMOJI_KINDS: Readonly<Record<string, SmallTalkKind>> = {
  "👍": "acknowledgement",
  "👌": "acknowledgement",
  "✅": "acknowledgement",
  "🆗": "acknowledgement",
  "🙏": "thanks",
  "👋": "greeting",
  "🙂": "acknowledgement",
  "😊": "acknowledgement",
  "😀": "acknowledgement",
  "😄": "acknowledgement",
  "❤": "thanks",
  // Laughing, winking or clapping at a reply says "ok", never a question.
  "😂": "acknowledgement",
  "🤣": "acknowledgement",
  "😅": "acknowledgement",
  "😁": "acknowledgement",
  "😉": "acknowledgement",
  "👏": "acknowledgement",
  "💯": "acknowledgement",
  "🥰": "thanks",
  "😍": "thanks",
  "🤗": "thanks",
};
