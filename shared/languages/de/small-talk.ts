import type { RepliedKind, SmallTalkPhrase } from "../types.ts";

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
  [
    "greeting",
    "(moin|moinsen|hallo|hi|hey|na|servus|tach|hallöchen|huhu|hallo zusammen|moin moin|guten morgen|guten tag|guten abend|na du) [und|na] (alles klar|alles gut|alles fit|alles okay|alles ok|alles frisch|wie gehts|wie läufts)",
  ],
  ["greeting", "alles (klar|gut|fit|okay|ok|frisch|roger) bei (dir|ihnen|euch)"],
  [
    "greeting",
    "(bist du da|bist du noch da|sind sie da|sind sie noch da|ist da jemand|jemand da|hallo nochmal|hallo noch mal|hi nochmal|hey nochmal|da bin ich wieder|wieder da)",
  ],
  [
    "acknowledgement",
    "(egal|ist egal|ganz egal|schon gut|schon okay|schon ok|vergiss es|vergessen sie es|vergiss es einfach|vergiss das|hat sich erledigt|hat sich schon erledigt|hat sich gerade erledigt|ist erledigt|nicht so wichtig|nicht wichtig|unwichtig|macht nichts|kein problem|keine sorge|kein ding|ups|hoppla|oh|oh okay|ah okay|ah ok|aha okay|okay okay|jo|jojo|joa|jut|geil|krass|naja|na ja|na gut|gut gut|schön schön|danke nein)",
  ],
  [
    "acknowledgement",
    "(du bist|sie sind|ihr seid|du bist echt|du bist ja|du bist wirklich|sie sind echt|sie sind wirklich) [echt|wirklich|so|total|super|ja|sehr|der|die|ein|eine|ganz|einfach] (toll|super|klasse|spitze|lieb|nett|großartig|genial|beste|schatz|engel|hilfreich|held|hammer|knaller|top|cool|schlau|klug|spitzenklasse|wunderbar|der beste|die beste|ein schatz|ein engel)",
  ],
  [
    "acknowledgement",
    "(guter|braver|toller|netter|lieber|cooler|kluger|schlauer|super|feiner|starker) (bot|roboter|chatbot|assistent)",
  ],
  [
    "about_assistant",
    "(bist du|sind sie|ist das|ist das hier|ist das ein|rede ich mit|rede ich hier mit|rede ich gerade mit|spreche ich mit|spreche ich hier mit|spreche ich gerade mit|schreibe ich mit|schreibe ich hier mit|schreibe ich gerade mit|chatte ich mit|chatte ich hier mit|du bist|sie sind|also bist du|bist du etwa|bist du wirklich|bist du eigentlich|sind sie eigentlich|sind sie wirklich|antwortet hier|antwortet mir|schreibt hier) [ein|eine|einem|einer|nur ein|nur eine|nur einem|nur einer|wirklich ein|wirklich eine|echt ein|der|die|das|etwa ein|etwa eine] [echter|echte|echten|echtem|richtiger|richtige|richtigen|richtigem|künstliche|künstlicher|künstlichen|virtueller|virtuelle|virtuellen|lebendiger|realer|reale|realen] (bot|roboter|chatbot|ki|ai|mensch|menschen|person|maschine|computer|programm|chatgpt|gpt|openai|assistent|assistentin|künstliche intelligenz|ki-assistent|ki assistent|mitarbeiter|mitarbeiterin|mensch oder bot|bot oder mensch|mensch oder maschine) [mit dem ich rede|mit dem ich spreche|mit dem ich schreibe|mit dem ich chatte|der antwortet|die antwortet|der mir antwortet|hier|am anderen ende]",
  ],
  [
    "about_assistant",
    "(wer bist du|wer sind sie|wer ist da|wer ist das|wer ist denn da|mit wem rede ich|mit wem rede ich hier|mit wem spreche ich|mit wem spreche ich hier|mit wem schreibe ich|mit wem schreibe ich hier|mit wem chatte ich|mit wem chatte ich hier|wer schreibt da|wer antwortet da|wer antwortet mir|wer schreibt hier|wer antwortet hier|was bist du|was sind sie|was bist du denn|was bist du für einer|was bist du für ein bot|was für ein bot bist du|was für eine ki bist du|welche ki bist du|welche ki ist das|was kannst du|was kannst du denn|was können sie|was kannst du alles|was können sie alles|was kannst du so|was kannst du für mich tun|was können sie für mich tun|wobei kannst du helfen|wobei können sie helfen|wobei kannst du mir helfen|wobei können sie mir helfen|wie kannst du mir helfen|wie können sie mir helfen|was kann ich dich fragen|was kann ich sie fragen|was weißt du|wie funktionierst du|wie funktioniert das hier|wie heißt du|wie heißen sie|wie heisst du|wie ist dein name|wie ist ihr name|hast du einen namen|haben sie einen namen|wer hat dich gemacht|wer hat dich programmiert|wer hat dich entwickelt|kannst du mir helfen|können sie mir helfen|kannst du helfen|können sie helfen)",
  ],
  [
    "filler",
    "(haha|lol|heute|grad|gerade|eigentlich|denn|übrigens|nur mal so|nur neugierig|btw|hier|bitte)",
  ],
  [
    "about_assistant",
    "(bist du|du bist|bist du überhaupt) [wirklich|eigentlich|auch|denn] (echt|real|ein mensch|menschlich|lebendig|ein echter mensch)",
  ],
  [
    "acknowledgement",
    "[ok|okay|gut|dann|alles klar] (mach ich|mache ich|werde ich machen|mach ich so|mache ich so|probiere ich|probier ich|probiere ich aus|probier ich aus|versuche ich|versuch ich|schaue ich mir an|schau ich mir an|werde ich tun|ich probiere es|ich probiere es aus|ich versuche es|ich schaue mal|ich schau mal|ich probier mal|ich schau es mir an)",
  ],
  [
    "goodbye",
    "(das war alles|das wäre alles|das wärs|das wärs dann|das wars auch schon|mehr nicht|mehr wollte ich nicht|das ist alles)",
  ],
  ["greeting", "(was geht|was geht ab|na was geht|wie siehts aus)"],
  [
    "greeting",
    "(ist da wer|wer da|ist hier jemand|ist jemand da|jemand hier|ist da jemand|hallo wer da)",
  ],
  [
    "goodbye",
    "(nein|nee|nö) [danke] (das wars|das war alles|das wäre alles|das ist alles|sonst nichts|mehr nicht|das wars schon) [danke]",
  ],
  ["greeting", "(darf|kann|könnte) ich (dich|sie|euch) [mal] (was|etwas|eine frage) fragen"],
  ["greeting", "(darf|kann|könnte) ich [mal] (eine frage stellen|was fragen|etwas fragen)"],
  [
    "greeting",
    "ich (habe|hab|hätte) (eine frage|mal eine frage|da eine frage|eine kurze frage|ein paar fragen)",
  ],
  [
    "greeting",
    "(liest das jemand|liest das wer|liest hier jemand|liest hier wer|liest jemand mit|hörst du mich|hören sie mich|kannst du mich hören|können sie mich hören|siehst du das|kommt das an|funktioniert der chat|test)",
  ],
  [
    "about_assistant",
    "oder (ein|eine|einem|einer) [echter|echte|echten|richtiger|richtige|richtigen] (bot|mensch|menschen|person|roboter|maschine|mitarbeiter)",
  ],
  [
    "about_assistant",
    "(was ist das für ein chat|was ist das hier|was ist das für ein bot|was ist dieser chat)",
  ],
  [
    "acknowledgement",
    "[ach|ah|ok|okay|aha] [jetzt|nun|dann] (ergibt|macht) (das|es) [jetzt|nun|auch] sinn",
  ],
  [
    "acknowledgement",
    "[jetzt|nun|dann] (passt|ist|geht) (alles|es|das) [jetzt|nun|wieder] [gut|klar|geklärt|erledigt|super|wieder]",
  ],
  [
    "acknowledgement",
    "[dann|damit|jetzt] ist (das|alles|es) (geklärt|erledigt|klar|beantwortet|gelöst)",
  ],
  [
    "acknowledgement",
    "(das|es|du|sie|ihr) (war|ist|warst|waren|wart) [eine|echt eine|wirklich eine|mir eine] [große|riesige|tolle|super|echte] hilfe",
  ],
  [
    "filler",
    "(dafür|dass du geholfen hast|dass du mir geholfen hast|dass sie mir geholfen haben|dass sie geholfen haben|für deine geduld|für ihre geduld)",
  ],
  [
    "greeting",
    "(mir gehts|mir geht es|es geht mir|mir gehts auch|mir geht es auch|mir gehts echt|uns gehts) [sehr|ganz|echt|auch|richtig] (gut|super|prima|bestens|okay|ok|gut danke|toll) [danke]",
  ],
  [
    "greeting",
    "(gut|super|prima|bestens|danke gut|sehr gut|ganz gut|alles gut) [danke] und (dir|ihnen|selbst|euch|bei dir|bei ihnen|wie gehts dir)",
  ],
  [
    "greeting",
    "wie (läuft|war|ist|lief) (dein tag|ihr tag|der tag|euer tag|dein morgen|dein abend|deine woche) [so|bisher|heute]",
  ],
  [
    "greeting",
    "[ich] hoffe [dass] (du|ihr|sie) (hast|habt|haben) (einen|ein) [schönen|guten|tollen|wunderbaren|angenehmen] (tag|abend|wochenende|start in die woche)",
  ],
  [
    "greeting",
    "[ich] hoffe (es geht dir gut|es geht ihnen gut|dir gehts gut|ihnen gehts gut|alles ist gut|euch gehts gut|dass es dir gut geht|dass es ihnen gut geht|alles gut bei dir)",
  ],
  [
    "goodbye",
    "(pass auf dich auf|passen sie auf sich auf|bleib gesund|bleiben sie gesund|machen sies gut|mach es gut)",
  ],
  [
    "about_assistant",
    "ist (das|dies|das hier) (ein|eine) (echter|automatischer|richtiger|live|menschlicher) (chat|mensch|antwort|person)",
  ],
  [
    "filler",
    "oder [ist das|ist es] (automatisch|automatisiert|ein bot|ki|ein mensch|echt|bot|roboter|ein roboter|mensch)",
  ],
  [
    "filler",
    "(für den hinweis|fürs bescheid geben|für die rückmeldung|für die aufklärung|fürs erklären|fürs nachschauen)",
  ],

  // Which languages the assistant speaks: a verb of speaking and a language's name, or "Sprachen".
  [
    "about_languages",
    "(kannst du|können sie|sprichst du|sprechen sie|verstehst du|verstehen sie|schreibst du|schreiben sie|antwortest du|antworten sie|redest du|kann ich|darf ich) [auch|denn|eigentlich|noch|mit dir|mit ihnen|dir|ihnen] [in|auf] (englisch|deutsch|dänisch|französisch|spanisch|schwedisch|italienisch|niederländisch|türkisch|polnisch|russisch|andere sprachen|mehrere sprachen|noch andere sprachen|meine sprache|eine andere sprache|fremdsprachen) [sprechen|schreiben|antworten|verstehen|reden]",
  ],
  [
    "about_languages",
    "(welche|wie viele|was für) sprachen (sprichst du|sprechen sie|kannst du|können sie|verstehst du|verstehen sie|beherrschst du|beherrschen sie|unterstützt du|unterstützen sie|spricht der bot|kann der bot)",
  ],
  // About the assistant in other words: asking it to introduce itself, who made it.
  [
    "about_assistant",
    "(erzähl|erzähle|erzählen sie|sag|sagen sie) [mal|doch mal|mir|mir mal|mir doch mal|uns|mir bitte] [was|etwas|mehr|ein bisschen|ein wenig|ein bisschen was] (über|von) (dich|sich|dir|dich selbst|sich selbst|dir selbst)",
  ],
  ["about_assistant", "(stell dich|stelle dich|stellen sie sich) [mal|doch mal|bitte] vor"],
  [
    "about_assistant",
    "(wer|welche firma) hat (dich|sie|diesen bot|den bot|diesen chat|diesen assistenten) (gemacht|gebaut|entwickelt|programmiert|erstellt|erschaffen|trainiert|geschrieben|erfunden)",
  ],
  [
    "about_assistant",
    "oder (mit) [einem|einer] [echten|richtigen] (ki|künstlichen intelligenz|computer|programm|chatbot|bot|menschen|person|maschine)",
  ],
  [
    "about_assistant",
    "oder (eine|einer|einem|ein) (ki|künstliche intelligenz|künstlichen intelligenz|computer|programm|chatbot)",
  ],
  // A complaint that asks nothing: the last reply did not help, or the assistant is no use. A
  // topic or a question after it makes it a question; a request for a person is read first.
  [
    "complaint",
    "[das|es|die antwort|du|sie|das hier|die info|die infos|ihr] (hat|haben|hast|habt) [mir|uns] [leider|echt|wirklich|so|jetzt] (nicht|nichts|kein bisschen|gar nicht|überhaupt nicht|null|nicht wirklich|nicht so richtig|nicht viel) [wirklich|so richtig|richtig] (geholfen|weitergeholfen|gebracht|genützt|genutzt|beantwortet)",
  ],
  [
    "complaint",
    "[das|es|du|die antwort|sie|das hier] (hilft|hilfst|helfen|bringt|nützt|bringst) [mir|uns] [leider|echt|wirklich|jetzt] (nicht|nichts|gar nicht|überhaupt nicht|kein bisschen|null|nicht wirklich|nicht weiter) [weiter|wirklich]",
  ],
  [
    "complaint",
    "(du bist|sie sind|das ist|das war|die antwort ist|die antwort war|der bot ist|der chat ist|dieser chat ist|es ist|ihr seid) [echt|wirklich|total|völlig|komplett|voll|so|ziemlich|einfach|absolut|ja|leider] (nutzlos|sinnlos|unbrauchbar|dumm|blöd|doof|schlecht|mies|nervig|frustrierend|falsch|keine hilfe|keine große hilfe|zeitverschwendung|lächerlich|quatsch|unsinn|mist|müll|für nichts zu gebrauchen|zu nichts zu gebrauchen)",
  ],
  [
    "complaint",
    "(du bist|sie sind|das ist|das war|die antwort ist|die antwort war|es ist|es war) (nicht|nicht wirklich|nicht so|gar nicht|überhaupt nicht|leider nicht) (hilfreich|richtig|korrekt|die antwort|meine frage|das was ich gesucht habe|das was ich wissen wollte|das was ich gemeint habe|das was ich brauche|das was ich brauchte|das was ich gefragt habe|was ich gesucht habe|was ich wissen wollte|was ich meinte|was ich gemeint habe|was ich brauche|was ich brauchte|was ich gefragt habe|eine antwort|passend|eine hilfe)",
  ],
  [
    "complaint",
    "(nutzlos|sinnlos|unbrauchbar|falsche antwort|danke für nichts|na toll|menno|boah|ach mensch|schade)",
  ],
  ["filler", "(aber|leider|trotzdem|sorry|entschuldigung|überhaupt|irgendwie)"],
  // Waiting, and the visitor's own "you're welcome": an acknowledgement.
  [
    "acknowledgement",
    "[ok|okay|gut|alles klar|na gut|ja|klar|prima] [dann|gut] (warte ich|ich warte|warte ich gern|warte ich gerne|ich warte gern|ich warte gerne|kann ich warten|ich kann warten|ich warte dann|keine eile|kein stress|keine hektik|lass dir zeit|lassen sie sich zeit) [mal|halt|eben|noch|kurz|solange|hier|dann|so lange|ab|gerne|gern]",
  ],
  [
    "acknowledgement",
    "(gern geschehen|gerne geschehen|gern|gerne|bitte schön|bitteschön|bitte sehr|bittesehr|keine ursache|nichts zu danken|immer gern|immer gerne|kein ding|sehr gern|sehr gerne|jederzeit)",
  ],

  // Round 5 (issue #19): pauses, apologies and "found it", as in English: a visitor who steps
  // away, looks something up or says sorry asks nothing yet; a pause, whose reply
  // gives them time ("Great!" read oddly after "sorry"). Only these words: a question or a
  // topic beside them still asks.
  [
    "pause",
    "[ok|okay|oh|ah|äh] (moment|momentchen|moment mal|moment bitte|einen moment|einen moment bitte|einen kleinen moment|kleinen moment|augenblick|einen augenblick|einen augenblick bitte|augenblick bitte|sekunde|eine sekunde|sekunde bitte|eine minute|warte|warte mal|warte kurz|wart mal|warten sie|warten sie kurz|bin gleich zurück|bin gleich wieder da|gleich zurück|bin sofort zurück|bin kurz weg|bin gleich wieder zurück|brb)",
  ],
  [
    "pause",
    "[ok|okay|hmm|moment] [ich] (schau|schaue|guck|gucke|seh|sehe|check|checke|prüf|prüfe) (mal|kurz|mal kurz|eben|mal eben|gleich|kurz mal) [nach|rein|nach ob]",
  ],
  [
    "pause",
    "[ok|okay|hmm|moment] (lass mich|lassen sie mich|ich muss|muss ich) [kurz|mal|mal kurz|eben] (nachsehen|nachschauen|schauen|gucken|überlegen|nachdenken|prüfen|checken|meinen mann fragen|meine frau fragen)",
  ],
  [
    "pause",
    "[oh|ups|oha|ach] (entschuldigung|entschuldige|entschuldigen sie|tut mir leid|es tut mir leid|pardon|verzeihung|verzeihen sie|mein fehler|sorry für die verwirrung|entschuldigung für die verwirrung|sorry für den tippfehler)",
  ],
  [
    "pause",
    "[schon gut|ah|ach|ok|okay|egal|hat sich erledigt|vergiss es|ach so] [ich] (hab es gefunden|habs gefunden|habe es gefunden|hab es jetzt|habs jetzt|habs|hab es selbst gefunden|habs selbst gefunden|gefunden|hab die antwort|habe die antwort gefunden|sehe es jetzt|seh es jetzt)",
  ],
  [
    "thanks",
    "(merci vielmal|merci vilmal|merci villmal|merci viumau|merci vielmals|danke vielmal|merci schön|merci dir|merci ihnen)",
  ],
  ["greeting", "(jemand|jemand da draußen|ist da draußen jemand|ist jemand online|jemand online)"],

  // Round 5's check round (written after the rules above) showed two more kinds: a wish for the
  // visitor's day or week going well, and owning a mistake ("my fault", "c'est ma faute"), a
  // pause like an apology.
  [
    "greeting",
    "[ich] hoffe [dass] (ihre|deine|eure|der|die|das|ihr|dein|euer) (woche|tag|wochenende|morgen|abend|nachmittag) [läuft|lief|ist|war|geht|verläuft] (gut|prima|toll|super|bestens|schön|angenehm) [läuft|ist|war|verläuft|geht]",
  ],
  [
    "greeting",
    "[ich] hoffe [dass] (alles|es) [läuft|ist|geht] (gut|prima|bestens|super) [läuft|ist|geht|bei ihnen|bei dir|bei euch]",
  ],
  [
    "pause",
    "[ups|oh|sorry|entschuldigung|ach] (mein fehler|war mein fehler|das war mein fehler|meine schuld|war meine schuld|das war meine schuld|ich hab mich vertan|ich habe mich vertan|ich hab mich verlesen|ich habe mich verlesen)",
  ],

  // Round 6 (test/fixtures/small-talk-round6.json, written blind) showed five more kinds, as in
  // English. Praise for the assistant or the site: a subject, an adverb ("eigentlich",
  // "wirklich"), an intensifier ("echt", "richtig") and a word of praise; finding it great or
  // loving it; a word of praise before a noun of the site or the chat. A thing the site sells is
  // no such noun.
  [
    "acknowledgement",
    "(du bist|sie sind|ihr seid|du warst|sie waren|ihr wart|die seite ist|eure seite ist|ihre seite ist|die website ist|eure website ist|die webseite ist|der chat ist|dieser chat ist|der bot ist|dieser bot ist|der assistent ist|der service ist|euer service ist|ihr service ist|das hier ist|du bist ja|du bist doch) [eigentlich|tatsächlich|wirklich|echt|ja|doch|schon|einfach|halt|übrigens|ehrlich gesagt|ehrlich|wirklich echt|auch|immer|ganz schön] [echt|wirklich|richtig|total|voll|so|sehr|ziemlich|ganz|mega|super|extrem|unglaublich|verdammt|saumäßig|der|die|das|ein|eine|einfach|absolut] (gut|super|toll|klasse|spitze|genial|großartig|hilfreich|nett|lieb|schlau|klug|cool|stark|fantastisch|wunderbar|top|hammer|der hammer|ein hammer|die beste|der beste|das beste|die besten|ein schatz|ein engel|eine große hilfe|eine riesenhilfe|schnell|fix|kompetent|brillant|spitzenklasse|erstklassig|hervorragend|ausgezeichnet|beeindruckend|klasse arbeit|nicht schlecht|gar nicht schlecht|gar nicht so schlecht|nicht übel|gar nicht übel|gut gemacht|goldwert|gold wert|unschlagbar|sensationell|der knaller|ein knaller|ein traum)",
  ],
  [
    "acknowledgement",
    "[das|es|dich|sie|euch|den bot|die seite|den chat|den service|diesen bot|diese seite|diesen chat|eure seite|euren service|die idee|das hier] (find ich|finde ich|ich finde|ich find|fand ich|ich fand) [das|es|dich|sie|euch|den bot|die seite|den chat|diesen bot|diese seite|diesen chat|eure seite|euren service|die idee|das hier] [echt|wirklich|richtig|total|voll|mega|super|sehr|ganz|ziemlich|einfach|absolut|extrem|unglaublich|schon] (super|gut|toll|klasse|genial|spitze|cool|mega|top|prima|großartig|stark|hammer|geil|nice|wunderbar|praktisch|hilfreich|nett|lieb|fantastisch|klasse gemacht|gelungen|gut gemacht|sehr gut|spitzenmäßig|hervorragend|ausgezeichnet|klasse|sympathisch|schön|angenehm|nützlich|beeindruckend|richtig gut|echt gut|nicht schlecht|gar nicht schlecht|gar nicht so schlecht)",
  ],
  [
    "acknowledgement",
    "[ich|wir] [echt|wirklich|total|einfach|absolut|voll] (liebe|lieb|mag|feier|feiere|liebe es|mag es) [echt|wirklich|total|einfach|absolut|voll|jetzt schon] (es|das|dich|euch|sie|diese seite|die seite|eure seite|den bot|diesen bot|den chat|diesen chat|diese website|die website|den service|euren service|die idee|das hier) [echt|wirklich|total|sehr|so sehr|einfach|jetzt schon]",
  ],
  [
    "acknowledgement",
    "[das|es|dich] (liebe ich|lieb ich|mag ich|feier ich|feiere ich) [echt|wirklich|total|sehr|einfach]",
  ],
  [
    "acknowledgement",
    "[was für ein|was für eine|so ein|so eine|ein|eine|eine echt|ein echt|ein wirklich|eine wirklich|ein richtig|eine richtig|ein super|eine super|der|die|das] [echt|wirklich|richtig|super|total|sehr] (toller|tolle|tolles|guter|gute|gutes|super|klasse|genialer|geniale|geniales|cooler|coole|cooles|schöner|schöne|schönes|praktischer|praktische|praktisches|hilfreicher|hilfreiche|hilfreiches|starker|starke|starkes|spitzen|top|bester|beste|bestes|netter|nette|nettes|großartiger|großartige|großartiges|fantastischer|fantastische|fantastisches|hervorragender|hervorragende|hervorragendes|cleverer|clevere|cleveres|schlauer|schlaue|schlaues) (seite|website|webseite|service|chat|bot|chatbot|roboter|assistent|ki|idee|sache|funktion|job|arbeit|antwort|hilfe|erfahrung|support|tool)",
  ],
  [
    "acknowledgement",
    "(nicht schlecht|gar nicht schlecht|gar nicht so schlecht|nicht übel|gar nicht übel|nicht so übel|echt nicht schlecht|ziemlich gut|ziemlich cool|echt stark|richtig stark|stark|nice|geil geil|läuft bei dir)",
  ],
  // Insults to the bot: a complaint, handed to a person as "du bist nutzlos" is. A word of scorn
  // before a noun of the chat ("blöder Bot", "so ein dummes Programm"), "das nervt", "danke für
  // nix".
  [
    "complaint",
    "[du|so ein|so eine|was für ein|was für eine|der|die|das|dieser|diese|dieses|du bist ein|du bist eine|du bist so ein|du bist so eine|du bist echt ein|du bist echt eine|du bist nur ein|du bist nur eine|ein|eine|euer|eure|ihr|ihre|sie|ey|ihr seid ein] [total|völlig|echt|richtig|so|voll|sau|komplett|absolut|einfach|verdammt|extrem|blöder|dummer] (blöder|blöde|blöden|blödes|dummer|dumme|dummen|dummes|doofer|doofe|doofen|doofes|nutzloser|nutzlose|nutzlosen|nutzloses|bescheuerter|bescheuerte|bescheuerten|bescheuertes|dämlicher|dämliche|dämlichen|dämliches|nerviger|nervige|nervigen|nerviges|mieser|miese|miesen|mieses|schlechter|schlechte|schlechten|schlechtes|unfähiger|unfähige|unfähigen|unfähiges|sinnloser|sinnlose|sinnlosen|sinnloses|saublöder|saublöde|saublödes|saudummer|saudumme|saudummes|scheiß|scheiss|scheiß|mist|schrott|beschissener|beschissene|beschissenes|idiotischer|idiotische|idiotisches|lahmer|lahme|lahmes|hirnloser|hirnlose|hirnloses|strunzdummer|strunzdumme|strunzdummes|unnützer|unnütze|unnützes|elender|elende|elendes|blödsinniger|blödsinnige|blödsinniges) (bot|roboter|chatbot|ki|computer|programm|maschine|assistent|assistentin|chat|ding|teil|kiste|software|system|tool|blechkiste|blechbüchse|bots)",
  ],
  [
    "complaint",
    "(du|du bist ein|du bist eine|du bist so ein|du bist so eine|so ein|so eine|was für ein|was für eine|du bist echt ein|du bist echt eine|sie sind ein|sie sind eine) (idiot|trottel|depp|vollidiot|volltrottel|dummkopf|blödmann|schwachkopf|witz|witzfigur|lachnummer|nullnummer|totalausfall|reinfall|versager|flasche|pfeife|niete|witzbold|vollpfosten|pfosten|hirni|dödel|schrott|schrotthaufen|müll|mist|scherz)",
  ],
  [
    "complaint",
    "(idiot|trottel|vollidiot|volltrottel|depp|dummkopf|blödmann|schwachkopf|vollpfosten)",
  ],
  [
    "complaint",
    "(das|es|du|der bot|dieser bot|der chat|dieser chat|das hier|das ding|die ki|dieses ding) [echt|total|voll|so|tierisch|gewaltig|einfach|nur|langsam|wirklich|mega|extrem|unglaublich|gerade|grad|jetzt|richtig] (nervt|nervst|nerven|nervt mich|nervst mich|nerven mich|regt mich auf|regst mich auf|geht mir auf die nerven|gehst mir auf die nerven|geht mir auf den keks|gehst mir auf den keks|geht mir auf den sack|gehst mir auf den sack|ist zum kotzen|bist zum kotzen|ist ein witz|bist ein witz|ist ätzend|bist ätzend|ist scheiße|bist scheiße|ist scheisse|bist scheisse|ist mist|ist schrott|bist schrott|ist müll|bist müll|macht mich wahnsinnig|machst mich wahnsinnig|macht mich fertig|machst mich fertig|macht mich verrückt|machst mich verrückt|nervt gewaltig|nervt total|nervt einfach|ist lächerlich|bist lächerlich|ist das letzte|bist das letzte)",
  ],
  [
    "complaint",
    "(wie nervig|voll nervig|so nervig|echt nervig|total nervig|ätzend|wie ätzend|voll ätzend|zum kotzen|so ein mist|so ein quatsch|so ein schrott|so ein blödsinn|so ein müll|so ein scheiß|blödsinn|was soll das|was soll der mist|was soll der quatsch|geht's noch|gehts noch|wie blöd|wie dumm|wie doof|so blöd|so dumm|so doof|echt jetzt|ernsthaft jetzt|mann ey|oh mann|ach komm|komm schon|nervt|nervig|lächerlich|unglaublich schlecht|zeitverschwendung)",
  ],
  [
    "complaint",
    "[na|ja|schönen|vielen|herzlichen] (danke|dank) [auch|schön|vielmals] für (nix|nichts|gar nichts|gar nix|garnichts|garnix|überhaupt nichts|nüscht|nischt|die nicht hilfe|die tolle hilfe|die super hilfe)",
  ],
  // A slip: the wrong button, a message sent too soon. A pause, as an apology is.
  [
    "pause",
    "[ups|upps|hoppla|oh|oha|ach|sorry|entschuldigung|mist|oje|huch|sorry ups|ups sorry] [sorry|entschuldigung|pardon] [ich] [hab|habe|hab mich|habe mich|bin|war] (falscher knopf|falscher button|falsche taste|falscher klick|falsches fenster|falscher chat|falsches chatfenster|falscher tab|falsche nachricht|falsches feld|falsch geklickt|falsch gedrückt|falsch getippt|verklickt|mich verklickt|vertippt|mich vertippt|verdrückt|mich verdrückt|mich verschrieben|aus versehen|aus versehen geklickt|aus versehen gedrückt|aus versehen abgeschickt|aus versehen gesendet|aus versehen geschickt|versehentlich|versehentlich geklickt|versehentlich gedrückt|versehentlich abgeschickt|versehentlich gesendet|zu früh abgeschickt|zu früh gesendet|zu früh geschickt|zu früh auf enter gedrückt|zu früh auf senden gedrückt|auf den falschen knopf gedrückt|auf den falschen button gedrückt|auf den falschen knopf geklickt|auf den falschen button geklickt|auf die falsche taste gedrückt|auf enter gekommen|auf senden gekommen|auf die enter taste gekommen|im falschen fenster|im falschen chat|ins falsche fenster|in den falschen chat|war nicht für dich|war nicht für sie|das war nicht für dich|das war nicht für sie|war nicht so gemeint|nicht so gemeint|tippfehler|vertipper|verklicker|falscher alarm|abgerutscht|bin abgerutscht|bin aus versehen drauf gekommen|aus versehen drauf gekommen|drauf gekommen) [sorry|ups|entschuldigung|haha|sry]",
  ],
  // A bare "no" answers "Kann ich Ihnen sonst noch helfen?": a goodbye (worker/chat/small-talk.ts
  // says why). The longer answers that say the visitor is fine are goodbyes of their own.
  ["no", "(nein|nee|nö|ne|nein nein|nee nee|nö nö|nope|neee|neinnein|nee du|nein du)"],
  [
    "goodbye",
    "(nein|nee|nö|ne|nope) [danke] (passt schon|alles gut|alles klar|schon gut|passt|ist gut|geht schon|alles bestens|danke passt|passt so|alles okay|alles ok|alles prima|im moment nicht|gerade nicht|grad nicht|jetzt nicht|erstmal nicht|vorerst nicht|heute nicht|nichts|nix|nichts mehr|sonst nix|nicht nötig|brauch ich nicht|brauche ich nicht|wunschlos glücklich|bin versorgt|bin zufrieden) [danke]",
  ],
  // Greetings round 6 showed: "na?", a season's wish, and asking back after answering "how are
  // you".
  [
    "greeting",
    "(na|na du|na ihr|na sie|naaa|na also|na hallo|na hi|na hey|na moin|na servus|hallo na)",
  ],
  [
    "greeting",
    "[einen|ein|eine] (guten|gutes|schönen|frohen|frohes|frohe|gesegnete|gesegnetes|gesegnetes neues|besinnliche|besinnliches|fröhliche|fröhliches|schöne|schönes|gesundes|glückliches|erfolgreiches) (rutsch|rutsch ins neue jahr|rutsch ins jahr|neues|neues jahr|start ins neue jahr|fest|weihnachten|weihnachtsfest|festtage|feiertage|ostern|osterfest|pfingsten|advent|adventszeit|nikolaus|silvester|neujahr|fasching|karneval|weihnachten und einen guten rutsch|weihnachten und guten rutsch|weihnachten und ein gutes neues jahr|weihnachten und ein frohes neues) [euch|ihnen|dir|allen|allerseits|zusammen|ins neue jahr]",
  ],
  ["greeting", "(prosit neujahr|prost neujahr|helau|alaaf)"],
  [
    "greeting",
    "und (dir|ihnen|euch|selbst|bei dir|bei ihnen|bei euch|du so|du|sie|wie gehts dir|wie geht es dir|wie geht es ihnen|wie gehts ihnen|wie gehts euch|wie ist es bei dir|alles gut bei dir|bei dir so) [so|denn|heute]",
  ],
];

/**
 * The replies to small talk in German, one per kind: they invite a question and promise nothing;
 * a pause's gives the visitor time, the answer about the assistant says what it is and that a
 * person is a request away, the one about languages names the six it writes in (answers come
 * from the help centre), and a complaint gets none: the judge hands it to a person.
 */
export const SMALL_TALK_REPLIES: Readonly<Record<RepliedKind, string>> = {
  greeting: "Hallo! Wobei kann ich Ihnen helfen?",
  thanks: "Gern geschehen! Kann ich Ihnen sonst noch helfen?",
  goodbye: "Auf Wiedersehen! Fragen Sie einfach, wenn noch etwas ist.",
  acknowledgement: "Gut! Kann ich Ihnen sonst noch helfen?",
  pause: "Kein Problem, lassen Sie sich Zeit. Ich bin hier, wenn Sie noch etwas brauchen.",
  about_assistant:
    "Ich bin der KI-Assistent dieser Website: Ich antworte anhand ihres Hilfe-Centers und verbinde Sie jederzeit gern mit einer Person.",
  about_languages:
    "Ich schreibe auf Deutsch, Englisch, Dänisch, Französisch, Spanisch und Schwedisch; meine Antworten kommen aus dem Hilfe-Center dieser Website, in Ihrer Sprache, wenn es sie dort gibt. Ich verbinde Sie auch gern mit einer Person.",
};
