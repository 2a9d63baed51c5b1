import { stemmer } from "@orama/stemmers/french";
import { fra } from "stopword";
import type { LanguageData } from "../types.ts";
import { KEYWORDS } from "./keywords.ts";
import { LEXICON } from "./lexicon.ts";
import { LEXICON_WIDE } from "./lexicon-wide.ts";
import { OFF_TOPIC, OFF_TOPIC_FRAMES } from "./off-topic.ts";
import { PERSON_REQUESTS } from "./person-requests.ts";
import { SMALL_TALK, SMALL_TALK_REPLIES } from "./small-talk.ts";

/** French. */
export const fr: LanguageData = {
  code: "fr",
  keywords: KEYWORDS,
  personRequests: PERSON_REQUESTS,
  smallTalk: { phrases: SMALL_TALK, replies: SMALL_TALK_REPLIES },
  lexicon: LEXICON,
  lexiconWide: LEXICON_WIDE,
  offTopic: OFF_TOPIC,
  offTopicFrames: OFF_TOPIC_FRAMES,
  // The `stopword` package's list misses some question words a visitor starts with.
  stopWords: [
    ...fra,
    ..."est sont quoi quel quelle quels quelles comment pourquoi quand combien où ce c'est l d j qu puis peux peut pouvez".split(
      " ",
    ),
  ],
  stem: stemmer,
  interrogatives:
    /(?<!\p{L})(?:(?:dans\s+)?combien\s+de\s+temps|à\s+quelle\s+fréquence|tous\s+les\s+combien)(?!\p{L})/giu,
  marks: {
    markers:
      "au aux avec ce ces dans de des du elle en est et il je la le les leur mais me mon ne nous on ou par pas pour qu que qui sa se ses son sur ta te tu un une vos votre vous l d j été sont peux peut pouvez puis quel quelle quels quelles comment pourquoi quand combien où ma mes avez fait faut y c'est êtes",
    letters: /[àâçèêëîïôùûœ]|^(?:l|d|j|qu|n|s|c|m|t)'\p{L}/u,
    accentFree: true,
  },
};
