import type { RepliedKind, SmallTalkPhrase } from "../types.ts";

/** Small talk in Danish: see `worker/chat/small-talk.ts` for the notation. */
export const SMALL_TALK: readonly SmallTalkPhrase[] = [
  [
    "greeting",
    "(hej|hejsa|hejhej|hej hej|heja|halløj|halløjsa|dav|davs|goddag|godmorgen|godaften|goddaw|morn|mojn|hej med dig|hejsa med dig|hej igen|go morgen|godmorn)",
  ],
  ["greeting", "god (morgen|aften|eftermiddag|formiddag)"],
  [
    "greeting",
    "(hvordan går det|hvad så|hvordan har du det|hvordan står det til|godt nytår|glædelig jul|god jul|god påske)",
  ],
  [
    "thanks",
    "(tak|takk|tak tak|mange tak|mange mange tak|tusind tak|tusinde tak|mange tusind tak|tusind tusind tak|takker|jeg takker|nej tak|tak skal du have|tak skal du ha|tak ska du ha|tak skal i have|1000 tak|kæmpe tak|en kæmpe tak|stor tak|en stor tak|tak i lige måde|tak ellers|tak alligevel|tak det samme|takke)",
  ],
  [
    "goodbye",
    "(farvel|vi ses|ses|på gensyn|godnat|god nat|hav det godt|ha det godt|ha det|hav det|i lige måde|det samme|det var det|det var alt|det var det hele|vi snakkes|snakkes|vi tales ved|tales ved|ses senere|vi ses senere|det var alt for nu|det var det for nu|det var bare det|det var alt jeg ville|det er alt|det var hvad jeg ville vide|ikke mere|intet andet|ikke andet|det var alt jeg ville vide)",
  ],
  [
    "goodbye",
    "(hav|ha) en (god|dejlig|rigtig god|fortsat god|fantastisk|skøn|super|rigtig dejlig|fortsat dejlig|god fortsat) (dag|aften|weekend|søndag|lørdag|fredag|uge|sommer|ferie|jul|eftermiddag|formiddag|nat)",
  ],
  [
    "goodbye",
    "[rigtig|fortsat] (god|dejlig) (weekend|dag|aften|fortsat dag|fortsættelse|ferie|sommer|jul|søndag|uge|eftermiddag)",
  ],
  [
    "acknowledgement",
    "(fint|fint nok|helt fint|det er fint|fedt|mega fedt|godt|super godt|supergodt|forstået|klart|klart nok|fair nok|javel|aha|nå|nå okay|nå ok|nåh|dejligt|skønt|fantastisk|glimrende|udmærket|i orden|helt i orden|alt i orden|alt er klart|sejt|det lyder godt|lyder godt|lyder fint|lyder godt nok|det var godt|det er godt|jeg forstår|forstår|det forstår jeg|modtaget|perfekt|okej|jep|jeps|jo|lækkert|herligt|genialt|sådan|sådan der|fornemt|noteret|det er noteret|jamen så|så er det på plads|jeg er med|så er jeg med|den er jeg med på|det er jeg med på|jamen fint|det hjælper|fedt nok|skide godt|det var det jeg troede|det vidste jeg ikke)",
  ],
  [
    "acknowledgement",
    "(det|den|dét|det hele) (er|var|lyder|ser|virker) [rigtig|virkelig|meget|helt|bare|jo|da|så|super|mega] (fint|fin|god|godt|super|perfekt|fedt|dejligt|skønt|fantastisk|i orden|ok|okay|klart|forståeligt|nice|godt ud|fint ud|lækkert|fornuftigt|rart|herligt|logisk|sejt|alletiders|nemt|enkelt|klar|perfekt ud|hjælpsomt|brugbart|nyttigt|godt nok)",
  ],
  ["acknowledgement", "[okay|ok|nå|ah|det] [det] giver (mening|god mening|fin mening)"],
  [
    "acknowledgement",
    "[det|du|dét|svaret|det svar] (var|er|har været) [en] [rigtig|virkelig|meget|kæmpe] [stor|god|fin] (hjælp|hjælpsom|hjælpsomt|hjælpsomme|brugbart|nyttigt|til stor hjælp|til hjælp)",
  ],
  [
    "acknowledgement",
    "[det|du|dét|svaret|det svar] [har] [virkelig|rigtig|meget|godt] (hjalp|hjulpet|hjalp mig|hjælper mig|hjulpet mig|løste det|løser det|besvarer det|besvarede det|svarer på det|svarede på det|besvarede mit spørgsmål|besvarer mit spørgsmål|svarede på mit spørgsmål|svarer på mit spørgsmål|dækker det|forklarer det|forklarede det)",
  ],
  [
    "acknowledgement",
    "[det var|det er|dét var|præcis|lige|netop|det] [lige|præcis|netop|bare] (det|hvad|dét) (jeg|vi) (manglede|mangler|havde brug for|har brug for|ville vide|gerne ville vide|søgte|ledte efter|skulle bruge|skulle vide|ville høre|håbede på) [at vide|at høre]",
  ],
  [
    "acknowledgement",
    "(så|nu) (ved jeg det|ved jeg det nu|ved jeg besked|er jeg klogere|er jeg med|forstår jeg det|giver det mening)",
  ],
  ["acknowledgement", "(godt|rart|dejligt|fint|fedt|nyttigt|smart) at vide"],
  [
    "filler",
    "(så meget|rigtig|virkelig|igen|alle|allesammen|alle sammen|jamen|nå men|altså|så|også|du|med dig|og|meget|skal du have|rigtig mange|bare|lige|jo|da|ellers|nu|ja|mand|makker|venner|endnu engang|en gang til|kæmpe|helt|igen igen|hehe|for nu|for i dag|til dig|til jer|i lige måde)",
  ],
  [
    "filler",
    "for [det|den|din|jeres|dit|en|de|alt] [hurtige|hurtig|gode|god|fine|søde|venlige|store|flotte|super|hurtigt|godt|hjælpsomme|kvikke|klare|gode og hurtige] (det|sidst|hjælpen|hjælp|svar|svaret|svarene|info|infoen|information|informationen|oplysning|oplysninger|oplysningen|oplysningerne|forklaring|forklaringen|service|servicen|tid|råd|rådet|tip|tippet|tips|snak|snakken|hjælpsomhed|besked|beskeden|nu|i dag|alt|det hele|hjælpen i dag|indsatsen|tålmodigheden|vejledning|vejledningen|assistance)",
  ],
  [
    "greeting",
    "(er du der|er du der stadig|er der nogen hjemme|hallo hallo|hej hej med dig|hej du|hejsa igen|hallo igen)",
  ],
  [
    "acknowledgement",
    "(glem det|glem det bare|ligemeget|lige meget|ligegyldigt|det er lige meget|det er ligemeget|det er ligegyldigt|pyt|pyt med det|nå pyt|det gør ikke noget|gør ikke noget|ingen problem|intet problem|ingen problemer|ingen fare|det var ikke noget|ups|hovsa|hov|okay så|ok så|fint så|nå men okay|nå men ok|jamen okay|aha okay|nais|sejt|fedt nok|det er fedt|super fedt|topper|knald|fint fint|ja tak|ja ok|jo jo|jaja|jep jep)",
  ],
  [
    "acknowledgement",
    "(du er|du var|du har været|sikke en|hvor er du|du er bare|du er da|du er godt nok) [så|rigtig|virkelig|bare|mega|super|en|et|den|godt nok|helt] (god|sød|skøn|dygtig|flink|sej|fantastisk|super|guld værd|bedste|stjerne|helt|hjælpsom|klog|smart|fin|genial|genialt|skat|engel|god bot|sød bot)",
  ],
  [
    "acknowledgement",
    "(god|sød|dygtig|flink|sej|fin|klog|smart|super|fed|skøn|dejlig) (bot|robot|assistent|chatbot)",
  ],
  [
    "about_assistant",
    "(er du|er det|er det her|er dette|er det en|taler jeg med|snakker jeg med|skriver jeg med|skriver jeg til|chatter jeg med|er jeg i kontakt med|så du er|du er|er det ikke|er du ikke) [en|et|bare en|bare et|virkelig en|virkelig et|egentlig en|egentlig et|faktisk en|faktisk et] [rigtig|rigtigt|ægte|levende|kunstig|virtuel] (bot|robot|chatbot|ai|ki|menneske|person|maskine|computer|program|chatgpt|gpt|openai|assistent|virtuel assistent|rigtigt menneske|rigtig person|ægte menneske|kunstig intelligens|levende person|ai assistent|ai-assistent|menneske eller en bot|bot eller et menneske|automatisk svar) [jeg skriver med|jeg taler med|jeg snakker med|jeg chatter med|der svarer|der skriver|her|i den anden ende]",
  ],
  [
    "about_assistant",
    "(hvem er du|hvem er det|hvem er det jeg taler med|hvem taler jeg med|hvem snakker jeg med|hvem skriver jeg med|hvem skriver jeg til|hvem chatter jeg med|hvem svarer|hvad er du|hvad er du for en|hvad er du for noget|hvad er du for en bot|hvad er det her for en chat|hvad er det for en chat|hvad kan du|hvad kan du så|hvad kan du hjælpe med|hvad kan du hjælpe mig med|hvad kan du gøre|hvad kan du gøre for mig|hvad kan du ellers|hvordan kan du hjælpe|hvordan kan du hjælpe mig|hvad kan jeg spørge om|hvad kan jeg spørge dig om|hvad ved du|hvad ved du noget om|hvordan virker du|hvordan fungerer du|hvad hedder du|hvad hedder du så|hvad er dit navn|har du et navn|har du et navn|hvem har lavet dig|hvem har skabt dig|hvem har programmeret dig|kan du hjælpe mig|kan du hjælpe|kan du hjælpe mig lige)",
  ],
  [
    "filler",
    "(haha|lol|i dag|idag|nu her|her|lige nu|for resten|forresten|btw|bare nysgerrig|bare lige|egentlig|mon|så)",
  ],
  [
    "about_assistant",
    "(er du|du er|er du overhovedet) [virkelig|egentlig|faktisk] (ægte|rigtig|virkelig|et menneske|menneskelig|levende|en rigtig person)",
  ],
  [
    "acknowledgement",
    "[ok|okay|så|jamen] (det gør jeg|jeg gør det|det prøver jeg|jeg prøver det|det vil jeg gøre|det vil jeg prøve|jeg kigger på det|det kigger jeg på|det tjekker jeg|jeg tjekker det|det ser jeg på|jeg ser på det)",
  ],
  [
    "greeting",
    "(er der nogen|er der nogen der|er der nogen her|nogen der|nogen hjemme|er der nogen hjemme|er der nogen i den anden ende)",
  ],
  [
    "goodbye",
    "(nej|næ|nope) [tak] (det var det|det var alt|det er alt|det var bare det|ellers tak|ikke mere|ikke andet) [tak]",
  ],
  [
    "greeting",
    "(må|kan) jeg (spørge|stille) [dig|jer] [om] [noget|et spørgsmål|et hurtigt spørgsmål|lige om noget]",
  ],
  ["greeting", "jeg har (et spørgsmål|et hurtigt spørgsmål|nogle spørgsmål|lige et spørgsmål)"],
  [
    "greeting",
    "(læser nogen det her|læser nogen dette|læser nogen med|ser nogen det her|ser nogen dette|er der nogen der læser med|kan du høre mig|kan du se det|kan du se min besked|virker chatten|hva så|hvad så med dig|test)",
  ],
  ["about_assistant", "eller (en|et) [rigtig|rigtigt|ægte] (bot|menneske|person|robot|maskine)"],
  ["acknowledgement", "(alt er|alt|så er alt) (godt|fint|i orden|på plads|klaret|løst) [nu]"],
  [
    "acknowledgement",
    "[super|meget|rigtig|virkelig|mega] (brugbart|nyttigt|hjælpsomt|brugbar|nyttig)",
  ],
  [
    "thanks",
    "[jeg|vi] (sætter|satte) [stor|virkelig|rigtig stor|meget] pris på (det|hjælpen|din hjælp|jeres hjælp|svaret|det her)",
  ],
  [
    "filler",
    "(for assistancen|for tålmodigheden|for din tålmodighed|for hjælpen i dag|fordi du hjalp|fordi du hjalp mig|fordi du svarede|fordi du tog dig tid|for at hjælpe|for at hjælpe mig|for at svare)",
  ],
  [
    "greeting",
    "(jeg har det|det går|jeg har det bare|her går det) [rigtig|super|helt|bare] (godt|fint|okay|ok|fantastisk|fedt|udmærket) [tak]",
  ],
  [
    "greeting",
    "(godt|fint|okay|ok|rigtig godt|super|fint nok) [tak] (og dig|hvad med dig|og selv|selv|og jer|hvad med jer)",
  ],
  ["greeting", "hvordan (går|gik|er) (din dag|dagen|jeres dag|det med dig) [i dag|så langt]"],
  [
    "greeting",
    "[jeg] håber (du har|i har|du får|i får) (en|et) [god|dejlig|fin|rigtig god|skøn] (dag|aften|weekend|uge|morgen)",
  ],
  [
    "greeting",
    "[jeg] håber (du har det godt|i har det godt|alt er godt|alt er vel|alt vel|det går godt)",
  ],
  [
    "goodbye",
    "(pas på dig selv|pas godt på dig selv|pas på dig|pas på jer selv|pas godt på dig|ha det godt så)",
  ],
  [
    "about_assistant",
    "er (det|dette|det her) (en|et) (rigtig|ægte|automatisk|levende) (chat|samtale|svar|person)",
  ],
  [
    "filler",
    "eller [er det] [en|et] (automatisk|automatiseret|en bot|et menneske|ai|en robot|ægte|bot|robot|menneske|rigtig)",
  ],
  [
    "filler",
    "(for besked|for beskeden|for at sige det|for at sige til|for at give besked|for opklaringen)",
  ],

  // Which languages the assistant speaks: a verb of speaking and a language's name, or "sprog".
  [
    "about_languages",
    "(kan|taler|forstår|skriver|svarer|snakker|læser) (du|i) [også|godt|faktisk|andre sprog end] [tale|skrive|forstå|svare på|læse|snakke|på] (engelsk|dansk|tysk|fransk|spansk|svensk|norsk|italiensk|hollandsk|polsk|andre sprog|flere sprog|mit sprog|et andet sprog)",
  ],
  [
    "about_languages",
    "(hvilke|hvad for nogle|hvad for|hvor mange) sprog (kan|taler|forstår|skriver|svarer|snakker|understøtter) (du|i|botten|chatten) [på|tale|skrive|forstå]",
  ],
  // About the assistant in other words: asking it to introduce itself, who made it.
  [
    "about_assistant",
    "(fortæl|fortæl mig|fortæl lidt|fortæl mig lidt|fortæl mig noget|fortæl noget|sig noget) [mere] om (dig selv|dig|jer selv|botten|chatten)",
  ],
  ["about_assistant", "(præsenter dig|præsentér dig|præsenter dig selv|præsentér dig selv)"],
  [
    "about_assistant",
    "hvem har (lavet|skabt|bygget|udviklet|programmeret|designet|trænet|skrevet) (dig|botten|chatten|denne bot|den her bot)",
  ],
  // A complaint that asks nothing: the last reply did not help, or the assistant is no use. A
  // topic or a question after it makes it a question; a request for a person is read first.
  [
    "complaint",
    "[det|den|det der|svaret|det svar|du|det her] [har] [virkelig|bare|desværre] (hjalp|hjælper|hjulpet|svarede|svarer|duede|duer|hjælper du) [mig] (ikke|slet ikke|ikke rigtig|ikke meget|overhovedet ikke|ikke særlig meget|ikke en disse|ikke en meter) [mig|på mit spørgsmål|på spørgsmålet|overhovedet|rigtig]",
  ],
  [
    "complaint",
    "[det|den|svaret|det svar|du] (har|har du) (ikke|slet ikke|overhovedet ikke|ikke rigtig) (hjulpet|svaret på mit spørgsmål|svaret på det|besvaret mit spørgsmål) [mig|overhovedet]",
  ],
  [
    "complaint",
    "(du er|det er|det var|den er|svaret er|chatten er|botten er|du var|det her er) [virkelig|helt|totalt|fuldstændig|komplet|bare|så|ret|lidt|godt nok] (ubrugelig|ubrugeligt|elendig|elendigt|håbløs|håbløst|værdiløs|værdiløst|dum|dumt|irriterende|frustrerende|til ingen nytte|ingen hjælp|forkert|noget vrøvl|noget pjat|spild af tid|latterlig|latterligt|dårlig|dårligt|ikke til nogen hjælp|ikke til megen hjælp)",
  ],
  [
    "complaint",
    "(du er|det er|det var|den er|svaret er|du var) (ikke|ikke særlig|ikke rigtig|slet ikke|overhovedet ikke) (hjælpsom|hjælpsomt|brugbar|brugbart|til hjælp|nyttig|nyttigt|relevant|rigtigt|korrekt|svaret|det jeg spurgte om|det jeg mente|det jeg ledte efter|det jeg søgte|det jeg havde brug for|det jeg manglede|det jeg ville vide)",
  ],
  ["complaint", "(ubrugelig|ubrugeligt|forkert svar|øv|suk|tak for ingenting|tak for ingen ting)"],
  ["filler", "(men|desværre|overhovedet|alligevel|undskyld)"],
  // Waiting, and the visitor's own "you're welcome": an acknowledgement.
  [
    "acknowledgement",
    "[ok|okay|okej|fint|godt|jamen|så|helt i orden|det er fint] [så] (jeg venter|venter jeg|jeg venter gerne|jeg kan godt vente|jeg kan vente|det venter jeg på|det venter jeg|jeg afventer|ingen hast|ingen stress|tag dig god tid|tag den tid du skal bruge) [lige|bare|gerne|her|lidt|på det|på svar|så]",
  ],
  [
    "acknowledgement",
    "(selv tak|det var så lidt|det var da så lidt|velbekomme|ingen årsag|det var en fornøjelse)",
  ],

  // Whether anyone is at the other end, in either word order: a greeting, whatever the grammar of
  // requests reads in it.
  ["greeting", "(er) [der] (nogen|nogle) [tilbage] (der|her|hjemme|online|vågen|til stede)"],

  // Round 5 (issue #19): pauses, apologies and "found it", as in English: a visitor who steps
  // away, looks something up or says sorry asks nothing yet; a pause, whose reply
  // gives them time ("Great!" read oddly after "sorry"). Only these words: a question or a
  // topic beside them still asks.
  [
    "pause",
    "[ok|okay|okej|nå|hov|åh] (vent|vent lige|vent lidt|vent et øjeblik|vent et sekund|vent lige lidt|et øjeblik|et øjeblik tak|lige et øjeblik|et øjeblik lige|øjeblik|øjeblik lige|et sekund|lige et sekund|et minut|lige et minut|to sekunder|to minutter|et lille øjeblik|jeg er lige tilbage|er lige tilbage|tilbage om lidt|tilbage om et øjeblik|jeg kommer lige tilbage|kommer lige tilbage|brb)",
  ],
  [
    "pause",
    "[ok|okay|okej|hmm|nå] [jeg] (kigger|tjekker|ser|undersøger|checker) (lige|lige efter|lige på det|efter|på det|lige det)",
  ],
  [
    "pause",
    "[ok|okay|okej|hmm|nå] [jeg] (skal|må|vil) (lige|lige se|lige kigge|lige tjekke|lige tænke|lige tænke over det|lige undersøge|lige høre min mand|lige høre min kone|lige spørge min mand|lige spørge min kone) [efter|på det|over det|det]",
  ],
  [
    "pause",
    "(lad mig|lad mig lige) (se|kigge|tjekke|tænke|tænke over det|kigge på det|tjekke det|undersøge det)",
  ],
  [
    "pause",
    "[åh|ups|hov|nå] [jeg] (undskyld|beklager|sorry|undskyld det|undskyld for det|undskyld forsinkelsen|undskyld tastefejlen|undskyld ulejligheden|undskyld jeg forstyrrer|undskyld mig|min fejl|mine undskyldninger)",
  ],
  [
    "pause",
    "[nå nej|nå|nåh|ah|åh|okay|ok|okej|glem det|pyt|ligemeget] [jeg] (fandt det|har fundet det|fandt det selv|fandt ud af det|har fundet ud af det|fandt svaret|kan se det nu|ser det nu|har det nu|har styr på det nu)",
  ],
  [
    "acknowledgement",
    "(du er|i er|det er du) [virkelig|rigtig|så|super|mega|vildt|altså|bare] (god|dygtig|sej|skarp|hjælpsom|flink|sød|fantastisk|den bedste) [til det her|til det|til det du gør|til at hjælpe]",
  ],
  [
    "about_assistant",
    "(hva|hvad) (kan du|kan du så|kan du hjælpe med|kan du hjælpe mig med|kan du gøre|kan du gøre for mig|kan du ellers|laver du|er du for en)",
  ],
  [
    "greeting",
    "[er] [der] (nogen|nogle|nogen som helst) [derude|der ude|herinde|til stede|der kan høre mig]",
  ],

  // Round 5's check round (written after the rules above) showed two more kinds: a wish for the
  // visitor's day or week going well, and owning a mistake ("my fault", "c'est ma faute"), a
  // pause like an apology.
  [
    "greeting",
    "[jeg] håber (din|jeres|dagen|ugen|weekenden|din dag|din uge|din weekend|jeres dag|jeres uge) [dag|uge|weekend] (går godt|er god|har været god|går fint|er gået godt|går rigtig godt)",
  ],
  [
    "pause",
    "[ups|hov|undskyld|åh] (min fejl|det var min fejl|det er min fejl|min skyld|det var min skyld|det er min skyld|jeg tog fejl|jeg læste forkert)",
  ],

  // Round 6 (test/fixtures/small-talk-round6.json, written blind) showed five more kinds, as in
  // English. Praise for the assistant or the site: a subject, an adverb ("faktisk",
  // "simpelthen"), an intensifier ("ret", "virkelig") and a word of praise; loving it; a word of
  // praise before a noun of the site or the chat. A thing the site sells is no such noun.
  [
    "acknowledgement",
    "(du er|i er|du var|i var|du har været|i har været|det er du|det er i|siden er|jeres side er|hjemmesiden er|jeres hjemmeside er|chatten er|botten er|robotten er|assistenten er|servicen er|jeres service er|den her side er|det her er|sikke en|hvor er du|hvor er i|du er bare|du er godt nok) [faktisk|simpelthen|altså|virkelig|bare|jo|da|godt nok|egentlig|sgu|også|nu|helt ærligt|ærligt talt|seriøst|stadig|altid] [ret|rigtig|så|super|mega|vildt|virkelig|helt|utrolig|utroligt|pisse|ekstremt|meget|temmelig|ganske|enormt|sindssygt|sindssyg|bare|en|et|den|de|en rigtig|en virkelig|en super] (god|godt|gode|dygtig|dygtige|sød|søde|sej|seje|skøn|skønne|fantastisk|fantastiske|super|genial|geniale|genialt|fremragende|fed|fede|fedt|lækker|lækre|lækkert|flot|flotte|smart|smarte|klog|kloge|hjælpsom|hjælpsomme|imponerende|cool|nice|bedst|bedste|den bedste|de bedste|guld værd|hurtig|hurtige|skarp|skarpe|stjerne|engel|helt|knag|perle|hjælp|god til det her|gode til det her|god til det|god til at hjælpe|gode til at hjælpe)",
  ],
  [
    "acknowledgement",
    "[jeg|vi] [virkelig|bare|helt|simpelthen|altså|faktisk|også|godt nok] (elsker|elske|er vild med|er vilde med|er helt vild med|er glad for|er så glad for|kan godt lide|kan lide|synes godt om|digger) [virkelig|bare|altså|faktisk|også|helt vildt] (det|det her|den|den her|dig|jer|siden|siden her|den her side|jeres side|hjemmesiden|jeres hjemmeside|chatten|chatten her|botten|robotten|assistenten|servicen|jeres service|idéen|ideen|konceptet|det der) [så meget|rigtig meget|virkelig meget|altså|bare|også]",
  ],
  [
    "acknowledgement",
    "[sikke en|sikke et|hvor er det en|hvor er det et|det er en|det er et|det var en|det var et|en|et|den|det] [rigtig|virkelig|super|mega|utrolig|så] (god|godt|flot|flotte|fed|fede|fedt|super|fantastisk|fantastiske|skøn|skønne|dejlig|dejlige|lækker|lækre|lækkert|smart|smarte|genial|geniale|genialt|fremragende|hjælpsom|hjælpsomme|bedste|fin|fine|sød|søde|sej|seje|imponerende|nyttig|nyttige|brugbar|brugbare) (side|hjemmeside|service|chat|bot|robot|assistent|webshop|idé|ide|løsning|funktion|svar|arbejde|job|oplevelse|site|chatbot)",
  ],
  [
    "acknowledgement",
    "(ikke dårligt|slet ikke dårligt|ikke så dårligt|ikke værst|slet ikke værst|ikke så ringe|ikke ringe|ret godt|ret fedt|ret sejt|ret smart|ret nice)",
  ],
  // Insults to the bot: a complaint, handed to a person as "du er ubrugelig" is. A word of scorn
  // before a noun of the chat ("dumme robot", "din elendige bot"), or "det irriterer mig".
  [
    "complaint",
    "[din|dit|du er en|du er et|du er sgu en|sikke en|sikke et|hvor er du en|det er en|det er et|den|det|den her|det her|hvilken|hvilket|sikken en|sikken et|jeres] [totalt|fuldstændig|helt|så|virkelig|pisse|mega|komplet|bare|dumme|elendige] (dum|dumme|dumt|åndssvag|åndssvage|åndssvagt|elendig|elendige|ubrugelig|ubrugelige|håbløs|håbløse|latterlig|latterlige|tåbelig|tåbelige|idiotisk|idiotiske|sølle|værdiløs|værdiløse|irriterende|kedelig|kedelige|lorte|lortet|møg|møgs|pisse|tåbelige|ringe|dårlig|dårlige|inkompetente|inkompetent|tumpede|tumpet|hjernedøde|hjernedød|unyttige|unyttig|fjollede|fjollet) (robot|bot|chatbot|maskine|ai|assistent|chat|program|computer|robotten|botten|chatten|maskinen|programmet|system|systemet|ting|lort|skrammel|dims|skrald)",
  ],
  [
    "complaint",
    "(du er en|du er et|du er sgu en|sikke en|sikke et|din|dit|hvor er du en|du er bare en|du er bare et) (idiot|fjols|klaphat|tosse|spade|taber|nar|kvaj|dumrian|joke|vittighed|lort|stykke lort|spild af tid|dumme svin|tumpe)",
  ],
  ["complaint", "(idiot|fjols|klaphat|din idiot|dit fjols)"],
  [
    "complaint",
    "(det|du|det her|den|botten|chatten|det der) [virkelig|bare|altså|helt|så|godt nok|sgu] (irriterer mig|irriterer|gør mig sur|gør mig vred|driver mig til vanvid|er noget lort|er noget møg|er noget skrammel|er en joke|er en vittighed|er spild af tid|er spild af min tid|stinker|suger|sutter|er træls|er så træls)",
  ],
  [
    "complaint",
    "(hvor irriterende|hvor er det irriterende|så irriterende|hvor træls|så træls|træls|hvor dumt|hvor latterligt|lort|sikke noget lort|sikke noget pjat|sikke noget vrøvl|hold da op med det|for fanden|for pokker|for helvede|åh nej ikke igen|spild af tid)",
  ],
  [
    "complaint",
    "[tak|mange tak|tusind tak] for (ingenting|ingen ting|intet|nul og niks|ingen hjælp|ikke noget)",
  ],
  // A slip: the wrong button, a message sent too soon. A pause, as an apology is.
  [
    "pause",
    "[ups|hov|hovsa|undskyld|åh|sorry|øv|pyt|nej|ups undskyld|hov undskyld] [undskyld|sorry] [jeg] [kom til at|har|fik|kom lige til at|må have|er kommet til at] (trykke forkert|trykket forkert|trykkede forkert|trykke på den forkerte knap|trykket på den forkerte knap|trykkede på den forkerte knap|trykke på forkert knap|trykkede på forkert knap|klikke forkert|klikket forkert|klikkede forkert|klikke på den forkerte knap|klikkede på den forkerte knap|sende for tidligt|sendt for tidligt|sendte for tidligt|sende den for tidligt|sendte den for tidligt|sende ved en fejl|sendt ved en fejl|sendte ved en fejl|sendte det ved en fejl|sende det ved en fejl|trykke enter|trykket enter|trykkede enter|trykke send|trykkede send|skrive forkert|skrevet forkert|skrev forkert|skrive i den forkerte chat|skrev i den forkerte chat|skrev i det forkerte vindue|tastefejl|en tastefejl|forkert knap|den forkerte knap|forkert tast|forkert klik|forkert vindue|det forkerte vindue|forkert chat|den forkerte chat|fejltryk|et fejltryk|fejlklik|et fejlklik|ved en fejl|det var en fejl|det var ikke meningen|det var ikke med vilje|ikke meningen|trykfejl) [undskyld|sorry|ups|haha]",
  ],
  // A bare "no" answers "Er der andet, jeg kan hjælpe med?": a goodbye (worker/chat/small-talk.ts
  // says why). The longer answers that say the visitor is fine are goodbyes of their own.
  ["no", "(nej|næ|nej nej|næh|nix|nope|nej da|nej nej nej|næ næ|nej du|nej altså)"],
  [
    "goodbye",
    "(nej|næ|nope|nix) [tak|ellers tak] (det er fint|det er godt|det er i orden|det er ok|det er okay|jeg er okay|jeg er ok|jeg er god|jeg er fin|jeg er fint|jeg er good|jeg har det fint|alt er godt|alt er fint|alt er i orden|jeg klarer mig|det klarer jeg|så er jeg god|det var fint|ikke lige nu|ikke nu|ikke i dag|ikke for nu|ellers ikke|det er det hele|det hele|intet|ingenting|ikke noget|ikke mere|ikke andet|det var det hele) [tak|ellers tak]",
  ],
  // Greetings round 6 showed: a season's wish, and asking back after answering "how are you".
  // "Nå?" prompts as the German "na?" does (both fold to "na"): a greeting when a question mark
  // follows it, an acknowledgement alone.
  ["greeting", "(nå|nåh|nå du)"],
  [
    "greeting",
    "[og] [en|et] [rigtig|virkelig|en rigtig] (glædelig|god|godt|glædeligt|lykkeligt|lykkelig|fredfyldt|dejlig) (jul|juleaften|nytår|nyt år|påske|pinse|sommer|ferie|højtid|jul og godt nytår|jul og et godt nytår|jul og godt nyt år|nytår og tak for det gamle|weekend|fastelavn|sankthans) [til dig|til jer|til alle|alle sammen|allesammen]",
  ],
  [
    "greeting",
    "(godt nytår og tak for det gamle|tak for det gamle|glædelig jul og godt nytår|god jul og godt nytår|glædelig jul og et godt nytår|god jul og et godt nytår|glædelig højtid|god højtid|godt nytår til jer|rigtig glædelig jul)",
  ],
  [
    "greeting",
    "[og] (hvad med dig|hvad med jer|hvad så med dig|hvordan med dig|hvordan har du det selv|hvordan går det med dig|hvordan har du det|og dig|og jer|og dig selv|og selv|hvordan har i det|hvordan går det med jer|hvad med dig selv) [i dag|så]",
  ],
];

/**
 * The replies to small talk in Danish, one per kind: they invite a question and promise nothing;
 * a pause's gives the visitor time, the answer about the assistant says what it is and that a
 * person is a request away, the one about languages names the six it writes in (answers come
 * from the help centre), and a complaint gets none: the judge hands it to a person.
 */
export const SMALL_TALK_REPLIES: Readonly<Record<RepliedKind, string>> = {
  greeting: "Hej! Hvad kan jeg hjælpe dig med?",
  thanks: "Det var så lidt! Er der andet, jeg kan hjælpe med?",
  goodbye: "Farvel! Skriv bare, hvis der dukker noget op.",
  acknowledgement: "Godt! Er der andet, jeg kan hjælpe med?",
  pause: "Helt i orden, tag dig bare god tid. Jeg er her, hvis du har brug for noget.",
  about_assistant:
    "Jeg er sidens AI-assistent: Jeg svarer ud fra dens hjælpecenter, og jeg kan sende dig videre til en person, når du vil.",
  about_languages:
    "Jeg kan skrive på dansk, engelsk, tysk, fransk, spansk og svensk; mine svar kommer fra sidens hjælpecenter, på dit sprog, hvis det findes der. Jeg kan også sende dig videre til en person.",
};
