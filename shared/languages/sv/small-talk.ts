import type { SmallTalkKind, SmallTalkPhrase } from "../types.ts";

/** Small talk in Swedish: see `worker/chat/small-talk.ts` for the notation. */
export const SMALL_TALK: readonly SmallTalkPhrase[] = [
  [
    "greeting",
    "(hej|hejsan|hej hej|hejhej|tjena|tjenare|tja|tjabba|hallå där|hej där|hej på dig|hej igen|godmorgon|goddag|morsning|mors)",
  ],
  ["greeting", "god (morgon|kväll|eftermiddag|middag|dag)"],
  [
    "greeting",
    "(hur mår du|hur är läget|läget|hur går det|allt väl|god jul|gott nytt år|glad påsk)",
  ],
  [
    "thanks",
    "(tack|tackar|tack tack|tack så mycket|tack så hemskt mycket|tack så jättemycket|stort tack|tusen tack|tack snälla|tack ska du ha|tack ändå|nej tack|tack detsamma|varmt tack|jättetack|tack för det)",
  ],
  [
    "goodbye",
    "(hejdå|hej då|adjö|vi hörs|vi ses|ha det bra|ha det gott|ha det|ses|hörs|god natt|godnatt|trevlig helg|trevlig kväll|det var allt|det var bara det|inget mer|inget annat|det var det)",
  ],
  [
    "goodbye",
    "ha en (bra|trevlig|fin|skön|härlig|fortsatt bra|fortsatt trevlig) (dag|kväll|helg|vecka|sommar|jul)",
  ],
  [
    "acknowledgement",
    "(okej|ok då|okej då|toppen|jättebra|schysst|schyst|grymt|kanon|utmärkt|fint|härligt|najs|absolut|precis|jag förstår|förstår|uppfattat|mottaget|noterat|jaha|jaså|japp|låter bra|det låter bra|låter toppen|det hjälpte|det hjälper|bra att veta|vad bra|vad skönt|skönt)",
  ],
  [
    "acknowledgement",
    "(det|det där) (är|var|låter) [jätte|riktigt|verkligen|mycket] (bra|toppen|perfekt|fint|snällt|hjälpsamt|tydligt)",
  ],
  [
    "filler",
    "(så mycket|verkligen|igen|alla|allihop|du|på dig|och|jättemycket|hemskt mycket|för hjälpen|för svaret|för infon|för informationen|för all hjälp)",
  ],
  [
    "filler",
    "för [den|det|ditt|er|din] [snabba|bra|fina|goda|tydliga] (hjälpen|svaret|svar|infon|informationen|förklaringen|tipset|tipsen)",
  ],
];

/** The replies to small talk in Swedish, one per kind: they invite a question and promise nothing. */
export const SMALL_TALK_REPLIES: Readonly<Record<SmallTalkKind, string>> = {
  greeting: "Hej! Vad kan jag hjälpa dig med?",
  thanks: "Varsågod! Är det något mer jag kan hjälpa till med?",
  goodbye: "Hejdå! Hör av dig om det dyker upp något mer.",
  acknowledgement: "Bra! Är det något mer jag kan hjälpa till med?",
};
