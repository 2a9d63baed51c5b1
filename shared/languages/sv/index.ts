import { stemmer } from "@orama/stemmers/swedish";
import { swe } from "stopword";
import type { LanguageData } from "../types.ts";
import { KEYWORDS } from "./keywords.ts";
import { LEXICON } from "./lexicon.ts";
import { LEXICON_WIDE } from "./lexicon-wide.ts";
import { OFF_TOPIC, OFF_TOPIC_FRAMES } from "./off-topic.ts";
import { PERSON_REQUESTS } from "./person-requests.ts";
import { SMALL_TALK, SMALL_TALK_REPLIES } from "./small-talk.ts";

/** Swedish. */
export const sv: LanguageData = {
  code: "sv",
  keywords: KEYWORDS,
  personRequests: PERSON_REQUESTS,
  smallTalk: { phrases: SMALL_TALK, replies: SMALL_TALK_REPLIES },
  lexicon: LEXICON,
  lexiconWide: LEXICON_WIDE,
  offTopic: OFF_TOPIC,
  offTopicFrames: OFF_TOPIC_FRAMES,
  // The `stopword` package's list misses some question words a visitor starts with.
  stopWords: [...swe, ..."vilket varför måste ska hej".split(" ")],
  stem: stemmer,
  interrogatives: /(?<!\p{L})hur\s+(?:länge|lång\s+tid|ofta|snabbt|fort|långt)(?!\p{L})/giu,
  marks: {
    // Words Swedish shares with Danish ("det", "som", "med", "kan", "man") are listed too: a
    // question made only of them is as Danish as Swedish, and a tie leaves the language untold.
    markers:
      "och att det som en ett är på för med har inte jag du vi ni de den till av om kan man hur vad när varför vilken vilka vilket finns kostar min mitt mina ert era vill ska skulle måste får mig dig oss sig också eller men från efter mycket någon något inga inget göra gör går blir",
    letters: /[åäö]/,
    accentFree: true,
    // A modal, its subject and an infinitive in -a ("kan man boka", "vill jag hyra"): Danish
    // and Norwegian write the infinitive in -e ("kan man booke", "vil jeg leje").
    frame:
      /(?:^| )(?:kan|vill|ska|skulle|får|måste|brukar) (?:man|jag|vi|ni|du|de) \p{L}*[^aeiouyåäö ]a(?: |$)/u,
  },
};
