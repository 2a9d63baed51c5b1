import type { SmallTalkKind, SmallTalkPhrase } from "../types.ts";

/** Small talk in German: see `worker/chat/small-talk.ts` for the notation. */
export const SMALL_TALK: readonly SmallTalkPhrase[] = [
  [
    "greeting",
    "(servus|moin|moin moin|moinsen|hallöchen|grüezi|grüezi mitenand|grüß gott|grüß dich|grüss gott|grüßt euch|huhu|tach|hallihallo|hallöle|nabend|mahlzeit|hi zusammen|hallo zusammen|hallo nochmal|hallo ihr|hey du|morgen|abend|grüessech)",
  ],
  ["greeting", "[einen] [schönen] (guten|gutn|gute|schönen) (tag|morgen|abend|nachmittag)"],
  [
    "greeting",
    "(wie gehts|wie geht es dir|wie geht es ihnen|wie geht es euch|wie läufts|alles gut bei dir|frohe weihnachten|frohes neues|frohes neues jahr|frohe ostern|schöne feiertage)",
  ],
  [
    "thanks",
    "(danke|danki|dankeschön|danke schön|dankesehr|danke sehr|vielen dank|vielen vielen dank|vielen lieben dank|lieben dank|herzlichen dank|herzlichsten dank|besten dank|tausend dank|1000 dank|danke vielmals|dank dir|dank euch|merci vielmals|ich danke ihnen|ich danke dir|ich danke euch|nein danke|vielen herzlichen dank|danke danke|vielen dank auch|danke gleichfalls|ich bedanke mich|bedanke mich|vergelts gott|sehr nett|sehr freundlich|das ist nett|nett von ihnen|nett von dir|lieb von dir|sehr lieb|sehr nett von ihnen)",
  ],
  [
    "goodbye",
    "(tschüss|tschüs|tschüssi|tschö|tschau|baba|pfiat di|gleichfalls|ebenso|auf wiedersehen|auf wiederhören|wiedersehen|bis dann|bis bald|bis später|bis morgen|bis zum nächsten mal|bis demnächst|bis die tage|bis nächstes mal|man sieht sich|machs gut|macht es gut|mach es gut|gute nacht|das wars|das war es|das wars schon|das war es schon|das wäre alles|das wars dann|das ist alles|mehr wollte ich nicht wissen|mehr brauche ich nicht|sonst nichts|nichts weiter|liebe grüße|viele grüße|beste grüße|schöne grüße|herzliche grüße|grüße|gruß|lg|mfg|mit freundlichen grüßen)",
  ],
  [
    "goodbye",
    "[noch] [einen|ein] (schönen|schönes|guten|angenehmen|erholsamen|tollen|wunderschönen|gutes) (tag|abend|wochenende|feierabend|sonntag|start in die woche|rest des tages|restlichen tag|tag noch|abend noch|wochenende noch) [noch]",
  ],
  ["goodbye", "(ihnen|dir|euch) (auch|ebenso|gleichfalls)"],
  [
    "acknowledgement",
    "(alles klar|alles gut|alles super|alles paletti|alles roger|alles bestens|klar|gut|sehr gut|toll|klasse|spitze|verstanden|ich verstehe|ach so|achso|in ordnung|ist in ordnung|geht klar|passt|passt schon|passt so|passt super|wunderbar|genau|ja genau|stimmt|okay dann|prima|perfekt|super|alles verstanden|jawohl|jawoll|gebongt|verstehe|mega|geil|krass|sauber|astrein|bestens|herrlich|großartig|fantastisch|hervorragend|ausgezeichnet|spitzenmäßig|supi|fein|schön|sehr schön|na gut|na dann|jo|jup|jep|jap|notiert|ist notiert|erledigt|logisch|macht sinn|ergibt sinn|das reicht mir|reicht mir|das reicht|topp|roger)",
  ],
  [
    "acknowledgement",
    "[das|es|dies|sie|du|ihr|die antwort|die info|die infos|die auskunft] (hilft|hat geholfen|haben geholfen|war hilfreich|ist hilfreich|war sehr hilfreich|hilft mir|hilft mir weiter|hat mir geholfen|haben mir geholfen|hat mir sehr geholfen|haben mir sehr geholfen|hat mir weitergeholfen|haben mir weitergeholfen|hast mir geholfen|hast mir weitergeholfen|habt mir geholfen|hat weitergeholfen|hilft weiter|hat mir echt geholfen|hat mir wirklich geholfen|hat mir sehr weitergeholfen|beantwortet meine frage|hat meine frage beantwortet|beantwortet alles)",
  ],
  ["acknowledgement", "[sehr|echt|wirklich|super|total] (hilfreich|nützlich)"],
  [
    "acknowledgement",
    "[das|es|dies|alles] (klingt|hört sich|ist|war|wäre|scheint|sieht|macht) [echt|wirklich|sehr|total|super|ja|ganz|voll|absolut] (gut|super|toll|prima|perfekt|klasse|logisch|plausibel|einleuchtend|verständlich|hilfreich|nett|lieb|spitze|top|in ordnung|okay|ok|klar|interessant|praktisch|einfach|sinn|schön|wunderbar|verstanden|erledigt|geklärt|beantwortet) [an|aus]",
  ],
  [
    "acknowledgement",
    "[genau|exakt|ganz genau] (das|dies) (wollte ich wissen|wollte ich|habe ich gesucht|hab ich gesucht|brauchte ich|habe ich gebraucht|hab ich gebraucht|meinte ich|suchte ich)",
  ],
  [
    "acknowledgement",
    "[das|dies] [ist|war] [genau|exakt|ganz genau] (was ich gesucht habe|was ich brauchte|was ich wissen wollte|was ich gebraucht habe|was ich hören wollte|was ich meinte|das was ich gesucht habe|das was ich brauchte|das was ich wissen wollte)",
  ],
  ["acknowledgement", "(gut|schön|interessant|wichtig|praktisch|toll|nett) zu wissen"],
  [
    "acknowledgement",
    "[ah|ach|okay|ok|aha] [jetzt|nun|jetzt ist|nun ist] (verstehe ich|verstehe ich es|versteh ich|verstehe ich das|habs|habe ichs|hab ichs|ist es klar|ist alles klar|ist mir alles klar|ist mir das klar|bin ich schlauer|bin ich klüger|weiß ich bescheid|weiß ichs|weiß ich es|weiß ich das|ist es mir klar|hab ich es verstanden|habe ich es verstanden|ists klar|klar)",
  ],
  ["acknowledgement", "[ich] (habs|habe es|hab es|habe|hab) verstanden"],
  [
    "filler",
    "(vielen|dir|ihnen|euch|sehr|vielmals|nochmal|nochmals|auch|echt|wirklich|schon|ja|na|also|dann|zusammen|leute|ihr|alle|und|nochmal vielen|noch|mal|noch mal|noch einmal|herzlich|ganz|total|doch|halt|eben|erstmal|jetzt|nun|so|hehe|mega|vielmals|leute|an alle|an euch|an sie|an dich|ihr lieben|bot|dann mal|auch so)",
  ],
  [
    "filler",
    "für [die|ihre|deine|eure|diese|das|den|alles|ihr|dein|euer] [schnelle|rasche|nette|tolle|freundliche|super|gute|ausführliche|schnellen|nette|hilfreiche|prompte|klare|tollen|guten|superschnelle|kompetente|geduldige] (hilfe|antwort|antworten|info|infos|information|informationen|auskunft|unterstützung|erklärung|rückmeldung|tipp|tipps|geduld|mühe|zeit|alles|beratung|hinweis|service|bemühungen|chat)",
  ],
];

/** The replies to small talk in German, one per kind: they invite a question and promise nothing. */
export const SMALL_TALK_REPLIES: Readonly<Record<SmallTalkKind, string>> = {
  greeting: "Hallo! Wobei kann ich Ihnen helfen?",
  thanks: "Gern geschehen! Kann ich Ihnen sonst noch helfen?",
  goodbye: "Auf Wiedersehen! Fragen Sie einfach, wenn noch etwas ist.",
  acknowledgement: "Gut! Kann ich Ihnen sonst noch helfen?",
};
