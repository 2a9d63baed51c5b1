import type { OffTopicFrames } from "../types.ts";

/**
 * Danish words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    vejr vejret vejrudsigt regn regne sne solskin temperatur torden fodbold håndbold
    basketball tennis golf superligaen liga ol turnering mesterskab vandt vinder kamp
    kampen resultat film filmen biograf netflix serie tv skuespiller kendis sang sangtekst
    album vittighed vits joke gåde digt horoskop lotto lektier opgave matematik mathe
    ligning divideret brøk afledte python javascript java sql css html programmering kode
    funktion liste opskrift opskrifter bage kage pasta pizza frikadeller aktie aktier
    krypto bitcoin investere udbytte valg folketingsvalg statsminister folketinget politik
    præsident hovedstad befolkning historie krig oversæt oversætte japansk kinesisk
    instruktioner systemprompt prompt pirat tog
    cv fly flybillet flybilletter lufthavn helligdag
    helligdage kalorier flyrejse
    fortnite minecraft playstation xbox nintendo koncert koncerter sanger fysik kemi biologi fotosyntese feber hovedpine influenza covid trump biden putin openai gpt spaghetti sushi burger
    taxa taxi verdenskrig verdenskrigen fuldmåne solopgang solnedgang
    måne månen guitar klaver violin trommer ukulele haiku godnathistorie brætspil vægttab fødselsdagshilsen flyve flyver fodboldspiller forkølelse valutakurs selvangivelse selvangivelsen
    router routeren modem wifi ps5 ps4 gta aliens rumvæsner ufo landsholdet landshold lønforhøjelse ethereum dogecoin ipren panodil ibuprofen paracetamol antibiotika skak surdej jobansøgning jobsamtale
    instagram tiktok snapchat facebook youtube youtuber influencer følgere printer casino poker tinder dating religion gud bibelen kirken buddhisme islam kristendom stjernetegn advokat skilsmisse universitet volleyball motiverende bilforsikring husforsikring livsforsikring
    pension pensionsopsparing boliglån realkredit
    myrer kakerlakker hvepse lopper skimmel skimmelsvamp kalkbelægning blikkenslager elektriker boliglån realkreditlån
    topskat bundskat indkomstskat forskudsopgørelse forskudsopgørelsen årsopgørelse årsopgørelsen
    vandhane vandhanen vandhaner huskur huskure husråd tidevand gudstjeneste gudstjenesten
    mobilabonnement mobilabonnementet mobilabonnementer bredbånd oscaren iphone
    togbillet togbilletter færgebillet færgebilletter
    roblox robux pokemon pokémon zelda valorant genshin skyrim overwatch hearthstone pubg wordle warzone
    lottotal lottotallene lottokupon vikinglotto eurojackpot sundhedskort sygesikringskort
    forskudsopgørelse årsopgørelse boligstøtte børnepenge dagpenge kontanthjælp
    studentereksamen adgangskrav karaktergennemsnit teleselskab mobilselskab internetudbyder horoskopet
    vagtapotek vagtapoteket døgnapotek døgnapoteket lægevagten visum
    hikke tidsforskel tidsforskellen
    sabbatår sabbatåret overtænker overtænke overtænkning prokrastinere prokrastinerer overspringshandlinger
    biblioteksbog biblioteksbøger bibliotekskort startkabler startkabel`;

/**
 * The business addressed and its own places and times that a visitor asks the opening hours of
 * ("when does the kitchen close"): never another place's hours, however unknown the word is to
 * the knowledge base.
 */
const OWN_PLACES =
  "jer|jeres|vi|os|vores|butikken|butik|forretningen|værkstedet|klinikken|salonen|holdet|kurset|timen|lageret|køkkenet|køkken|baren|restauranten|cafeen|caféen|terrassen|receptionen|skranken|poolen|svømmehallen|saunaen|spaen|legepladsen|parkeringen|udsalget|salget|tilmeldingen|bookingen|sæsonen|lejren|hallen|banen|bageriet|showroomet|udstillingen|kassen|buffeten|morgenmaden|frokosten|brunchen";

/** Shapes of off-topic messages whose words alone don't tell; see `LanguageData.offTopicFrames`. */
export const OFF_TOPIC_FRAMES: OffTopicFrames = {
  sumWords:
    "jeg man hvordan hvad er hvor meget mange giver bliver regn regne ud udregn beregn lig med kan du sige mig fortæl det løs ligningen ligning",
  operators: `
    plus
    minus
    gange
    ganget med
    divideret med
    delt med
    i anden = × 2
    i tredje = × 3
    opløftet i
    kvadratroden af = √
    % af = ×
    procent af = ×
    pct af = ×`,
  things: `elbil elbiler film filmen filmene bog bøger bogen roman romaner romanen krimi krimier thriller dokumentar serie serier serien sang sange podcast spil restaurant restauranter mobil mobilen telefon telefoner smartphone bil biler computer høretelefoner høretelefon hotel hoteller tablet tablets støvsuger støvsugere robotstøvsuger køleskab fryseboks opvaskemaskine vaskemaskine mikroovn kamera kameraer konsol fjernsyn earbuds airpods smartwatch højttaler højttalere airfryer`,
  patterns: [
    "hovedstad(?:en)? (?:i|af|for|på)",
    "hvor mange (?:indbyggere|mennesker bor)",
    "hvor mange (?:km|kilometer|mil) (?:er der |er det )?(?:fra|mellem|til) (?<places>.+)",
    "hvor langt er (?:der|det) (?:fra|til|mellem) (?<places>.+)",
    "hvor (?:høj|gammel|dyb|stor|langt væk) (?:er|var) (?<thing>.+)",
    "hvem (?:opfandt|opdagede|malede|er (?:præsident|statsminister|konge|dronning))",
    "hvad er klokken i",
    "hvordan bliver (?<topic>vejret)",
    "^(?!.* hvis )(?:.* )?(?:bliver|kommer) det (?:til at )?(?<topic>regn|regne|regnvejr|sne|storm|solskin|sol)",
    "(?:anbefal|anbefale|foreslå) (?:mig )?(?:en |et |nogle )?(?:god |godt |gode |sjov |sjovt |spændende )?(?:[^ ]+ ){0,2}{things}",
    "(?:hvilken|hvilket|hvilke) (?:ny |nye )?{things} (?:skal|bør|burde) jeg (?:købe|se|læse|vælge|spille)",
    "hvordan (?:skriver|laver|bager) (?:man|jeg) (?!(?:en |et )?(?:anmeldelse|klage|bedømmelse|vurdering|reklamation))(?:en |et )?(?<thing>.+)",
    "hvordan (?:nulstiller|genstarter|opdaterer) (?:jeg|man) (?!(?:min |mit |en |et )?(?:adgangskode|kodeord|password|konto|profil|login))(?:min |mit |en |et )?(?<thing>.+)",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?hvornår åbner (?<thing>.+)`,
    "(?:bedste|gode|billigste) {things} i",
    "hvad hedder (?:.+ )?på (?:engelsk|tysk|fransk|spansk|svensk|norsk|italiensk|japansk)",
    "hvordan siger man",
    "hvilken (?:dag|dato) er det(?: i dag)?",
    "hvem vandt",
    "skriv (?:en |et )?(?:mail|e mail|email|brev|besked) til (?<thing>.+)",
    "tabe (?:sig|mig) i (?<topic>vægt)",
    "(?:hvilket|i hvilket) år (?<thing>.+)",
    "hvor mange (?:lande|stater|planeter|mennesker) (?:er der|bor der) i",
    "hvilken {things} (?:har|er) (?:den |det )?(?:bedste|billigste|hurtigste)",
    "(?:giv|find|vis) mig (?:en |et |nogle )?(?:god |godt |gode )?(?:[^ ]+ ){0,2}{things}",
    "meningen med livet",
    "hvordan (?:koger|steger) (?:man|jeg) (?<thing>.+)",
    "bliver det (?:sol|solskin|solrigt)",
    "(?:planlægge|planlæg) (?:en |min |vores )?(?:tur|rejse|ferie|weekend) til (?<thing>.+)",
    "hvad er (?:størst|mindst|højest|ældst|hurtigst|tungest) (?<thing>.+)",
    "hvordan står det i (?:.+ )?(?:kamp|kampen|opgøret)",
    "(?<topic>regner|sner) det (?:i|på)",
    "hvem (?:instruerede|sang|synger|skrev sangen)",
    "(?:sig|fortæl)(?: mig)? noget sjovt",
    "hvor mange (?:gram|kilo|liter|centimeter|cm|meter|tommer|pund|ounce) (?:er der )?(?:er |i |på )(?:et |en )?(?<thing>.+)",
    "hvad skal (?:min|mit|vores) (?<thing>.+) hedde",
    "(?<topic>vejrudsigten|vejrudsigt)",
    "kursen på (?:dollar|euro|pund)",
    "hvad skal jeg lave (?:til )?(?:mad|aftensmad|frokost|morgenmad)",
    "forklar(?: mig)? hvordan (?<thing>.+) (?:virker|fungerer)",
    "hvem er verdens bedste (?<thing>.+)",
    "hvornår (?:starter|begynder|slutter) (?:sommeren|vinteren|foråret|efteråret)",
    "hvad står (?<thing>.+) for",
    "lære (?:at )?(?<topic>spansk|fransk|tysk|engelsk|italiensk|kinesisk|japansk|guitar|klaver)",
    "verdens (?:hurtigste|største|højeste|mindste|ældste|længste|rigeste)",
    "er det (?:koldt|varmt|regnvejr) i (?<thing>.+)",
    "(?:skriv|fortæl)(?: mig)? en (?:kort |sjov )?(?:historie|godnathistorie)",
    "(?:kæreste|kæresten|kone|mand|partner) (?:har )?(?:slået op|gjort det forbi|forladt mig|været utro|er utro)",
    "slået op med mig",
    "(?:min |mit )?eks(?:kæreste)? tilbage",
    "hvad kan man (?:lave|se|opleve) i (?<places>[^ ]+)",
    "(?:seværdigheder|ting at lave) i (?<places>[^ ]+)",
    "(?:sidste|endelige) boss",
    "(?:ny|nye|næste|sidste) (?:sæson|sæsonen|afsnit) af (?<thing>.+)",
    "(?:taber|tabe) (?:jeg |man )?(?:mig|sig)(?: hurtigt| i vægt)?",
    "(?:hvem|hvilket parti) skal jeg stemme på",
    "hvad synes du om (?<thing>.+)",
    "ondt i (?<thing>hovedet|maven|halsen)",
    "oversæt (?:.+ )?til (?:engelsk|tysk|fransk|spansk|svensk|norsk|italiensk|japansk|kinesisk)",
    "verdens (?:rigeste|klogeste|stærkeste|mest kendte) (?:menneske|person|mand|kvinde|dyr|land|by)",
    "hvad er (?:bedst|bedre)(?: for mig)?,? (?<thing>.+) eller [^ ]+",
    "er (?<thing>.+) bedre end [^ ]+",
    "hvad (?:skal|kan) jeg (?:se|lave|opleve) i (?<places>[^ ]+)",
    "ansøgning til (?:et|en) (?:job|stilling)",
    "(?:kone|mand|kæreste|partner) og jeg (?:skændes|diskuterer|slås)",
    "(?:betyder|betyde) .*(?:drømmer|drømt|drøm)",
    "din yndlings[^ ]*",
    "hvordan (?:virker|fungerer) (?!det |den |de |så )(?<thing>.+)",
    "forskellen (?:på|mellem) (?<thing>.+)",
    "(?:planlægge|planlæg|organisere|arrangere) (?:en |et |min |mit |vores )(?<thing>.+)",
    "skriv (?:en |et )(?<thing>.+)",
    "(?:anbefale|anbefal|foreslå) (?:mig )?(?:en |et )?(?:god |godt )?(?<thing>[^ ]+) i [^ ]+",
    "hvordan søger (?:jeg|man) (?:om )?(?<thing>.+)",
    // Round 6 (issue #19), kinds rather than messages: the day's news, a word's meaning or
    // spelling, role-play and dropped rules, the assistant itself, a partner's behaviour, life's
    // questions, daily amounts, another product's trouble, geography and history. Where a thing
    // is named (`thing`), the site's own things stay its own (docs/knowledge-base.md).
    "i nyhederne|dagens nyheder|hvad sker der i verden|(?:sket|sker) i (?:verden|nyhederne)",
    "hvad betyder ordet|et andet ord for|synonym for|hvordan staves|hvordan staver man|staves det|i (?:denne|den her) sætning",
    "lad som om|lad som at|forestil dig at du er|fra nu af (?:er du|skal du)|spil rollen som|opfør dig som (?:en|et|min)",
    "(?:glem|ignorer|ignorér|se bort fra) (?:alle )?(?:dine |de |tidligere |forrige )*(?:instruktioner|regler|prompt)",
    "er du (?:en |et )?(?:robot|bot|rigtig person|rigtigt menneske|menneske|kunstig intelligens|klogere|bevidst|levende)|har du (?:følelser|en sjæl|bevidsthed)",
    "(?:kæreste|kæresten|kone|mand|partner|ekskæreste) (?:vil ikke|gider ikke) (?:flytte sammen|have børn|giftes|gifte sig)|(?:kæreste|kæresten|kone|mand|partner) (?:skriver|ringer|svarer|lytter) (?:aldrig|ikke)",
    "skal jeg (?:slå op med|gå fra|forlade|tilgive) (?:ham|hende|min|mit)",
    "hvorfor (?:eksisterer|findes|lever) vi|fri vilje|efter døden|hvad sker der når (?:vi|man) dør",
    "hvor (?:meget|mange) (?:(?:liter|glas|gram|kopper|stykker|portioner|piller|tabletter|mg) )?(?<thing>(?:[^ ]+ ){0,2}[^ ]+) (?:skal|bør|burde|må) (?:man|jeg|en voksen) (?:spise|drikke|gå|tage) (?:om|per|pr|hver) (?:dagen|dag|ugen)",
    "hvor mange timer (?:[^ ]+ ){0,3}sove",
    "(?:min|mit) (?!konto|ordre|bestilling|login|adgangskode|kodeord|profil|betaling|faktura|kode|gavekort|abonnement|booking)(?<thing>[^ ]+) vil ikke (?:printe|starte|lade|oplade|forbinde|tænde|virke|spille|opdatere)",
    "(?:største|højeste|længste|ældste|dybeste|mindste) (?:by|land|bjerg|flod|sø|ørken|bygning|planet)",
    "hvornår (?:blev|var) (?:.+ )?(?:besat|befriet|erobret|opfundet|opdaget|afskaffet)",
    "renten (?:falder|stiger)",
    "(?:anbefal|anbefale|foreslå) (?:mig )?(?:en |et |nogle )?(?:god |godt |gode )?(?<thing>[^ ]+) at (?:læse|se|høre|spille)",
    // Round 7 (issue #19), kinds rather than messages: a partner who stopped answering, the
    // weather asked in more words, pests, mould and stains at home, why the sky or sea is as it
    // is, when a country joined the EU or NATO, buying or renting a home, saving or investing,
    // school subjects' homework, unit conversions, spelling doubts, another device that is slow
    // or won't start (two words for the device). Things and topics stay the site's where it
    // names them (docs/knowledge-base.md).
    "(?:kæreste|kæresten|kone|partner|ekskæreste|veninde|ven) (?:vil|gider) ikke (?:snakke|tale|skrive|svare) (?:med|til) mig|(?:kæreste|kæresten|kone|partner|ekskæreste) (?:har )?(?:ikke|aldrig|stoppet med at|holdt op med at) (?:skrevet|svaret|ringet|snakket|svare|skrive|ringe|snakke)",
    "(?:af med|fjerne|fjerner|slå ihjel) (?:de |den |det |en |et )?(?<topic>myrer|myrerne|kakerlakker|mus|rotter|hvepse|lopper|møl|skimmel|skimmelsvamp|mug|plet|pletter|pletten|kalk)",
    "hvorfor er (?<topic>himlen|havet|solen|månen|græsset|stjernerne|regnbuen|blodet) (?:blå|blåt|grøn|grønt|salt|rød|rødt|gul|rund)",
    "hvornår (?:blev|kom|gik|meldte) (?:.+ )?(?:medlem af|med i|ind i|ud af|sig ind i|sig ud af) (?<topic>eu|nato|fn|euroen|eurozonen)",
    "(?:købe eller leje|leje eller købe) (?:en |et |min |mit )?(?<thing>[^ ]+)",
    "(?:spare op|spare|afdrage|betale af) (?:[^ ]+ ){0,3}eller (?:investere|købe aktier)|investere (?:[^ ]+ ){0,3}eller (?:spare op|spare|afdrage|betale af)",
    "(?<topic>(?:dansk|engelsk|tysk|fransk|historie|matematik|fysik|kemi|biologi|samfundsfag|religions)(?:stil|opgave|opgaven|afleveringen|aflevering|lektier|eksamen|rapport))",
    "(?:hvor mange|hvad er) (?:[^ ]+ ){1,2}(?:er|i|på) (?:(?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tyve|halvtreds|hundrede|tusind|[0-9.,]+) )?(?:mil|miles|fod|tommer|tomme|yards|ounce|pund|gallon|gallons|fahrenheit|celsius|kilometer|km|meter)$",
    "(?:omregn|omregne|konverter|konvertere) (?:[^ ]+ ){1,3}til (?:mil|miles|fod|tommer|pund|gallons|fahrenheit|celsius|kilometer|km|meter|centimeter|cm|kilo|kg|gram|liter)",
    "staves det [^ ]+ eller [^ ]+|hvordan staver (?:jeg|du) [^ ]+|er det rigtigt stavet|korrekt stavning|komma (?:før|foran|efter) [^ ]+",
    "(?:min|mit) (?!konto|ordre|bestilling|login|adgangskode|kodeord|profil|betaling|faktura|kode|gavekort|abonnement|booking|levering|pakke|app|hjemmeside|side|kurv)(?<thing>[^ ]+(?: [^ ]+)?) (?:er blevet|bliver|er) (?:så |meget |alt for |virkelig )?(?:langsom|langsomt|langsommere|varm|larmende)",
    // Round 7, the kinds a near-miss read as a service question lets through (offer.ts,
    // `readsAsService`): cooking times, flights, buying advice for consumer goods, DIY on a car,
    // a noise a thing makes, what a pet may eat, a series' seasons, a blocked drain, conversions
    // written the short way. The thing, topic or places stay the site's where it names them.
    "hvor længe (?:skal (?:man|jeg) |skal |tager det at )?(?:koge|bage|stege|grille) (?:et |en |de |den |det )?(?<thing>[^ ]+(?: [^ ]+)?)",
    "hvor længe skal (?:et |en )?(?<thing>[^ ]+) (?:koge|koges|bage|bages|steges)",
    "(?:billige |billigste )?(?:fly|flybillet|flybilletter) (?:til|fra) (?<places>.+)",
    "flyvetid (?:til|fra) (?<places>.+)",
    "(?:bedste|god|gode|godt|billig|billigste) (?:[^ ]+ )?{things} (?:til|under|at købe)",
    "(?:skifte|skifter|skift|lappe|lapper|reparere|reparerer|fikse|fikser|tjekke) (?:[^ ]+ ){0,3}(?:på|i|af) (?:min |mit |en |et |vores )?(?<topic>bil|bilen|varevogn|varevognen|motorcykel|motorcyklen|knallert)",
    "(?:min|mit) (?<thing>[^ ]+) (?:larmer|hyler|knirker|skramler|piber|siger (?:en )?(?:mærkelig|mærkelige|underlig|underlige) (?:lyd|lyde))",
    "må (?:hunde|katte|min hund|min kat|kaniner|hunden|katten) (?:spise|få|drikke) (?<thing>[^ ]+)",
    "hvor mange (?:sæsoner|afsnit|bøger|film) (?:har|af|er der (?:af|i)) (?<thing>.+)",
    "(?:stoppet|tilstoppet) (?:et |en )?(?<topic>toilet|afløb|håndvask|wc|bruser)",
    // Round 8 (issue #19), kinds rather than messages: a timer or alarm to set, when a ferry,
    // train or bus leaves, a self-employed person's tax, renewing a passport or driving licence,
    // the weather in a named town, a puncture or a dripping tap, what helps an ailment, a recipe
    // for a named dish, a mobile plan, a pet that is ill, a jealous partner, code. Each checks
    // the knowledge base for what it asks about: a boat trip's ferry, a bike shop's puncture and
    // a vet's sick cat stay theirs.
    "^(?:kan du |vil du |gider du )?(?:sæt|sætte|start|starte|stil|stille|lav|lave) (?:lige )?(?:en |et |min |mit )?(?<topic>alarm|æggeur|vækkeur|påmindelse|nedtælling|alarmen|vækkeuret)",
    // Danish "timer" is also hours: only a timer set for a time is one.
    "^(?:kan du |vil du |gider du )?(?:sæt|sætte|start|starte|stil|stille) (?:lige )?(?:en |et )?(?:timer|æggeur|nedtælling) (?:på|til)",
    "^(?:kan du |vil du )?(?:væk|vække) mig",
    "hvornår (?:sejler|går|kører|afgår|ankommer|letter) (?:den |det )?(?:sidste |næste |første )?(?<topic>færge|færgen|færgerne|tog|toget|fly|flyet)",
    "(?:køreplan|køreplanen|afgange|afgangstider|sejlplan|sejlplanen) (?:for |fra |til |mellem )(?<places>.+)",
    "skat (?:[^ ]+ ){0,3}(?:som|for|når man er|når jeg er|med) (?:en )?(?<topic>selvstændig|selvstændige|freelancer|enkeltmandsvirksomhed|enkeltmandsfirma|cvr nummer)",
    "(?:forny|fornyer|forlænge|forlænger|søge om|søger om|bestille|bestiller|få) (?:jeg |man )?(?:et |en |mit |min |nyt |ny )*(?<topic>pas|kørekort|sundhedskort|sygesikringskort|id kort|identitetskort)(?: [^ ]+)?$",
    "(?:vejret|vejr|vejrudsigten|regnvejr) (?:[^ ]+ ){0,4}i (?!morgen|dag|aften|nat|weekenden|overmorgen)(?<places>[^ ]+)(?: (?:i morgen|i dag|i aften|i nat|i weekenden|i weekend|i overmorgen|næste uge|til weekend|på (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)))?$",
    "^(?!.*(?:kan i|vil i|gør i|laver i|skifter i|udskifter i|reparerer i|lapper i|fikser i) )(?:.* )?(?:lappe|lapper|lap|reparere|reparerer|fikse|fikser|skifte|skifter|udskifte|udskifter) (?:jeg |man )?(?:en |et |min |mit |cyklens |bilens )?(?<topic>punktering|slange|slangen|cykelslange|dæk|dækket)",
    "(?:hjælper|godt|gør man|gøre) (?:mod|for|ved|imod) (?<topic>tandpine|halsbetændelse|ondt i halsen|tømmermænd|ørepine|forkølelse|hovedpine)",
    "^(?!.*(?:har i|sælger i|giver i) )(?:.* )?opskrift(?:en)? på (?!jeres |din |dine |jeres )(?<thing>.+)",
    "^(?!.* (?:booke|booking|aflyse|afbestille|ombooke|i|jer|jeres)(?: |$))(?:.* )?min (?<topic>hund|kat|hvalp|killing|kanin|hamster|undulat|hest|marsvin) (?:har |er |vil ikke |kaster |har kastet |halter|hoster)(?:kastet op|kaster op|op|syg|sløj|halter|hoster|diarré|tynd mave|spise|ædt|æde)",
    "(?:min |mit )?(?:kæreste|kæresten|kone|mand|partner|veninde|ven|svigermor|mor|far|chef) (?:er|bliver) (?:så |meget |altid |vildt )?(?:jaloux|utro|sur på mig|kontrollerende)",
    "(?:for|while) løkke|(?:i|med) (?<topic>python|javascript|java|typescript|sql|php|excel)$",
    "(?<topic>dronningen|dronningens|kongen|kongens|kronprinsen|kronprinsens|kronprinsessen|kronprinsessens|prinsen|prinsessen|kongeparret)(?: [^ ]+)? (?:børn|barn|søn|sønner|datter|døtre|mand|kone|hustru|børnebørn|alder|fødselsdag|tronfølger)",
    "hvem (?:vandt|fik|vinder) (?:en |årets |den )?(?:oscar|oscaren|grammy|bodil|nobelprisen|melodi grand prix)",
    // Round 9 (issue #19), kinds rather than messages: another company's order, bill or
    // contract (a marketplace, a phone or energy company: never a carrier or a way to pay, which
    // are the site's), a neighbour's noise or tree, a landlord, dating, a game named or its
    // level, the lottery's numbers, what's on in a town the site never names, how long an animal
    // lives, a song's lyrics. Each checks the
    // knowledge base for what it names (`topic`, `thing`, `places`).
    "(?:min|mit|mine) (?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|telenor|telia|tdc|yousee|cbb|oister|norlys|hiper|lebara) (?:ordre|bestilling|pakke|konto|abonnement|regning|køb|kontrakt|levering)",
    "(?:ordre|ordren|bestilling|bestillingen|pakke|pakken|konto|abonnement|regning|regningen|refusion|kontrakt|levering) (?:fra|hos|med|på) (?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|telenor|telia|tdc|yousee|cbb|oister|norlys|hiper|lebara)",
    "^(?!(?:.* )?(?:kan i|har i|tilbyder i|laver i|gør i|vil i|jeres|pakke|pakken|ordre|ordren|levering|levere|hente|afhente|kvittering|faktura|montering|installation)(?: |$))(?:.* )?(?:mit|min|vores) (?<topic>teleselskab|mobilselskab|elselskab|energiselskab|internetudbyder)",
    "^(?!(?:.* )?(?:kan i|har i|tilbyder i|laver i|gør i|vil i|jeres|pakke|pakken|ordre|ordren|levering|levere|hente|afhente|kvittering|faktura|montering|installation)(?: |$))(?:.* )?(?:nabo|naboen|naboens|nabos|naboer|naboerne|naboernes) (?:[^ ]+ ){0,4}(?<topic>larm|larmer|støj|støjer|musik|fest|fester|hæk|hækken|træ|træet|grene|grenene|hegn|hegnet|røg|ryger|gøer)",
    "^(?!(?:.* )?(?:kan i|har i|tilbyder i|laver i|gør i|vil i|jeres|pakke|pakken|ordre|ordren|levering|levere|hente|afhente|kvittering|faktura|montering|installation)(?: |$))(?:.* )?(?:min|vores) (?<topic>udlejer|udlejeren)",
    "(?:kan lide|er forelsket i|er vild med|interesseret i) mig|(?:score|scorer|score en|skrive til) (?:en pige|en fyr|hende|ham) (?:på|jeg)",
    "(?<topic>candy crush|clash royale|clash of clans|brawl stars|league of legends|call of duty|among us|animal crossing|mario kart|elden ring|counter strike|the sims|los sims|les sims|die sims|pokemon go|grand theft auto)",
    "(?:forbi|klare|gennemføre|fast på) (?:level|bane) [0-9]+",
    "(?:lottotallene|lottotal)|(?:tallene|tal) (?:i|til|fra) (?:lotto|eurojackpot|vikinglotto)",
    "^(?!(?:.* )?(?:kan i|har i|tilbyder i|laver i|gør i|vil i|jeres|pakke|pakken|ordre|ordren|levering|levere|hente|afhente|kvittering|faktura|montering|installation)(?: |$))(?:.* )?(?:hvad sker der|hvad foregår der|hvad er der af (?:koncerter|events|arrangementer)|koncerter|arrangementer|events|festivaler) (?:[^ ]+ ){0,3}i (?!morgen|dag|aften|weekenden|nat|jeres|din|butikken|lager|stedet|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|foråret|sommer|efteråret|vinter|byen|[0-9])(?<places>[^ ]+)",
    "hvor (?:længe|mange år|gammel) (?:lever|kan|bliver) (?:en |et |de )?(?<thing>[^ ]+)(?: leve)?$",
    "(?:teksten|sangteksten) (?:til|på) (?!jeres |ordren )(?<thing>.+)",
    // Round 10 (issue #19), kinds rather than messages: the weather asked with a pronoun or a day
    // after the town, local transport's times (bus, tram, metro, local trains, a numbered line),
    // the on-duty pharmacy or doctor, a film or book to watch or read tonight, how many legs an
    // animal has and why it does what it does, travelling safely somewhere, a symptom and what to
    // take for it, a word's meaning, a name for a pet or a baby, a summary or essay for school.
    // Each checks the knowledge base for what it names (`topic`, `thing`, `places`), and those
    // that read as the visitor's own life stand aside when the message asks the business itself.
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?(?:hvad|hvordan) (?:bliver|er|skal|siger) (?:vejret|vejrudsigten) (?:[^ ]+ ){0,4}(?:i morgen|i weekenden|weekend|i dag|i aften|i nat|overmorgen|næste uge|på (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag))",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?(?:hvornår|hvad tid) (?:går|kører|afgår|kommer|ankommer) (?:den |det )?(?:sidste |næste |første )?(?<topic>bus|bussen|busserne|natbus|natbussen|letbane|letbanen|metro|metroen|sporvogn|sporvognen|s tog|s toget|regionaltog|regionaltoget|lyntog|lyntoget|bybus|bybussen)",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?(?:køreplan|køreplanen|køreplaner|afgangstider|afgange) (?:for |til |på |med )?(?:[^ ]+ )?(?<topic>bus|bussen|linje|letbane|letbanen|letbanens|metro|metroen|s tog|s toget|tog|toget|sporvogn)",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?(?<topic>bus|linje|letbane|metro) [0-9]+[a-z]? (?:kører|går|afgår|køreplan|afgange|afgangstider)",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?(?<topic>apotek|apoteket|apoteker|læge|lægen) (?:der |som )?(?:har |holder )?(?:åbent|åben|vagt) (?:nu|i nat|i aften|om natten|i dag|søndag|på søndag|i weekenden|døgnet rundt)",
    "{things} at (?:se|kigge på|læse|høre|spille|streame)(?! om )",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?hvad skal (?:jeg|vi) (?:se|kigge på|streame) (?:i aften|i weekenden|på netflix|på tv)",
    "hvor mange (?:ben|øjne|tænder|hjerter|vinger|knogler|maver|arme) har (?:en |et |den |det )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:jer|jeres|må|tage med|have med|komme med|med ind|tilladt|velkomne)(?: |$))(?:.* )?hvorfor (?:[^ ]+ ){0,2}(?<topic>katte|katten|hunde|hunden|fugle|bier|køer|heste|zebraer|giraffer|slanger|edderkopper|flamingoer|ugler|pingviner|hajer|hvaler|delfiner|elefanter|myrer|frøer|papegøjer|fluer|myg|høns|grise|flagermus|kameler|blæksprutter|egern)",
    "(?:sikkert|farligt|trygt) at (?:rejse|tage|flyve|tage på ferie|tage på rejse|tage på ferie) (?:til |i |rundt i )(?<places>[^ ]+)",
    "(?:bedste tidspunkt|bedste tid) (?:på året )?at (?:rejse til|besøge|tage til) (?<places>[^ ]+)",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?(?:jeg har haft|har haft|jeg har døjet med) (?:en |et )?(?:slem |slemt |voldsom |høj )?(?<topic>hovedpine|migræne|feber|hoste|forkølelse|influenza|halsbetændelse|ondt i halsen|ondt i ryggen|ondt i maven|mavepine|tandpine|ørepine|diarré|kvalme|udslæt|søvnløshed|høfeber|halsbrand|tømmermænd|ondt i hovedet) i (?:[^ ]+ )?(?:dage|uger|måneder|døgn|timer)",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?hvad (?:kan|skal|bør) jeg tage (?:for|mod|imod) (?:min |mit |en |et )?(?<topic>hovedpine|migræne|feber|hoste|forkølelse|influenza|halsbetændelse|ondt i halsen|ondt i ryggen|ondt i maven|mavepine|tandpine|ørepine|diarré|kvalme|udslæt|søvnløshed|høfeber|halsbrand|tømmermænd|ondt i hovedet)",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?(?:gå|tage|ringe) (?:op )?til (?<topic>lægen|læge|lægevagten|skadestuen)",
    "hvad skal (?:vores|min|mit|mine) (?:nye |lille )?(?<thing>[^ ]+) hedde",
    "navn (?:til|på) (?:min|mit|vores|en|et) (?:nye |lille )?(?<thing>[^ ]+)$",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|gør i|tilbyder i|skal i|vil i|må jeg|booking|bookingen|bestilling|ordre|ordren|pakke|pakken|timen|holdet|kurset|turen|aflyst|aflyser|aflyses|hvis|butik|butikken|butikkerne|forretning|forretningen|klinik|klinikken|værksted|værkstedet|stadig|alligevel)(?: |$))(?:.* )?til (?:min|mit|mine|en|et|vores) (?<topic>opgave|danskopgave|skoleopgave|danskstil|eksamen|fremlæggelse|synopsis|speciale|bachelorprojekt|projektopgave|lektier)",
    "^(?!(?:.* )?(?:min|mit|mine|jeres|vores)(?: |$))(?:.* )?(?:resumé|resume|sammenfatning|sammendrag) af (?<thing>[^ ]+(?: [^ ]+)?)",
    "(?:skifte|opsige|opsiger|skifter) (?:min |mit |vores )?(?<topic>elaftale|elselskab|mobilabonnement|teleselskab|internetudbyder)",
    // Round 10, a second pass of kinds written from what visitors ask a chat (not from a fixture):
    // blocking one's bank card, tipping, sunset, the best car or phone, a pet's bad habit, a
    // grammar check, the richest person, whether a food is bad for you, a flight's refund from an
    // airline, time differences, hiccups, a tweet or caption to write, a wobbly table, where to
    // watch the match, learning to code, a screenshot on a named device, how long to get somewhere.
    "^(?!(?:.* )?(?:jer|jeres|ordre|ordren|bestilling|booking|betaling|betale|betalt|køb|refusion)(?: |$))(?:.* )?(?:spærre|spærrer|spær|ophæve|ophæver|låse op) (?:jeg |man )?(?:mit |et |mine |sit |dit )?(?:dankort|kreditkort|betalingskort|visakort|visa dankort|mastercard|hævekort)",
    "hvor (?:meget|mange penge) (?:skal man|giver man|bør man|skal jeg) (?:give )?(?:i )?(?<topic>drikkepenge)",
    "(?:hvornår|hvad tid) (?:går|står) (?<topic>solen) (?:ned|op)",
    "^(?!(?:.* )?(?:i|jer|jeres|sælger|sender|fejl|ordre|til min|til den)(?: |$))(?:.* )?hvad er den bedste (?:[^ ]+ )?{things}",
    "(?:få|lære) (?:min|mit|vores) (?<topic>kat|hund|hvalp|killing) til at (?:stoppe|holde op)",
    "(?:ret|rette|tjek|tjekke) (?:min |mit |den |det )?(?<topic>grammatik|kommatering|stavning|kommaer)",
    "(?:rigeste|største|højeste|ældste|stærkeste|mest kendte) (?:person|menneske|mand|kvinde|mennesker) i verden",
    "(?:rigeste|største|højeste|længste|hurtigste|ældste|mindste) (?<thing>[^ ]+) i verden",
    "^(?!(?:.* )?(?:jeres|i)(?: |$))(?:.* )?er (?<thing>[^ ]+(?: [^ ]+)?) (?:usundt|usund|sundt|sund|farligt|farlig) (?:for dig|for mig|at spise|at drikke)?$",
    "(?:refusion|kompensation|forsinkelse|aflyst fly|bagage) (?:fra|hos|med) (?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly)",
    "(?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly) (?:refusion|fly|kompensation|bagage|forsinkelse|boardingkort)",
    "(?:skriv|lav|find på) (?:mig )?(?:en |et )(?:sjov |sjovt |kort |kort |god |godt )?(?<topic>tweet|billedtekst|slogan|skåltale|tale|rap|gåde|scorereplik)",
    "(?:hvor|hvordan) kan jeg (?:se|streame) (?:[^ ]+ )?(?<topic>kampen|landskampen|finalen|løbet|grand prix|vm|em)",
    "lære at (?:kode|programmere)",
    "(?<topic>skærmbillede|screenshot) (?:på|med) (?:en |min |mit )?(?:mac|macbook|iphone|ipad|pc|windows|android|samsung|computer)",
    "^(?!(?:.* )?(?:jer|jeres|pakken|ordren|levering|levere)(?: |$))(?:.* )?hvor lang tid tager det at (?:gå|køre|cykle|flyve) (?:fra [^ ]+ )?til (?<places>[^ ]+)$",
    // Round 10, a third pass: the council's services (bins, potholes, voting, a parking fine), the
    // police's number, converting a sum of money, making one's own website, falling asleep, an
    // excuse for work, a table at a restaurant, tying a tie. Topics checked as before.
    "^(?!(?:.* )?(?:betale|betaler|betalt|pris|prisen|koster|faktura|fakturaen|jer|jeres)(?: |$))(?:.* )?[0-9.,]+ (?:euro|dollar|pund|kroner|kr|svenske kroner|norske kroner) i (?:kroner|euro|dollar|pund|svenske kroner|norske kroner|danske kroner)$",
    "^(?!(?:.* )?(?:i|jer|jeres|flytning|flytningen|flytte|rydning|butikken)(?: |$))(?:.* )?(?:(?:hentes|hentet|tømmes|tømt) (?:[^ ]+ ){0,2}(?<topic>skrald|skraldet|affald|affaldet|skraldespanden|storskrald)|(?<!hente )(?:skraldet|affaldet|storskrald) (?:bliver )?(?:hentet|hentes|tømt|tømmes))",
    "(?:hul|huller) i (?:vejen|vejbanen|asfalten|cykelstien)",
    "(?:stemme|stemmer(?: jeg| man)?) til (?:kommunalvalget|folketingsvalget|regionsrådsvalget|valget|europaparlamentsvalget)|brevstemme|brevstemmer|valgkort|valgkortet|afstemningssted",
    "nummer(?:et)? til (?:det lokale )?(?<topic>politiet|brandvæsnet|hospitalet|sygehuset)",
    "^(?!(?:.* )?(?:i|jer|jeres|med|hos)(?: |$))(?:.* )?(?:lave|laver|bygge|bygger|oprette|opretter) (?:jeg |man )?(?:min |mit |en |et )?egen (?<topic>hjemmeside|app|blog|webshop)",
    "falde (?:hurtigt |hurtigere |nemmere )?i (?<topic>søvn)",
    "falder (?:jeg|man) (?:hurtigt |hurtigere |nemmere )i (?<topic>søvn)",
    "^(?!(?:.* )?(?:i|jer|jeres|leje|lejebil|lejebilen|lejen|lejet|lejede|udlejning|bilen|delebil|delebilen|betaler|betale)(?: |$))(?:.* )?(?:p bøde|parkeringsbøde|fartbøde)",
    "undskyldning for at (?:komme for sent|blive væk|pjække|melde afbud)|bede (?:min chef |chefen )?om (?:en )?fridag",
    "binder man (?:et |en )(?<topic>slips|butterfly)|binde (?:et |en |mit )(?:slips|butterfly)",
    // Round 11 (issue #19), kinds rather than messages: another shop's or a public office's opening
    // hours (checked: a dentist or a gym keeps its own), where to buy or which consumer goods to get,
    // life and career advice, who wrote, composed or painted something, a shape's area or an average,
    // role-play without rules, tax on a grant, wages or a sale (never an invoice from the business),
    // what to see in a town, and a pill's daily dose. Topics, things and places checked.
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|lukker i|åbner i|holder i|vi|os|vores|pakke|pakken|ordre|ordren|bestilling|levering)(?: |$))(?:.* )?(?:hvornår|hvad tid|hvor sent|hvor længe) (?:lukker|åbner|har|holder) (?<topic>netto|føtex|fotex|bilka|rema|rema 1000|lidl|aldi|irma|meny|kvickly|superbrugsen|brugsen|dagli brugsen|coop|løvbjerg|ikea|jysk|matas|silvan|bauhaus|harald nyborg|elgiganten|7 eleven|posthuset|biblioteket|borgerservice|banken|svømmehallen|genbrugspladsen|genbrugsstationen|supermarkedet|tanken|lægen|tandlægen|frisøren|fitnesscentret)(?:s)?",
    "^(?!(?:.* )?(?:jer|jeres|kan i|har i|lukker i|åbner i|holder i|vi|os|vores|pakke|pakken|ordre|ordren|bestilling|levering)(?: |$))(?:.* )?(?:har|er) (?<topic>netto|føtex|fotex|bilka|rema|rema 1000|lidl|aldi|irma|meny|kvickly|superbrugsen|brugsen|dagli brugsen|coop|løvbjerg|ikea|jysk|matas|silvan|bauhaus|harald nyborg|elgiganten|7 eleven|posthuset|biblioteket|borgerservice|banken|svømmehallen|genbrugspladsen|genbrugsstationen|supermarkedet|tanken|lægen|tandlægen|frisøren|fitnesscentret) (?:åbent|åben|lukket) (?:i dag|i morgen|i aften|nu|(?:på |om )?(?:søndag|søndagen|lørdag|lørdagen)|i weekenden|juleaften|nytårsaften|helligdage|på helligdage)",
    "åbningstider(?:ne)? (?:i|hos|for|på) (?<topic>netto|føtex|fotex|bilka|rema|rema 1000|lidl|aldi|irma|meny|kvickly|superbrugsen|brugsen|dagli brugsen|coop|løvbjerg|ikea|jysk|matas|silvan|bauhaus|harald nyborg|elgiganten|7 eleven|posthuset|biblioteket|borgerservice|banken|svømmehallen|genbrugspladsen|genbrugsstationen|supermarkedet|tanken|lægen|tandlægen|frisøren|fitnesscentret)",
    "(?<topic>netto|føtex|fotex|bilka|rema|rema 1000|lidl|aldi|irma|meny|kvickly|superbrugsen|brugsen|dagli brugsen|coop|løvbjerg|ikea|jysk|matas|silvan|bauhaus|harald nyborg|elgiganten|7 eleven|posthuset|biblioteket|borgerservice|banken|svømmehallen|genbrugspladsen|genbrugsstationen|supermarkedet|tanken|lægen|tandlægen|frisøren|fitnesscentret)s åbningstider",
    "^(?!(?:.* )?(?:jer|jeres|i sælger|i har|hos jer)(?: |$))(?:.* )?(?:hvor (?:kan|skal) (?:jeg|man|vi) (?:købe|få fat i|finde|bestille)|hvor køber (?:jeg|man)|hvor får man|bedste sted at købe) (?:en |et |nogle |den |det )?(?:billige |billig |billigt |gode |god |godt |brugte |brugt |nye |ny |trådløse |trådløs )*(?:[^ ]+ ){0,3}{things}",
    "^(?!(?:.* )?(?:jer|jeres|sælger|til min|til mit|til jeres)(?: |$))(?:.* )?(?:hvilken|hvilket|hvilke) {things}(?: [^ ]+){0,3} (?:vil du anbefale|kan du anbefale|anbefaler du|er bedst|er den bedste|er de bedste|skal jeg vælge|skal jeg købe)",
    "skal jeg (?:sige op|opsige mit job|skifte job|skifte karriere|droppe ud|stoppe på studiet|tage et sabbatår)|hvad skal jeg (?:uddanne mig til|blive når jeg bliver stor|lave med mit liv|arbejde med)|hvilken uddannelse skal jeg",
    "^(?!(?:.* )?(?:jer|jeres|kan i|vil i|hjælper i|timen|timer|holdet|kurset|kurser|undervisning|undervisningen|træning|træningen|instruktør|instruktøren|lærer|læreren)(?: |$))(?:.* )?hvordan (?:kommer jeg|kommer man|kan jeg komme|slipper jeg) (?:videre efter|over) (?:et |mit |et dårligt |bruddet|min |hende|ham)",
    "^(?!(?:.* )?(?:jer|jeres|kan i|vil i|hjælper i|timen|timer|holdet|kurset|kurser|undervisning|undervisningen|træning|træningen|instruktør|instruktøren|lærer|læreren)(?: |$))(?:.* )?(?:mere|bedre|få|styrke|øge|mit|min) (?<topic>selvtillid|selvværd)",
    "^(?!(?:.* )?(?:jer|jeres|kan i|vil i|hjælper i|timen|timer|holdet|kurset|kurser|undervisning|undervisningen|træning|træningen|instruktør|instruktøren|lærer|læreren)(?: |$))(?:.* )?(?:blive|bliver jeg|bliver man|være) mere (?<topic>selvsikker|selvsikre)",
    "^(?!(?:.* )?(?:jer|jeres|kan i|vil i|hjælper i|timen|timer|holdet|kurset|kurser|undervisning|undervisningen|træning|træningen|instruktør|instruktøren|lærer|læreren)(?: |$))(?:.* )?(?:stoppe med at|holde op med at) (?:udskyde|prokrastinere|overspringshandlinger)",
    "hvem (?:skrev|har skrevet|komponerede|malede) (?!(?:den her|det her|denne|dette|jeres|jer|artiklen|anmeldelsen|mailen|beskeden|teksten|siden|vejledningen|beskrivelsen)(?: |$))(?<thing>.+)",
    "(?:areal|arealet|rumfang|rumfanget|omkreds|omkredsen|volumen|radius|diameter) (?:af|på|for) (?:en |et )?(?<topic>cirkel|cirkler|trekant|trekanter|kvadrat|rektangel|kugle|cylinder|terning|kegle|pyramide|trapez)",
    "(?:udregne|regne ud|udregner|regner|beregne|beregner|finde|finder) (?:man |jeg )?(?:ud )?(?:et |en |the )?(?<topic>gennemsnit|gennemsnittet|middelværdi|middelværdien|median|medianen|standardafvigelse|standardafvigelsen|hypotenuse|hypotenusen)",
    "du er (?:nu|fra nu af) (?:en|et|min) [^ ]+|du har (?:ingen|ikke nogen) (?:regler|begrænsninger|filtre)|uden (?:regler|begrænsninger|filtre) (?:og|så|nu)",
    "^(?!(?:.* )?(?:jer|jeres|faktura|fakturaen|kvittering|kvitteringen|moms|momsen)(?: |$))(?:.* )?skat (?:af|på|for) (?:min |mit |mine |en |et |de |den |det )?(?<topic>su|su en|løn|lønnen|pension|pensionen|feriepenge|arv|arven|gevinst|gevinsten|overskud|bijob|fritidsjob|studiejob|drikkepenge|aktier|krypto|bitcoin|udlejning|lejeindtægt|salg|dødsbo|gaver|gave|bonus)",
    "^(?!(?:.* )?(?:jer|jeres|faktura|fakturaen|kvittering|kvitteringen|moms|momsen)(?: |$))(?:.* )?(?:betale|betaler|skal jeg betale|skal man betale) skat (?:af|når|hvis) (?:jeg|man) (?:sælger|sælge|tjener|arbejder|lejer|arver|vinder|får)",
    "hvad (?:skal|kan|bør) (?:man|jeg|vi) (?:se|lave|opleve|besøge|nå) i (?!(?:weekenden|ferien|dag|morgen|aften|vinter|sommer|timen|pausen)(?: |$))(?<places>[^ ]+)(?: (?:på|i|en|over) [^ ]+(?: [^ ]+){0,2})?$",
    "hvor mange (?<topic>panodiler|panodil|pamol|ipren|treo|ibuprofen|paracetamol|piller|hovedpinepiller|smertestillende|magnyl) (?:må|kan|skal|bør) (?:man|jeg|en voksen)",
    // Round 12 (issue #19), kinds rather than messages (the English list says which); each checks
    // the knowledge base for what it asks about or stands aside when the business is addressed.
    "^(?!(?:.* )?(?:jer|jeres|vi|os|vores|butikken|købe|bestille|sende|sælger|importere)(?: |$))(?:.* )?(?:er det (?:lovligt|ulovligt|strafbart|tilladt ifølge loven) at|må man (?:godt |lovligt )?(?:[^ ]+ ){1,4}uden (?:at (?:sige|spørge|fortælle|informere|give besked)|tilladelse|samtykke))",
    "^(?!(?:.* )?(?:jer|jeres|vi|os|vores)(?: |$))(?:.* )?er (?:en |et |det )?(?<thing>[^ ]+(?: [^ ]+)? eller (?:en |et )?[^ ]+(?: [^ ]+)?) (?:bedst|bedre|billigst|billigere|sundest|sundere|sikrest|sikrere)",
    "(?<thing>(?:diesel|benzin|elbil|hybrid|hybridbil) eller (?:en )?(?:diesel|benzin|elbil|el|hybrid|hybridbil))",
    "^(?!(?:.* )?(?:jer|jeres|vi|os|vores|åben|åbent|åbne|lukket|levering|ordre)(?: |$))(?:.* )?(?:hvilken dato|hvilken dag|hvornår) (?:er|falder|bliver|ligger) (?:påske|påsken|påskedag|langfredag|skærtorsdag|pinse|pinsen|jul|julen|juleaften|nytår|nytårsaften|fastelavn|kristi himmelfartsdag|store bededag|mors dag|fars dag|halloween|sankthans|ramadan)(?: i år| næste år| i [0-9]+)?$",
    "hvad (?:betyder|står) (?<topic>gdpr|nato|nasa|dna|bnp|nft|lol|fomo|yolo|idk|btw|omg|rizz)(?: for)?$",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?hvornår (?:åbner|lukker) (?:der |den |det )?(?<thing>[^ ]+(?: [^ ]+)?)(?: om [^ ]+| i dag| i morgen| på [^ ]+| i weekenden)?$`,
    "hvor mange (?:sekunder|minutter|timer|dage|døgn|uger|måneder|år) (?:er der (?:i|på) |går der (?:i|på) |har |i |på )(?:et|en) (?:minut|time|døgn|dag|uge|måned|år|skudår|århundrede)$",
    "^(?!(?:.* )?(?:jer|jeres|hjemmeside|hjemmesiden|webshop|webshoppen|shop|app|appen)(?: |$))(?:.* )?(?:slette|sletter|slet|lukke|lukker|luk|deaktivere|deaktiverer|gendanne|hacket) (?:jeg |man )?(?:min |mit |en |et )?(?<topic>instagram|facebook|fb|tiktok|snapchat|whatsapp|google|gmail|netflix|spotify|twitter|linkedin|pinterest|reddit|discord|icloud|apple|microsoft|outlook|hotmail|youtube|paypal|tinder|telegram)(?: )?(?:konto|kontoen|profil|profilen|bruger|account)",
    "^(?!(?:.* )?(?:jer|jeres|vi|os|vores|betale|betaling|betaler|tager|modtager|accepterer|kassen|ordre|bestilling|depositum)(?: |$))(?:.* )?(?:hvilket|hvilken|bedste|billigste|bedst|godt|god) (?:kreditkort|betalingskort|bankkonto|opsparingskonto|bank|netbank|mobilabonnement) (?:er (?:bedst|billigst|godt)|til|at have|i)",
    "^(?!(?:.* )?(?:jer|jeres|sælger|anbefaler)(?: |$))hvad er (?:en|et|nogle) (?:(?:god|godt|gode|billig|billigt|billige|pålidelig) )+(?<thing>[^ ]+(?: [^ ]+)?)$",
    "(?:anbefale|anbefal|anbefaler|foreslå|foreslår) (?:mig )?(?:noget |nogle |et par )?(?:god |gode |godt |ny |nye )?(?<topic>musik|bands|band|bøger|bog|film|serier|serie|kunstnere|sange|podcasts|spil|albums|forfattere) (?:der minder om|som minder om|der ligner|som ligner|ligesom|i stil med)",
    "(?:købe eller lease|lease eller købe|købe eller leje|leje eller købe|købe eller leaser) (?:en |et |min )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:jer|jeres|vi|os|vores|hold|holdet|kursus|kurset|timer|klub|klubben|starte|melde)(?: |$))(?:.* )?(?:hvornår|hvilken alder|hvor gamle|i hvilken alder) (?:skal|bør|må|kan) (?:børn|et barn|mit barn|min søn|min datter|teenagere) (?:have|få|bruge) (?:deres |sin |en |et )?(?:første |egen |egne )?(?:mobil|mobiltelefon|telefon|smartphone|tablet|ipad|instagram|tiktok|snapchat|sociale medier)",
    "^(?!(?:.* )?(?:jer|jeres|vi|os|vores)(?: |$))(?:.* )?(?:bestiller|bestille|bestil|bestilling|ordre|refusion|konto) (?:[^ ]+ ){0,2}(?:på|via|gennem|hos|fra|med) (?<topic>wolt|just eat|justeat|foodora|uber eats|ubereats|too good to go)",
    "min (?!konto|ordre|bestilling|profil|adgangskode|kode|betaling|app|hjemmeside|kurv)(?<thing>[^ ]+(?: [^ ]+)?) (?:fryser|hænger|crasher|går ned|lukker ned|genstarter|lagger) (?:[^ ]+ ){0,3}(?:når|hver gang|så snart) jeg (?:åbner|starter|bruger|kører)",
    "^(?!(?:.* )?(?:jer|jeres|hjemmeside|hjemmesiden|siden|betaling|kurven)(?: |$))(?:.* )?(?:fryser|hænger|crasher|går ned|lukker ned) (?:[^ ]+ ){0,4}(?:når|hver gang|så snart) jeg (?:åbner|starter|bruger) (?<topic>chrome|google chrome|firefox|safari|edge|excel|outlook|spotify|teams|zoom|photoshop|steam|discord|minecraft|fortnite)",
    "^(?!(?:.* )?(?:jer|jeres|os|vores|butikken|butik|forretningen|værkstedet|klinikken|salonen|hallen|klubben|lageret|her)(?: |$))(?:.* )?(?:hvordan kommer (?:jeg|man|vi)|hvordan kommer man|vejen) (?:til|fra) (?<places>[^ ]+(?: [^ ]+){0,2}) (?:fra|til) [^ ]+",
    "^(?!(?:.* )?(?:jer|jeres|størrelse|størrelsen|str|model|varen|produktet)(?: |$))(?:.* )?(?:hedder det|siger man|skriver man|skal det være) [^ ]+(?: [^ ]+)? eller [^ ]+|nogle eller nogen|nogen eller nogle|de eller dem|dem eller de",
    "hvem (?:vandt|blev|har vundet) (?:[^ ]+ ){0,2}(?:mesterskabet|superligaen|pokalen|guld|danske mestre|danmarksmester|danmarksmesterskabet|mester|mestre)(?: sidste år| i år| i [0-9]+)?|(?:hvilket|hvilken) (?:hold|klub) spiller (?<thing>.+?) (?:på|for|i)(?: nu)?$",
  ],
  siteFrames: [
    "betale (?:med|via|i|kontant)",
    "betaling",
    "(?:lever|leverer|levering|leveringen|leveret|fragt|sender|sende)",
    "(?:min|mit|jeres|en) (?:ordre|bestilling)",
    "(?:pengene tilbage|refusion|returnere|retur)",
    "(?:aflyse|aflyser|afbestille|afbestiller|ombooke)",
    "flytte (?:min|mit|en|et|vores)",
    "booking",
    "(?:har|sælger|tager|tilbyder|laver|fører) i",
    "jeres (?!instruktioner|systemprompt|prompt|regler)[^ ]+",
    "(?:åbent|åbningstider)",
    "(?:vaske|vaskes|vasker|rengøre|rengøres)",
    "(?:faktura|kvittering)",
    "(?:kan|vil|holder|tåler) (?:den|det|de|cyklen|skoene|sofaen|bordet|batteriet|jakken|teltet) (?:holde|klare|tåle)",
    "(?:hvilken|hvilket|hvilke) [^ ]+ (?:er )?(?:bedst|bedste) (?:til|i|for)",
    "parkering",
    "(?:hente|henter|afhente|afhenter|afhentning)",
    "(?:god|godt|gode|egnet|velegnet|ok) (?:i|til|om) (?:regn|regnvejr|sne|blæst|kulde|vind|vinter|vinteren|sol)",
    // Round 7: a class called off for the weather, a gift card's validity, stock.
    "(?:aflyst|aflyses|aflyser i|udsat|udskudt) (?:hvis|når|ved|pga|på grund af)",
    "gavekort(?:et)?|gælder (?:det|den|koden)|udløber",
    // Round 11: the way to the business itself.
    "(?:komme|komme hen|kommer|finde) (?:til|hen til|frem til) (?:jer|butikken)",
  ],
};
