import type { PersonRequestGrammar } from "../types.ts";

/** How visitors ask for a person in Danish: see `shared/person-request.ts` for the notation. */
export const PERSON_REQUESTS: PersonRequestGrammar = {
  I: "nogen|en person|et menneske|en rigtig person|et rigtigt menneske|en (der|som|fra|af)",
  S: "person|menneske|mennesker|personale|medarbejder|medarbejdere|chef|radgiver|agent|operatør|kundeservice|kundesupport",
  P: "I|S|personer|medarbejderen|ansat|ansatte|konsulent|sælger|saelger|leder|chef|ansvarlig|supporter|support|salg|salgsafdelingen|bogholderiet|bogholderi|tekniker|ekspedient|kollega|kolleger|kollegaer|team|afdeling|ansvarlige|den ansvarlige",
  R: "(rigtig|rigtigt|rigtige|ægte|virkelig|levende) (person|personer|menneske|mennesker|medarbejder|ansat|ekspedient|rådgiver|radgiver)",
  T: "tale|tal|taler|snakke|snak|snakker|chatte|chat|skrive|skriver|maile|drøfte|klage|sparre|(vende|vendt|afklare|afklaret|gennemgå|gennemga|tjekke|aftale|drøfte|tale|snakke) (det|den|dette|noget|tingene|sagen|planerne|tilbuddet|tegningerne|det hele)",
  B: "(bot|robot|chatbot|botten|robotten)(?! (protection|detection|traffic|filter))",
  M: "maskine|maskinen|computer",
  F: "tak|nu|venligst|hallo|hej|please",
  A: "en|et|en rigtig|et rigtigt",
  O: "(nogen|en) fra (jeres|jer|din|dit|dine)",
  W: "dyrlæge|dyrlægen|mekaniker|mekanikeren|blomsterhandler|blomsterhandleren|florist|floristen|frisør|frisøren|frisor|frisoren|træner|træneren|traener|traeneren|coach|coachen|lærer|læreren|laerer|laereren|underviser|underviseren|instruktør|instruktøren|kørelærer|kørelæreren|læge|lægen|tandlæge|tandlægen|sygeplejerske|sygeplejersken|farmaceut|farmaceuten|apoteker|apotekeren|optiker|optikeren|fysioterapeut|fysioterapeuten|fysioterapeut|terapeut|terapeuten|advokat|advokaten|revisor|revisoren|bogholder|bogholderen|rådgiver|rådgiveren|radgiveren|konsulent|konsulenten|vvs'er|vvs-manden|blikkenslager|blikkenslageren|elektriker|elektrikeren|tekniker|teknikeren|montør|montøren|fotograf|fotografen|kok|kokken|køkkenchef|køkkenchefen|bager|bageren|designer|designeren|arkitekt|arkitekten|guide|guiden|chauffør|chaufføren|ejer|ejeren|indehaver|indehaveren|butiksejer|butiksejeren|leder|lederen|chef|chefen|direktør|direktøren|specialist|specialisten|ekspert|eksperten|tømrer|tømreren|murer|mureren|maler|maleren|snedker|snedkeren|gartner|gartneren|anlægsgartner|anlægsgartneren|låsesmed|låsesmeden|smed|smeden|ejendomsmægler|ejendomsmægleren|mægler|mægleren|jordemoder|jordemoderen|kiropraktor|kiropraktoren|fodterapeut|fodterapeuten|psykolog|psykologen|kosmetolog|kosmetologen|tatovør|tatovøren|skrædder|skrædderen|guldsmed|guldsmeden|urmager|urmageren|slagter|slagteren|receptionist|receptionisten|sekretær|sekretæren|koordinator|koordinatoren|projektleder|projektlederen|håndværker|håndværkeren|entreprenør|entreprenøren|udlejer|udlejeren|vicevært|viceværten|pædagog|pædagogen|rektor|rektoren|skoleleder|skolelederen|øjenlæge|øjenlægen|børnelæge|børnelægen|hudlæge|hudlægen|kirurg|kirurgen|hundetræner|hundetræneren|stylist|stylisten|bedemand|bedemanden|flyttemand|flyttemanden|tagdækker|tagdækkeren|glarmester|glarmesteren|vognmand|vognmanden|landinspektør|landinspektøren|tandplejer|tandplejeren|klinikassistent|klinikassistenten|dyrepasser|dyrepasseren|fodplejer|fodplejeren|neglebehandler|neglebehandleren|massør|massøren|kostvejleder|kostvejlederen|diætist|diætisten|psykoterapeut|psykoterapeuten|sælger|sælgeren|salgschef|salgschefen|kundechef|kundechefen|kundeansvarlig|kundeansvarlige|bygherre|bygherren|forvalter|forvalteren|administrator|administratoren|mester|mesteren|plejer|plejeren|vejleder|vejlederen",
  V: "dyrlæger|mekanikere|frisører|trænere|lærere|undervisere|instruktører|læger|tandlæger|sygeplejersker|fysioterapeuter|terapeuter|advokater|revisorer|rådgivere|radgivere|konsulenter|elektrikere|teknikere|montører|fotografer|kokke|designere|arkitekter|guider|chauffører|specialister|eksperter|tømrere|murere|malere|snedkere|gartnere|låsesmede|ejendomsmæglere|mæglere|jordemødre|kiropraktorer|fodterapeuter|psykologer|kosmetologer|tatovører|skræddere|håndværkere|pædagoger|stylister|tandplejere|massører|sælgere|frisører|blomsterhandlere|instruktører|trænere|kørelærere|bagere|guider|sygeplejersker",
  K: "læge|lægen|lærer|læreren|træner|træneren|terapeut|terapeuten|tekniker|teknikeren|rådgiver|rådgiveren|konsulent|konsulenten|mægler|mægleren|mester|mesteren|smed|smeden|sælger|sælgeren|leder|lederen|chef|chefen|ansvarlig|instruktør|instruktøren|underviser|underviseren|sygeplejerske|sygeplejersken|plejer|plejeren|arkitekt|arkitekten|fotograf|fotografen|designer|designeren|montør|montøren|mekaniker|mekanikeren|advokat|advokaten|revisor|revisoren|frisør|frisøren|stylist|stylisten|kok|kokken|gartner|gartneren|tømrer|tømreren|maler|maleren|elektriker|elektrikeren|vejleder|vejlederen|pædagog|pædagogen|psykolog|psykologen",
  H: "ledelsen|direktionen|hovedkontoret|direktøren|ejeren|chefen|indehaveren|en overordnet|din overordnede|en chef|en leder|nogen (højere oppe|hojere oppe|over dig)",
  U: "kontoret|sekretariatet|receptionen|butikken|klinikken|værkstedet|vaerkstedet|salonen|studiet|bureauet|firmaet|teamet|skolen|kontor|sekretariat",
  N: "andre|anden|andet|flere|alle|hver|ny|nye|deres|vores",
  x: [
    "R",
    "T (med|til) ~P",
    "(I|hvem) ~T (med|til)",
    "(viderestil|viderestille|viderestillet|overfør|overføre|overført|overfor|overfore|forbind|forbinde|forbundet|eskaler|eskalere|eskaleret|henvis) ~4P",
    "(viderestil|viderestille|viderestillet|stil|stille|stillet|send|sende|sendt|sæt|sætte|fa|faa|kom|komme|giv|give) (mig )?(videre|om|over)|(send|sende|giv|give|stil|sæt) ~2videre til ~P|(find|skaf|hent) (mig )?(I|en P)",
    "i (forbindelse|kontakt) med ~P|(sætte|sæt|saette|saet|komme|kommer) (mig |os )?i (forbindelse|kontakt) med (W|(en|et|jeres|din) W|H)",
    "(?=ring)(?<!(?!P )[^ ]+(en|et) )(ring|ringe) ~1(til )?mig|(ringet|ringes) op|blive kontaktet|kontaktes",
    "P ~(skrive|skriv|skriver|maile|mail|mailer|kontakte|kontakt|kontakter|ringer) (til )?mig|(kan|vil|gider|må) (i|du|nogen) ~2(skrive|maile|ringe|kontakte|sende) (til )?mig|(fa|faa) (I|(en |et )?P) til at",
    "(fat i|kontakt med) (en |et )?P|(fa|faa|have|ønsker|onsker|giv mig|give mig) (et |en )?(opkald|opringning)",
    "(skriv|kontakt|ring) (til )?mig|(hjælp|hjaelp) fra ~1S",
    "(vil have|vil gerne have|har brug for|brug for|giv mig|fa|faa|find|skaf|hent|ønsker|onsker) (at )?(en |et )?S",
    "(ingen|ikke|nej|stop|uden) ~B|ikke ~T ~M",
    "B (er|virker) ~(ubrugelig|elendig|dum|haablos|hablos|uduelig|ikke)",
    "(kan|vil|er|har|brug for|fa|faa|have|må) ~2O|^O( [^ ]+)?( F)*$|O ~2(kan|vil|ledig|hjælpe|ringe|kontakte|skrive)|(I|en P) (der|som) ~1(kan )?(hjælpe|hjaelpe)",
    "er der (I|en S) (derude|derinde|her|online|til stede|ledig|ledige|på den anden side|pa den anden side|i den anden ende|bag skærmen)|(I|nogen) (af kød og blod|af kod og blod|i kød og blod)",
    "^(F )*(A )?S( F)*$",
    // The business's own people ("dyrlægen", "jeres mekaniker") and those above the assistant
    // ("ledelsen"): talked to, calling or writing back, asked to, or named alone. Not after
    // "skal/bør jeg" ("skal jeg tale med lægen først" asks for advice).
    "(?<!(skal|bør|bor|må) (jeg|vi|man) ([^ ]+ )?|(bedre|bedst|værd|vaerd|nødvendigt|nodvendigt|klogt) (at )?)T ~1(med|til) (W|(en|et|jeres|din|dit|vores|hans|hendes|deres) W|en af (jeres|dine|de) ([^ ]+ )?V|H)(?! (abonnement|konto|profil|kursus|pakke|rolle|adgang))",
    "(kan|kunne|vil|gider|må) (W|en W) ~2((ringe|skrive|maile|kontakte) (op |lige |gerne |hurtigt |tilbage |i dag |i morgen )?(til )?mig|sende mig (en |et )?(mail|e-mail|besked|sms))|(bede|bed|beder|få|fa) (W|(en |et )?W|en af (jeres|dine|de) V|nogen) ~1(om at|til at) ~2((ringe|skrive|maile|kontakte) ~2(til )?mig|sende mig (en |et )?(mail|e-mail|besked|sms))",
    "(kan|må) (jeg|vi) ~1(komme i kontakt med|få fat i|fa fat i|fange|kontakte|blive sat i forbindelse med) (W|(en|et|jeres|din) W|H)|(eskaler|eskalere|send|sende) (det|sagen|den|min [^ ]+) ~1(videre op|op|højere op|hojere op)(?= |$)|(klage|klag) ~3(til|hos) H",
    "^(F )*(en |et )?(?!(coach|guide|kok|bager|designer|leder|ekspert|specialist) )W( F)+$|^(F )*(en|et) (?!(coach|guide|kok|bager|designer|leder|ekspert|specialist) )W( F)*$",
    "(er|kan) (W|en W) ~1(ledig|fri|tilgængelig|til stede) til ~1(snak|samtale|opringning|tale|snakke)|(fat i|kontakt med) (W|(en|et|jeres|din) W|H)|(få|fa|have) (W|(en |et )?W|H|nogen|en person) i (telefonen|røret|roret)|(have|få|fa|ønsker|onsker|bede om|booke) (en )?(samtale|snak|telefonsamtale|telefonmøde) med (W|(en|et|jeres|din) W|H)",
    // Round 5: one of them asked to call or write ("at kokken ringer mig op"), a matter to go
    // over with one of them ("sparre med", "vende det med"), an escalation asked for ("skal
    // eskaleres"), and a visitor coupled to one ("kobl mig på elektrikeren"). A call or mail
    // between others ("har kokken ringet til leverandøren") names no "mig".
    "(at|kan|kunne|vil|må|gider|skal) (W|en W|(en|et|jeres|din) W|en af (jeres|dine|de) V) ~1(ringer|ringe|skriver|skrive|mailer|maile|kontakter|kontakte) ~1(til )?mig(?= |$)",
    "er der (en |et |nogen )?(W|V) (jeg|vi) ~2T (med|til)(?= |$)",
    "(skal|bør|bor|må|kan|vil) (det |den |sagen |dette |min [^ ]+ )?(eskaleres|sendes videre|sendes op)|(eskaler|eskalere|eskaleres|eskaleret|sende|send) ~3(til|op til) (H|W|(en|et|jeres|din) W)|(eskaler|eskalere|eskaleret) (venligst |lige |gerne )?(det|den|sagen|min [^ ]+|dette|denne)(?= |$)",
    "(kobl|koble|kobler|koblet) mig ~1(på|pa|til|sammen med|med|over til) (W|(en|et|jeres|din) W|en af (jeres|dine|de) V|H|P)",
    // Round 6: a meeting or call booked with one of them ("booke et kort møde med jeres
    // revisor"; not a time booked for a service, "en tid hos frisøren", nor a meeting had,
    // "jeg har et møde med arkitekten"); one of them asked to call back with no "mig"; asked for
    // a few minutes; a talk of a moment ("tale et øjeblik med"); the visitor's matter wished
    // passed on, or looked at by a manager.
    "(kan|kunne|må|vil|gerne|ønsker|onsker|muligt at|mulighed for at|mulighed for) ~2(booke|bestille|aftale|arrangere|have|få|fa|lave|holde|tage|sætte op|planlægge|planlaegge) (et |en )?([^ ]+ ){0,2}(møde|videomøde|telefonmøde|opkald|videoopkald|samtale|snak|teamsmøde|zoommøde) med (W|(en|et|jeres|din|dit) ([^ ]+ )?W|en af (jeres|dine|de) ([^ ]+ )?V|H)(?= |$)",
    "(kan|kunne|vil|gider|må) (W|(en|et|jeres|din|dit) W|U|(jeres|din|dit) U|nogen|en af (jeres|dine|de) V|(en |et )?S) ~1(ringe|ringer) (mig )?(tilbage|op)(?= |$)",
    "(kunne|ville|har|mon) (W|(jeres|din|dit) W) (lige |mon |have )?(tid|et øjeblik|et oejeblik|fem minutter|et par minutter|et minut|to minutter) til (at )?~1(T|en snak|en samtale|et opkald|ringe)(?= |$)",
    "T (lige |kort |hurtigt )?(et øjeblik|et oejeblik|et minut|et par minutter|to minutter|fem minutter|kort) (med|til) (W|(en|et|jeres|din) W|en af (jeres|dine|de) ([^ ]+ )?V|H)(?= |$)",
    "(vil gerne have|vil have|ønsker|onsker|gerne have|beder om) (at )?(det|den|sagen|dette|min (sag|klage|henvendelse|forespørgsel|foresporgsel|reklamation)|mit (spørgsmål|sporgsmal|problem)) (eskaleret|sendt videre|sendt op|givet videre|sendes videre|eskaleres)(?= |$)|(vil gerne have|vil have|ønsker|onsker|gerne have|beder om) at (en |et |jeres |din )?(S|H|leder|chef|ansvarlig) ~1(kigger|ser|tager et kig|gennemgår|gennemgar|behandler|tager sig af) ~1(på |pa )?(min|mit|sagen|det|den|dette)(?= |$)",
    // Asked on the visitor's behalf ("vil I bede værkstedet om at kontakte mig"), a wish to talk
    // to one just named ("jeg vil gerne tale med hende"), a matter gone over with one of them
    // ("vende et tilbud med en af jeres konsulenter").
    "((kan|vil|gider|kunne) (i|du) (ikke )?(venligst )?|^|venligst )(bede|bed) ([^ ]+ ){1,2}om at ~2(ringe|skrive|maile|kontakte|vende tilbage) ~2(til )?mig(?= |$)|(vil gerne|vil|kan jeg|kunne jeg|må jeg|ma jeg) (T) (med|til) (ham|hende|dem)(?= |$)|(vil gerne|vil|kan jeg|kunne jeg|må jeg|ma jeg|kan vi) (vende|drøfte|drofte|gennemgå|gennemga|afklare|aftale|snakke om|tale om) ~3med (en af (jeres|dine|de) V|(jeres|din|dit) W|W|H)(?= |$)",
    // Round 7, general frames over specific strings. Any contact verb with the visitor as its
    // object after "kan/kunne/vil", whose subject is one of the business's people or a part of
    // it, alone or coordinated ("kunne hendes træner eller kontoret kontakte mig", "kan en af
    // jeres rådgivere sende mig en mail"); not "sende mig billederne", something sent.
    "(?<!(hvordan|hvornår|hvornar|hvorfor|hvor) )(kan|kunne|gider|må|ma) ([^ ]+ ){0,3}(W|V|U|S)( (eller|og) ([^ ]+ ){1,4}?| )~1(venligst |lige |gerne |hurtigst muligt |i dag )?((ringe|skrive|maile|kontakte|vende tilbage) ~1(til )?mig|sende mig (en |et )?(mail|e-mail|besked|sms))(?= |$)(?! (når|nar|naar|hvis|så snart|sa snart|i tilfælde)( |$))",
    // A meeting or call with someone of the business ("et møde med en fra bureauet"), asked
    // for; not "jeg havde et møde med en fra kommunen", a meeting had.
    "(kan|kunne|må|ma|vil|gerne|ønsker|onsker|muligt at|mulighed for at|mulighed for|hellere) ~3(møde|moede|videomøde|telefonmøde|opkald|videoopkald|samtale|snak|mødes|modes) med ((en|nogen|en person|en medarbejder|en af jer) (fra|hos|i|pa|på) (jer|jeres [^ ]+|[^ ]+)|en af (jeres|dine) [^ ]+ (for at|om|og) ~1(T|tale|snakke|gennemgå|gennemga|drøfte|drofte|kigge på|kigge pa|se på|se pa|aftale|vende))(?= |$)",
    // Someone who works there ("giv mig en der arbejder hos jer"), asked for.
    "(giv mig|find mig|skaf mig|hent|vil have|vil gerne have|gerne have|vil tale med|vil snakke med|brug for|få fat i|fa fat i) (nogen|en|et menneske|en person) (der|som) (arbejder|er ansat|sidder) (hos|i|pa|på|for|ved|der|her)(?= |$)",
    // A person contrasted with a machine: an answer wished from a human ("hellere have svar fra
    // et menneske"), a visitor who has been talking to a bot ("jeg har snakket med en maskine";
    // not "snakker jeg med en robot", a question about the assistant).
    "(have|få|fa|ønsker|onsker|vil|hellere|gerne|brug for|kan jeg) ~2(et )?(svar|besked|hjælp|hjaelp) fra (et |en )?(rigtigt |rigtig |levende |ægte )?(menneske|person|medarbejder|ansat|mennesker)(?= |$)|jeg (har )?(bare |kun |stadig |jo )?(snakket|talt|skrevet|chattet|siddet og snakket) ~3med (en |et |den |denne )?(M|B)(?= |$)(?! (fra|om|til|der|som|hos)( |$))",
    // One of them wished to call back, with no "mig" ("jeg vil gerne have at fysioterapeuten
    // ringer tilbage"), or who must call ("elektrikeren skal ringe tilbage"); not "ringer
    // tandlægen tilbage?", a question.
    "(vil gerne have|vil have|ønsker|onsker|gerne have|beder om|bede om|håber|haaber|hellere|brug for) at (W|U|(en|et|jeres|din|dit) (W|U)|en af (jeres|dine|de) V|H|(en |et )?S|nogen) ~1((ringer|ringe|vender) (mig )?(tilbage|op)|(ringer|kontakter|skriver|mailer) (til )?mig)(?= |$)|(W|H) (skal|må|ma|bør|bor) (lige |gerne |hurtigst muligt |straks |snarest |i dag )?(ringe|vende) (mig )?tilbage(?= |$)",
    // The one who is in charge of something, however said ("tale med den der står for
    // bryllupper").
    "T (med|til) (den|dem|en|nogen) (der|som) (har ansvaret|har ansvar|står for|star for|er ansvarlig|tager sig af|har med|styrer|håndterer|handterer)(?= |$)",
    // The one who served the visitor, described ("få fat i den der lavede mit køkken"); a wish
    // to hear from one of them ("høre fra en af jeres rådgivere").
    "(T (med|til)|fat i|kontakt med) (den|ham|hende|damen|manden|fyren|pigen|personen|medarbejderen) (der|som) (lavede|klippede|solgte|reparerede|ordnede|hjalp|tog sig af|var her|kom|installerede|byggede|malede|behandlede|passede|underviste|leverede|monterede)(?= |$)|(vil gerne|vil|gerne|ønsker|onsker|kan jeg|må jeg|hellere) høre fra (en af (jeres|dine) [^ ]+|W|(jeres|din|dit) W|H|nogen|I|en (rigtig )?person)(?= |$)",
    // Round 8: one of the business's people asked after as there ("er dyrlægen der?", "er
    // ejeren til stede i dag"), at the message's end or before a new clause; not "hvornår er
    // dyrlægen der" (the hours); anyone asked after at the phone ("er der nogen ved telefonen").
    "(?<!(hvornår|hvornar|hvor|hvorfor|hvordan|hvem|om)( [^ ]+){0,2} )er (W|(jeres|din|dit) W|H) (der|inde|til stede|på arbejde|pa arbejde|her)( i dag| nu| lige nu)?(?= (jeg|vi|kan|vil|skal|har|må|ma)( |$)|$)|(er der|sidder der) (nogen|nogle|en) (der |som )?(sidder |er )?(ved|i|på|pa) (telefonen|telefonerne)(?= |$)",
  ].join("|"),
};
