import { stemmer } from "@orama/stemmers/german";
import { deu } from "stopword";
import type { LanguageData } from "../types.ts";
import { KEYWORDS } from "./keywords.ts";
import { LEXICON } from "./lexicon.ts";
import { LEXICON_WIDE } from "./lexicon-wide.ts";
import { OFF_TOPIC, OFF_TOPIC_FRAMES } from "./off-topic.ts";
import { PERSON_REQUESTS } from "./person-requests.ts";
import { SMALL_TALK, SMALL_TALK_REPLIES } from "./small-talk.ts";

/** German. */
export const de: LanguageData = {
  code: "de",
  keywords: KEYWORDS,
  personRequests: PERSON_REQUESTS,
  smallTalk: { phrases: SMALL_TALK, replies: SMALL_TALK_REPLIES },
  lexicon: LEXICON,
  lexiconWide: LEXICON_WIDE,
  offTopic: OFF_TOPIC,
  offTopicFrames: OFF_TOPIC_FRAMES,
  // The `stopword` package's list misses some question words a visitor starts with.
  stopWords: [
    ...deu,
    ..."warum wieso weshalb wann welche welcher welches wer wo wie was gibt kann kannst können".split(
      " ",
    ),
  ],
  stem: stemmer,
  interrogatives: /(?<!\p{L})wie\s+(?:schnell|bald)(?!\p{L})/giu,
  marks: {
    markers:
      "aber als am an auch auf aus bei bin bis das dass dem den der des die ein eine einem einen einer es für hat ich ihr im in ist ja kann man mit nach nicht oder sie sind so über um und von vor was wie wir zu zum zur wurde werden wo wann warum welche welcher welches wer gibt euch mein meine meinen meinem meiner habe haben muss können kein keine noch lange dauert kostet kosten möchte bitte vom beim ins",
    letters: /[äöüß]/,
    accentFree: true,
  },
};
