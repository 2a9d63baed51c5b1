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

  // Round 6 (test/fixtures/small-talk-round6.json, written blind) showed five more kinds, as in
  // English. Praise for the assistant or the site: a subject, an adverb ("faktiskt",
  // "verkligen"), an intensifier ("rätt", "riktigt") and a word of praise; loving it ("älskar det
  // här"); a word of praise before a noun of the site or the chat. A thing the site sells is no
  // such noun.
  [
    "acknowledgement",
    "(du är|ni är|du e|ni e|du var|ni var|du har varit|ni har varit|boten är|chatten är|sidan är|er sida är|hemsidan är|er hemsida är|sajten är|den här sidan är|tjänsten är|er tjänst är|assistenten är|det här är|vad du är|vad ni är|du är ju|ni är ju) [faktiskt|verkligen|ju|helt|bara|också|ärligt talat|seriöst|egentligen|alltid|fortfarande|sjukt|så|fan|banne mig|asså|alltså] [rätt|ganska|riktigt|jätte|så|väldigt|otroligt|sjukt|grymt|mycket|helt|riktigt|himla|hur|en|ett|den|de|en riktig|en riktigt|en sån|bäst] (bra|grym|grymma|grymt|bäst|toppen|fantastisk|fantastiska|underbar|underbara|duktig|duktiga|smart|smarta|klok|kloka|snäll|snälla|härlig|härliga|suverän|suveräna|najs|cool|coola|imponerande|hjälpsam|hjälpsamma|användbar|användbara|genial|geniala|guld värd|guld värda|värd guld|den bästa|de bästa|klockren|kanon|superbra|jättebra|snabb|snabba|skarp|skarpa|proffsig|proffsiga|jätteduktig|jätteduktiga|jättesmart|jättesmarta|jättesnäll|jättesnälla|jättegrym|jättegrymma|superduktig|superduktiga|supersmart|supersmarta|supersnabb|supersnabba|jättehjälpsam|jättehjälpsamma|superhjälpsam|stjärna|en stjärna|ett geni|geni|pärla|en pärla|klippa|en klippa|ängel|en ängel|go|goa|gullig|gulliga|awesome|nice|bäst i klassen|skitbra|asbra|kanonbra|toppenbra|fenomenal|fenomenala|briljant|briljanta|enastående|utmärkt|utmärkta|perfekt|perfekta|en hjälte|hjälte|inte dum|inte så dum|inte dåligt|inte så dålig|inte så dåliga|inte dålig|bra på det här|bra på det|bra på att hjälpa)",
  ],
  [
    "acknowledgement",
    "[jag|vi|åh|asså|alltså] [verkligen|bara|helt|faktiskt|också|redan|typ] (älskar|gillar|diggar|avgudar|är så förtjust i|är förtjust i|är kär i|är helt kär i|är såld på|är nöjd med|är så nöjd med|är jättenöjd med) [verkligen|faktiskt|också|ju|bara|helt] (det|det här|detta|den|den här|dig|er|sidan|sidan här|den här sidan|er sida|hemsidan|er hemsida|sajten|chatten|chatten här|boten|roboten|assistenten|tjänsten|er tjänst|idén|konceptet|det där|er) [så mycket|jättemycket|skitmycket|verkligen|redan|också|asså]",
  ],
  [
    "acknowledgement",
    "[vilken|vilket|en|ett|den|det|det är en|det är ett|det var en|det var ett|så] [riktigt|verkligen|jätte|super|otroligt|så] (bra|grym|grymt|snygg|snyggt|fin|fint|härlig|härligt|smart|smarta|genial|genialt|toppen|underbar|underbart|fantastisk|fantastiskt|suverän|suveränt|najs|hjälpsam|hjälpsamt|användbar|användbart|bästa|trevlig|trevligt|proffsig|proffsigt|schysst|schyst) (bot|robot|chatbot|chattbot|assistent|sida|hemsida|sajt|tjänst|chatt|idé|ide|lösning|funktion|svar|jobb|arbete|upplevelse|service|app|verktyg)",
  ],
  [
    "acknowledgement",
    "(inte dåligt|inte illa|inte så illa|inte illa alls|inte dåligt alls|inte så dumt|inte dumt|rätt bra|ganska bra|riktigt bra|rätt grymt|rätt najs|ganska najs|snyggt jobbat|bra jobbat|grymt jobbat|snyggt|starkt|imponerande)",
  ],
  ["filler", "(faktiskt|ärligt talat|ärligt|seriöst|asså|typ|liksom|ju|nog)"],
  // Insults to the bot: a complaint, handed to a person as "du är värdelös" is. A word of scorn
  // before a noun of the chat ("dumma bot", "din jävla robot"), "det suger", "du irriterar mig".
  [
    "complaint",
    "[din|ditt|en|ett|vilken|vilket|så|jävla|du är en|du är ett|du är bara en|du är bara ett|det här är en|det här är ett|den här|det här|den|det|er|era|dumma|en så|en riktigt|en jävla|vilken jävla] [jätte|så|helt|totalt|otroligt|riktigt|sjukt|fullständigt|jävla|dumma|värdelösa] (dum|dumma|dumt|korkad|korkade|korkat|värdelös|värdelösa|värdelöst|usel|usla|uselt|idiotisk|idiotiska|idiotiskt|löjlig|löjliga|löjligt|kass|kassa|dålig|dåliga|dåligt|jävla|meningslös|meningslösa|meningslöst|hopplös|hopplösa|hopplöst|irriterande|oduglig|odugliga|odugligt|skit|skitdålig|skitdåliga|skitdum|skitdumma|puckad|puckade|efterbliven|efterblivna|trög|tröga|trögt|urusel|urusla|inkompetent|inkompetenta|jäkla|förbannade|förbannad|förbaskade|fåniga|fånig) (bot|robot|chatbot|chattbot|maskin|ai|assistent|chatt|program|dator|boten|roboten|maskinen|chatten|programmet|datorn|grej|grejen|sak|system|systemet|skräp|skit|apparat|bottar|robotar)",
  ],
  [
    "complaint",
    "(din|ditt|du är en|du är ett|du är bara en|du är bara ett|vilken|vilket|en sån|du är en sån|så|en jävla) (idiot|idiotisk bot|pucko|fåntratt|dumbom|dumskalle|nolla|nöt|tönt|skämt|ett skämt|clown|pajas|skräp|skit|skitbot|skithög|skräphög|slöseri med tid|katastrof|en katastrof|idiot till bot)",
  ],
  ["complaint", "(idiot|pucko|fåntratt|dumbom|dumskalle|tönt)"],
  [
    "complaint",
    "(det|du|det här|den|boten|chatten|det där|den här boten|den här chatten|detta) [verkligen|bara|så|helt|ju|asså|alltså|fan|jätte|riktigt|typ] (suger|irriterar mig|irriterar|gör mig galen|gör mig tokig|gör mig arg|gör mig förbannad|går mig på nerverna|är skit|är skräp|är ett skämt|är slöseri med tid|är så jobbigt|är jobbigt|är jobbig|är så jobbig|stör mig|retar mig|är helt värdelöst|är katastrof|är en katastrof|är pinsamt|är under all kritik)",
  ],
  [
    "complaint",
    "(vad irriterande|så irriterande|vad jobbigt|så jobbigt|vad tröttsamt|så tröttsamt|vad dumt|så dumt|vad löjligt|så löjligt|vad pinsamt|vad kasst|så kasst|kasst|skit|skitsnack|vilket skräp|vilket skämt|vilket skit|för fan|fan också|äsch då|suck och stön|men kom igen|kom igen nu|slöseri med tid|tröttsamt|irriterande)",
  ],
  [
    "complaint",
    "[tack|tusen tack|stort tack] för (ingenting|inget|ingen hjälp|ingenting alls|absolut ingenting|noll hjälp)",
  ],
  // A slip: the wrong button, a message sent too soon. A pause, as an apology is.
  [
    "pause",
    "[hoppsan|oj|oops|ojdå|ojsan|förlåt|sorry|ursäkta|åh|hoppla|oj förlåt|hoppsan förlåt|äsch|fan|aj] [förlåt|sorry|ursäkta] [jag] [råkade|kom åt att|kom åt|skulle inte|måste ha] (tryckte fel|trycka fel|tryckt fel|tryckte på fel knapp|trycka på fel knapp|tryckt på fel knapp|klickade fel|klicka fel|klickat fel|klickade på fel knapp|klicka på fel knapp|skickade för tidigt|skicka för tidigt|skickat för tidigt|skickade av misstag|skicka av misstag|skickat av misstag|skickade fel|skicka fel|skrev fel|skriva fel|skrivit fel|skrev i fel chatt|skrev i fel fönster|tryckte enter|trycka enter|tryckte på enter|tryckte på skicka|trycka på skicka|tryckte skicka|fel knapp|fel tangent|fel klick|felklick|felklickade|felklickat|feltryck|feltryckte|fel chatt|fel fönster|fel flik|fel ruta|stavfel|ett stavfel|felskrivning|av misstag|av bara farten|det var av misstag|det var ett misstag|det var inte meningen|inte meningen|det var inte till dig|det var inte till er|det meddelandet var inte till dig|slant på tangentbordet|slant med fingret|fingret slant|kom åt knappen|kom åt enter|kom åt skicka) [förlåt|sorry|ursäkta|hoppsan|haha]",
  ],
  // A bare "no" answers "Är det något mer jag kan hjälpa till med?": a goodbye
  // (worker/chat/small-talk.ts says why). The longer answers that say the visitor is fine are
  // goodbyes of their own.
  ["no", "(nej|nä|nää|nej nej|nä nä|nope|nix|näe|nej du|nej då|nähä|icke)"],
  [
    "goodbye",
    "(nej|nä|nää|nope) [tack] (det är bra|det är lugnt|allt är bra|jag är nöjd|det är okej|det är ok|jag klarar mig|det är fint|det är toppen|allt är toppen|allt är lugnt|allt bra|allt lugnt|inte nu|inte just nu|inte idag|inte i dag|inte för tillfället|ingenting|inget|ingenting mer|det räcker så|det räcker bra|jag har fått svar|jag har fått det jag behövde|jag är klar|då är jag nöjd) [tack]",
  ],
  // Greetings round 6 showed: a season's wish, and asking back after answering "how are you".
  [
    "greeting",
    "[och] [en|ett] [riktigt|verkligen|en riktigt] (god|gott|glad|trevlig|trevligt|fin|fint|härlig|härligt|skön|skönt) (jul|nytt år|nyår|påsk|midsommar|sommar|helg|jul och gott nytt år|jul och ett gott nytt år|fortsättning|fortsättning på det nya året|valborg|lucia|alla hjärtans dag|advent|jul på er|jul till er|jul till dig|nytt år på er|nytt år till er|nytt år till dig|mors dag|fars dag|semester|ledighet|ferie|sportlov|höstlov) [på er|på dig|till er|till dig|allihop|alla|allesammans]",
  ],
  [
    "greeting",
    "(god fortsättning|gott nytt|god jul och gott nytt år|glad midsommar|trevlig midsommar|glad påsk|trevlig påsk|gott nytt år på er|god jul på er|glad lucia|glad advent|trevlig advent|god helg)",
  ],
  [
    "greeting",
    "[och] (och du|och ni|själv då|och själv|och dig|hur mår du själv|hur mår du|och hur mår du|hur är det med dig|hur har du det|och hur är det med dig|och hur har du det|med dig då|och med dig|du då|ni då|och du då|och ni då|än du|än du då)",
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
