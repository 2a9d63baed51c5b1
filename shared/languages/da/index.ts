import { stemmer } from "@orama/stemmers/danish";
import { dan } from "stopword";
import type { LanguageData } from "../types.ts";
import { KEYWORDS } from "./keywords.ts";
import { LEXICON } from "./lexicon.ts";
import { LEXICON_WIDE } from "./lexicon-wide.ts";
import { OFF_TOPIC, OFF_TOPIC_FRAMES } from "./off-topic.ts";
import { PERSON_REQUESTS } from "./person-requests.ts";
import { SMALL_TALK, SMALL_TALK_REPLIES } from "./small-talk.ts";

/** Danish. */
export const da: LanguageData = {
  code: "da",
  keywords: KEYWORDS,
  personRequests: PERSON_REQUESTS,
  smallTalk: { phrases: SMALL_TALK, replies: SMALL_TALK_REPLIES },
  lexicon: LEXICON,
  lexiconWide: LEXICON_WIDE,
  offTopic: OFF_TOPIC,
  offTopicFrames: OFF_TOPIC_FRAMES,
  // The `stopword` package's list misses some question words a visitor starts with.
  stopWords: [
    ...dan,
    ..."hvilke hvilket hvorfor hvornår hvordan blev været være bliver der hvor".split(" "),
  ],
  stem: stemmer,
  interrogatives: /(?<!\p{L})hvor\s+(?:lang\s+tid|længe|ofte|langt|hurtigt|tit)(?!\p{L})/giu,
  marks: {
    markers:
      "af at de den der det du eller en er et for fra har hvad hvis hvor hvordan hvilke hvilket hvornår i ikke jeg kan med man mig min mit og om på sig som til ved vi vil være blev efter også hvilken hvorfor hvem jeres skal må få kunne koster tager giver noget nogen hos mere meget gør bliver lang dig",
    letters: /[æøå]/,
    // A modal, its subject and an infinitive in -e ("kan man booke", "vil jeg leje"): Swedish
    // writes it in -a ("kan man boka").
    frame:
      /(?:^| )(?:kan|vil|skal|skulle|må|får) (?:man|jeg|vi|i|du|de) \p{L}*[^aeiouyæøå ]e(?: |$)/u,
  },
};
