import type { RepliedKind, SmallTalkPhrase } from "../types.ts";

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
  [
    "greeting",
    "(hallå|halloj|hallå hallå|hallå där|tjenixen|tjenis|tjo|hejsan svejsan|god afton|hur står det till|hur har du det|hur mår ni|hur är det|hur är det med dig|allt bra|allt bra med dig|läget|läget med dig|är du där|är du kvar|är det någon där|hej igen|hallå igen|hejsan igen|tja tja|tjena tjena)",
  ],
  [
    "thanks",
    "(tackar så mycket|tack så mycke|tack så myket|tackar tackar|tack snälla du|tack för att du hjälpte mig|tack för hjälpen|tack tack tack|tack mkt|mkt tack|tack ska ni ha|tusen tack för hjälpen|tackar för hjälpen|tack så jättemycket|tack ändå|tack så länge|tack igen|tack detsamma|tacksam|jättetacksam|tack för svaret|tack för infon)",
  ],
  [
    "goodbye",
    "(ha det fint|ha det så bra|ha det så gott|hej så länge|tack och hej|tack och hej då|må så gott|ha de bra|ha de gött|trevlig dag|ha en trevlig dag|ha en bra kväll|ha en fin dag|ha en fin kväll|ha en skön dag|ha en skön helg|trevlig helg|detsamma|du med|du också|hej hej|hejdå hejdå|adjö|vi hörs senare|ses senare|vi ses snart|hörs snart|över och ut|det var allt för idag|det var allt för nu|det var allt jag ville veta|det var allt jag undrade|inget mer just nu|inget mer tack|nej det var allt|nej tack det var allt)",
  ],
  [
    "acknowledgement",
    "(bra|perfekt|fattar|jag fattar|fattar nu|då förstår jag|nu förstår jag|ok bra|okej bra|visst|självklart|klart|sant|stämmer|det stämmer|ja|jo|aha|ah|jaha|jaha okej|ja okej|jaså|tydligt|det är tydligt|fint så|sådär|då vet jag|nu vet jag|vad kul|kul|coolt|vad snällt|snällt|gött|asgrymt|najs|toppen tack|okej okej|glöm det|glöm det bara|strunt samma|strunt i det|skit samma|spelar ingen roll|det spelar ingen roll|det gör inget|gör inget|äsch|ingen fara|inga problem|inget problem|oj|hoppsan|okej|lugnt|det är lugnt|lugnt tack|grymt|helt ok|det är ok|det är bra|allt klart|allt är klart|jag är med|då är jag med|förstått|begripligt|logiskt|klockrent|fantastiskt|underbart|härligt|kanonbra|superbra|jättebra|det fixar sig|bra att veta)",
  ],
  [
    "acknowledgement",
    "(du är|du e|vad du är|ni är|du är ju|du är verkligen) [så|verkligen|riktigt|jätte|en|den|ju|helt] (grym|bäst|toppen|guld|klippa|snäll|gullig|fantastisk|underbar|duktig|smart|klok|bra|härlig|geni|stjärna|bästa|guld värd|värd guld|en klippa|ett geni|en stjärna|den bästa)",
  ],
  [
    "acknowledgement",
    "(bra|snäll|duktig|grym|smart|fin|gullig|snygg|härlig) (bot|robot|chatbot|chattbot|assistent)",
  ],
  [
    "about_assistant",
    "(är du|är det|är det här|är detta|är det en|pratar jag med|skriver jag med|skriver jag till|chattar jag med|talar jag med|du är|så du är|är du inte|är det inte) [en|ett|bara en|bara ett|verkligen en|verkligen ett|egentligen en|egentligen ett|faktiskt en|faktiskt ett] [riktig|riktigt|äkta|levande|verklig|artificiell|virtuell] (bot|robot|chatbot|chattbot|ai|människa|person|maskin|dator|program|chatgpt|gpt|openai|assistent|virtuell assistent|riktig människa|riktig person|äkta människa|artificiell intelligens|ai-bot|ai-assistent|ai assistent|människa eller bot|bot eller människa|människa eller maskin) [jag pratar med|jag skriver med|jag chattar med|som svarar|som svarar mig|här|i andra änden]",
  ],
  [
    "about_assistant",
    "(vem är du|vem är det|vem är det jag pratar med|vem pratar jag med|vem skriver jag med|vem skriver jag till|vem chattar jag med|vem talar jag med|vem svarar|vad är du|vad är du för något|vad är du för en|vad är du för en bot|vad är det här för chatt|vad kan du|vad kan du då|vad kan du göra|vad kan du göra för mig|vad kan du hjälpa till med|vad kan du hjälpa mig med|vad mer kan du|hur kan du hjälpa mig|hur kan du hjälpa till|vad kan jag fråga om|vad kan jag fråga dig om|vad kan jag fråga dig|vad vet du|hur fungerar du|hur funkar du|vad heter du|vad heter du då|vad är ditt namn|har du ett namn|har du något namn|vem har gjort dig|vem skapade dig|vem har programmerat dig|kan du hjälpa mig|kan du hjälpa till|kan du hjälpa)",
  ],
  [
    "filler",
    "(då|ju|bara|nu|väl|alltså|typ|idag|i dag|för det|i förväg|så snällt|snälla|ändå|också|igen|så myket|så mycke|mkt|mycket|haha|lol|förresten|btw|bara nyfiken|med dig|du|för all hjälp|för hjälpen idag|för snabbt svar|för ett snabbt svar)",
  ],
  [
    "about_assistant",
    "(är du|du är|är du ens) [verkligen|egentligen|faktiskt] (på riktigt|riktig|äkta|verklig|en människa|mänsklig|levande|en riktig person)",
  ],
  [
    "acknowledgement",
    "[ok|okej|då|bra] (jag gör det|det gör jag|jag testar|jag testar det|det testar jag|jag provar|jag provar det|det provar jag|jag kollar|jag kollar på det|det kollar jag|jag ska göra det|jag försöker|jag ska testa)",
  ],
  [
    "goodbye",
    "(nej|nä|nope) [tack] (det var allt|det var bara det|inget mer|inget annat|det räcker) [tack]",
  ],
  ["greeting", "(får|kan) jag (fråga|ställa) [dig|er] [en sak|något|en fråga|en snabb fråga]"],
  ["greeting", "jag har (en fråga|en snabb fråga|några frågor)"],
  [
    "greeting",
    "(läser någon detta|läser någon det här|hör du mig|hör ni mig|ser du detta|kommer detta fram|fungerar chatten|test)",
  ],
  ["about_assistant", "eller (en|ett) [riktig|riktigt|äkta] (bot|människa|person|robot|maskin)"],
  [
    "acknowledgement",
    "[aha|ah|ok|okej] [nu|då] (är det logiskt|är det tydligt|förstår jag|fattar jag|blir det tydligt|är det klart|är det löst|är det fixat) [nu]",
  ],
  ["acknowledgement", "(nu är|allt är|då är) (allt|det|nu) [bra|klart|löst|fixat|ordnat]"],
  [
    "acknowledgement",
    "(det|du) (var|har varit|är) (till stor hjälp|till hjälp|en stor hjälp|väldigt hjälpsam|jättehjälpsam|hjälpsam)",
  ],
  [
    "thanks",
    "[jag|vi] uppskattar (det|hjälpen|din hjälp|er hjälp|det verkligen|det mycket|svaret)",
  ],
  [
    "filler",
    "(för er hjälp|för din hjälp|för ditt tålamod|för tålamodet|för att ni hjälpte mig|för att du svarade)",
  ],
  [
    "greeting",
    "(jag mår|det är|det går|allt är|jag har det) [riktigt|jätte|väldigt|helt] (bra|fint|toppen|okej|ok|kanon) [tack]",
  ],
  [
    "greeting",
    "(bra|fint|toppen|jättebra|okej|helt okej|kanon) [tack] (och du|och ni|själv då|och själv|och dig|hur mår du)",
  ],
  ["greeting", "hur (går|gick|är) (din dag|dagen|er dag|det för dig) [idag|i dag|hittills]"],
  [
    "greeting",
    "[jag] hoppas (du har|ni har|att du har|att ni har) (en|ett) [bra|fin|trevlig|härlig|skön] (dag|kväll|helg|vecka|morgon)",
  ],
  ["greeting", "[jag] hoppas (du mår bra|ni mår bra|allt är bra|att du mår bra|allt är väl)"],
  [
    "goodbye",
    "(sköt om dig|sköt om er|ta hand om dig|ta hand om er|var rädd om dig|var rädd om er)",
  ],
  [
    "acknowledgement",
    "(det|det där|detta) (är|var|låter|verkar|ser) [jätte|riktigt|verkligen|mycket|helt|ju] (fantastiskt|underbart|härligt|kanon|grymt|super|superbra|jättebra|utmärkt|smart|logiskt|klart|enkelt|lätt|rimligt|vettigt|toppen|najs|nice|skönt|schysst|perfekt ut|bra ut)",
  ],
  [
    "about_assistant",
    "är (det|detta|det här) en (riktig|äkta|automatisk|mänsklig) (chatt|chat|konversation|person|människa)",
  ],
  [
    "filler",
    "eller [är det] (automatisk|automatiserad|en bot|ai|en människa|en robot|bot|robot|människa|äkta)",
  ],
  [
    "filler",
    "(för beskedet|för att du sa till|för att du svarade|för förklaringen|för upplysningen)",
  ],

  // Which languages the assistant speaks: a verb of speaking and a language's name, or "språk".
  [
    "about_languages",
    "(kan|pratar|talar|förstår|skriver|svarar|läser) (du|ni) [också|även|andra språk än] [prata|tala|skriva|förstå|svara på|läsa|på] (engelska|svenska|danska|tyska|franska|spanska|norska|finska|italienska|polska|arabiska|andra språk|fler språk|mitt språk|ett annat språk)",
  ],
  [
    "about_languages",
    "(vilka|vad för|hur många) språk (kan|pratar|talar|förstår|skriver|svarar|stödjer|stöder) (du|ni|boten|chatten) [på|prata|tala|skriva]",
  ],
  // About the assistant in other words: asking it to introduce itself, who made it.
  [
    "about_assistant",
    "(berätta|berätta lite|berätta mer|berätta något|säg något) om (dig själv|dig|er själva|boten|chatten)",
  ],
  ["about_assistant", "(presentera dig|presentera dig själv)"],
  [
    "about_assistant",
    "vem har (gjort|skapat|byggt|utvecklat|programmerat|designat|tränat|skrivit) (dig|boten|chatten|den här boten)",
  ],
  // Praise that says how: "stort tack, mycket hjälpsamt", "det var verkligen till hjälp".
  [
    "acknowledgement",
    "[det|du|det där|svaret] [var|är|har varit] [verkligen|jätte|mycket|väldigt|supert|riktigt|otroligt|så] (hjälpsamt|hjälpsam|till hjälp|till stor hjälp|användbart|bra|tydligt|nyttigt)",
  ],
  // A complaint that asks nothing: the last reply did not help, or the assistant is no use. A
  // topic or a question after it makes it a question; a request for a person is read first.
  [
    "complaint",
    "[det|den|det där|svaret|du] [har] [verkligen|bara|tyvärr] (hjälpte|hjälper|hjälpt|svarade|svarar) [mig] (inte|inte alls|inte riktigt|inte mycket|inte särskilt mycket|inte ett dugg) [mig|på min fråga|på frågan|alls]",
  ],
  [
    "complaint",
    "[det|den|svaret|du] (har|har du) (inte|inte alls|inte riktigt) (hjälpt|svarat på min fråga|svarat på det|besvarat min fråga) [mig|alls]",
  ],
  [
    "complaint",
    "(du är|det är|det var|den är|svaret är|chatten är|boten är|du var|det här är) [verkligen|helt|totalt|fullständigt|bara|så|rätt|lite|ganska|jätte] (värdelös|värdelöst|oanvändbar|oanvändbart|usel|uselt|hopplös|hopplöst|dum|dumt|irriterande|frustrerande|till ingen nytta|ingen hjälp|fel|nonsens|slöseri med tid|löjlig|löjligt|dålig|dåligt|inte till någon hjälp|till ingen hjälp)",
  ],
  [
    "complaint",
    "(du är|det är|det var|den är|svaret är|du var) (inte|inte särskilt|inte riktigt|inte alls|inte så) (hjälpsam|hjälpsamt|användbar|användbart|till hjälp|till någon hjälp|relevant|rätt|korrekt|svaret|det jag frågade om|det jag menade|det jag letade efter|det jag sökte|det jag behövde|det jag ville veta)",
  ],
  ["complaint", "(värdelöst|värdelös|fel svar|usch|suck|tack för ingenting)"],
  ["filler", "(men|tyvärr|alls|ändå|förlåt|ursäkta)"],
  // Waiting, and the visitor's own "you're welcome": an acknowledgement.
  [
    "acknowledgement",
    "[ok|okej|okay|bra|fint|jaha|då|det är lugnt|visst] [då] (jag väntar|väntar jag|jag väntar gärna|jag kan vänta|jag avvaktar|ingen brådska|ingen stress|ta den tid du behöver|ta din tid) [lite|här|på det|på svar|då|så länge]",
  ],
  [
    "acknowledgement",
    "(varsågod|var så god|varsegod|ingen orsak|det var så lite|det var inget|för all del|nöjet är mitt)",
  ],

  // Whether anyone is at the other end, in either word order: a greeting, whatever the grammar of
  // requests reads in it.
  ["greeting", "(är|finns) [det] (någon|nån) [kvar] (där|här|hemma|online|vaken|på plats)"],

  // Round 5 (issue #19): pauses, apologies and "found it", as in English: a visitor who steps
  // away, looks something up or says sorry asks nothing yet; a pause, whose reply
  // gives them time ("Great!" read oddly after "sorry"). Only these words: a question or a
  // topic beside them still asks.
  [
    "pause",
    "[ok|okej|oj|åh|ah] (vänta|vänta lite|vänta lite bara|vänta ett tag|vänta en sekund|vänta ett ögonblick|vänta ett slag|ett ögonblick|ett ögonblick bara|ett litet ögonblick|ögonblick|en sekund|en sek|en minut|sekund|momang|ett slag|strax tillbaka|strax åter|är strax tillbaka|jag är strax tillbaka|kommer strax|jag kommer strax|kommer strax tillbaka|brb)",
  ],
  [
    "pause",
    "[ok|okej|hmm] [jag] (ska|skall|måste|får|vill) [bara] (kolla|titta|se efter|kolla upp det|kolla det|fundera|tänka|kolla lite|titta lite|fundera lite|tänka på saken|fråga min man|fråga min fru|höra med min man|höra med min fru) [lite|först|på det]",
  ],
  [
    "pause",
    "[ok|okej|hmm] [jag] (kollar|tittar|ser efter|kikar|funderar) [bara] [lite|efter|upp det|på det]",
  ],
  ["pause", "(låt mig|låt mig bara) (kolla|titta|se|tänka|fundera|kolla upp det|tänka efter)"],
  [
    "pause",
    "[oj|åh|hoppsan|oops] (förlåt|förlåt mig|jag ber om ursäkt|ber om ursäkt|beklagar|förlåt för det|förlåt för besväret|förlåt för stavfelet|mitt fel|mitt misstag)",
  ],
  ["greeting", "(ursäkta|ursäkta mig)"],
  [
    "pause",
    "[ah|åh|okej|ok|glöm det|strunta i det|nej men|äh|nä|ingen fara] [jag] (hittade det|har hittat det|hittade det själv|hittade det nu|fixade det|löste det|har löst det|fattar nu|ser det nu|hittade svaret|har det nu)",
  ],
  [
    "acknowledgement",
    "(strunta i det|strunt samma|skit samma|det gör inget|glöm det|spelar ingen roll)",
  ],
  [
    "greeting",
    "(någon|nån|någon där|nån där|någon här|nån här|är någon där|är nån där|finns någon där)",
  ],

  // Round 5's check round (written after the rules above) showed two more kinds: a wish for the
  // visitor's day or week going well, and owning a mistake ("my fault", "c'est ma faute"), a
  // pause like an apology.
  [
    "greeting",
    "[jag] hoppas (dagen|veckan|helgen|kvällen|morgonen|din dag|din vecka|din helg|er dag|er vecka|allt) (går bra|är bra|har varit bra|har gått bra|går fint|är fin|går toppen)",
  ],
  [
    "acknowledgement",
    "[det var|det är|det var ju|precis|exakt|just] [precis|exakt|just] (det jag letade efter|vad jag letade efter|det jag behövde|vad jag behövde|det jag ville veta|vad jag ville veta|det jag sökte|vad jag sökte|det jag behövde veta|svaret jag letade efter)",
  ],
  [
    "pause",
    "[oj|förlåt|hoppsan|åh] (mitt fel|det var mitt fel|det är mitt fel|mitt misstag|mitt eget fel|jag tog fel|jag läste fel)",
  ],
];

/**
 * The replies to small talk in Swedish, one per kind: they invite a question and promise nothing;
 * a pause's gives the visitor time, the answer about the assistant says what it is and that a
 * person is a request away, the one about languages names the six it writes in (answers come
 * from the help centre), and a complaint gets none: the judge hands it to a person.
 */
export const SMALL_TALK_REPLIES: Readonly<Record<RepliedKind, string>> = {
  greeting: "Hej! Vad kan jag hjälpa dig med?",
  thanks: "Varsågod! Är det något mer jag kan hjälpa till med?",
  goodbye: "Hej då! Hör av dig om det dyker upp något mer.",
  acknowledgement: "Bra! Är det något mer jag kan hjälpa till med?",
  pause: "Ingen fara, ta den tid du behöver. Jag finns här om du behöver något mer.",
  about_assistant:
    "Jag är webbplatsens AI-assistent: jag svarar utifrån hjälpcentret och kan koppla dig till en person när du vill.",
  about_languages:
    "Jag skriver på svenska, engelska, danska, tyska, franska och spanska; mina svar kommer från webbplatsens hjälpcenter, på ditt språk om det finns där. Jag kan också koppla dig till en person.",
};
