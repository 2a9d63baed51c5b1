import { stemmer } from "@orama/stemmers/english";
import { eng } from "stopword";
import type { LanguageData } from "../types.ts";
import { KEYWORDS } from "./keywords.ts";
import { LEXICON } from "./lexicon.ts";
import { LEXICON_WIDE } from "./lexicon-wide.ts";
import { OFF_TOPIC, OFF_TOPIC_FRAMES } from "./off-topic.ts";
import { PERSON_REQUESTS } from "./person-requests.ts";
import { SMALL_TALK, SMALL_TALK_REPLIES } from "./small-talk.ts";

/** English. */
export const en: LanguageData = {
  code: "en",
  keywords: KEYWORDS,
  personRequests: PERSON_REQUESTS,
  smallTalk: { phrases: SMALL_TALK, replies: SMALL_TALK_REPLIES },
  lexicon: LEXICON,
  lexiconWide: LEXICON_WIDE,
  offTopic: OFF_TOPIC,
  offTopicFrames: OFF_TOPIC_FRAMES,
  // The `stopword` package's list misses some question words a visitor starts with.
  stopWords: [
    ...eng,
    ..."does doing done why when whom whose am i'm i've i'd i'll can't don't doesn't isn't it's there's what's let's yes no not".split(
      " ",
    ),
  ],
  stem: stemmer,
  interrogatives: /\bhow\s+(?:long|often|far|soon|much\s+time)\b/giu,
  marks: {
    markers:
      "an and are as at be by can could do does for from had has have how i if in is it its me my of on or our so than that the their them then there these they this to was we were what when where which who why will with would you your should any get i'm it's don't doesn't can't",
  },
};
