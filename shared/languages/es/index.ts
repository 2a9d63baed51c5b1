import { stemmer } from "@orama/stemmers/spanish";
import { spa } from "stopword";
import type { LanguageData } from "../types.ts";
import { KEYWORDS } from "./keywords.ts";
import { LEXICON } from "./lexicon.ts";
import { LEXICON_WIDE } from "./lexicon-wide.ts";
import { OFF_TOPIC, OFF_TOPIC_FRAMES } from "./off-topic.ts";
import { PERSON_REQUESTS } from "./person-requests.ts";
import { SMALL_TALK, SMALL_TALK_REPLIES } from "./small-talk.ts";

/** Spanish. */
export const es: LanguageData = {
  code: "es",
  keywords: KEYWORDS,
  personRequests: PERSON_REQUESTS,
  smallTalk: { phrases: SMALL_TALK, replies: SMALL_TALK_REPLIES },
  lexicon: LEXICON,
  lexiconWide: LEXICON_WIDE,
  offTopic: OFF_TOPIC,
  offTopicFrames: OFF_TOPIC_FRAMES,
  // The `stopword` package's list misses some question words a visitor starts with.
  stopWords: [
    ...spa,
    ..."es son está están era eran fue fueron cuál cuáles cuándo cómo cuánto cuántos cuántas quién quiénes dónde qué ha han hay mis tus puedo puede pueden".split(
      " ",
    ),
  ],
  stem: stemmer,
  interrogatives:
    /(?<!\p{L})(?:cuánto\s+tiempo|cuanto\s+tiempo|con\s+qué\s+frecuencia|cada\s+cuánto)(?!\p{L})/giu,
  marks: {
    markers:
      "al como con de del el en es esta este la las lo los me mi mis para pero por que se si su sus te tu un una uno y yo fue son más qué cuál cuáles cómo cuando cuándo donde dónde han hay puedo puede pueden tienen tiene tengo hacen hace quiero necesito cuesta cuánto cuánta cuántos cuántas quién está están también desde muy",
    letters: /[ñáíóú]/,
    accentFree: true,
    punctuation: /[¿¡]/,
  },
};
