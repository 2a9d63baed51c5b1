import type { OffTopicFrames } from "../types.ts";

/**
 * Swedish words that mark a message as being about something no small business's help centre
 * covers (weather, sport, films, jokes, homework, code, recipes, shares, elections, trivia,
 * translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    väder vädret väderprognos regn regnar snö snöar soligt temperatur åska fotboll handboll
    ishockey hockey basket tennis golf allsvenskan liga os turnering mästerskap vann vinner
    match matchen resultat film filmer filmen bio netflix serie tv skådespelare kändis låt
    låttext album skämt vits gåta dikt horoskop lotto läxa läxor matte matematik ekvation
    derivata integral pythagoras uppsats python javascript java sql css html programmering
    kod funktion recept baka kaka tårta pasta pizza köttbullar aktie aktier krypto bitcoin
    investera utdelning val valet statsminister riksdagen politik president huvudstad
    befolkning historia krig översätt översätta japanska kinesiska instruktioner
    systemprompt prompt pirat tåg tåget
    cv flyg flygbiljett flygbiljetter flygplats
    helgdag kalorier flygresa flygresor
    fortnite minecraft playstation xbox nintendo konsert konserter sångare fysik kemi biologi fotosyntes feber huvudvärk influensa covid trump biden putin openai gpt spaghetti sushi hamburgare
    taxi hyresvärd världskriget världskrig fullmåne soluppgång solnedgång
    månen måne gitarr piano fiol trummor ukulele haiku godnattsaga sällskapsspel födelsedagshälsning flyga flyger fotbollsspelare förkylning deklarationen
    router routern modem wifi ps5 ps4 gta aliens utomjordingar ufo löneförhöjning slutboss ethereum dogecoin ipren alvedon ibuprofen paracetamol antibiotika schack surdeg jobbansökan anställningsintervju
    instagram tiktok snapchat facebook youtube youtuber influencer följare skrivare kasino casino poker tinder dejting religion gud bibeln kyrkan buddhism islam kristendom stjärntecken advokat skilsmässa universitet volleyboll motiverande bilförsäkring hemförsäkring livförsäkring
    bolån pensionen indexfond
    myror kackerlackor getingar loppor vägglöss mögel rörmokare elektriker amortera amortering bolån indexfond indexfonder
    inkomstskatt skattetabell huskur huskurer mobilabonnemang mobilabonnemanget kontantkort bredband
    bredbandet tidvatten gudstjänst oscars iphone
    roblox robux pokemon pokémon zelda valorant genshin skyrim overwatch hearthstone pubg wordle warzone
    horoskopet horoskop vinnarraden lottoraden eurojackpot
    migrationsverket högskoleprovet teleoperatör mobiloperatör
    jourapotek jourapoteket nattapotek visum
    hicka tidsskillnad tidsskillnaden
    prokrastinera prokrastinerar prokrastinering självförtroende självkänsla sabbatsår
    biblioteksbok biblioteksböcker bibliotekskort startkablar startkabel`;

/**
 * The business addressed and its own places and times that a visitor asks the opening hours of
 * ("when does the kitchen close"): never another place's hours, however unknown the word is to
 * the knowledge base.
 */
const OWN_PLACES =
  "ni|er|ert|era|butiken|affären|salongen|kliniken|mottagningen|studion|verkstaden|kursen|kontoret|lagret|oss|köket|baren|restaurangen|caféet|kaféet|terrassen|receptionen|disken|poolen|badet|simhallen|bastun|lekplatsen|parkeringen|rean|anmälan|bokningen|säsongen|lägret|hallen|banan|bageriet|utställningen|kassan|bufféen|frukosten|brunchen";

/** Shapes of off-topic messages whose words alone don't tell; see `LanguageData.offTopicFrames`. */
export const OFF_TOPIC_FRAMES: OffTopicFrames = {
  sumWords: "vad är hur mycket blir räkna ut lika med kan du säga mig det lös ekvationen ekvation",
  operators: `
    plus
    minus
    gånger
    delat med
    dividerat med
    i kvadrat = × 2
    i kubik = × 3
    upphöjt till
    kvadratroten ur = √
    roten ur = √
    % av = ×
    procent av = ×`,
  things: `elbil elbilar film filmer filmen bok böcker boken serie serier låt låtar podcast spel restaurang restauranger mobil mobiler telefon smartphone bil bilar dator hörlurar hotell surfplatta surfplattor dammsugare robotdammsugare kylskåp frysbox diskmaskin tvättmaskin mikrovågsugn kamera kameror konsol spelkonsol smartwatch högtalare airfryer tv teve airpods`,
  patterns: [
    "huvudstad(?:en)? (?:i|för|av|till)",
    "hur många (?:invånare|bor det i|människor bor)",
    "hur många (?:km|kilometer|mil) (?:är det )?(?:från|till|mellan) (?<places>.+)",
    "hur långt är det (?:från|till|mellan) (?<places>.+)",
    "hur (?:hög|gammal|djup|stor|långt bort) (?:är|var) (?<thing>.+)",
    "vem (?:uppfann|upptäckte|målade|är (?:president|statsminister|kung))",
    "(?:vad|hur mycket) är klockan i",
    "hur blir (?<topic>vädret)",
    "^(?!.* om )(?:.* )?(?:blir det|kommer det att) (?<topic>regn|regna|snö|snöa|åska)",
    "(?:rekommendera|tipsa om|föreslå) (?:mig )?(?:en |ett |några |nån |någon )?(?:bra |rolig |roligt |spännande |ny |nytt )?(?:[^ ]+ ){0,2}{things}",
    "(?:vilken|vilket|vilka) {things} (?:ska|bör|borde) jag (?:köpa|se|läsa|välja|spela)",
    "hur (?:skriver|gör|lagar|bakar) (?:man|jag) (?!(?:en |ett )?(?:recension|omdöme|klagomål|reklamation))(?:en |ett )?(?<thing>.+)",
    "hur (?:återställer|startar om|uppdaterar|låser upp) (?:jag|man) (?:min|mitt|en|ett) (?!lösenord|konto|inloggning|profil)(?<thing>.+)",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?när öppnar (?<thing>.+)`,
    "(?:bästa|billigaste) {things} i",
    "vad heter (?:.+ )?på (?:engelska|tyska|franska|spanska|norska|danska|italienska|japanska)",
    "hur säger man",
    "vilken (?:dag|datum) är det(?: idag| i dag)?",
    "vem vann",
    "skriv (?:ett |en )?(?:mejl|mail|e post|brev|meddelande) till (?<thing>.+)",
    "ner i (?<topic>vikt)",
    "(?:vilket|i vilket) år (?<thing>.+)",
    "hur många (?:länder|stater|planeter|människor) (?:finns det|bor det) i",
    "vilken {things} (?:har|är) (?:den |det )?(?:bästa|bäst|billigaste|snabbaste)",
    "(?:ge|hitta|visa) mig (?:en |ett |några )?(?:bra )?(?:[^ ]+ ){0,2}{things}",
    "meningen med livet",
    "hur (?:kokar|koka|steker) (?:man|jag) (?<thing>.+)",
    "blir det (?:sol|soligt)",
    "planera (?:en |min |vår )?(?:resa|semester|helg) till (?<thing>.+)",
    "vad är (?:störst|minst|högst|äldst|snabbast|tyngst) (?<thing>.+)",
    "hur står det i (?:.+ )?(?:match|matchen)",
    "(?<topic>regnar|snöar) det (?:i|på)",
    "vem (?:regisserade|sjöng|sjunger|skrev låten)",
    "(?:säg|berätta) något roligt",
    "hur många (?:gram|kilo|liter|centimeter|cm|meter|tum|uns) (?:är det |går det )?(?:är |i |på )(?:ett |en )?(?<thing>.+)",
    "vad ska (?:min|mitt|vår) (?<thing>.+) heta",
    "(?<topic>väderprognosen|väderprognos)",
    "dollarkurs(?:en)?|valutakurs(?:en)?",
    "vad ska jag laga (?:till )?(?:middag|lunch|mat|frukost)",
    "förklara(?: för mig)? hur (?<thing>.+) (?:fungerar|funkar)",
    "vem är världens bästa (?<thing>.+)",
    "när (?:börjar|slutar) (?:sommaren|vintern|våren|hösten)",
    "vad står (?<thing>.+) för",
    "lär (?:jag mig|man sig|mig) (?<topic>spanska|franska|tyska|engelska|italienska|kinesiska|japanska|gitarr|piano)",
    "världens (?:snabbaste|största|högsta|minsta|äldsta|längsta|rikaste)",
    "är det (?:kallt|varmt) i (?<thing>.+)",
    "(?:skriv|berätta) en (?:kort |rolig )?(?:berättelse|historia|saga)",
    "(?:flickvän|pojkvän|tjej|kille|fru|man|partner) (?:har )?(?:gjort slut|lämnat mig|varit otrogen|är otrogen)",
    "(?:tillbaka (?:mitt|min) ex|(?:mitt|min) ex tillbaka)",
    "vad kan man (?:göra|se|uppleva) i (?<places>[^ ]+)",
    "sevärdheter i (?<places>[^ ]+)",
    "sista bossen",
    "(?:nya|nästa|sista) (?:säsongen|säsong|avsnittet) (?:av )?(?<thing>.+)",
    "(?:gå|går) (?:jag |man )?(?:ner|ned) i vikt",
    "vem ska jag rösta på",
    "vad tycker du om (?<thing>.+)",
    "ont i (?<thing>huvudet|magen|halsen)",
    "världens rikaste",
    "hur länge ska (?:ett |en )?(?<thing>[^ ]+) koka",
    "vad är (?:bäst|bättre)(?: för mig)?,? (?<thing>.+) eller [^ ]+",
    "är (?<thing>.+) bättre än [^ ]+",
    "vad (?:ska|kan) jag (?:se|göra|uppleva) i (?<places>[^ ]+)",
    "personligt brev",
    "(?:fru|man|flickvän|pojkvän|partner) (?:och jag )?(?:bråkar|grälar)",
    "(?:betyder|betydelse) .*(?:drömma|drömmer|drömt|dröm)",
    "din favorit[^ ]*",
    "hur (?:fungerar|funkar) (?!det |den |de |så )(?<thing>.+)",
    "skillnaden (?:mellan|på) (?<thing>.+)",
    "(?:planera|ordna|fixa) (?:ett |en |mitt |min )(?<thing>.+)",
    "skriv (?:en |ett )(?<thing>.+)",
    "(?:rekommendera|tipsa om) (?:en |ett )?(?:bra )?(?<thing>[^ ]+) i [^ ]+",
    "hur ansöker (?:jag|man) om (?<thing>.+)",
    // Round 6 (issue #19), kinds rather than messages: the day's news, a word's meaning or
    // spelling, role-play and dropped rules, the assistant itself, a partner's behaviour, life's
    // questions, daily amounts, another product's trouble, geography and history. Where a thing
    // is named (`thing`), the site's own things stay its own (docs/knowledge-base.md).
    "vad händer i världen|i världen just nu|dagens nyheter|senaste nytt|i nyheterna",
    "vad betyder ordet|ett annat ord för|synonym till|hur stavar man|hur stavas|stavas det|i (?:den här|denna) meningen",
    "låtsas att du|låtsas vara|föreställ dig att du är|från och med nu är du|spela rollen som|agera som (?:en|ett|min)",
    "(?:strunta i|glöm|ignorera) (?:alla )?(?:dina |tidigare |de )*(?:instruktioner|regler|prompt)",
    "är du (?:en |ett )?(?:robot|bot|riktig person|riktig människa|människa|ai|medveten|smartare|klokare|levande)|har du (?:känslor|en själ)",
    "(?:min|mitt) (?:sambo|pojkvän|flickvän|fru|man|partner|kille|tjej) vill (?:inte )?(?:ha barn|skaffa barn|flytta ihop|gifta sig|göra slut)|(?:sambo|pojkvän|flickvän|partner) (?:svarar|lyssnar|ringer|skriver) aldrig",
    "ska jag (?:göra slut med|lämna|förlåta) (?:honom|henne|min|mitt)",
    "varför (?:finns|existerar|lever) vi|fri vilja|efter döden|vad händer när (?:vi|man) dör",
    "hur (?:mycket|många) (?:(?:liter|glas|gram|koppar|tabletter|portioner|mg) )?(?<thing>(?:[^ ]+ ){0,2}[^ ]+) (?:ska|bör|borde|får) (?:man|jag) (?:äta|dricka|gå|ta) (?:om|per|varje) (?:dagen|dag|vecka|veckan)",
    "hur många timmar (?:[^ ]+ ){0,3}sova",
    "(?:min|mitt) (?!konto|order|beställning|inloggning|lösenord|profil|betalning|faktura|kod|presentkort|abonnemang|bokning)(?<thing>[^ ]+) (?:laddar|startar|fungerar|funkar|ansluter|skriver ut|slås på) inte",
    "(?:största|högsta|längsta|äldsta|djupaste|minsta) (?:stad|land|berg|flod|sjö|öken|byggnad|planet)",
    "när (?:uppfanns|upptäcktes|ockuperades|befriades|erövrades|avskaffades)",
    // Round 7 (issue #19), kinds rather than messages: a partner who stopped answering, the
    // weather asked in more words, pests, mould and stains at home, why the sky or sea is as it
    // is, when a country joined the EU or NATO, buying or renting a home, saving or investing,
    // school subjects' homework, unit conversions, spelling doubts, another device that is slow
    // or won't start (two words for the device). Things and topics stay the site's where it
    // names them (docs/knowledge-base.md).
    "(?:pojkvän|flickvän|sambo|partner|fru|kille|tjej|ex) (?:har )?(?:slutat|inte|aldrig) (?:att )?(?:svara|svarat|skriva|skrivit|ringa|ringt|prata|pratat|höra av sig|hört av sig)",
    "(?:bort|av med|döda|ta död på) (?:en |ett |de |den |det )?(?<topic>myror|myrorna|kackerlackor|möss|råttor|getingar|loppor|vägglöss|mal|mögel|fläck|fläckar|fläcken|kalk)",
    "varför är (?<topic>himlen|havet|solen|månen|gräset|stjärnorna|blodet) (?:blå|blått|grön|grönt|salt|röd|rött|rund|gul)",
    "när (?:blev|gick|kom) (?:.+ )?(?:med i|medlem i|ut ur|in i) (?<topic>eu|nato|fn|euron|eurozonen)",
    "(?:köpa eller hyra|hyra eller köpa) (?:en |ett |min |mitt )?(?<thing>[^ ]+)",
    "(?:spara|amortera|betala av) (?:[^ ]+ ){0,3}eller (?:investera|spara i fonder|spara i aktier|köpa aktier|köpa fonder)|(?:investera|fonder|aktier) (?:[^ ]+ ){0,3}eller (?:spara|amortera|betala av)",
    "(?<topic>(?:svensk|engelsk|tysk|fransk|spansk|historie|matte|matematik|fysik|kemi|biologi|samhälls|religions)(?:uppsats|uppgift|uppgiften|läxa|läxan|läxor|prov|provet|inlämning))",
    "(?:hur många|hur mycket|vad är) (?:[^ ]+ ){1,2}(?:är|i|på) (?:(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tjugo|hundra|tusen|[0-9.,]+) )?(?:mil|miles|fot|tum|yards|uns|pund|gallon|gallons|fahrenheit|celsius|kilometer|km|meter)$",
    "(?:omvandla|konvertera|räkna om) (?:[^ ]+ ){1,3}till (?:miles|fot|tum|uns|pund|gallon|fahrenheit|celsius|kilometer|km|meter|centimeter|cm|kilo|kg|gram|liter)",
    "stavas det [^ ]+ eller [^ ]+|hur stavar (?:jag|du) [^ ]+|är det rätt stavat|rätt stavning|särskrivning",
    "(?:min|mitt) (?!konto|order|beställning|inloggning|lösenord|profil|betalning|faktura|kod|presentkort|abonnemang|bokning|leverans|paket|app|appen|hemsida|sida|kassa|varukorg)(?<thing>[^ ]+(?: [^ ]+)?) (?:har blivit|blir|är) (?:så |jätte|väldigt |alldeles för |för )?(?:långsam|långsamt|seg|segt|varm|varmt)",
    // Round 7, the kinds a near-miss read as a service question lets through (offer.ts,
    // `readsAsService`): cooking times, flights, buying advice for consumer goods, DIY on a car,
    // a noise a thing makes, what a pet may eat, a series' seasons, a blocked drain, conversions
    // written the short way. The thing, topic or places stay the site's where it names them.
    "hur länge (?:ska (?:man|jag) |ska )?(?:koka|baka|steka|grilla) (?:ett |en )?(?<thing>[^ ]+(?: [^ ]+)?)",
    "(?:billiga |billigaste )?(?:flyg|flygbiljett|flygbiljetter) (?:till|från) (?<places>.+)",
    "(?:restid|flygtid) (?:till|från) (?<places>.+)",
    "(?:bästa|bra|billig|billiga|billigaste) (?:[^ ]+ )?{things} (?:för|under|att köpa)",
    "(?:byta|byter|laga|lagar|fixa|fixar|kolla|kollar) (?:[^ ]+ ){0,3}(?:på|i) (?:min |mitt |en |ett )?(?<topic>bil|bilen|moped|mopeden|motorcykel|motorcykeln)",
    "(?:min|mitt) (?<thing>[^ ]+) (?:låter konstigt|gnisslar|skramlar|gnäller|låter)",
    "(?:får|kan) (?:hundar|katter|min hund|min katt|kaniner|hunden|katten) (?:äta|dricka) (?<thing>[^ ]+)",
    "hur många (?:säsonger|avsnitt|böcker|filmer) (?:har|av|finns det (?:av|i)) (?<thing>.+)",
    "stopp i (?<topic>toaletten|avloppet|diskhon|handfatet|duschen|toalett)",
    // Round 8 (issue #19), kinds rather than messages: a timer or alarm to set, when a train,
    // ferry or bus leaves, a sole trader's tax, renewing a passport or ID card, the weather in a
    // named town, a dripping tap or a puncture, home remedies and what helps an ailment,
    // cooking times, a recipe for a named dish, the royal family, a mobile plan, a pet that is
    // ill, awards, sights anywhere, code in a language. Each checks the knowledge base for what
    // it asks about: a ferry line's ferry, a bike shop's puncture stay theirs.
    "^(?:kan du |skulle du kunna |snälla )?(?:ställ in|ställ|sätt på|sätt|starta|väck) (?:en |ett |min |mitt )?(?<topic>timer|alarm|larm|väckarklocka|äggklocka|påminnelse|nedräkning)",
    "^(?:kan du )?väck mig",
    "(?:när|vilken tid) (?:går|avgår|kommer|åker) (?:nästa |sista |första )?(?<topic>tåg|tåget|färja|färjan|båt|båten|flyg|flyget)",
    "(?:tidtabell|tidtabellen|avgångar|avgångstider) (?:för |från |till |mellan )(?<places>.+)",
    "skatt (?:[^ ]+ ){0,3}(?:med|som|för|i|när man har) (?:en |ett )?(?<topic>enskild firma|enskilda firmor|egenföretagare|frilansare|aktiebolag)",
    "(?:förnya|förnyar|förlänga|förlänger|ansöka om|ansöker om|skaffa|skaffar|beställa|beställer|få) (?:jag |man )?(?:ett |en |mitt |min |nytt |ny )*(?<topic>pass|passet|körkort|körkortet|id kort|id kortet|nationellt id kort)(?: [^ ]+)?$",
    "(?:vädret|väder|väderprognosen|regn) (?:[^ ]+ ){0,4}i (?!morgon|dag|kväll|helgen|natt|övermorgon)(?<places>[^ ]+)(?: (?:i morgon|imorgon|i dag|idag|i kväll|ikväll|i helgen|över helgen|på lördag|på söndag|nästa vecka|i övermorgon))?$",
    "(?<topic>droppande|läckande) (?:kran|kranen|kranar|vattenkran|blandare)|(?:kranen|kran|blandaren) (?:droppar|läcker)",
    "^(?!.*(?:kan ni|lagar ni|fixar ni|byter ni) )(?:.* )?(?:laga|lagar|lappa|lappar|byta|byter|fixa|fixar) (?:jag |man )?(?:en |ett |min |mitt )?(?<topic>punktering|slang|slangen|däck|däcket|cykelslang)",
    "(?:hjälper|bra|gör man|gör jag|ta) (?:mot|för|vid) (?<topic>tandvärk|huvudvärk|halsont|baksmälla|förkylning|migrän|öronvärk|hosta)",
    "^(?!.* (?:er|ert|era|med er)(?: |$))(?:.* )?hur länge (?:ska|bör|måste) (?:man |jag )?(?:koka|kokar|steka|grädda|ugnsbaka) (?:en |ett )?(?<topic>ägg|potatis|pasta|ris|kyckling|makaroner|spagetti)",
    "^(?!.*(?:har ni|säljer ni) )(?:.* )?recept (?:på|för) (?!er |ert |era |din |ditt |dina )(?<thing>.+)",
    "^(?!.* (?:boka|bokning|avboka|omboka|ni|er|ert|era)(?: |$))(?:.* )?(?:min|mitt) (?<topic>hund|katt|valp|kattunge|kanin|hamster|undulat|häst|marsvin) (?:har |är |vill inte |kräks|hostar|haltar)(?:kräkts|kräks|diarré|sjuk|haltar|hostar|äta)?",
    "(?<topic>kungen|kungens|drottningen|drottningens|kronprinsessan|kronprinsessans|kronprinsen|prinsen|prinsessan|kungaparet)(?: [^ ]+)? (?:barn|son|söner|dotter|döttrar|man|make|fru|hustru|barnbarn|ålder|födelsedag|arvinge)",
    "vem (?:vann|fick|vinner) (?:en |årets |den )?(?:oscar|oscarn|guldbagge|guldbaggen|nobelpriset|melodifestivalen|eurovision)",
    "vad (?:ska|kan|bör|borde) (?:jag|man|vi) (?:se|göra|uppleva|besöka) i (?<places>[^ ]+)",
    "(?:loop|funktion|lista|fråga|skript|kod|klass) (?:[^ ]+ ){0,3}(?:i|med) (?<topic>python|javascript|java|typescript|sql|php|excel)",
    // Round 9 (issue #19), kinds rather than messages: another company's order, bill or
    // contract (a marketplace, a phone or energy company: never a carrier or a way to pay, which
    // are the site's), a neighbour's noise or tree, a landlord, dating, a game named or its
    // level, the lottery's numbers, what's on in a town the site never names, how long an animal
    // lives, a song's lyrics. Each checks the
    // knowledge base for what it names (`topic`, `thing`, `places`).
    "(?:min|mitt|mina) (?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|telia|tele2|telenor|comviq|halebop|vattenfall)(?: |-)?(?:beställning|order|paket|konto|abonnemang|avtal|faktura|leverans)",
    "(?:beställning|beställningen|order|ordern|paket|paketet|konto|abonnemang|avtal|avtalet|faktura|fakturan|leverans|återbetalning) (?:från|hos|med|på) (?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|telia|tele2|telenor|comviq|halebop|vattenfall)",
    "^(?!(?:.* )?(?:ni|er|ert|era|paket|paketet|order|leverans|hämta|emot|kvitto|faktura|installation|montering)(?: |$))(?:.* )?(?:mitt|min|vårt|vår) (?<topic>teleoperatör|mobiloperatör|elbolag|försäkringsbolag|internetleverantör|bredbandsleverantör|telebolag)",
    "^(?!(?:.* )?(?:ni|er|ert|era|paket|paketet|order|leverans|hämta|emot|kvitto|faktura|installation|montering)(?: |$))(?:.* )?(?:granne|grannen|grannens|grannar|grannarna|grannarnas) (?:[^ ]+ ){0,4}(?<topic>oväsen|stör|störande|musik|fest|fester|skäller|träd|trädet|häck|häcken|grenar|staket|rök|röker|bajsar)",
    "(?:gillar|är kär i|är intresserad av) mig|(?:ragga på|ragga upp|imponera på) (?:en |henne|honom)|(?:första|andra) dejten?",
    "(?<topic>candy crush|clash royale|clash of clans|brawl stars|league of legends|call of duty|among us|animal crossing|mario kart|elden ring|counter strike|the sims|los sims|les sims|die sims|pokemon go|grand theft auto)",
    "(?:klara|förbi|fast på) (?:nivå|bana|level) [0-9]+",
    "^(?!(?:.* )?(?:ni|er|ert|era|paket|paketet|order|leverans|hämta|emot|kvitto|faktura|installation|montering)(?: |$))(?:.* )?(?:vad händer|vad är det för (?:konserter|evenemang)|konserter|evenemang|festivaler) (?:[^ ]+ ){0,3}i (?!morgon|dag|kväll|helgen|natt|er |butiken|lager|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|våras|sommar|höstas|vinter|stan|[0-9])(?<places>[^ ]+)",
    "hur (?:länge|gammal|många år) (?:lever|kan|blir) (?:en |ett |de )?(?<thing>[^ ]+)(?: leva)?$",
    "(?:texten|låttexten|sångtexten) (?:till|på) (?!er |ordern )(?<thing>.+)",
    // Round 10 (issue #19), kinds rather than messages: the weather asked with a pronoun or a day
    // after the town, local transport's times (bus, tram, metro, local trains, a numbered line),
    // the on-duty pharmacy or doctor, a film or book to watch or read tonight, how many legs an
    // animal has and why it does what it does, travelling safely somewhere, a symptom and what to
    // take for it, a word's meaning, a name for a pet or a baby, a summary or essay for school.
    // Each checks the knowledge base for what it names (`topic`, `thing`, `places`), and those
    // that read as the visitor's own life stand aside when the message asks the business itself.
    "^(?!(?:.* )?(?:ni|er|ert|era|bokning|bokningen|beställning|beställningen|paket|paketet|kursen|lektionen|passet|inställd|inställt|ställs in|om|butik|butiken|butikerna|kliniken|verkstaden|ändå)(?: |$))(?:.* )?(?:hur blir|hur är|vad blir) (?:vädret|väderprognosen) (?:[^ ]+ ){0,4}(?:i morgon|imorgon|i helgen|i dag|idag|i kväll|ikväll|på lördag|på söndag|nästa vecka|i övermorgon)",
    "^(?!(?:.* )?(?:ni|er|ert|era|bokning|bokningen|beställning|beställningen|paket|paketet|kursen|lektionen|passet|inställd|inställt|ställs in|om|butik|butiken|butikerna|kliniken|verkstaden|ändå)(?: |$))(?:.* )?(?:när|vilken tid) (?:går|avgår|kommer|åker) (?:nästa |sista |första )?(?<topic>buss|bussen|nattbuss|nattbussen|pendeltåg|pendeltåget|pendeln|tunnelbana|tunnelbanan|tbana|t bana|spårvagn|spårvagnen|pågatåg|pågatåget|öresundståg|öresundståget|regionaltåg|regionaltåget)",
    "^(?!(?:.* )?(?:ni|er|ert|era|bokning|bokningen|beställning|beställningen|paket|paketet|kursen|lektionen|passet|inställd|inställt|ställs in|om|butik|butiken|butikerna|kliniken|verkstaden|ändå)(?: |$))(?:.* )?(?:tidtabell|tidtabellen|turlista|turlistan|avgångar|avgångstider) (?:för |till |på )?(?:[^ ]+ )?(?<topic>buss|bussen|linje|tunnelbana|tunnelbanan|spårvagn|spårvagnen|pendeltåg|pendeltåget|tåg|tåget)",
    "^(?!(?:.* )?(?:ni|er|ert|era|bokning|bokningen|beställning|beställningen|paket|paketet|kursen|lektionen|passet|inställd|inställt|ställs in|om|butik|butiken|butikerna|kliniken|verkstaden|ändå)(?: |$))(?:.* )?(?<topic>apotek|apoteket|läkare|vårdcentral|vårdcentralen) (?:[^ ]+ ){0,2}(?:öppet|jour|har öppet) (?:nu|i natt|inatt|i kväll|ikväll|på söndag|idag|i dag|dygnet runt)",
    "{things} att (?:se|titta på|kolla på|läsa|lyssna på|spela|streama)(?! om )",
    "^(?!(?:.* )?(?:ni|er|ert|era|bokning|bokningen|beställning|beställningen|paket|paketet|kursen|lektionen|passet|inställd|inställt|ställs in|om|butik|butiken|butikerna|kliniken|verkstaden|ändå)(?: |$))(?:.* )?vad ska (?:jag|vi) (?:se|titta på|kolla på|streama) (?:ikväll|i kväll|på netflix|i helgen)",
    "hur många (?:ben|ögon|tänder|hjärtan|vingar|armar|magar) har (?:en |ett |den |det )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:ni|er|ta med|får man|tillåtna|tillåtet|välkomna|med in)(?: |$))(?:.* )?varför (?:[^ ]+ ){0,2}(?<topic>katter|katten|hundar|hunden|fåglar|kor|hästar|zebror|giraffer|ormar|spindlar|flamingor|ugglor|pingviner|hajar|valar|delfiner|elefanter|myror|grodor|papegojor|flugor|myggor|höns|grisar|fladdermöss|kameler|bläckfiskar|ekorrar)",
    "(?:säkert|farligt|tryggt) att (?:resa|åka|flyga|semestra) (?:till |i )(?<places>[^ ]+)",
    "bästa tiden (?:på året )?att (?:resa till|åka till|besöka) (?<places>[^ ]+)",
    "^(?!(?:.* )?(?:ni|er|ert|era|bokning|bokningen|beställning|beställningen|paket|paketet|kursen|lektionen|passet|inställd|inställt|ställs in|om|butik|butiken|butikerna|kliniken|verkstaden|ändå)(?: |$))(?:.* )?(?:jag har haft|har haft|jag har) (?:en |ett )?(?:svår |hög |jobbig )?(?<topic>huvudvärk|migrän|feber|hosta|förkylning|influensa|halsont|ont i halsen|ryggont|ont i ryggen|magont|ont i magen|tandvärk|öronvärk|diarré|illamående|utslag|sömnlöshet|hösnuva|halsbränna|baksmälla) i (?:[^ ]+ )?(?:dagar|veckor|månader|dygn|timmar)",
    "^(?!(?:.* )?(?:ni|er|ert|era|bokning|bokningen|beställning|beställningen|paket|paketet|kursen|lektionen|passet|inställd|inställt|ställs in|om|butik|butiken|butikerna|kliniken|verkstaden|ändå)(?: |$))(?:.* )?vad (?:kan|ska|bör) jag ta (?:mot|för) (?:min |mitt |en |ett )?(?<topic>huvudvärk|migrän|feber|hosta|förkylning|influensa|halsont|ont i halsen|ryggont|ont i ryggen|magont|ont i magen|tandvärk|öronvärk|diarré|illamående|utslag|sömnlöshet|hösnuva|halsbränna|baksmälla)",
    "^(?!(?:.* )?(?:ni|er|ert|era|bokning|bokningen|beställning|beställningen|paket|paketet|kursen|lektionen|passet|inställd|inställt|ställs in|om|butik|butiken|butikerna|kliniken|verkstaden|ändå)(?: |$))(?:.* )?(?:ringa|gå till|åka till|söka|kontakta) (?:en )?(?<topic>1177|vårdcentralen|vårdcentral|läkare|läkaren|akuten|doktorn|doktor)",
    "vad ska (?:min|mitt|vår|vårt|mina) (?:nya |lilla )?(?<thing>[^ ]+) heta",
    "namn (?:på|till|för) (?:min|mitt|vår|vårt|en|ett) (?:nya |lilla )?(?<thing>[^ ]+)$",
    "^(?!(?:.* )?(?:ni|er|ert|era|bokning|bokningen|beställning|beställningen|paket|paketet|kursen|lektionen|passet|inställd|inställt|ställs in|om|butik|butiken|butikerna|kliniken|verkstaden|ändå)(?: |$))(?:.* )?till (?:min|mitt|mina|en|ett|vår) (?<topic>uppsats|skolarbete|läxa|läxor|prov|redovisning|examensarbete|gymnasiearbete|skoluppgift|hemtenta|tenta)",
    "^(?!(?:.* )?(?:min|mitt|mina|er|ert|era)(?: |$))(?:.* )?(?:sammanfatta|sammanfattning av|sammanfattning på) (?<thing>[^ ]+(?: [^ ]+)?)",
    "(?:byta|byter|säga upp|säger upp|säger jag upp|säger man upp|byter jag|byter man) (?:jag |man )?(?:mitt |vårt )?(?<topic>elavtal|elbolag|mobilabonnemang|bredbandsabonnemang|telefonabonnemang)",
    "(?:hur många|hur mycket) (?:pund|uns|miles|mil|fot|tum|gallon|gram|kilo|liter|deciliter|dl|cl|ml|meter|centimeter|cm|km) (?:är|blir|motsvarar|går på) (?:[0-9.,]+|en|ett|två|tre|fyra|fem|tio) (?:kilo|kg|gram|liter|pund|uns|meter|km|kilometer|mil|miles|fot|tum|cm|dl|ml)$",
    // Round 10, a second pass of kinds written from what visitors ask a chat (not from a fixture):
    // blocking one's bank card, tipping, sunset, the best car or phone, a pet's bad habit, a
    // grammar check, the richest person, whether a food is bad for you, a flight's refund from an
    // airline, time differences, hiccups, a tweet or caption to write, a wobbly table, where to
    // watch the match, learning to code, a screenshot on a named device, how long to get somewhere.
    "^(?!(?:.* )?(?:ni|er|ert|era|beställning|bokning|betalning|betala|betalat|köp|återbetalning)(?: |$))(?:.* )?(?:spärra|spärrar|låsa upp|låser upp) (?:jag |man )?(?:mitt |ett )?(?:bankkort|kreditkort|betalkort|kontokort|visakort)",
    "hur mycket (?:ska man|bör man|ger man|ska jag) (?:ge i |lämna i )?(?<topic>dricks)",
    "(?:när|vilken tid) går (?<topic>solen) (?:ner|upp)",
    "^(?!(?:.* )?(?:ni|er|ert|säljer|skicka|fel|beställning|till min|till den)(?: |$))(?:.* )?(?:vilken|vilket|vad är den bästa|vad är det bästa) (?:[^ ]+ )?{things}(?: är bäst)?$",
    "(?:få|lära) (?:min|mitt|vår) (?<topic>katt|hund|valp|kattunge) att sluta",
    "(?:rätta|kolla|kontrollera|korrekturläs) (?:min |mitt |den |det )?(?<topic>grammatik|stavning|kommatering)",
    "världens (?:rikaste|mest kända|längsta|starkaste) (?:person|människa|man|kvinna)",
    "^(?!(?:.* )?(?:er|ert|era|ni)(?: |$))(?:.* )?är (?<thing>[^ ]+(?: [^ ]+)?) (?:farligt|nyttigt|onyttigt|ohälsosamt|bra för hälsan|dåligt för hälsan)$",
    "(?:återbetalning|ersättning|försening|bagage|resväska) (?:från|hos|med) (?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly)",
    "(?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly) (?:återbetalning|flyg|ersättning|bagage|försening|boardingkort)",
    "(?:skriv|gör|hitta på) (?:en |ett )(?:rolig |roligt |kort |kort |bra )?(?<topic>tweet|bildtext|slogan|skål|tal|rap|gåta|raggningsreplik)",
    "var kan jag (?:se|titta på|streama|kolla på) (?:[^ ]+ )?(?<topic>matchen|finalen|loppet|vm|em|derbyt)",
    "(?:lära sig|lär man sig|lär jag mig) (?:att )?(?:programmera|koda)",
    "(?<topic>skärmdump|skärmbild|screenshot) (?:på|med) (?:en |min |mitt )?(?:mac|macbook|iphone|ipad|pc|windows|android|samsung|dator)",
    "^(?!(?:.* )?(?:ni|er|paketet|beställningen|leveransen|leverera)(?: |$))(?:.* )?hur lång tid tar det att (?:köra|gå|flyga|cykla) (?:från [^ ]+ )?till (?<places>[^ ]+)$",
    // Round 10, a third pass: the council's services (bins, potholes, voting, a parking fine), the
    // police's number, converting a sum of money, making one's own website, falling asleep, an
    // excuse for work, a table at a restaurant, tying a tie. Topics checked as before.
    "^(?!(?:.* )?(?:betala|betalar|betalat|pris|priset|kostar|faktura|fakturan|ni|er)(?: |$))(?:.* )?[0-9.,]+ (?:euro|dollar|pund|kronor|kr|danska kronor|norska kronor) i (?:kronor|euro|dollar|pund|svenska kronor)$",
    "^(?!(?:.* )?(?:ni|er|ert|flytten|flyttning|butiken)(?: |$))(?:.* )?(?:(?:hämtas|töms|hämtar) (?:[^ ]+ ){0,2}(?<topic>soporna|sopor|soptunnan|grovsopor|grovsoporna|återvinning)|(?:sophämtning|soptömning))",
    "(?:hål|gropar|potthål) i (?:vägen|gatan|asfalten|cykelbanan)",
    "rösta (?:i valet|i riksdagsvalet|i kommunvalet|på posten)|förtidsrösta|röstkort|vallokal|vallokalen",
    "numret till (?:den lokala )?(?<topic>polisen|brandkåren|sjukhuset|räddningstjänsten)",
    "^(?!(?:.* )?(?:ni|er|ert|med|hos)(?: |$))(?:.* )?(?:gör|göra|skapa|skapar|bygga|bygger) (?:jag |man )?(?:en |min )egen (?<topic>hemsida|webbsida|app|blogg|webbshop)",
    "(?<topic>somna|somnar) (?:man |jag )?(?:snabbt|fort|snabbare|lättare)",
    "ursäkt för att (?:komma sent|vara sen|stanna hemma|skolka)|(?:be|fråga) (?:chefen |min chef )?om ledigt",
    "(?:knyter man|knyta|knyter jag) (?:en |min )?(?<topic>slips|fluga)",
    "^(?!(?:.* )?(?:ni|er|ert|hyrbil|hyrbilen|bilpool|bokning|bilen)(?: |$))(?:.* )?(?:överklaga|överklagar|bestrida|bestrider) (?:jag |man )?(?:en |min |ett )?(?:parkeringsbot|p bot|fortkörningsböter|böter)",
    // Round 11 (issue #19), kinds rather than messages: another shop's or a public office's opening
    // hours (checked: a dentist or a gym keeps its own), where to buy or which consumer goods to get,
    // life and career advice, who wrote, composed or painted something, a shape's area or an average,
    // role-play without rules. Topics, things and places checked.
    "^(?!(?:.* )?(?:ni|er|era|ert|vi|oss|vår|vårt|paket|paketet|order|ordern|beställning|beställningen|leverans)(?: |$))(?:.* )?(?:när|hur länge|vilken tid|hur sent) (?:stänger|öppnar|har) (?<topic>ica|ica maxi|coop|willys|hemköp|lidl|city gross|netto|systembolaget|systemet|apoteket|ikea|clas ohlson|biltema|jula|rusta|åhléns|elgiganten|mediamarkt|posten|banken|biblioteket|återvinningscentralen|återvinningen|simhallen|badhuset|mataffären|affären|macken|tandläkaren|vårdcentralen|frisören|gymmet)",
    "^(?!(?:.* )?(?:ni|er|era|ert|vi|oss|vår|vårt|paket|paketet|order|ordern|beställning|beställningen|leverans)(?: |$))(?:.* )?(?:har|är) (?<topic>ica|ica maxi|coop|willys|hemköp|lidl|city gross|netto|systembolaget|systemet|apoteket|ikea|clas ohlson|biltema|jula|rusta|åhléns|elgiganten|mediamarkt|posten|banken|biblioteket|återvinningscentralen|återvinningen|simhallen|badhuset|mataffären|affären|macken|tandläkaren|vårdcentralen|frisören|gymmet) (?:öppet|öppen|stängt|stängd) (?:idag|i dag|imorgon|i morgon|ikväll|i kväll|nu|(?:på )?(?:söndag|söndagar|lördag|lördagar)|i helgen|på helgen|julafton|nyårsafton|på röda dagar)",
    "öppettider(?:na)? (?:för|på|hos|i) (?<topic>ica|ica maxi|coop|willys|hemköp|lidl|city gross|netto|systembolaget|systemet|apoteket|ikea|clas ohlson|biltema|jula|rusta|åhléns|elgiganten|mediamarkt|posten|banken|biblioteket|återvinningscentralen|återvinningen|simhallen|badhuset|mataffären|affären|macken|tandläkaren|vårdcentralen|frisören|gymmet)",
    "(?<topic>ica|ica maxi|coop|willys|hemköp|lidl|city gross|netto|systembolaget|systemet|apoteket|ikea|clas ohlson|biltema|jula|rusta|åhléns|elgiganten|mediamarkt|posten|banken|biblioteket|återvinningscentralen|återvinningen|simhallen|badhuset|mataffären|affären|macken|tandläkaren|vårdcentralen|frisören|gymmet)s öppettider",
    "^(?!(?:.* )?(?:ni|er|era|ert|hos er)(?: |$))(?:.* )?(?:var (?:kan|ska) (?:jag|man|vi) (?:köpa|hitta|få tag på|beställa)|var köper (?:jag|man)|bästa stället att köpa) (?:en |ett |några |den |det )?(?:billiga |billig |billigt |bra |begagnade |begagnad |nya |ny |trådlösa |trådlös )*(?:[^ ]+ ){0,3}{things}",
    "^(?!(?:.* )?(?:ni|er|era|ert|säljer|till min|till mitt|till er)(?: |$))(?:.* )?(?:vilken|vilket|vilka) {things}(?: [^ ]+){0,3} (?:rekommenderar du|kan du rekommendera|skulle du rekommendera|är bäst|är den bästa|är de bästa|ska jag välja|ska jag köpa)",
    "ska jag (?:säga upp mig|sluta på jobbet|byta jobb|byta karriär|hoppa av|ta ett sabbatsår)|vad ska jag (?:bli när jag blir stor|jobba med|göra med mitt liv|utbilda mig till)|vilken utbildning ska jag",
    "^(?!(?:.* )?(?:ni|er|era|ert|kursen|kurser|lektion|lektionen|lektioner|passet|träning|träningen|tränare|tränaren|lärare|läraren|hjälpa|hjälper)(?: |$))(?:.* )?(?:komma över|kommer (?:jag|man) över|gå vidare efter|går (?:jag|man) vidare efter|glömma) (?:ett |mitt |min |ett jobbigt )?(?<topic>uppbrott|uppbrottet|ex|expojkvän|exflickvän|separation|separationen|skilsmässa|skilsmässan|kärlekssorg)",
    "^(?!(?:.* )?(?:ni|er|era|ert|kursen|kurser|lektion|lektionen|lektioner|passet|träning|träningen|tränare|tränaren|lärare|läraren|hjälpa|hjälper)(?: |$))(?:.* )?(?:bli|blir jag|vara|känna mig|känner jag mig) (?:mer |lite mer |mycket mer )?(?<topic>självsäker|självsäkrare)",
    "^(?!(?:.* )?(?:ni|er|era|ert|kursen|kurser|lektion|lektionen|lektioner|passet|träning|träningen|tränare|tränaren|lärare|läraren|hjälpa|hjälper)(?: |$))(?:.* )?(?:bättre|mer|stärka|öka|mitt|min) (?<topic>självförtroende|självkänsla)",
    "^(?!(?:.* )?(?:ni|er|era|ert|kursen|kurser|lektion|lektionen|lektioner|passet|träning|träningen|tränare|tränaren|lärare|läraren|hjälpa|hjälper)(?: |$))(?:.* )?(?:sluta|slutar|undvika) (?:att )?(?:prokrastinera|skjuta upp saker|skjuta upp allt)",
    "vem (?:skrev|har skrivit|komponerade|målade) (?!(?:den här|det här|denna|detta|er|ert|era|artikeln|recensionen|mejlet|meddelandet|texten|sidan|beskrivningen)(?: |$))(?<thing>.+)",
    "(?:area|arean|omkrets|omkretsen|volym|volymen|radie|radien|diameter|diametern) (?:på|av|för|hos) (?:en |ett )?(?<topic>cirkel|cirkeln|triangel|triangeln|kvadrat|rektangel|klot|sfär|cylinder|kub|kon|pyramid|parallellogram)",
    "(?:räknar|räkna|beräkna|beräknar|tar) (?:man |jag )?(?:ut )?(?:ett |en |the )?(?<topic>medelvärde|medelvärdet|median|medianen|genomsnitt|genomsnittet|standardavvikelse|standardavvikelsen|hypotenusa|hypotenusan)",
    "du är (?:nu|från och med nu|numera) (?:en|ett|min|dan) [^ ]+|du har inga (?:regler|begränsningar|filter|gränser)|(?:ai|bot|chattbot|assistent) utan (?:regler|begränsningar|filter)",
    "^(?!(?:.* )?(?:faktura|fakturan|kvitto|kvittot|ni|er|era|ert|moms|momsen)(?: |$))(?:.* )?(?:skatta|skattar|betala skatt|betalar man skatt|betalar jag skatt) (?:för|på) (?:mitt |min |mina |ett |en |sitt |sin )?(?<topic>arv|arvet|lön|lönen|dricks|vinst|vinsten|vinster|hyresintäkter|krypto|bitcoin|aktier|pension|försäljning|lotterivinst|gåva)",
    // Round 12 (issue #19), kinds rather than messages (the English list says which); each checks
    // the knowledge base for what it asks about or stands aside when the business is addressed.
    "^(?!(?:.* )?(?:ni|er|ert|era|oss|butiken|köpa|beställa|skicka|sälja|importera)(?: |$))(?:.* )?(?:är det (?:lagligt|olagligt|brottsligt|straffbart|tillåtet enligt lag) att|får man (?:[^ ]+ ){1,4}utan att (?:säga|fråga|berätta|meddela|informera))",
    "^(?!(?:.* )?(?:ni|er|ert|era|oss)(?: |$))(?:.* )?är (?:en |ett |det )?(?<thing>[^ ]+(?: [^ ]+)? eller (?:en |ett )?[^ ]+(?: [^ ]+)?) (?:bäst|bättre|billigast|billigare|nyttigast|nyttigare|säkrast|säkrare)",
    "(?<thing>(?:diesel|bensin|elbil|hybrid|hybridbil) eller (?:en )?(?:diesel|bensin|elbil|el|hybrid|hybridbil))",
    "^(?!(?:.* )?(?:ni|er|ert|era|öppet|öppna|öppnar|stängt|stänger|leverans|beställning)(?: |$))(?:.* )?(?:vilket datum|vilken dag|när) (?:är|infaller|blir|firas|kommer) (?:påsk|påsken|påskdagen|långfredag|långfredagen|skärtorsdag|annandag påsk|pingst|midsommar|midsommarafton|jul|julafton|nyår|nyårsafton|valborg|kristi himmelfärd|kristi himmelsfärdsdag|mors dag|fars dag|halloween|alla helgons dag|ramadan|nationaldagen)(?: i år| nästa år| [0-9]+)?$",
    "vad (?:betyder|står) (?<topic>gdpr|nato|nasa|dna|bnp|nft|lol|fomo|yolo|typ|asså|rizz)(?: för)?$",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?när (?:öppnar|stänger) (?<thing>[^ ]+(?: [^ ]+)?)(?: på [^ ]+| idag| i dag| i morgon| imorgon| i helgen)?$`,
    "hur många (?:sekunder|minuter|timmar|dagar|dygn|veckor|månader|år) (?:finns det (?:på|i) |är det (?:på|i) |går det (?:på|i) |har |på |i )(?:ett|en) (?:minut|timme|dygn|dag|vecka|månad|år|skottår|sekel)$",
    "^(?!(?:.* )?(?:ni|er|ert|era|hemsida|hemsidan|webbshop|butiken|appen)(?: |$))(?:.* )?(?:radera|raderar|ta bort|tar bort|tar jag bort|tar man bort|avsluta|avslutar|stänga|stänger|inaktivera|återställa|hackat|hackad) (?:jag |man )?(?:mitt |min |ett |en )?(?<topic>instagram|facebook|tiktok|snapchat|whatsapp|google|gmail|netflix|spotify|twitter|linkedin|pinterest|reddit|discord|icloud|apple|microsoft|outlook|hotmail|youtube|paypal|tinder|telegram)(?: )?(?:konto|kontot|profil|profilen)",
    "^(?!(?:.* )?(?:ni|er|ert|era|betala|betalning|accepterar|kassan|beställning|handpenning)(?: |$))(?:.* )?(?:vilket|vilken|bästa|billigaste) (?:kreditkort|bankkort|betalkort|bank|sparkonto|nätbank) (?:är (?:bäst|billigast|bra)|för|att ha|att välja)",
    "^(?!(?:.* )?(?:ni|er|ert|era|säljer|rekommenderar)(?: |$))vad är (?:en|ett|några) (?:(?:bra|billig|billigt|billiga|prisvärd|prisvärt|pålitlig) )+(?<thing>[^ ]+(?: [^ ]+)?)$",
    "(?:rekommendera|rekommenderar|tipsa om|tipsa mig om|föreslå|föreslår) (?:mig )?(?:några |lite |nån |något )?(?:bra )?(?<topic>band|musik|böcker|bok|filmer|film|serier|serie|artister|låtar|poddar|podcasts|spel|album|författare) (?:som liknar|som påminner om|likt|i stil med|som låter som)",
    "(?:köpa eller leasa|leasa eller köpa|köpa eller hyra|hyra eller köpa|köpa eller privatleasa|privatleasa eller köpa) (?:en |ett |min )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:ni|er|ert|era|kurs|kursen|kurser|klubben|lektion|lektioner|anmäla|börja)(?: |$))(?:.* )?(?:när|vid vilken ålder|i vilken ålder|hur gamla) (?:ska|bör|får|kan|behöver) (?:barn|ett barn|mitt barn|min son|min dotter|tonåringar) (?:få|ha|använda) (?:sin |en |ett )?(?:första |egen |eget )?(?:mobil|mobiltelefon|telefon|smartphone|surfplatta|ipad|instagram|tiktok|snapchat|sociala medier)",
    "^(?!(?:.* )?(?:ni|er|ert|era|oss)(?: |$))(?:.* )?(?:beställer|beställa|beställ|beställning|konto|återbetalning|rabattkod) (?:[^ ]+ ){0,2}(?:på|via|genom|från|hos|med) (?<topic>foodora|wolt|uber eats|ubereats|just eat|too good to go)",
    "min (?!konto|beställning|profil|lösenord|app|appen|hemsida|varukorg|betalning)(?<thing>[^ ]+(?: [^ ]+)?) (?:hänger sig|fryser|kraschar|laggar|startar om|stänger av sig) (?:[^ ]+ ){0,3}(?:när|varje gång|så fort|så snart) jag (?:öppnar|startar|använder|kör)",
    "^(?!(?:.* )?(?:ni|er|ert|era|hemsidan|sidan|betalningen|kassan)(?: |$))(?:.* )?(?:hänger sig|fryser|kraschar|laggar) (?:[^ ]+ ){0,4}(?:när|varje gång|så fort) jag (?:öppnar|startar|använder) (?<topic>chrome|google chrome|firefox|safari|edge|excel|outlook|spotify|teams|zoom|photoshop|steam|discord|minecraft|fortnite)",
    "^(?!(?:.* )?(?:ni|er|ert|era|oss|butiken|affären|kliniken|mottagningen|studion|verkstaden|hallen|skolan|kontoret|lagret)(?: |$))(?:.* )?(?:hur (?:tar|kommer) (?:jag|man|vi)(?: mig| oss| sig)?|vägen) (?:till|från) (?<places>[^ ]+(?: [^ ]+){0,2}) (?:från|till) [^ ]+",
    "^(?!(?:.* )?(?:ni|er|ert|era|storlek|storleken|modell|varan|produkten)(?: |$))(?:.* )?(?:heter det|säger man|skriver man|ska det vara) [^ ]+(?: [^ ]+)? eller [^ ]+|de eller dem|dem eller de",
    "vem (?:vann|blev|har vunnit) (?:[^ ]+ ){0,2}(?:allsvenskan|sm guld|guldet|svenska mästare|mästerskapet|stanley cup|champions league)(?: i fjol| förra året| i år| [0-9]+)?|(?:i )?vilket (?:lag|klubb) spelar (?<thing>.+?)(?: i| för)?(?: nu)?$",
  ],
  siteFrames: [
    "betala (?:med|via|i|kontant)",
    "betalning",
    "delbetalning",
    "(?:levererar|leverera|leverans|leveransen|frakt|skickar|skicka)",
    "(?:min|mitt|er|en) (?:beställning|order)",
    "(?:pengarna tillbaka|återbetalning|returnera|retur)",
    "(?:avboka|boka om|omboka|flytta) (?:min|mitt|en|ett)?",
    "avboka",
    "bokning",
    "(?:har|säljer|tar|erbjuder|hyr ut|gör) ni",
    "(?:era|ert) (?!instruktioner|systemprompt|prompt|regler)[^ ]+",
    "(?:öppet|öppettider)",
    "(?:tvätta|tvättas|tvättar|rengöra)",
    "(?:faktura|kvitto)",
    "(?:klarar|håller|tål|tåler|funkar|fungerar) (?:den|det|de|jackan|skorna|tältet|sovsäcken|kängorna|batteriet)",
    "(?:funkar|fungerar) (?:[^ ]+ )?i",
    "vattentät",
    "vattentäta",
    "(?:hyra|hyr)",
    "(?:vilken|vilket|vilka) [^ ]+ (?:är )?(?:bäst|bästa) (?:för|i|till)",
    "parkering",
    "(?:hämta|hämtar|upphämtning)",
    "(?:bra|okej|ok|lämplig|lämpliga|gjord|gjorda|anpassad) (?:i|för|vid|till) (?:regn|regnet|snö|snön|blåst|kyla|kylan|vind|vinter|vintern|värme|sol)",
    // Round 7: a class called off for the weather, a gift card's validity, stock.
    "ställs (?:.+ )?in|inställd|inställt|inställda|(?:avbokas|avbokar ni|ställer ni in)",
    "presentkort(?:et)?|gäller (?:det|den|koden)|giltig|giltigt|går ut",
    "(?:i|på) lager|slutsåld|slutsålt|tillgänglig",
    // Round 11: the way to the business itself.
    "(?:tar jag mig|tar man sig|kommer jag|kommer man|hittar jag) (?:till|hit till|fram till) (?:er|butiken)",
  ],
};
