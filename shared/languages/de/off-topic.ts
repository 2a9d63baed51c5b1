import type { OffTopicFrames } from "../types.ts";

/**
 * German words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    wetter wettervorhersage regen regnet schnee sonnig temperatur gewitter fußball fussball
    handball basketball tennis golf bundesliga liga olympia turnier meisterschaft gewonnen
    gespielt spiel tor film filme kino netflix serie fernsehen schauspieler promi lied
    songtext album witz witze rätsel gedicht horoskop lotto hausaufgaben hausaufgabe mathe
    mathematik gleichung ableitung integral satz pythagoras aufsatz python javascript java
    sql css html programmieren skript code funktion rezept rezepte backen kuchen nudeln
    pizza lasagne aktie aktien krypto bitcoin investieren dividende wahl wahlen
    bundeskanzler kanzler bundestag politik präsident hauptstadt bevölkerung geschichte
    übersetze übersetzen japanisch chinesisch anweisungen systemprompt prompt pirat zug
    bahn
    lebenslauf flug flüge flugticket flughafen
    feiertag feiertage kalorien flugreise
    fortnite minecraft playstation xbox nintendo konzert konzerte sänger sängerin physik chemie biologie fotosynthese fieber kopfschmerzen grippe covid trump biden putin openai gpt spaghetti sushi burger
    taxi vermieter weltkrieg weltkriegs vollmond sonnenaufgang sonnenuntergang
    mond gitarre klavier geige schlagzeug ukulele haiku gutenachtgeschichte brettspiel brettspiele fliegen fliegt fußballer fussballer erkältung wechselkurs steuererklärung
    router wlan modem ps5 ps4 gta aliens außerirdische ausserirdische ufo endboss gehaltserhöhung nationalmannschaft ethereum dogecoin ibuprofen paracetamol aspirin antibiotika schach sauerteig bewerbung bewerbungsschreiben vorstellungsgespräch
    instagram tiktok snapchat facebook youtube youtuber influencer follower drucker casino poker sportwetten tinder dating religion gott bibel kirche buddhismus islam christentum sternzeichen anwalt scheidung universität volleyball motivierend motivierendes autoversicherung kfz hausratversicherung lebensversicherung
    altersvorsorge tagesgeld festgeld hypothek baufinanzierung
    ameisen kakerlaken wespen flöhe bettwanzen schimmel kalkflecken klempner elektriker
    einkommensteuer einkommenssteuer lohnsteuer steuererklärung kirchensteuer hausmittel hausmitteln
    handyvertrag handyverträge handytarif handytarife mobilfunkvertrag mobilfunktarif prepaidkarte
    internetanbieter mobilfunkanbieter bausparvertrag bausparverträge tagesgeld festgeld aktiendepot
    wasserhahn gezeiten gottesdienst oscars iphone
    roblox robux pokemon pokémon zelda valorant genshin skyrim overwatch hearthstone pubg wordle warzone
    eurojackpot lottozahlen glücksspirale elterngeld kindergeld bürgergeld wohngeld
    bürgeramt aufenthaltstitel abitur abiturprüfung studienplatz songtext liedtext songtexte
    date dates flirten mobilfunkanbieter handyanbieter stromanbieter
    notapotheke apothekennotdienst notdienstapotheke visum reisewarnung
    schluckauf zeitverschiebung
    schlagloch schlaglöcher
    übersetz übersetzt prokrastinieren prokrastination aufschieberitis liebeskummer selbstwertgefühl berufsorientierung
    bücherei stadtbücherei stadtbibliothek starthilfekabel`;

/**
 * The business addressed and its own places and times that a visitor asks the opening hours of
 * ("when does the kitchen close"): never another place's hours, however unknown the word is to
 * the knowledge base.
 */
const OWN_PLACES =
  "sie|ihr|ihnen|euch|euer|eure|laden|geschäft|filiale|praxis|studio|werkstatt|salon|kurs|büro|wir|uns|lager|küche|bar|restaurant|café|cafe|terrasse|rezeption|theke|pool|schwimmbad|sauna|spa|spielplatz|parkplatz|parkhaus|ausverkauf|anmeldung|buchung|saison|camp|halle|bahn|bäckerei|showroom|ausstellung|kasse|shop|biergarten|außenbereich|buffet|frühstück|mittagstisch|brunch";

/** Shapes of off-topic messages whose words alone don't tell; see `LanguageData.offTopicFrames`. */
export const OFF_TOPIC_FRAMES: OffTopicFrames = {
  sumWords:
    "ich man aus rechnet berechnet was ist wie viel wieviel sind ergibt ergeben gibt rechne berechne bitte kannst du mir sagen das macht gleich die der löse loese gleichung die",
  operators: `
    plus
    minus
    mal
    geteilt durch
    durch
    multipliziert mit
    hoch
    zum quadrat = × 2
    hoch zwei = × 2
    quadratwurzel aus = √
    quadratwurzel von = √
    wurzel aus = √
    % von = ×
    prozent von = ×`,
  things: `elektroauto elektroautos film filme buch bücher roman serie serien lied lieder song podcast spiel spiele restaurant handy handys smartphone auto autos laptop fernseher kopfhörer hotel hotels tablet tablets staubsauger saugroboter staubsaugerroboter kühlschrank gefrierschrank spülmaschine geschirrspüler waschmaschine mikrowelle kamera kameras konsole spielkonsole smartwatch lautsprecher airfryer heißluftfritteuse earbuds airpods`,
  patterns: [
    "hauptstadt (?:von|der|des)",
    "(?:wie viele|wieviele) einwohner",
    "wie viele (?:km|kilometer|meilen) (?:sind es |ist es |sind )?(?:von|nach|bis|zwischen) (?<places>.+)",
    "wie weit ist es (?:von|nach|bis) (?<places>.+)",
    "entfernung (?:von|zwischen) (?<thing>.+)",
    "wie (?:hoch|alt|groß|gross|tief|weit weg) (?:ist|war|sind) (?<thing>.+)",
    "wer (?:hat|hatte) (?:die |den |das )?(?:[^ ]+ ){0,2}(?:erfunden|entdeckt|gemalt)",
    "wer ist (?:der|die) (?:präsident|präsidentin|bundeskanzler|kanzler|könig|königin)",
    "wie spät ist es in",
    "wie wird das (?<topic>wetter)",
    "^(?!.* (?:wenn|falls) )(?:.* )?(?:wird es|gibt es) (?:morgen |heute |am wochenende )?(?<topic>regnen|schneien|regen|schnee|gewitter)",
    "(?:empfiehl|empfehle|empfiehlst du|empfehlen sie) (?:mir )?(?:ein |eine |einen |nen |ne |ein paar )?(?:gutes |guten |gute |neues |neuen |spannendes |spannenden |lustigen |lustiges )?(?:[^ ]+ ){0,2}{things}",
    "(?:welches|welchen|welche) {things} (?:soll|sollte) ich (?:mir )?(?:kaufen|holen|schauen|ansehen|lesen|spielen|nehmen)",
    "wie (?:schreibe|schreibt|koche|kocht|backe|backt|mache|macht) (?:ich|man) (?!(?:einen |eine |ein )?(?:bewertung|rezension|beschwerde|reklamation))(?:einen |eine |ein )?(?<thing>.+)",
    "wie (?:setze|starte) ich (?:mein|meinen|meine) (?!passwort|konto|kennwort|login|profil)(?<thing>.+) (?:zurück|neu)",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?wann (?:öffnet|schließt|schliesst) (?<thing>.+)`,
    "(?:beste|besten|gute|guten|günstigste|günstigsten) {things} in",
    "was (?:heißt|heisst|bedeutet) (?:.+ )?auf (?:englisch|französisch|spanisch|italienisch|dänisch|schwedisch|japanisch)",
    "wie sagt man",
    "welcher tag ist (?:heute|es)",
    "welches datum (?:ist|haben wir)",
    "wer hat (?:.+ )?gewonnen",
    "schreib(?:e)? (?:mir )?(?:eine |einen |ein )?(?:mail|e mail|email|brief|nachricht) (?:an|für) (?<thing>.+)",
    "wie (?:nehme ich|nimmt man) (?:schnell |am besten )?ab",
    "in welchem jahr (?<thing>.+)",
    "wie viele (?:länder|staaten|planeten|menschen) (?:gibt es|leben|hat)",
    "(?:welches|welcher|welche) {things} (?:hat|ist) (?:die |der |das )?(?:beste|besten|günstigste|schnellste)",
    "(?:gib|zeig|finde) (?:mir )?(?:ein |eine |einen |nen |ne )?(?:gutes |guten |gute )?(?:[^ ]+ ){0,2}{things}",
    "sinn des lebens",
    "wird es (?:morgen |heute |am wochenende )?sonnig",
    "(?:reise|urlaub|trip|ausflug) nach (?<thing>.+) (?:zu )?planen",
    "plane (?:eine |einen |meine |meinen )?(?:reise|urlaub|trip|ausflug) nach (?<thing>.+)",
    "was ist (?:größer|kleiner|höher|älter|schneller|schwerer) (?<thing>.+)",
    "wie steht es (?:im spiel|zwischen|bei (?:.+ )?gegen)",
    "wer hat (?:.+ )?(?:gedreht|gesungen|regie geführt)",
    "(?:sag|erzähl)(?: mir)?(?: mal)? (?:was|etwas) (?:lustiges|witziges)",
    "wie viel(?:e)? (?:gramm|kilo|liter|zentimeter|cm|meter|zoll|unzen) (?:hat|sind|ist|in) (?:ein |eine |einem |einer )?(?<thing>.+)",
    "wie soll ich (?:meine|meinen|mein) (?<thing>.+) nennen",
    "(?<topic>wettervorhersage)",
    "(?:geburtstagsgruß|geburtstagsgruss|glückwunsch|glückwünsche) (?:für|an|zum)",
    "was soll ich (?:heute |heute abend |morgen )?(?:kochen|essen)",
    "erklär(?:e|en sie)?(?: mir)? wie (?<thing>.+) (?:funktionieren|funktioniert|wirken|wirkt)",
    "wer ist der beste (?<thing>.+) (?:aller zeiten|der welt)",
    "wann (?:beginnt|fängt|endet) (?:der sommer|der winter|der frühling|der herbst)",
    // Eine Rechnung für die Steuererklärung is the business's own.
    "^(?!(?:.* )?(?:rechnung|rechnungen|quittung|beleg|belege|ihr|euch|sie|ihnen)(?: |$))(?:.* )?steuererklärung",
    "wofür steht (?<thing>.+)",
    "{things} (?:[^ ]+ ){0,4}empfehlen",
    "(?:lerne|lernen|lernt) (?:ich |man )?(?:am besten |schnell )?(?<topic>spanisch|französisch|englisch|italienisch|chinesisch|japanisch|gitarre|klavier)",
    "(?:schnellste|größte|höchste|kleinste|älteste|längste|reichste)[a-z]* (?:[^ ]+ ){0,2}der welt",
    "ist es (?:gerade |jetzt )?(?:kalt|warm|heiß) in (?<thing>.+)",
    "(?:schreib|erzähl)(?: mir)? eine (?:kurze |lustige )?geschichte",
    "(?:freundin|freund|frau|mann|partner|partnerin) hat (?:schluss gemacht|mich verlassen|mich betrogen)",
    "(?:mein|meinen|meine) ex (?:zurück|wieder)",
    "was kann man in (?<places>[^ ]+) (?:[^ ]+ ){0,3}(?:machen|unternehmen|sehen|besichtigen)",
    "sehenswürdigkeiten in (?<places>[^ ]+)",
    "(?:letzten|finalen) boss",
    "(?:neue|nächste|letzte) (?:staffel|folge) (?:von )?(?<thing>.+)",
    "(?:nehme ich|nehm ich) (?:schnell |am schnellsten )?ab",
    "schnell abnehmen",
    "wen soll ich (?:bei der wahl )?wählen",
    "was (?:hältst|haltst|denkst) du (?:von|über) (?<thing>.+)",
    "reichste(?:n)? (?:mensch|person|mann|frau) der welt",
    "was ist besser(?: für mich)?,? (?<thing>.+) oder [^ ]+",
    "ist (?<thing>.+) besser als [^ ]+",
    "was (?:soll|kann) ich in (?<places>[^ ]+) (?:[^ ]+ ){0,3}(?:anschauen|ansehen|besichtigen|machen|unternehmen)",
    "(?:frau|mann|freundin|freund|partner|partnerin) und ich (?:streiten|zoffen)",
    "(?:bedeutet|bedeutung) .*(?:träumt|träume|traum|träumen)",
    "deine? lieblings[^ ]*",
    "wie (?:funktioniert|funktionieren) (?!das |es |die |der )(?<thing>.+)",
    "unterschied zwischen (?<thing>.+)",
    "(?:einen|eine|ein|meinen|meine|mein) (?<thing>[^ ]+) zu (?:planen|organisieren)",
    "schreib(?:e)? (?:mir )?(?:einen|eine|ein) (?<thing>.+)",
    "(?:empfehlen|empfiehl) (?:mir )?(?:einen |eine |ein )?(?:guten |gute |gutes )?(?<thing>[^ ]+) in [^ ]+",
    "wie beantrage ich (?:einen |eine |ein )?(?<thing>.+)",
    // Round 6 (issue #19), kinds rather than messages: the day's news, a word's meaning or
    // spelling, role-play and dropped rules, the assistant itself, a partner's behaviour, life's
    // questions, daily amounts, another product's trouble, geography and history. Where a thing
    // is named (`thing`), the site's own things stay its own (docs/knowledge-base.md).
    "(?:in den|aktuelle|aktuellen|neueste|neuesten|heutigen) nachrichten|was gibt es neues in der (?:politik|welt)|was ist in der welt (?:passiert|los)",
    "was (?:bedeutet|heißt|heisst) das wort|anderes wort für|synonym für|schreibt man [^ ]+ (?:oder|mit)|wie schreibt man das wort|in diesem satz",
    "tu so als|tu so, als|stell dir vor,? du bist|ab jetzt bist du|spiel die rolle|verhalte dich wie (?:ein|eine|mein)",
    "(?:ignoriere|vergiss|ignorier) (?:alle )?(?:deine |die |vorherigen |bisherigen |vorigen )*(?:anweisungen|regeln|instruktionen|prompt)",
    "bist du (?:ein |eine )?(?:roboter|bot|mensch|echter mensch|echte person|ki|künstliche intelligenz|schlauer|klüger|intelligenter|bewusst|lebendig)|hast du (?:gefühle|eine seele|ein bewusstsein)",
    "(?:freundin|freund|frau|mann|partner|partnerin) (?:will nicht|möchte nicht) (?:zusammenziehen|heiraten|kinder)|(?:freundin|freund|partner|partnerin) (?:schreibt|ruft|antwortet|hört) (?:mir )?(?:nie|nicht mehr)",
    "soll ich (?:mit ihm|mit ihr) schluss machen|soll ich (?:ihn|sie) verlassen",
    "warum (?:existieren|leben|sind) wir|freier wille|nach dem tod|was passiert (?:wenn|nachdem) (?:wir|man) (?:sterben|stirbt)",
    "wie (?:viel|viele) (?:(?:liter|gläser|glas|gramm|tassen|stück|portionen|tabletten|mg) )?(?<thing>(?:[^ ]+ ){0,2}[^ ]+) (?:sollte|soll|muss) (?:man|ich) (?:am|pro|jeden|in der) (?:tag|woche) (?:essen|trinken|laufen|zu sich nehmen)",
    "wie (?:viele|lange) (?:stunden )?(?:[^ ]+ ){0,4}schlafen",
    "mein(?:e)? (?!konto|bestellung|login|passwort|kennwort|profil|zahlung|rechnung|code|gutschein|abo|buchung|termin|kundenkonto)(?<thing>[^ ]+) (?:startet|lädt|funktioniert|druckt|verbindet sich|geht|reagiert) (?:nicht|gar nicht|nicht mehr)",
    "(?:größte|höchste|längste|älteste|tiefste|kleinste)n? (?:stadt|land|berg|fluss|see|insel|wüste|gebäude|planet)",
    "wann (?:wurde|wurden|war) (?:.+ )?(?:besetzt|befreit|erobert|erfunden|entdeckt|abgeschafft)",
    // Round 7 (issue #19), kinds rather than messages: a partner who stopped answering, the
    // weather asked in more words, pests, mould and stains at home, why the sky or sea is as it
    // is, when a country joined the EU or NATO, buying or renting a home, saving or investing,
    // school subjects' homework, unit conversions, spelling doubts, another device that is slow
    // or won't start (two words for the device). Things and topics stay the site's where it
    // names them (docs/knowledge-base.md).
    "(?:freundin|freund|partner|partnerin|frau|mann) (?:hat|will|antwortet|schreibt|meldet sich) (?:seit [^ ]+ [^ ]+ )?(?:mir )?(?:nicht mehr|nicht|nie) (?:zurück|geantwortet|geschrieben|angerufen|mit mir reden|reden|sprechen)",
    "wie (?:bekomme|kriege|entferne|werde) ich (?:die |den |das |einen |eine )?(?:[^ ]+ )?(?<topic>ameisen|kakerlaken|mäuse|ratten|wespen|flöhe|bettwanzen|motten|schimmel|fleck|flecken|kalk)(?: .+)?(?: weg| los| raus| ab)?",
    "warum ist (?:der |die |das )?(?<topic>himmel|meer|gras|blut|mond|sonne) (?:blau|grün|salzig|rot|rund|gelb)",
    "wann (?:ist|trat|wurde|kam) (?:.+ )?(?:der |die |in die |in der )?(?<topic>eu|nato|uno|europäischen union|eurozone) (?:beigetreten|bei|mitglied|ausgetreten|aus)",
    "(?<thing>[^ ]+) (?:kaufen oder mieten|mieten oder kaufen)",
    "(?:sparen|tilgen) oder (?:investieren|anlegen)|(?:investieren|anlegen) oder (?:sparen|tilgen)",
    "(?<topic>(?:mathe|deutsch|englisch|geschichte|physik|chemie|bio|biologie|erdkunde|latein|französisch) ?(?:hausaufgaben|hausaufgabe|aufsatz|klausur|referat|prüfung|test))",
    "(?:wie viele|wieviel|wie viel) (?:[^ ]+ ){1,2}(?:sind|ist|hat|haben|in) (?:(?:ein|eine|einer|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|hundert|tausend|[0-9.,]+) )?(?:meilen?|fuß|fuss|zoll|yards?|unzen?|pfund|gallonen?|fahrenheit|celsius|kilometer|km|meter)$",
    "(?:umrechnen|rechne|umwandeln) (?:[^ ]+ ){0,3}(?:in|nach) (?:meilen|fuß|zoll|unzen|pfund|gallonen|fahrenheit|celsius|kilometer|km|meter|zentimeter|cm|kilo|kg|gramm|liter)|(?:[^ ]+ ){1,2}in (?:meilen|fuß|zoll|unzen|pfund|gallonen|fahrenheit|celsius|kilometer) umrechnen",
    "schreibt man (?:das )?(?:mit|groß|klein|zusammen|getrennt)|wie schreibt man [^ ]+$|(?:mit|ohne) komma",
    "mein(?:e)? (?!konto|bestellung|login|passwort|kennwort|profil|zahlung|rechnung|code|gutschein|abo|buchung|termin|kundenkonto|lieferung|paket|app|webseite|website|seite|warenkorb)(?<thing>[^ ]+(?: [^ ]+)?) (?:ist|wird) (?:so |sehr |total |extrem |ganz )?(?:langsam|heiß|heiss|laut)",
    // Round 7, the kinds a near-miss read as a service question lets through (offer.ts,
    // `readsAsService`): cooking times, flights, buying advice for consumer goods, DIY on a car,
    // a noise a thing makes, what a pet may eat, a series' seasons, a blocked drain, conversions
    // written the short way. The thing, topic or places stay the site's where it names them.
    "wie lange (?:muss|soll|sollte|kocht|backt|brät|kochen|backen) (?:man |ich )?(?:ein |eine |einen |das |die |den )?(?<thing>[^ ]+) (?:kochen|backen|braten|garen|gekocht|gebacken|im ofen)",
    "(?:billige |günstige |direkte )?(?:flug|flüge|flugtickets|flugticket) (?:nach|von|ab) (?<places>.+)",
    "(?:wie lange fliegt man|flugzeit|flugdauer) (?:nach|von) (?<places>.+)",
    "(?:beste|besten|bester|bestes|gute|guten|guter|gutes|günstige|günstigen|günstiger|günstiges|billige|billigen|billiges) (?:[^ ]+ )?{things} (?:für|unter|zum)",
    "(?:wechsle|wechseln|wechselt|flicke|flicken|repariere|reparieren|tausche|tauschen|prüfe|prüfen) (?:[^ ]+ ){0,3}(?:am|im|beim|an meinem|an einem|an meinem|von meinem|vom) (?<topic>auto|wagen|motorrad|roller|transporter)",
    "(?:mein|meine) (?<thing>[^ ]+) macht (?:komische|seltsame|merkwürdige|laute|komisches|seltsames|lautes) (?:geräusche|geräusch|töne)",
    "dürfen (?:hunde|katzen|mein hund|meine katze|kaninchen|hamster|welpen) (?<thing>[^ ]+) (?:essen|fressen|trinken)",
    "wie viele (?:staffeln|folgen|bände|teile) (?:hat|von|gibt es (?:von|bei)) (?<thing>.+)",
    "(?:verstopfte|verstopftes|verstopften|verstopfter) (?:[^ ]+ )?(?<topic>klo|toilette|abfluss|waschbecken|wc|spüle|dusche)",
    // Round 8 (issue #19), kinds rather than messages: a timer or alarm to set, when a train,
    // ferry or bus leaves, a freelancer's income tax, applying for a passport or ID card, the
    // weather in a named town, a dripping tap or a puncture, home remedies and what helps an
    // ailment, a recipe for a named dish, the royal family, a mobile plan, a pet that is ill,
    // free will, a mother-in-law or partner who interferes, savings contracts, awards. Each
    // checks the knowledge base for what it asks about: a driving school's ID card, a pet
    // shop's sick cat stay theirs.
    "^(?:kannst du |könntest du |bitte )?(?:stell|stelle|stellen sie|setz|setze|starte|start) (?:mir )?(?:bitte )?(?:einen |eine |den |die )?(?<topic>wecker|timer|alarm|erinnerung|eieruhr|countdown)",
    "^(?:kannst du |bitte )?(?:weck|wecke) mich",
    "(?:wann|um wie viel uhr|wie spät) (?:fährt|fahren|geht|gehen|startet|legt|kommt) (?:der |die |das )?(?:nächste |letzte |erste )?(?<topic>zug|züge|ice|fähre|fähren|regionalbahn|flieger)",
    "(?:fahrplan|fahrplan der|abfahrtszeiten|verbindung|zugverbindung|fährverbindung) (?:von |nach |zwischen |ab )(?<places>.+)",
    "(?:steuern|steuer) (?:als|für) (?:ein |eine |einen )?(?<topic>freiberufler|freiberuflerin|selbstständiger|selbstständige|selbständiger|selbständige|kleinunternehmer|einzelunternehmer)",
    "(?:beantrage|beantragen|verlängere|verlängern|erneuere|erneuern|bekomme|bekommen) (?:ich |man )?(?:einen |eine |meinen |meine |den |die |neuen |neue )*(?<topic>personalausweis|reisepass|pass|ausweis|visum)",
    "(?:wetter|wettervorhersage|regen) (?:[^ ]+ ){0,4}in (?!der |den |dem |die |das )(?<places>[^ ]+)(?: (?:heute|morgen|übermorgen|heute abend|am wochenende|dieses wochenende|nächste woche|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)))?$",
    "(?<topic>wasserhahn|wasserhähne|hahn|abfluss|abflüsse|spülkasten) (?:tropft|tropfen|leckt|ist verstopft|verstopft)|(?<!ein )(?:tropfender|tropfenden) (?<thing>wasserhahn|hahn)",
    "^(?!.*(?:könnt ihr|können sie|macht ihr|machen sie|wechselt ihr|flickt ihr|repariert ihr|wechseln sie|reparieren sie|flicken sie) )(?:.* )?(?:flicke|flicken|repariere|reparieren|wechsle|wechseln|wechselt|flickt|tausche|tauschen) (?:ich |man )?(?:einen |den |meinen )?(?:platten )?(?<topic>reifen|schlauch|fahrradschlauch|platten)",
    "^(?!.* (?:meinem|meiner|unserem|unserer|dem|der) (?:hund|katze|kater|welpen|pferd|kaninchen|tier|haustier)(?: |$))(?:.* )?(?:hilft|helfen|hilfe|mittel|tipps) (?:bei|gegen) (?<topic>zahnschmerzen|halsschmerzen|kopfschmerzen|kater|erkältung|migräne|ohrenschmerzen|schnupfen|husten)",
    "^(?!.*(?:haben sie|habt ihr|gibt es|bieten sie|verkaufen sie|führen sie) )(?:.* )?rezept (?:für|von) (?!ihren |ihre |ihr |euren |eure |euer )(?:einen |eine |ein |den |die |das )?(?<thing>.+)",
    "(?:der |die |des )?(?<topic>königin|könig|königs|prinz|prinzessin|kronprinz|kronprinzessin|königshaus|königsfamilie|queen|kings) (?:hat |hatte )?(?:kinder|enkel|enkelkinder|sohn|söhne|tochter|töchter|mann|frau|ehemann|ehefrau|geburtstag|alter|erbe|thronfolger)",
    "^(?!.* (?:termin|buchen|absagen|stornieren|verschieben|ihr|euch|sie)(?: |$))(?:.* )?(?:mein|meine) (?<topic>hund|katze|kater|welpe|kätzchen|kaninchen|hamster|wellensittich|pferd|meerschweinchen) (?:hat|ist|frisst|erbricht|bricht|humpelt|hustet|kotzt)(?: [^ ]+){0,3} (?:erbrochen|durchfall|krank|nichts|gebrochen|fieber|humpelt)",
    "freien willen|freier wille|leben nach dem tod|gibt es (?:einen )?gott",
    "(?:schwiegermutter|schwiegervater|schwiegereltern|mutter|vater|chefin|chef|kollegin|kollege|nachbarin|nachbar|freund|freundin|partner|partnerin|mann|frau) (?:mischt sich|nervt|ignoriert mich|ist eifersüchtig|betrügt mich|ist immer)",
    "(?:wer hat|wer bekam|wer gewann|wer gewinnt) (?:den |einen |die )?(?:oscar|oscars|grammy|emmy|nobelpreis|ballon d'or|eurovision|goldene[nr]? (?:bären|palme|kamera))",
    "(?:wie|was) (?:mache|macht|schreibe|programmiere) (?:ich |man )?(?:eine |einen |ein )?(?:schleife|funktion|klasse|abfrage|liste) in (?<topic>python|java|javascript|typescript|sql|php|excel|c)",
    // Round 9 (issue #19), kinds rather than messages: another company's order, bill or
    // contract (a marketplace, a phone or energy company: never a carrier or a way to pay, which
    // are the site's), a neighbour's noise or tree, a landlord, dating, a game named or its
    // level, the lottery's numbers, what's on in a town the site never names, how long an animal
    // lives, a song's lyrics. Each checks the
    // knowledge base for what it names (`topic`, `thing`, `places`).
    "(?:mein|meine|meinen|meinem|meiner) (?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|telekom|vodafone|o2|congstar|telefonica|sky)(?: |-)?(?:bestellung|paket|konto|abo|abonnement|vertrag|rechnung|lieferung|kauf)",
    "(?:bestellung|paket|päckchen|konto|abo|abonnement|vertrag|rechnung|lieferung|erstattung) (?:von|bei|mit|über|auf) (?:der |die |dem |den )?(?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|telekom|vodafone|o2|congstar|telefonica|sky)",
    "(?:kündige|kündigen|kündigt) (?:ich |man )?(?:meinen |den |mein |das )?(?:vertrag|abo|abonnement|handyvertrag) (?:bei|mit) (?:der |dem |die )?(?!ihnen|euch|dir|ihr|uns)(?<topic>[^ ]+)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|ihre|ihren|ihrem|ihrer|paket|bestellung|lieferung|liefern|abholen|rechnung|einbau|montage|installation|zustimmen|genehmigung)(?: |$))(?:.* )?(?:mein|meine|meinem|meinen|meiner) (?<topic>mobilfunkanbieter|handyanbieter|internetanbieter|stromanbieter|gasanbieter|energieversorger|telefonanbieter)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|ihre|ihren|ihrem|ihrer|paket|bestellung|lieferung|liefern|abholen|rechnung|einbau|montage|installation|zustimmen|genehmigung)(?: |$))(?:.* )?(?:nachbar|nachbarn|nachbarin|nachbars|nachbarhaus) (?:[^ ]+ ){0,4}(?<topic>laut|laute|lauter|lärm|musik|party|partys|bellt|bellen|baum|bäume|hecke|äste|zaun|rauch|raucht|grillt)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|ihre|ihren|ihrem|ihrer|paket|bestellung|lieferung|liefern|abholen|rechnung|einbau|montage|installation|zustimmen|genehmigung)(?: |$))(?:.* )?(?:mein|meine|meinem|meinen|unser|unsere) (?<topic>vermieter|vermieterin)",
    "(?:eine frau|einen mann|ein mädchen|einen jungen|einen typen|sie|ihn) (?:[^ ]+ ){0,3}(?:ansprechen|an$|anmachen|rumkriegen|beeindrucken)|(?:steht|steht er|steht sie) auf mich|(?:in mich|mich) verliebt",
    "(?<topic>candy crush|clash royale|clash of clans|brawl stars|league of legends|call of duty|among us|animal crossing|mario kart|elden ring|counter strike|the sims|los sims|les sims|die sims|pokemon go|grand theft auto)",
    "(?:wie geht|wie lautet|kennst du) (?:der|den) (?:songtext|liedtext|text (?:von|zu|vom) (?:dem |der |den )?(?:lied |song )?(?!ihr|eur)(?<thing>[^ ]+))",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|ihre|ihren|ihrem|ihrer|paket|bestellung|lieferung|liefern|abholen|rechnung|einbau|montage|installation|zustimmen|genehmigung)(?: |$))(?:.* )?(?:was ist los|was geht|was kann man machen|veranstaltungen|events|konzerte|festivals) (?:[^ ]+ ){0,4}in (?!der |die |dem |den |ihrem |ihrer |eurem |eurer |ihren |zukunft |januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühling|sommer|herbst|winter|kürze|[0-9])(?<places>[^ ]+)",
    "wie (?:alt|lange) (?:wird|werden|lebt|leben) (?:ein |eine |der |die |das )?(?<thing>[^ ]+)(?: werden| leben)?$",
    // Round 10 (issue #19), kinds rather than messages: the weather asked with a pronoun or a day
    // after the town, local transport's times (bus, tram, metro, local trains, a numbered line),
    // the on-duty pharmacy or doctor, a film or book to watch or read tonight, how many legs an
    // animal has and why it does what it does, travelling safely somewhere, a symptom and what to
    // take for it, a word's meaning, a name for a pet or a baby, a summary or essay for school.
    // Each checks the knowledge base for what it names (`topic`, `thing`, `places`), and those
    // that read as the visitor's own life stand aside when the message asks the business itself.
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?(?:wie wird|wie ist|wie soll) das wetter (?:[^ ]+ ){0,4}(?:morgen|übermorgen|heute|am wochenende|nächste woche|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?(?:wann|um wie viel uhr) (?:fährt|fahren|geht|gehen|kommt|kommen) (?:der |die |das )?(?:nächste |letzte |erste )?(?<topic>bus|busse|nachtbus|s bahn|u bahn|sbahn|ubahn|straßenbahn|strassenbahn|tram|stadtbahn|linie)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?(?:fahrplan|abfahrtszeiten|abfahrt) (?:der |des |von der |vom |für den |für die )?(?<topic>bus|busse|busses|buslinie|s bahn|u bahn|sbahn|ubahn|straßenbahn|strassenbahn|tram|linie|stadtbahn)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?(?<topic>apotheke|apotheken|arzt|ärzte) (?:[^ ]+ ){0,3}(?:notdienst|nachtdienst|notdienste|bereitschaft|bereitschaftsdienst)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?(?:notdienst|nachtdienst) (?:[^ ]+ ){0,2}(?<topic>apotheke|apotheken)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?(?:welche|wo ist die nächste|nächste) (?<topic>apotheke) (?:hat |ist )?(?:offen|geöffnet|auf)",
    "{things} (?:zum (?:anschauen|ansehen|gucken|schauen|lesen|spielen|hören|streamen)|für heute abend)(?! über )",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?was soll(?:en|te)? (?:ich|wir) (?:heute abend |am wochenende |heute )?(?:gucken|schauen|anschauen|ansehen|streamen)",
    "wie viele (?:beine|augen|zähne|herzen|flügel|knochen|mägen|arme) (?:hat|haben) (?:ein |eine |der |die |das )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:sie|ihr|euch|mitbringen|mitnehmen|mit rein|erlaubt|dürfen|darf|willkommen)(?: |$))(?:.* )?warum (?:[^ ]+ ){0,2}(?<topic>katzen|katze|hunde|hund|vögel|bienen|kühe|pferde|zebras|giraffen|schlangen|spinnen|flamingos|eulen|pinguine|haie|wale|delfine|elefanten|ameisen|frösche|papageien|mücken|hühner|schweine|schafe|fledermäuse|kamele|kraken|eichhörnchen)",
    "(?:sicher|gefährlich|ungefährlich) (?:[^ ]+ ){0,3}nach (?<places>[^ ]+) (?:zu )?(?:reisen|fliegen|fahren|gehen)",
    "(?:reise|reisen|urlaub|trip) (?:nach|in) (?<places>[^ ]+) (?:[^ ]+ ){0,2}(?:sicher|gefährlich)",
    "beste reisezeit (?:für )?(?<places>[^ ]+)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?(?:ich habe|ich hab|hab|habe) seit (?:[^ ]+ ){0,2}(?:tagen|wochen|monaten|gestern|vorgestern|stunden) (?:starke |starken |schlimme |heftige |heftigen |ständig |immer |hohes )?(?<topic>[^ ]*schmerzen|[^ ]*schmerz|fieber|husten|schnupfen|erkältung|grippe|migräne|übelkeit|durchfall|ausschlag|sodbrennen|heuschnupfen|schlafstörungen|halsweh|bauchweh|kopfweh|zahnweh)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?was (?:kann|soll|sollte|darf) ich (?:dagegen |da |dafür )?(?:nehmen|einnehmen)$",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?(?:zum|zur) (?<topic>arzt|ärztin|hausarzt|notaufnahme|notarzt) (?:gehen|gehe|muss|sollte)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?(?:was hilft|was tun|mittel|hausmittel|tipps) (?:gegen|bei) (?<topic>fruchtfliegen|motten|lebensmittelmotten|ameisen|wespen|mücken|silberfischchen|kakerlaken|mäuse|ratten|schimmel|[^ ]*schmerzen|[^ ]*schmerz|fieber|husten|schnupfen|erkältung|grippe|migräne|übelkeit|durchfall|ausschlag|sodbrennen|heuschnupfen|schlafstörungen|halsweh|bauchweh|kopfweh|zahnweh)",
    "(?:namen?|name) für (?:meinen|meine|mein|unseren|unsere|unser|einen|eine|ein) (?:neuen |neue |neues |kleinen |kleine |kleines )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|euren|eurem|ihre|ihren|ihrem|bestellung|paket|lieferung|kurs|kurse|termin|buchung|teilnehmen|mitmachen|wenn|falls|ausfallen|abgesagt|laden|geschäft|filiale|werkstatt|praxis|schule|fahrschule|stunde|fahrstunde|unterricht|trotzdem|training)(?: |$))(?:.* )?für (?:mein|meine|meinen|die|den|das|ein|eine|unser|unsere) (?<topic>referat|hausarbeit|facharbeit|seminararbeit|bachelorarbeit|masterarbeit|klausur|deutschunterricht|matheunterricht|englischunterricht|schulaufgabe|hausaufgabe|hausaufgaben|abschlussarbeit|schule)",
    "^(?!(?:.* )?(?:meine|meiner|meinen|mein|ihre|ihrer|eure|eurer)(?: |$))(?:.* )?(?:fass|fasse) (?:mir |uns )?(?<thing>.+?) (?:für [^ ]+ [^ ]+ )?zusammen",
    "^(?!(?:.* )?(?:meine|meiner|meinen|mein|ihre|ihrer|eure|eurer)(?: |$))(?:.* )?zusammenfassung (?:von|des|der|zu|vom) (?<thing>[^ ]+(?: [^ ]+)?)",
    "(?:wechseln|kündigen|kündige|wechsle) (?:ich )?(?:meinen |meine |mein )?(?<topic>stromanbieter|stromvertrag|gasanbieter|mobilfunkvertrag|internetanbieter|mobilfunkanbieter)",
    // Round 10, a second pass of kinds written from what visitors ask a chat (not from a fixture):
    // blocking one's bank card, tipping, sunset, the best car or phone, a pet's bad habit, a
    // grammar check, the richest person, whether a food is bad for you, a flight's refund from an
    // airline, time differences, hiccups, a tweet or caption to write, a wobbly table, where to
    // watch the match, learning to code, a screenshot on a named device, how long to get somewhere.
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|bestellung|buchung|zahlung|bezahlen|bezahlt|kauf|erstattung)(?: |$))(?:.* )?(?:sperren|sperre|entsperren|entsperre|sperrt man) (?:ich |man )?(?:meine |die |eine )?(?:ec karte|girokarte|kreditkarte|bankkarte|debitkarte|visa karte)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|bestellung|buchung|zahlung|bezahlen|bezahlt|kauf|erstattung)(?: |$))(?:.* )?(?:meine |die )(?:ec karte|girokarte|kreditkarte|bankkarte|debitkarte) (?:sperren|entsperren|sperrt man)",
    "(?:wann|um wie viel uhr) geht (?:heute |morgen )?die (?<topic>sonne) (?:unter|auf)",
    "^(?!(?:.* )?(?:ihr|sie|euch|verkauft|verkaufen|für mein|für meinen|für meine|bestellung)(?: |$))(?:.* )?(?:welches|welcher|welche) (?:[^ ]+ )?{things} ist (?:das |der |die )?(?:beste|bester|besser)",
    "(?:das|der|die) beste (?:[^ ]+ )?{things}$",
    "(?:meine|meinen|mein|unsere|unseren) (?<topic>katze|kater|hund|welpen|welpe) (?:[^ ]+ ){0,3}(?:abgewöhnen|abhalten|aufhören)",
    "(?:korrigiere|korrigieren|prüfe|prüfen|verbessere) (?:mir )?(?:meine |die |meinen )?(?<topic>grammatik|rechtschreibung|kommasetzung|zeichensetzung)",
    "reichste(?:n)? (?<thing>[^ ]+) der welt",
    "^(?!(?:.* )?(?:euer|eure|euren|ihr|ihre|ihren|sie)(?: |$))(?:.* )?ist (?<thing>[^ ]+(?: [^ ]+)?) (?:ungesund|gesund|schädlich|schlecht für (?:die gesundheit|mich|dich))$",
    "(?:erstattung|entschädigung|verspätung|entschaedigung|gepäck|koffer) (?:von|bei|mit) (?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly)",
    "(?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly) (?:erstattung|flug|entschädigung|gepäck|verspätung|bordkarte)",
    "(?<topic>zeitverschiebung|zeitunterschied) (?:nach|zu|mit|in)|(?:zeitverschiebung|zeitunterschied) hat",
    "(?:schreib|schreibe|dichte) (?:mir )?(?:einen |eine |ein )(?:lustigen |lustige |kurzen |kurze |guten |gute )?(?<topic>tweet|slogan|trinkspruch|hochzeitsrede|rede|rap|rätsel|anmachspruch|bildunterschrift)",
    "wo kann ich (?:heute |heute abend )?(?:das |den |die )?(?<topic>spiel|match|finale|rennen|kampf|länderspiel|derby) (?:sehen|schauen|gucken|streamen)",
    "programmieren lernen|lerne ich (?:am besten )?programmieren|lernt man (?:am besten )?programmieren",
    "(?<topic>screenshot|bildschirmfoto) (?:am|auf dem|auf meinem|mit dem|beim) (?:mac|macbook|iphone|ipad|pc|windows|android|samsung|laptop|handy)",
    "wie lange (?:braucht man mit dem auto|fährt man|läuft man|fliegt man) (?:von [^ ]+ )?nach (?<places>[^ ]+)$",
    "(?:einen|eine|ein) (?:guten |gute |gutes )?(?<thing>[^ ]+) in (?!der |den |dem |die |das )[^ ]+ empfehlen",
    // Round 10, a third pass: the council's services (bins, potholes, voting, a parking fine), the
    // police's number, converting a sum of money, making one's own website, falling asleep, an
    // excuse for work, a table at a restaurant, tying a tie. Topics checked as before.
    "^(?!(?:.* )?(?:zahlen|bezahlen|bezahlt|preis|kostet|kosten|rechnung|ihr|euch|sie)(?: |$))(?:.* )?[0-9.,]+ (?:euro|dollar|pfund|franken|kronen) (?:in|zu) (?:dollar|euro|pfund|franken|kronen|yen)$",
    "(?<topic>müll|mull|abfall|sperrmüll|gelbe sack|gelbe tonne|biotonne|papiertonne|restmüll) (?:[^ ]+ ){0,2}(?:abgeholt|abholung|geleert)|(?:müllabfuhr|abfuhrkalender|abfuhrtermine)",
    "briefwahl|wahllokal|wahlbenachrichtigung|wahlschein",
    "nummer (?:der|von der|vom|des) (?:örtlichen )?(?<topic>polizei|feuerwehr|krankenhaus)",
    "^(?!(?:.* )?(?:sie|ihr|euch|ihrer|eurer|mit|bei)(?: |$))(?:.* )?(?:erstelle|erstellen|baue|bauen|mache|machen) (?:ich |man )?(?:meine |eine |mir eine )?eigene (?<topic>website|webseite|homepage|app|blog|onlineshop)",
    "(?:schneller|besser|leichter) (?<topic>einschlafen)|schlafe ich (?:schneller|besser|leichter) ein",
    "ausrede (?:für|fürs|zum) (?:zuspätkommen|zu spät kommen|schwänzen|fehlen|die arbeit|die schule)|(?:krank melden|krankmelden) (?:beim|bei meinem) (?:chef|arbeitgeber)",
    "(?:bindet man|binde ich|binden) (?:eine |die |meine )?(?<topic>krawatte|fliege)",
    "^(?!(?:.* )?(?:ihr|sie|euch|miete|mietwagen|mietwagens|carsharing|buchung|fahrzeug|auto)(?: |$))(?:.* )?(?:einspruch gegen (?:einen |den |meinen |das )?(?:strafzettel|bußgeldbescheid|knöllchen|bußgeld)|(?:strafzettel|knöllchen) (?:anfechten|widersprechen))",
    // Round 11 (issue #19), kinds rather than messages: another shop's or a public office's opening
    // hours (checked: a gym or a dentist keeps its own), where to buy or which consumer goods to get,
    // life and career advice, who wrote, composed or painted something, a shape's area or an average,
    // role-play without rules, tax on wages or a sale (never an invoice from the business).
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|euren|sie|ihnen|ihre|ihren|wir|uns|unser|paket|pakete|sendung|bestellung|lieferung|laden|geschäft)(?: |$))(?:.* )?(?:wann|bis wann|ab wann|wie lange|um wie viel uhr) (?:hat|macht|öffnet|schließt|schliesst|ist|haben|machen) (?:der |die |das |den |dem )?(?<topic>lidl|aldi|aldi süd|aldi nord|rewe|edeka|netto|penny|kaufland|dm|rossmann|ikea|mediamarkt|media markt|saturn|obi|hornbach|bauhaus|toom|tedi|kik|primark|norma|globus|tegut|famila|die post|post|postfiliale|die bank|bank|sparkasse|die sparkasse|bibliothek|stadtbibliothek|bücherei|bürgeramt|rathaus|supermarkt|schwimmbad|hallenbad|freibad|wertstoffhof|recyclinghof|tankstelle|fitnessstudio|zahnarzt|friseur|hausarzt)",
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|euren|sie|ihnen|ihre|ihren|wir|uns|unser|paket|pakete|sendung|bestellung|lieferung|laden|geschäft)(?: |$))(?:.* )?(?:hat|ist|haben) (?:der |die |das )?(?<topic>lidl|aldi|aldi süd|aldi nord|rewe|edeka|netto|penny|kaufland|dm|rossmann|ikea|mediamarkt|media markt|saturn|obi|hornbach|bauhaus|toom|tedi|kik|primark|norma|globus|tegut|famila|die post|post|postfiliale|die bank|bank|sparkasse|die sparkasse|bibliothek|stadtbibliothek|bücherei|bürgeramt|rathaus|supermarkt|schwimmbad|hallenbad|freibad|wertstoffhof|recyclinghof|tankstelle|fitnessstudio|zahnarzt|friseur|hausarzt) (?:heute|morgen|sonntags|samstags|am sonntag|am samstag|jetzt|noch|an feiertagen) (?:offen|geöffnet|auf|zu|geschlossen)",
    "öffnungszeiten (?:von |vom |der |des |bei |beim |im )?(?:dem |der |die |das )?(?<topic>lidl|aldi|aldi süd|aldi nord|rewe|edeka|netto|penny|kaufland|dm|rossmann|ikea|mediamarkt|media markt|saturn|obi|hornbach|bauhaus|toom|tedi|kik|primark|norma|globus|tegut|famila|die post|post|postfiliale|die bank|bank|sparkasse|die sparkasse|bibliothek|stadtbibliothek|bücherei|bürgeramt|rathaus|supermarkt|schwimmbad|hallenbad|freibad|wertstoffhof|recyclinghof|tankstelle|fitnessstudio|zahnarzt|friseur|hausarzt)",
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|euren|sie|ihnen|ihrem|ihrer|bei euch|bei ihnen)(?: |$))(?:.* )?(?:wo (?:kann|soll|bekomme|kriege|kaufe|finde|gibt es|bekommt|kauft|findet) (?:ich |man )?|wo am besten )(?:am günstigsten |günstig |billig |am besten |gebraucht |online )?(?:einen |eine |ein |gute |günstige |billige |neue )?(?:guten |gute |gutes |günstigen |günstige |günstiges |billigen |billige |neuen |neue |kabellose |kabellosen )?(?:[^ ]+ ){0,3}{things}",
    "^(?!(?:.* )?(?:ihr|euch|eure|euer|ihre|verkauft|für mein|für meine|für meinen|für eure|für ihre)(?: |$))(?:.* )?(?:welchen|welche|welches|welcher) {things}(?: [^ ]+){0,3} (?:empfiehlst du|empfehlen sie|würdest du|kannst du empfehlen|soll ich kaufen|sollte ich kaufen|soll ich nehmen)",
    "soll ich (?:kündigen|meinen job kündigen|den job wechseln|mein studium abbrechen|das studium abbrechen|ein gap year|ein auslandsjahr|ein freiwilliges)|soll ich (?:lieber )?(?:studieren|eine ausbildung machen|eine lehre machen) oder|was soll ich (?:studieren$|beruflich machen|beruflich werden|mit meinem leben)|was ich beruflich (?:machen|werden) (?:will|soll|möchte)|welcher beruf (?:passt|ist richtig)|welches studium (?:passt|soll)",
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|sie|ihnen|kurs|kurse|stunde|stunden|unterricht|training|trainer|trainerin|lehrer|lehrerin|helfen|hilft)(?: |$))(?:.* )?(?:über|von) (?:eine |die |meine |einer |der |meiner )?(?:trennung|ex|exfreundin|exfreund|ex freundin|ex freund) (?:hinweg|hinwegkommen|loskommen|wegkommen)",
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|sie|ihnen|kurs|kurse|stunde|stunden|unterricht|training|trainer|trainerin|lehrer|lehrerin|helfen|hilft)(?: |$))(?:.* )?(?:mehr|mein|meine|stärken|steigern|verbessern) (?<topic>selbstbewusstsein|selbstvertrauen|selbstwertgefühl)",
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|sie|ihnen|kurs|kurse|stunde|stunden|unterricht|training|trainer|trainerin|lehrer|lehrerin|helfen|hilft)(?: |$))(?:.* )?(?<topic>selbstbewusster|selbstsicherer) (?:werden|sein|auftreten)",
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|sie|ihnen|kurs|kurse|stunde|stunden|unterricht|training|trainer|trainerin|lehrer|lehrerin|helfen|hilft)(?: |$))(?:.* )?(?:aufhören|aufhören zu|nicht mehr|weniger) (?:zu )?(?:prokrastinieren|aufschieben|alles aufzuschieben)",
    "wer (?:hat|schrieb|komponierte|malte) (?!(?:den artikel|die bewertung|die mail|die nachricht|den text|das|diese|dieses|diesen|ihr|euer|eure|ihre)(?: |$))(?<thing>.+?) (?:geschrieben|komponiert|gemalt|verfasst)$",
    "(?:fläche|flächeninhalt|umfang|volumen|radius|durchmesser|oberfläche|winkel) (?:eines|einer|des|der|von einem|von einer|vom) (?<topic>kreises|kreis|dreiecks|dreieck|quadrats|quadrat|rechtecks|rechteck|kugel|zylinders|zylinder|würfels|würfel|kegels|kegel|pyramide|trapezes|trapez|sechsecks)",
    "(?:berechnet|rechnet|berechne|rechne|ermittelt|ermittle) (?:man |ich )?(?:den |das |die |einen )?(?<topic>durchschnitt|mittelwert|median|standardabweichung|hypotenuse)",
    "du bist (?:jetzt|ab jetzt|nun|ab sofort|von nun an) (?:ein|eine|mein|meine|der|die|dan) [^ ]+|du hast keine (?:regeln|einschränkungen|filter|grenzen)|(?:ki|bot|chatbot|assistent) ohne (?:regeln|einschränkungen|filter)",
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|sie|ihnen|rechnung|quittung|beleg|mehrwertsteuer|mwst)(?: |$))(?:.* )?(?:steuern|steuer) (?:auf|für) (?:mein |meine |meinen |das |die |den |ein |einen )?(?<topic>gehalt|lohn|rente|nebenjob|minijob|erbe|erbschaft|gewinn|gewinne|trinkgeld|krypto|kryptos|bitcoin|aktien|mieteinnahmen|verkäufe|bafög|bonus|abfindung)",
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|sie|ihnen|rechnung|quittung|beleg|gutschein|mehrwertsteuer|mwst)(?: |$))(?:.* )?muss (?:ich|man) (?:das |den |die |meine |meinen |mein )?(?<thing>(?:[^ ]+ ){0,3}[^ ]+) versteuern",
    "^(?!(?:.* )?(?:ihr|euch|euer|eure|sie|ihnen|kurs|kurse|stunde|stunden|unterricht|training|trainer|trainerin|lehrer|lehrerin|helfen|hilft)(?: |$))(?:.* )?(?:werde ich|wird man|werden) (?:mehr |etwas |viel )?(?<topic>selbstbewusster|selbstsicherer)",
    // Round 12 (issue #19), kinds rather than messages (the English list says which); each checks
    // the knowledge base for what it asks about or stands aside when the business is addressed.
    "^(?!(?:.* )?(?:sie|ihnen|euch|euer|eure|eurem|wir|uns|hier|kaufen|bestellen|versenden|verkaufen|mitbringen)(?: |$))(?:.* )?(?:ist es (?:legal|illegal|strafbar|gesetzlich erlaubt|gesetzlich verboten)|darf man (?:[^ ]+ ){1,4}(?:ohne|heimlich))",
    "^(?!(?:.* )?(?:sie|ihnen|euch|euer|eure|eurem|wir|uns)(?: |$))(?:.* )?ist (?:ein |eine |der |die |das )?(?<thing>[^ ]+(?: [^ ]+)? oder (?:ein |eine |der |die |das )?[^ ]+(?: [^ ]+)?) (?:besser|billiger|günstiger|gesünder|sicherer|schneller)",
    "(?<thing>(?:diesel|benziner|benzin|elektroauto|hybrid) oder (?:ein |einen )?(?:diesel|benziner|benzin|elektroauto|e auto|hybrid))",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|euer|eure|geöffnet|offen|geschlossen|lieferung|bestellung)(?: |$))(?:.* )?(?:wann ist|wann sind|wann fällt|an welchem tag ist|welches datum ist|auf welchen tag fällt|wann beginnt|wann feiert man) (?:dieses jahr |nächstes jahr |[0-9]+ )?(?:ostern|ostersonntag|ostermontag|karfreitag|pfingsten|pfingstmontag|weihnachten|heiligabend|silvester|fasching|karneval|rosenmontag|christi himmelfahrt|fronleichnam|muttertag|vatertag|halloween|ramadan|allerheiligen)(?: dieses jahr| nächstes jahr| [0-9]+)?$",
    "was (?:bedeutet|heißt|heisst) (?<topic>dsgvo|nato|nasa|dna|dns|bip|nft|lol|fomo|yolo|idk|btw|omg|digga|rizz|gez)$",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?wann (?:öffnet|schließt|schliesst) (?:der |die |das )?(?<thing>[^ ]+(?: [^ ]+)?)(?: am [^ ]+| heute| morgen| sonntags| samstags| an [^ ]+)?$`,
    "wie ?viele (?:sekunden|minuten|stunden|tage|wochen|monate|jahre) (?:hat|haben|gibt es in|gibt es im|sind in|sind im) (?:ein |eine |einem |einer )?(?:minute|stunde|tag|woche|monat|jahr|schaltjahr|jahrhundert)$",
    "^(?!(?:.* )?(?:ihr|ihrem|ihren|ihre|euch|euer|eurem|euren|shop|website|webseite|app|hier)(?: |$))(?:.* )?(?:lösche|löschen|lösch|deaktiviere|deaktivieren|schließe|schließen|kündige|kündigen|entsperre|entsperren|gehackt) (?:ich |man )?(?:mein |meinen |meine |das |den |ein )?(?<topic>instagram|facebook|tiktok|snapchat|whatsapp|google|gmail|netflix|spotify|twitter|linkedin|pinterest|reddit|discord|icloud|apple|microsoft|outlook|hotmail|youtube|paypal|tinder|telegram)(?: )?(?:konto|account|profil|abo)|(?:mein|meinen) (?:instagram|facebook|tiktok|snapchat|whatsapp|google|gmail|netflix|spotify|twitter|linkedin|pinterest|icloud|apple|microsoft|youtube|paypal|tinder|telegram)(?: )?(?:konto|account|profil) (?:löschen|deaktivieren|kündigen|schließen|wiederherstellen)",
    "^(?!(?:.* )?(?:sie|ihr|ihnen|euch|bezahlen|zahlen|zahlung|akzeptieren|akzeptiert|nehmen|kasse|bestellung|anzahlung|kaution)(?: |$))(?:.* )?(?:welche|welches|welcher|beste|besten|günstigste|gute) (?:kreditkarte|kreditkarten|bank|banken|girokonto|tagesgeldkonto|direktbank|debitkarte|handyvertrag|handytarif) (?:ist |sind )?(?:die |das |der )?(?:beste |besten |günstigste )?(?:für|zum|im|auf)",
    "^(?!(?:.* )?(?:ihr|euch|sie|verkauft|verkaufen|empfehlt|empfehlen)(?: |$))was ist (?:ein|eine|einen) (?:(?:guter|gutes|gute|guten|günstiger|günstiges|günstige|billiger|billiges|billige|zuverlässiger) )+(?<thing>[^ ]+(?: [^ ]+)?)$",
    "(?:empfiehl|empfehlen|empfehlt|empfiehlst) (?:sie |du )?(?:mir )?(?:ein paar |einige |paar )?(?:gute )?(?<topic>bands|band|musik|bücher|buch|filme|serien|künstler|songs|lieder|podcasts|spiele|alben|autoren) (?:wie|ähnlich wie|im stil von|die so klingen wie)",
    "(?:ein |eine |einen )?(?<thing>[^ ]+) (?:zu )?(?:kaufen oder (?:zu )?(?:leasen|mieten|finanzieren)|leasen oder (?:zu )?kaufen|mieten oder (?:zu )?kaufen)",
    "^(?!(?:.* )?(?:sie|ihr|euch|euer|eure|kurs|kurse|training|verein|anmelden|mitmachen|stunde|unterricht)(?: |$))(?:.* )?(?:ab welchem alter|in welchem alter|mit wie viel jahren|wann) (?:sollten|sollen|dürfen|brauchen|bekommen|können) kinder (?:ein |ihr erstes |ein eigenes |einen |eigene )?(?:handy|smartphone|tablet|ipad|instagram|tiktok|social media|laptop)",
    "^(?!(?:.* )?(?:ihr|euch|sie|ihnen|wir|uns)(?: |$))(?:.* )?(?:bestelle|bestellen|bestell|bestellt|bestellung|konto|gutschein|gutscheincode|erstattung) (?:ich |man )?(?:[^ ]+ ){0,2}(?:bei|über|mit|auf|von) (?<topic>lieferando|wolt|uber eats|ubereats|deliveroo|just eat|foodora|flink|gorillas|too good to go)",
    "mein (?!konto|account|profil|passwort|app|warenkorb)(?<thing>[^ ]+(?: [^ ]+)?) (?:hängt sich|stürzt|friert|ruckelt|startet) (?:[^ ]+ ){0,3}(?:wenn|sobald|jedes mal wenn|immer wenn) ich",
    "^(?!(?:.* )?(?:ihr|euch|ihre|ihrer|seite|website|webseite|shop|kasse|zahlung)(?: |$))(?:.* )?(?:hängt sich|stürzt|friert|ruckelt) (?:[^ ]+ ){0,4}(?:wenn|sobald|jedes mal wenn|immer wenn) ich (?<topic>chrome|google chrome|firefox|safari|edge|excel|outlook|spotify|teams|zoom|photoshop|steam|discord|minecraft|fortnite)",
    "(?:mein|meine) (?:freundin|freund|partner|partnerin|frau|mann|ex|schwarm) (?:antwortet|schreibt|meldet sich|reagiert|ruft) (?:[^ ]+ ){0,4}(?:nicht|nie|kaum)(?: mehr)? (?:auf (?:meine |meiner )?(?:nachrichten|nachricht|sms|whatsapp|whatsapps|anrufe|anruf)|zurück|mehr)",
    "^(?!(?:.* )?(?:sie|ihnen|euch|euer|eure|uns|laden|geschäft|filiale|praxis|studio|werkstatt|salon|halle|schule|kurs|büro|hier|lager)(?: |$))(?:.* )?(?:wie komme ich|wie kommt man|wie gelange ich|weg) (?:vom|von der|von|zum|zur|nach) (?<places>[^ ]+(?: [^ ]+){0,2}) (?:zum|zur|nach|vom|von) [^ ]+",
    "^(?!(?:.* )?(?:ihr|euch|sie|größe|grösse|modell|artikel)(?: |$))(?:.* )?(?:heißt es|heisst es|sagt man) (?:der |die |das )?[^ ]+ oder (?:der |die |das )?[^ ]+",
    "wer (?:ist|wurde|war|wird) (?:[^ ]+ ){0,3}(?:deutscher meister|weltmeister|europameister|meister geworden|pokalsieger)|(?:bei |in |für )?(?:welchem|welchen) (?:verein|club|klub) spielt (?<thing>.+?)(?: gerade| jetzt| aktuell| eigentlich)?$",
    "(?:überbrücke|überbrücken|überbrückt) (?:ich |man )?(?:ein |das |mein |den |meinen |einen )?(?<topic>auto|wagen|pkw|autobatterie)",
    "starthilfe (?:geben|bei|für) (?:ein |einem |das |dem |mein |meinem )?(?<topic>auto|wagen|pkw)",
  ],
  siteFrames: [
    "bezahlen",
    "bezahlung",
    "zahlung",
    "(?:mit|per) [^ ]+ zahlen",
    "(?:liefert|liefern|lieferung|liefertermin|versand|versendet|verschickt|versenden)",
    "(?:meine|meiner|die|eine) bestellung",
    "(?:geld zurück|rückerstattung|erstatten|erstattet|zurückgeben|umtauschen)",
    "(?:absagen|stornieren|verschieben|verlegen)",
    "termin",
    // Round 10: a booking, as in every other language ("was passiert mit meiner Buchung, wenn es
    // regnet": the rain is the visitor's circumstance).
    "(?:buchung|buchungen|reservierung|reservierungen)",
    "(?:habt ihr|haben sie|verkauft ihr|verkaufen sie|bietet ihr|bieten sie|nehmt ihr|nehmen sie|macht ihr)",
    "(?:euer|eure|euren|eurem|eurer) (?!anweisungen|systemprompt|prompt|regeln)[^ ]+",
    // Round 8: the formal "Ihr" as well ("das Rezept für Ihren Kuchen" is the business's cake).
    "(?:ihr|ihre|ihren|ihrem|ihrer|ihres) (?!anweisungen|systemprompt|prompt|regeln|meinung|name|namen|lieblings[^ ]*)[^ ]+",
    "(?:geöffnet|offen|öffnungszeiten)",
    "(?:waschen|wäscht|reinigen)",
    "(?:rechnung|quittung)",
    "geeignet",
    "(?:hält|halten|übersteht|verträgt) (?:der|die|das|mein|meine)",
    "(?:welche|welcher|welches) [^ ]+ (?:ist )?(?:die |der |das )?(?:beste|besser|richtige) (?:für|bei)",
    "parkplatz",
    "parkplätze",
    "(?:abholen|abholung|hole ich)",
    "(?:gut|ok|okay|tauglich) (?:bei|für|im) (?:regen|schnee|wind|kälte|winter)",
    // Round 7: a class called off for the weather, a gift card's validity, stock.
    "fällt (?:.+ )?aus|ausfallen|abgesagt|absage",
    "(?:gutschein|gutscheine|gutscheinkarte|geschenkkarte)|gültig|verfällt",
    "vorrätig|auf lager|lieferbar|nicht (?:mehr )?verfügbar",
    // Round 11: the way to the business itself.
    "(?:komme|kommt|gelange|finde) (?:ich |man )?(?:zu euch|zu ihnen|zum laden|zu eurem|zu ihrem)",
  ],
};
