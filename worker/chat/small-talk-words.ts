/**
 * The words of small talk in the five languages (`small-talk.ts` reads them), and the replies to
 * it. Data only: to recognise a new greeting or thanks, add its words to the right line here and
 * an example to test/worker/chat/small-talk.node.test.ts.
 */
import type { Language } from "../../shared/languages.ts";

/** What a line of small talk does. */
export type SmallTalkKind = "greeting" | "thanks" | "goodbye" | "acknowledgement";

export type Tag = SmallTalkKind | "filler";

// A message is small talk when it can be read, word for word, as a sequence of social phrases
// and fillers (intensifiers, "for the help", "zusammen", the assistant's name) with at least one
// social phrase. Anything else ("Canada", "cancel", "how", a number) makes it a question for the
// knowledge base. Phrases are written in a small pattern language so that the word classes
// combine ("thank you so much for the quick reply") without listing whole messages:
// "(a|b)" is a choice, "[a|b]" an optional choice, words are matched after `normalize`.
// `null` as the language marks words several of the five languages use ("ok", "super", "hi").
export const SOCIAL_WORDS: readonly (readonly [Tag, Language | null, string])[] = [
  // Words shared between languages: they say nothing about the language.
  ["greeting", null, "(hi|hey|heya|hallo|hallo hallo|halo|yo|hallå|hey hey|hi hi|hoi|ey)"],
  ["greeting", null, "ciao"],
  ["goodbye", null, "(ciao|tschau|tchao|chao|bye|bye bye|byebye|ade|adieu|bb)"],
  ["acknowledgement", null, "(ok|okay|okey|oki|okie|k|kk|okidoki|okie dokie|okey dokey|ok ok)"],
  [
    "acknowledgement",
    null,
    "(super|cool|top|nice|perfekt|prima|genial|excellent|wow|ah|aha|ahh|oh|ahso|mhm|hmm|yes)",
  ],
  ["thanks", null, "(thx|thanx|thnx|tx|ty|tyvm|tysm|tnx|tks|thks)"],
  // Laughter ("haha", "jajaja", "hehe", "mdr") is read as "haha" by small-talk.ts.
  ["filler", null, "(bot|clarifier|assistant|assistent|assistente|haha|lol|xd|lmao|mdr|ptdr)"],

  // English.
  [
    "greeting",
    "en",
    "(hello|hello there|hi there|hey there|hiya|howdy|greetings|morning|evening|afternoon|hullo|helo|hellow|gday|good day|wassup|whats good)",
  ],
  ["greeting", "en", "good (morning|afternoon|evening|day)"],
  [
    "greeting",
    "en",
    "(how are you|how are you doing|how you doing|how r u|how are u|hows it going|how is it going|hows things|how are things|whats up|sup|how do you do)",
  ],
  [
    "greeting",
    "en",
    "[i] hope (youre|you are|your|ur|you|all is|everything is|alls) [all|doing|keeping|having a] [well|good|great|ok|fine|safe|good day|great day|nice day]",
  ],
  ["greeting", "en", "[nice|pleased|good] to (meet|chat with|talk to) you"],
  [
    "greeting",
    "en",
    "(merry christmas|happy new year|happy holidays|happy easter|happy friday|happy monday|seasons greetings|happy thanksgiving)",
  ],
  [
    "thanks",
    "en",
    "(thanks|thank you|thankyou|thank u|thanks you|thank ya|thank yu|thank yuo|thanku|thanq|tq|cheers|many thanks|thanks again|ta|tah|ta muchly|much obliged|obliged|big thanks|huge thanks|massive thanks|thnk you|thnk u|thak you|thx you|bless you|bless ya|thank you kindly|appreciated)",
  ],
  [
    "thanks",
    "en",
    "[i|we] [really|truly|very much|greatly|do|totally|so|genuinely] (appreciate|appreciated|apreciate|appriciate) [it|that|this|you|ya|u|your help|the help|the info|your time|the quick reply|all your help|all the help]",
  ],
  ["thanks", "en", "(much|greatly|very much|really|very|truly|super|hugely|most) appreciated"],
  ["thanks", "en", "no (thanks|thank you|thx|ty|cheers)"],
  [
    "goodbye",
    "en",
    "(goodbye|good bye|farewell|see you|see ya|cya|see u|see you later|see you soon|see you around|later|laters|take care|good night|goodnight|night|nite|night night|talk later|talk soon|speak soon|speak later|catch you later|catch ya later|catch ya|ttyl|bye for now|bye now|bye then|all the best|best wishes|kind regards|best regards|regards|peace out|until next time|till next time|have a good one|thats all|thats it|thats everything|nothing else|no more questions|nothing more)",
  ],
  [
    "goodbye",
    "en",
    "[no|nope|nah|ok] (thats|that is|its|that was|thatll be|that will be) (all|everything|it) [i] [needed|need|wanted|have|had|wanted to know|needed to know|for now|for today]",
  ],
  [
    "goodbye",
    "en",
    "(have|enjoy) (a|the|your) [very|really] (nice|good|great|lovely|wonderful|fab|fantastic|blessed|brilliant|pleasant|happy|relaxing) (day|evening|weekend|one|night|afternoon|morning|week|holiday|holidays|christmas|time)",
  ],
  ["goodbye", "en", "enjoy (your|the) (day|evening|weekend|afternoon|week|holiday|holidays)"],
  [
    "goodbye",
    "en",
    "(have|enjoy) (a|the) [nice|good|great|lovely] rest of (the|your) (day|week|evening|weekend)",
  ],
  ["goodbye", "en", "(you too|you as well|you also|and you|same to you|likewise|same here)"],
  [
    "acknowledgement",
    "en",
    "(alright|all right|alrighty|allright|aight|all good|great|perfect|awesome|awsome|fine|good|got it|gotcha|got you|understood|noted|sure|sure thing|wonderful|brilliant|brill|lovely|sweet|fantastic|amazing|splendid|excellent|great stuff|good stuff|fab|fabulous|superb|marvellous|marvelous|grand|ace|champion|magic|spot on|top notch|sorted|all sorted|cool beans|righto|right|roger|roger that|copy that|fair|yeah|yep|yup|yea|aye|exactly|neat|smashing|terrific|ideal|incredible|outstanding|wicked|lush|cracking|coolio|all clear|clear|crystal clear|all done|done|good one|sweet as|love it|love that|i love it|i love that)",
  ],
  [
    "acknowledgement",
    "en",
    "[oh|ah|ahh|ok|okay] (i see|i get it|i got it|i understand|understand|makes sense|that makes sense|sounds good|fair enough|will do|no problem|no probs|no prob|np|no worries|good to know|thats clear|no biggie|no bother)",
  ],
  [
    "acknowledgement",
    "en",
    "[thats|that is|that was|this is|this was|its|it is|it was|youve been|you have been|youre|you are] [really|very|so|super|most|extremely|truly|incredibly|amazingly|massively|all] (helpful|useful|great|perfect|clear|awesome|brilliant|a great help|a big help|a huge help|a massive help|a lot of help|amazing|fantastic|wonderful|excellent|kind|lovely|sweet|cool|fine|ok|okay|good|great news|good news|handy|informative|ideal|spot on|fab|a lifesaver|a life saver|a star|a legend|a gem|a hero|a champ|the best|kind of you|clear now|much clearer|clearer now|fine by me|good to hear|great to hear|good to know|great to know|useful to know|nice to know|handy to know|helpful to know|reassuring|sorted|all sorted|understood|noted|great thanks)",
  ],
  [
    "acknowledgement",
    "en",
    "[that|this|it|you|thats|this has|that has|it has|youve|you have|which] [really|truly|definitely|totally|actually|has|have|massively|hugely|honestly] (helps|helped|helped me|helps me|helped me out|helps me out|helped us|answers it|answered it|answers that|answered that|answers my question|answered my question|answers everything|answered everything|did the trick|does the trick|clears it up|cleared it up|clears that up|cleared that up|clears things up|cleared things up|cleared up|clears up|covers it|covered it|solved it|solves it|fixed it|fixes it|sorted it|sorts it|works|worked|will work|should work|works for me|explains it|explained it|explains everything|made sense|makes sense)",
  ],
  ["acknowledgement", "en", "(thatll|itll) (work|do)"],
  [
    "acknowledgement",
    "en",
    "[thats|that is|its|that was|this is|exactly|just|precisely] [exactly|just|precisely|perfectly|absolutely] (what i needed|what i need|what i wanted|what i was looking for|what i wanted to know|what i needed to know|what i was after|what i was hoping for|what i was hoping to hear|what i needed to hear|the answer i needed|the answer i was looking for|what i meant)",
  ],
  [
    "acknowledgement",
    "en",
    "(nice one|great job|good job|well done|nice work|great work|good work|you rock|legend|lifesaver|life saver|star|hero|genius|the best)",
  ],
  [
    "acknowledgement",
    "en",
    "(youre|you are|ur|what a|you) [an|a|the] [absolute|total|real|true] (legend|star|hero|lifesaver|life saver|gem|champ|genius|rockstar|rock star|diamond|angel|saint|best|superstar|treasure|godsend)",
  ],
  [
    "acknowledgement",
    "en",
    "[ill|i will|will|im going to|i am going to|gonna] (try that|try it|try this|give it a try|give it a go|give that a go|give that a try|give it a shot|check it out|check that out|have a look|take a look|do that|look into it|look into that|keep that in mind|bear that in mind)",
  ],
  [
    "acknowledgement",
    "en",
    "(im|i am|were|we are) [all] (good|fine|ok|okay|sorted|set|done|happy|clear|good now|fine now|sorted now)",
  ],
  ["acknowledgement", "en", "(youre|you are|your|ur) welcome"],
  [
    "filler",
    "en",
    "(so much|a lot|lots|heaps|kindly|very much|so|very|really|much|again|indeed|then|just|and|well|a million|a bunch|a ton|tons|loads|a load|a mil|big time|ever so|ever so much|x|xx|xxx|xo|xoxo|nope|nah|also|too|anyway|anyways|tho|though|honestly|seriously|truly|genuinely|sincerely|in advance|for now|now|once again|oh|ah|hey|wow|oh wow|so so much|as always|always|as ever)",
  ],
  [
    "filler",
    "en",
    "(mate|m8|man|guys|everyone|everybody|all|folks|friend|buddy|dude|team|there|pal|bro|love|hun|hon|sir|madam|maam|chief|boss|you guys|yall|you all|lads)",
  ],
  [
    "filler",
    "en",
    "for [all] [of] [the|your|this|that|ur|ya|such a|such] [quick|fast|great|kind|swift|prompt|speedy|detailed|clear|super|helpful|useful|lovely|excellent|amazing|brilliant|wonderful|rapid|nice|good|quick and easy] (help|answer|answers|reply|replies|response|responses|info|information|support|assistance|explanation|advice|tip|tips|clarification|guidance|time|patience|heads up|update|service|chat|assist)",
  ],
  [
    "filler",
    "en",
    "for (sorting|fixing|checking|explaining|clearing up|looking into|sorting out) (that|it|this|that out|it out|that up|it up|everything)",
  ],
  [
    "filler",
    "en",
    "for (helping|helping me|helping out|your time|that|this|it|everything|all|all that|explaining|explaining that|clarifying|clarifying that|getting back to me|answering|answering that|letting me know|the info|being so helpful|being helpful|being patient|being so patient)",
  ],

  // Danish.
  [
    "greeting",
    "da",
    "(hej|hejsa|hejhej|hej hej|heja|halløj|halløjsa|dav|davs|goddag|godmorgen|godaften|goddaw|morn|mojn|hej med dig|hejsa med dig|hej igen|go morgen|godmorn)",
  ],
  ["greeting", "da", "god (morgen|aften|eftermiddag|formiddag)"],
  [
    "greeting",
    "da",
    "(hvordan går det|hvad så|hvordan har du det|hvordan står det til|godt nytår|glædelig jul|god jul|god påske)",
  ],
  [
    "thanks",
    "da",
    "(tak|takk|tak tak|mange tak|mange mange tak|tusind tak|tusinde tak|mange tusind tak|tusind tusind tak|takker|jeg takker|nej tak|tak skal du have|tak skal du ha|tak ska du ha|tak skal i have|1000 tak|kæmpe tak|en kæmpe tak|stor tak|en stor tak|tak i lige måde|tak ellers|tak alligevel|tak det samme|takke)",
  ],
  [
    "goodbye",
    "da",
    "(farvel|vi ses|ses|på gensyn|godnat|god nat|hav det godt|ha det godt|ha det|hav det|i lige måde|det samme|det var det|det var alt|det var det hele|vi snakkes|snakkes|vi tales ved|tales ved|ses senere|vi ses senere|det var alt for nu|det var det for nu|det var bare det|det var alt jeg ville|det er alt|det var hvad jeg ville vide|ikke mere|intet andet|ikke andet|det var alt jeg ville vide)",
  ],
  [
    "goodbye",
    "da",
    "(hav|ha) en (god|dejlig|rigtig god|fortsat god|fantastisk|skøn|super|rigtig dejlig|fortsat dejlig|god fortsat) (dag|aften|weekend|søndag|lørdag|fredag|uge|sommer|ferie|jul|eftermiddag|formiddag|nat)",
  ],
  [
    "goodbye",
    "da",
    "[rigtig|fortsat] (god|dejlig) (weekend|dag|aften|fortsat dag|fortsættelse|ferie|sommer|jul|søndag|uge|eftermiddag)",
  ],
  [
    "acknowledgement",
    "da",
    "(fint|fint nok|helt fint|det er fint|fedt|mega fedt|godt|super godt|supergodt|forstået|klart|klart nok|fair nok|javel|aha|nå|nå okay|nå ok|nåh|dejligt|skønt|fantastisk|glimrende|udmærket|i orden|helt i orden|alt i orden|alt er klart|sejt|det lyder godt|lyder godt|lyder fint|lyder godt nok|det var godt|det er godt|jeg forstår|forstår|det forstår jeg|modtaget|perfekt|okej|jep|jeps|jo|lækkert|herligt|genialt|sådan|sådan der|fornemt|noteret|det er noteret|jamen så|så er det på plads|jeg er med|så er jeg med|den er jeg med på|det er jeg med på|jamen fint|det hjælper|fedt nok|skide godt|det var det jeg troede|det vidste jeg ikke)",
  ],
  [
    "acknowledgement",
    "da",
    "(det|den|dét|det hele) (er|var|lyder|ser|virker) [rigtig|virkelig|meget|helt|bare|jo|da|så|super|mega] (fint|fin|god|godt|super|perfekt|fedt|dejligt|skønt|fantastisk|i orden|ok|okay|klart|forståeligt|nice|godt ud|fint ud|lækkert|fornuftigt|rart|herligt|logisk|sejt|alletiders|nemt|enkelt|klar|perfekt ud|hjælpsomt|brugbart|nyttigt|godt nok)",
  ],
  ["acknowledgement", "da", "[okay|ok|nå|ah|det] [det] giver (mening|god mening|fin mening)"],
  [
    "acknowledgement",
    "da",
    "[det|du|dét|svaret|det svar] (var|er|har været) [en] [rigtig|virkelig|meget|kæmpe] [stor|god|fin] (hjælp|hjælpsom|hjælpsomt|hjælpsomme|brugbart|nyttigt|til stor hjælp|til hjælp)",
  ],
  [
    "acknowledgement",
    "da",
    "[det|du|dét|svaret|det svar] [har] [virkelig|rigtig|meget|godt] (hjalp|hjulpet|hjalp mig|hjælper mig|hjulpet mig|løste det|løser det|besvarer det|besvarede det|svarer på det|svarede på det|besvarede mit spørgsmål|besvarer mit spørgsmål|svarede på mit spørgsmål|svarer på mit spørgsmål|dækker det|forklarer det|forklarede det)",
  ],
  [
    "acknowledgement",
    "da",
    "[det var|det er|dét var|præcis|lige|netop|det] [lige|præcis|netop|bare] (det|hvad|dét) (jeg|vi) (manglede|mangler|havde brug for|har brug for|ville vide|gerne ville vide|søgte|ledte efter|skulle bruge|skulle vide|ville høre|håbede på) [at vide|at høre]",
  ],
  [
    "acknowledgement",
    "da",
    "(så|nu) (ved jeg det|ved jeg det nu|ved jeg besked|er jeg klogere|er jeg med|forstår jeg det|giver det mening)",
  ],
  ["acknowledgement", "da", "(godt|rart|dejligt|fint|fedt|nyttigt|smart) at vide"],
  [
    "filler",
    "da",
    "(så meget|rigtig|virkelig|igen|alle|allesammen|alle sammen|jamen|nå men|altså|så|også|du|med dig|og|meget|skal du have|rigtig mange|bare|lige|jo|da|ellers|nu|ja|mand|makker|venner|endnu engang|en gang til|kæmpe|helt|igen igen|hehe|for nu|for i dag|til dig|til jer|i lige måde)",
  ],
  [
    "filler",
    "da",
    "for [det|den|din|jeres|dit|en|de|alt] [hurtige|hurtig|gode|god|fine|søde|venlige|store|flotte|super|hurtigt|godt|hjælpsomme|kvikke|klare|gode og hurtige] (det|sidst|hjælpen|hjælp|svar|svaret|svarene|info|infoen|information|informationen|oplysning|oplysninger|oplysningen|oplysningerne|forklaring|forklaringen|service|servicen|tid|råd|rådet|tip|tippet|tips|snak|snakken|hjælpsomhed|besked|beskeden|nu|i dag|alt|det hele|hjælpen i dag|indsatsen|tålmodigheden|vejledning|vejledningen|assistance)",
  ],

  // German.
  [
    "greeting",
    "de",
    "(servus|moin|moin moin|moinsen|hallöchen|grüezi|grüezi mitenand|grüß gott|grüß dich|grüss gott|grüßt euch|huhu|tach|hallihallo|hallöle|nabend|mahlzeit|hi zusammen|hallo zusammen|hallo nochmal|hallo ihr|hey du|morgen|abend|grüessech)",
  ],
  ["greeting", "de", "[einen] [schönen] (guten|gutn|gute|schönen) (tag|morgen|abend|nachmittag)"],
  [
    "greeting",
    "de",
    "(wie gehts|wie geht es dir|wie geht es ihnen|wie geht es euch|wie läufts|alles gut bei dir|frohe weihnachten|frohes neues|frohes neues jahr|frohe ostern|schöne feiertage)",
  ],
  [
    "thanks",
    "de",
    "(danke|danki|dankeschön|danke schön|dankesehr|danke sehr|vielen dank|vielen vielen dank|vielen lieben dank|lieben dank|herzlichen dank|herzlichsten dank|besten dank|tausend dank|1000 dank|danke vielmals|dank dir|dank euch|merci vielmals|ich danke ihnen|ich danke dir|ich danke euch|nein danke|vielen herzlichen dank|danke danke|vielen dank auch|danke gleichfalls|ich bedanke mich|bedanke mich|vergelts gott|sehr nett|sehr freundlich|das ist nett|nett von ihnen|nett von dir|lieb von dir|sehr lieb|sehr nett von ihnen)",
  ],
  [
    "goodbye",
    "de",
    "(tschüss|tschüs|tschüssi|tschö|tschau|baba|pfiat di|gleichfalls|ebenso|auf wiedersehen|auf wiederhören|wiedersehen|bis dann|bis bald|bis später|bis morgen|bis zum nächsten mal|bis demnächst|bis die tage|bis nächstes mal|man sieht sich|machs gut|macht es gut|mach es gut|gute nacht|das wars|das war es|das wars schon|das war es schon|das wäre alles|das wars dann|das ist alles|mehr wollte ich nicht wissen|mehr brauche ich nicht|sonst nichts|nichts weiter|liebe grüße|viele grüße|beste grüße|schöne grüße|herzliche grüße|grüße|gruß|lg|mfg|mit freundlichen grüßen)",
  ],
  [
    "goodbye",
    "de",
    "[noch] [einen|ein] (schönen|schönes|guten|angenehmen|erholsamen|tollen|wunderschönen|gutes) (tag|abend|wochenende|feierabend|sonntag|start in die woche|rest des tages|restlichen tag|tag noch|abend noch|wochenende noch) [noch]",
  ],
  ["goodbye", "de", "(ihnen|dir|euch) (auch|ebenso|gleichfalls)"],
  [
    "acknowledgement",
    "de",
    "(alles klar|alles gut|alles super|alles paletti|alles roger|alles bestens|klar|gut|sehr gut|toll|klasse|spitze|verstanden|ich verstehe|ach so|achso|in ordnung|ist in ordnung|geht klar|passt|passt schon|passt so|passt super|wunderbar|genau|ja genau|stimmt|okay dann|prima|perfekt|super|alles verstanden|jawohl|jawoll|gebongt|verstehe|mega|geil|krass|sauber|astrein|bestens|herrlich|großartig|fantastisch|hervorragend|ausgezeichnet|spitzenmäßig|supi|fein|schön|sehr schön|na gut|na dann|jo|jup|jep|jap|notiert|ist notiert|erledigt|logisch|macht sinn|ergibt sinn|das reicht mir|reicht mir|das reicht|topp|roger)",
  ],
  [
    "acknowledgement",
    "de",
    "[das|es|dies|sie|du|ihr|die antwort|die info|die infos|die auskunft] (hilft|hat geholfen|haben geholfen|war hilfreich|ist hilfreich|war sehr hilfreich|hilft mir|hilft mir weiter|hat mir geholfen|haben mir geholfen|hat mir sehr geholfen|haben mir sehr geholfen|hat mir weitergeholfen|haben mir weitergeholfen|hast mir geholfen|hast mir weitergeholfen|habt mir geholfen|hat weitergeholfen|hilft weiter|hat mir echt geholfen|hat mir wirklich geholfen|hat mir sehr weitergeholfen|beantwortet meine frage|hat meine frage beantwortet|beantwortet alles)",
  ],
  ["acknowledgement", "de", "[sehr|echt|wirklich|super|total] (hilfreich|nützlich)"],
  [
    "acknowledgement",
    "de",
    "[das|es|dies|alles] (klingt|hört sich|ist|war|wäre|scheint|sieht|macht) [echt|wirklich|sehr|total|super|ja|ganz|voll|absolut] (gut|super|toll|prima|perfekt|klasse|logisch|plausibel|einleuchtend|verständlich|hilfreich|nett|lieb|spitze|top|in ordnung|okay|ok|klar|interessant|praktisch|einfach|sinn|schön|wunderbar|verstanden|erledigt|geklärt|beantwortet) [an|aus]",
  ],
  [
    "acknowledgement",
    "de",
    "[genau|exakt|ganz genau] (das|dies) (wollte ich wissen|wollte ich|habe ich gesucht|hab ich gesucht|brauchte ich|habe ich gebraucht|hab ich gebraucht|meinte ich|suchte ich)",
  ],
  [
    "acknowledgement",
    "de",
    "[das|dies] [ist|war] [genau|exakt|ganz genau] (was ich gesucht habe|was ich brauchte|was ich wissen wollte|was ich gebraucht habe|was ich hören wollte|was ich meinte|das was ich gesucht habe|das was ich brauchte|das was ich wissen wollte)",
  ],
  ["acknowledgement", "de", "(gut|schön|interessant|wichtig|praktisch|toll|nett) zu wissen"],
  [
    "acknowledgement",
    "de",
    "[ah|ach|okay|ok|aha] [jetzt|nun|jetzt ist|nun ist] (verstehe ich|verstehe ich es|versteh ich|verstehe ich das|habs|habe ichs|hab ichs|ist es klar|ist alles klar|ist mir alles klar|ist mir das klar|bin ich schlauer|bin ich klüger|weiß ich bescheid|weiß ichs|weiß ich es|weiß ich das|ist es mir klar|hab ich es verstanden|habe ich es verstanden|ists klar|klar)",
  ],
  ["acknowledgement", "de", "[ich] (habs|habe es|hab es|habe|hab) verstanden"],
  [
    "filler",
    "de",
    "(vielen|dir|ihnen|euch|sehr|vielmals|nochmal|nochmals|auch|echt|wirklich|schon|ja|na|also|dann|zusammen|leute|ihr|alle|und|nochmal vielen|noch|mal|noch mal|noch einmal|herzlich|ganz|total|doch|halt|eben|erstmal|jetzt|nun|so|hehe|mega|vielmals|leute|an alle|an euch|an sie|an dich|ihr lieben|bot|dann mal|auch so)",
  ],
  [
    "filler",
    "de",
    "für [die|ihre|deine|eure|diese|das|den|alles|ihr|dein|euer] [schnelle|rasche|nette|tolle|freundliche|super|gute|ausführliche|schnellen|nette|hilfreiche|prompte|klare|tollen|guten|superschnelle|kompetente|geduldige] (hilfe|antwort|antworten|info|infos|information|informationen|auskunft|unterstützung|erklärung|rückmeldung|tipp|tipps|geduld|mühe|zeit|alles|beratung|hinweis|service|bemühungen|chat)",
  ],

  // French.
  [
    "greeting",
    "fr",
    "(bonjour|salut|coucou|bonsoir|allô|allo|ça va|ca va|comment ça va|comment allez-vous|comment allez vous|comment vas-tu|comment vas tu|vous allez bien|tu vas bien|bien le bonjour|rebonjour|re|bjr|slt|cc|bsr|re bonjour|enchanté|enchantée|bonne année|joyeux noël|joyeuses fêtes)",
  ],
  [
    "greeting",
    "fr",
    "j'espère que (vous allez bien|tu vas bien|tout va bien|vous passez une bonne journée)",
  ],
  [
    "thanks",
    "fr",
    "(merci|merci beaucoup|merci bien|merci mille fois|mille fois merci|mille mercis|mille merci|merci infiniment|grand merci|un grand merci|un énorme merci|je vous remercie|je te remercie|non merci|merci encore|encore merci|merci du fond du cœur|mrc|mci|msi|mercii|merki|remerciements|mes remerciements|je remercie|c'est gentil|c'est très gentil|c'est sympa|trop gentil|très gentil|vous êtes gentil|vous êtes gentille|merci à vous|merci à toi|merci d'avance|merci de même)",
  ],
  [
    "goodbye",
    "fr",
    "(au revoir|à vous aussi|à toi aussi|pareillement|de même|bonne journée|bonne soirée|bonne nuit|bon week-end|bon weekend|bonne fin de journée|à bientôt|à plus|à plus tard|à la prochaine|a+|à+|vous aussi|toi aussi|salut|à demain|à tout à l'heure|à tantôt|bisous|bises|cordialement|bien cordialement|c'est tout|ce sera tout|ça sera tout|c'est tout pour moi|c'est bon pour moi|ce sera tout pour moi|rien d'autre|ça sera tout pour moi|c'est tout ce que je voulais savoir|c'est tout ce que je voulais|adishatz)",
  ],
  [
    "goodbye",
    "fr",
    "[très|une très|une|je vous souhaite une|je vous souhaite un|je te souhaite une|je te souhaite un] (bonne|bon|belle|excellente|très bonne) (journée|soirée|nuit|semaine|week-end|weekend|fin de journée|fin de semaine|après-midi|continuation|fin d'après-midi|fêtes|année|matinée|dimanche) [à vous|à toi|à vous aussi|à toi aussi]",
  ],
  [
    "acknowledgement",
    "fr",
    "(d'accord|dac|daccord|d'acc|dacc|d'ac|dak|ok d'accord|parfait|génial|très bien|bien|compris|j'ai compris|j'ai bien compris|bien compris|entendu|noté|bien noté|c'est noté|ça marche|ca marche|c'est parfait|c'est clair|nickel|impeccable|ça roule|pas de souci|pas de soucis|pas de problème|aucun souci|aucun problème|sans souci|c'est bon|je vois|ok je vois|ah je vois|super|top|excellent|formidable|merveilleux|trop bien|trop cool|trop top|chouette|extra|magnifique|génialissime|bien vu|reçu|bien reçu|message reçu|je note|je comprends|je comprend|je comprends mieux|ah oui|ouais|oui|ok oui|voilà|tant mieux|bon à savoir|c'est bon à savoir|bien joué|au top|c'est top|nickel chrome|ça me va|ca me va|ça me convient|ça me suffit|ça me parle|ça fonctionne|ça marche bien|c'est réglé|c'est compris|parfait alors|d'accord alors|très bien alors|entendu alors|sympa|cool)",
  ],
  [
    "acknowledgement",
    "fr",
    "[c'est|c'était|ça a l'air|ça semble|ça paraît|tout est|voilà qui est|c'est vraiment|ça|ce|cela|tout] [très|vraiment|super|trop|hyper|parfaitement|tout à fait|bien|plus|beaucoup plus] (utile|clair|claire|parfait|génial|super|top|gentil|bon|bien|noté|compris|clair maintenant|réglé|ok|pratique|simple|logique|sympa|cool|intéressant|limpide|clair pour moi|bon pour moi|ok pour moi|parfait pour moi|parfait merci|excellent|formidable|rassurant)",
  ],
  [
    "acknowledgement",
    "fr",
    "[ça|cela|ceci|vous|tu|votre réponse|ta réponse|ça m'a|vous m'avez] [bien|vraiment|beaucoup] (m'aide|m'a aidé|m'a aidée|m'a beaucoup aidé|m'a bien aidé|m'a été utile|m'a été très utile|m'aide beaucoup|m'avez aidé|m'avez aidée|m'as aidé|m'avez bien aidé|m'avez beaucoup aidé|répond à ma question|répond à mes questions|a répondu à ma question|répondu à ma question|me va|me convient|me suffit|m'éclaire|m'a éclairé|été utile|très utile|résout mon problème|a résolu mon problème)",
  ],
  [
    "acknowledgement",
    "fr",
    "[c'est|c'était|ça|voilà] [tout|exactement|justement|précisément|pile|bien] (ce qu'il me fallait|ce que je voulais|ce que je voulais savoir|ce que je cherchais|ce dont j'avais besoin|ce que j'avais besoin de savoir|ce qu'il fallait|ce que j'attendais|la réponse que j'attendais|la réponse que je cherchais|ce que je voulais entendre)",
  ],
  [
    "filler",
    "fr",
    "(beaucoup|bien|infiniment|encore|à vous|à toi|à tous|madame|monsieur|tout le monde|alors|bon|ah|oh|très|vraiment|et|oui|bcp|bcq|vrmt|trop|tellement|énormément|encore une fois|mme|mr|à vous aussi|les amis|l'équipe|ben|bah|eh bien|donc|maintenant|d'avance|quand même|en tout cas|du coup|hihi|aussi|ouf|chef|mon ami|mon amie)",
  ],
  [
    "filler",
    "fr",
    "(pour|de|du|des) [votre|ton|ta|la|le|cette|ce|vos|tes|les|ces|l'|toute|tout] [rapide|précieuse|super|excellente|gentille|bonne|très bonne|grande|si rapide] (aide|réponse|réponses|info|infos|information|informations|l'aide|l'info|l'information|l'explication|l'éclaircissement|explication|explications|tout|retour|renseignement|renseignements|précision|précisions|conseil|conseils|temps|patience|rapidité|assistance|support|l'assistance|gentillesse|disponibilité|éclaircissement|service|l'accueil|accueil|réactivité|votre aide|tout ça) [rapide|rapides|claire|claires|précise|précises|détaillée|détaillées|efficace|si rapide|très rapide]",
  ],
  [
    "filler",
    "fr",
    "(pour tout|pour ça|pour cela|pour tout ça|de m'avoir aidé|de m'avoir répondu|pour m'avoir aidé|pour m'avoir répondu|de votre aide|pour la réponse)",
  ],

  // Spanish.
  [
    "greeting",
    "es",
    "(hola|holaa|holi|holis|hola hola|buenas|muy buenas|buenos días|muy buenos días|buen día|buenas tardes|buenas noches|qué tal|que tal|hola qué tal|saludos|cómo estás|cómo está|como estas|cómo están|cómo va|cómo va todo|que onda|qué onda|qué hubo|quiubo|qué pasa|epa|hola de nuevo|feliz navidad|feliz año|feliz año nuevo|todo bien|espero que estés bien|espero que esté bien)",
  ],
  [
    "thanks",
    "es",
    "(gracias|muchas gracias|muchísimas gracias|mil gracias|gracias mil|miles de gracias|mil y mil gracias|infinitas gracias|gracias infinitas|gracias totales|te lo agradezco|se lo agradezco|os lo agradezco|les agradezco|le agradezco|te agradezco|se agradece|agradecido|agradecida|muy agradecido|muy agradecida|eternamente agradecido|muy amable|qué amable|que amable|muy amables|no gracias|gracias de nuevo|un millón de gracias|grax|grcs|grs|graciass|gracis|gracias gracias|eres un sol|muchas gracias de verdad|gracias igualmente)",
  ],
  [
    "goodbye",
    "es",
    "(adiós|adios|hasta luego|hasta pronto|hasta mañana|hasta la próxima|hasta la vista|hasta otra|chau|chaito|nos vemos|cuídate|cuidate|cuídese|cuidese|feliz día|igualmente|lo mismo digo|tú también|tu también|usted también|un saludo|saludos cordiales|un abrazo|abrazos|besos|un beso|que te vaya bien|que le vaya bien|que vaya bien|me despido|eso es todo|es todo|eso era todo|era todo|eso sería todo|sería todo|nada más|por ahora es todo|eso es todo por ahora|con eso me basta|no necesito nada más|nada más por ahora|ya está todo)",
  ],
  [
    "goodbye",
    "es",
    "(que tengas|que tenga|que tengan|que pases|que pase|que paséis|que pasen|que tengáis) [un|una] [muy] (buen|buena|lindo|linda|bonito|bonita|feliz|excelente|gran|genial|bello|bella|estupendo|estupenda) (día|tarde|noche|fin de semana|finde|semana|jornada|domingo|resto del día)",
  ],
  [
    "goodbye",
    "es",
    "[muy] (buen|feliz|lindo|bonito|excelente|buena|linda|feliz|bonita|excelente) (fin de semana|finde|día|tarde|noche|semana|jornada|domingo)",
  ],
  [
    "acknowledgement",
    "es",
    "(vale|va|perfecto|genial|muy bien|entendido|de acuerdo|claro|claro que sí|por supuesto|listo|excelente|estupendo|guay|ya veo|entiendo|lo entiendo|comprendo|lo comprendo|está bien|esta bien|todo claro|todo perfecto|dale|bárbaro|súper|buenísimo|buenisimo|ok vale|fenomenal|maravilloso|perfecto entonces|bien|sí|si|vale vale|ajá|aja|hecho|anotado|apuntado|tomo nota|recibido|fantástico|increíble|brutal|de lujo|de maravilla|chévere|bacán|chido|sin problema|sin problemas|no hay problema|ningún problema|no pasa nada|tranquilo|tranquila|perfecto perfecto|ah ya|ah vale|ah ok|bueno saberlo|es bueno saberlo|qué bueno saberlo|bueno es saberlo|está claro|me queda claro|queda claro|lo tengo|ya lo tengo|eres un crack|eres el mejor|eres la mejor|eres un genio|crack|máquina|genio|okey|vale gracias)",
  ],
  [
    "acknowledgement",
    "es",
    "(qué|que|muy|súper|super|tan) (bien|bueno|buena|guay|genial|útil|chévere|padre|maravilla|lindo|bonito|amable|rápido|claro|interesante|práctico)",
  ],
  [
    "acknowledgement",
    "es",
    "(está|esta|todo|eso está|eso es|es|fue|ha sido|eso fue|todo está|me parece|me parece muy|eso me parece|suena|eso suena|suena muy) [muy|súper|super|bastante|todo|perfectamente|genial] (bien|claro|perfecto|genial|útil|fantástico|estupendo|excelente|buenísimo|de lujo|clarísimo|lógico|razonable|bueno|correcto|entendido)",
  ],
  [
    "acknowledgement",
    "es",
    "[eso|esto|tu respuesta|su respuesta|la respuesta] [me] (sirve|ha servido|sirvió|ayudó|ha ayudado|has ayudado|me ayudó|me ayuda|me has ayudado|me ha ayudado|me sirve|me sirvió|me ha servido|me ha quedado claro|me quedó claro|responde mi pregunta|responde a mi pregunta|resuelve mi duda|resolvió mi duda|me resolvió la duda|me aclara|me aclaró|aclara todo|lo aclara) [mucho|muchísimo|bastante|un montón]",
  ],
  ["acknowledgement", "es", "[muy|súper|super|bastante] útil"],
  [
    "acknowledgement",
    "es",
    "[eso|esto|es|era|eso es|eso era|esto es|esto era|es justo|era justo] [justo|exactamente|justamente|precisamente|todo|justo justo] lo que (necesitaba|necesito|quería|quería saber|buscaba|estaba buscando|necesitaba saber|me hacía falta|hacía falta|quería oír|esperaba|quería escuchar|necesitaba oír)",
  ],
  [
    "acknowledgement",
    "es",
    "ya (lo entiendo|entiendo|entendí|lo entendí|veo|lo veo|lo tengo|está claro|me queda claro|queda claro|sé|lo sé|comprendo|lo comprendo|está|quedó claro|me quedó claro)",
  ],
  [
    "filler",
    "es",
    "(mucho|muy|de nuevo|otra vez|a todos|amigo|amiga|entonces|bueno|pues|señor|señora|y|crack|máquina|tío|tía|bro|hermano|che|wey|güey|compa|jefe|maestro|campeón|campeona|guapo|guapa|colega|majo|maja|chicos|chicas|equipo|muchísimo|muchisimo|de verdad|en serio|de corazón|infinitamente|nuevamente|a ti|a usted|a vosotros|a ustedes|a ti también|por ahora|ah|oh|eh|también|tambien|pues nada|hombre|mujer|amigos|amigas)",
  ],
  [
    "filler",
    "es",
    "por [tu|su|la|el|vuestra|tus|sus|las|los|toda la|todo el|tanta|tu tan|su tan] [rápida|amable|pronta|gran|buena|excelente|tan rápida] (ayuda|respuesta|respuestas|información|info|explicación|atención|tiempo|paciencia|amabilidad|aclaración|servicio|datos|todo|rapidez|apoyo|asistencia|molestia) [tan rápida|rápida|tan amable]",
  ],
  [
    "filler",
    "es",
    "por (ayudarme|responder|contestar|atenderme|aclararlo|aclarármelo|explicármelo|explicarlo|todo|la info|responderme|contestarme)",
  ],
];

// Emoji that carry the message alone; any other pictograph is simply ignored beside words.
export const EMOJI_KINDS: Readonly<Record<string, SmallTalkKind>> = {
  "👍": "acknowledgement",
  "👌": "acknowledgement",
  "✅": "acknowledgement",
  "🆗": "acknowledgement",
  "🙏": "thanks",
  "👋": "greeting",
  "🙂": "acknowledgement",
  "😊": "acknowledgement",
  "😀": "acknowledgement",
  "😄": "acknowledgement",
  "❤": "thanks",
};

export const REPLIES: Record<Language, Record<SmallTalkKind, string>> = {
  en: {
    greeting: "Hello! What can I help you with?",
    thanks: "You're welcome! Anything else I can help with?",
    goodbye: "Goodbye! If anything else comes up, just ask.",
    acknowledgement: "Great! Anything else I can help with?",
  },
  da: {
    greeting: "Hej! Hvad kan jeg hjælpe dig med?",
    thanks: "Det var så lidt! Er der andet, jeg kan hjælpe med?",
    goodbye: "Farvel! Skriv bare, hvis der dukker noget op.",
    acknowledgement: "Godt! Er der andet, jeg kan hjælpe med?",
  },
  de: {
    greeting: "Hallo! Wobei kann ich Ihnen helfen?",
    thanks: "Gern geschehen! Kann ich Ihnen sonst noch helfen?",
    goodbye: "Auf Wiedersehen! Fragen Sie einfach, wenn noch etwas ist.",
    acknowledgement: "Gut! Kann ich Ihnen sonst noch helfen?",
  },
  fr: {
    greeting: "Bonjour ! Comment puis-je vous aider ?",
    thanks: "Je vous en prie ! Puis-je vous aider pour autre chose ?",
    goodbye: "Au revoir ! N'hésitez pas si vous avez une autre question.",
    acknowledgement: "Très bien ! Puis-je vous aider pour autre chose ?",
  },
  es: {
    greeting: "¡Hola! ¿En qué puedo ayudarte?",
    thanks: "¡De nada! ¿Hay algo más en lo que pueda ayudarte?",
    goodbye: "¡Adiós! Si surge algo más, pregunta cuando quieras.",
    acknowledgement: "¡Genial! ¿Hay algo más en lo que pueda ayudarte?",
  },
};
