import type { PersonRequestGrammar } from "../types.ts";

/**
 * How visitors ask for a person in Swedish: see `shared/person-request.ts` for the notation.
 * Words are written as matching reads them, accents folded ("manniska" for "människa").
 */
export const PERSON_REQUESTS: PersonRequestGrammar = {
  I: "nagon|en person|en manniska|en riktig person|en riktig manniska|en (som|fran|pa)",
  S: "person|manniska|manniskor|personal|medarbetare|handlaggare|chef|radgivare|agent|operator|kundtjanst|kundservice|kundsupport",
  P: "I|S|personer|medarbetaren|handlaggaren|anstalld|anstallda|konsult|saljare|ansvarig|support|supporten|kundtjansten|chefen|personalen|forsaljning|ekonomi|ekonomiavdelningen|tekniker|kollega|kollegor|team|avdelning|avdelningen",
  R: "(riktig|riktiga|riktigt|akta|verklig|levande) (person|personer|manniska|manniskor|medarbetare)",
  T: "prata|pratar|snacka|snackar|tala|talar|chatta|chattar|skriva|skriver|maila|mejla|diskutera|klaga|stamma av|reda ut|ga igenom|bolla|(stamma av|reda ut|ga igenom|bolla|kolla|prata om) (det|detta|saken|arendet|planerna|offerten|ritningarna)",
  B: "(bot|robot|chatbot|chattbot|botten|roboten|chattbotten)(?! (protection|detection|traffic|filter))",
  M: "maskin|maskinen|dator|datorn",
  F: "tack|nu|snalla|hallo|hej|please",
  A: "en|ett|en riktig",
  O: "(nagon|en) (fran|pa|hos) (er|ert|era|din|ditt|dina|kundtjanst|supporten)",
  W: "veterinar|veterinaren|mekaniker|mekanikern|florist|floristen|frisor|frisoren|tranare|tranaren|coach|coachen|larare|lararen|handledare|handledaren|instruktor|instruktoren|lakare|lakaren|tandlakare|tandlakaren|sjukskoterska|sjukskoterskan|apotekare|apotekaren|optiker|optikern|fysioterapeut|fysioterapeuten|sjukgymnast|sjukgymnasten|terapeut|terapeuten|advokat|advokaten|jurist|juristen|revisor|revisorn|radgivare|radgivaren|konsult|konsulten|rormokare|rormokaren|elektriker|elektrikern|tekniker|teknikern|montor|montoren|fotograf|fotografen|kock|kocken|bagare|bagaren|designer|designern|arkitekt|arkitekten|guide|guiden|chauffor|chaufforen|agare|agaren|butiksagare|chef|chefen|direktor|direktoren|specialist|specialisten|expert|experten|snickare|snickaren|murare|muraren|malare|malaren|tradgardsmastare|tradgardsmastaren|lassmed|lassmeden|fastighetsmaklare|fastighetsmaklaren|maklare|maklaren|barnmorska|barnmorskan|kiropraktor|kiropraktorn|fotterapeut|fotterapeuten|psykolog|psykologen|hudterapeut|hudterapeuten|tatuerare|tatueraren|skraddare|skraddaren|guldsmed|guldsmeden|slaktare|slaktaren|servitor|servitoren|receptionist|receptionisten|sekreterare|sekreteraren|projektledare|projektledaren|hantverkare|hantverkaren|entreprenor|entreprenoren|hyresvard|hyresvarden|vicevard|vicevarden|forskollarare|forskollararen|rektor|rektorn|ogonlakare|ogonlakaren|barnlakare|barnlakaren|hundtranare|hundtranaren|stylist|stylisten|saljare|saljaren|kundansvarig|kundansvariga|naprapat|naprapaten|massor|massoren|dietist|dietisten|mastare|mastaren|ledare|ledaren|skoterska|skoterskan",
  V: "veterinarer|mekaniker|frisorer|tranare|larare|instruktorer|lakare|tandlakare|terapeuter|advokater|revisorer|radgivare|konsulter|elektriker|tekniker|fotografer|arkitekter|specialister|experter",
  K: "lakare|lakaren|larare|lararen|tranare|tranaren|terapeut|terapeuten|tekniker|teknikern|radgivare|radgivaren|konsult|konsulten|maklare|maklaren|mastare|mastaren|saljare|saljaren|ledare|ledaren|ansvarig|instruktor|instruktoren|skoterska|skoterskan|arkitekt|arkitekten|fotograf|fotografen|designer|designern|montor|montoren|mekaniker|mekanikern|advokat|advokaten|revisor|revisorn|frisor|frisoren|snickare|snickaren|elektriker|elektrikern|psykolog|psykologen",
  H: "ledningen|foretagsledningen|huvudkontoret|chefen|agaren|en overordnad|din overordnade|nagon hogre upp",
  U: "kontoret|kansliet|receptionen|expeditionen|butiken|kliniken|verkstaden|salongen|studion|byran|foretaget|teamet|skolan|kontor",
  N: "andra|annan|annat|flera|alla|varje|ny|nya|deras",
  x: [
    "R",
    "T (med|till) ~P",
    "(I|vem|vilken) ~T (med|till)",
    "(koppla|kopplar|kopplas|kopplad|vidarekoppla|vidarekopplad|overfor|overfora|overford|eskalera|eskalerar|eskalerad|hanvisa) ~4P",
    "(koppla|kopplad|kopplas|skicka|skickad|satt|satta) (mig )?(vidare|fram)|(hitta|skaffa|ge) (mig )?(I|en P)",
    "i kontakt med ~P",
    "(?=ring)(?<!(?!P )[^ ]+(en|et) ([^ ]+ )?)(ring|ringa|ringer) ~1(upp )?mig|(bli|blir) (uppringd|kontaktad)",
    "P ~(skriva|skriv|mejla|maila|kontakta|ringa|ringer) (till )?mig|(kan|vill) (ni|du|nagon) ~2(skriva|mejla|maila|ringa|kontakta) (till )?mig",
    "(kontakta|mejla|maila) mig|hjalp (fran|av) ~1S",
    "(vill ha|vill garna ha|behover|ge mig|hitta|skaffa|onskar) (en |ett )?S",
    "(ingen|inte|nej|stopp|utan) ~B|inte ~T ~M",
    "B (ar|fungerar) ~(vardelos|dalig|dum|hopplos|inte)",
    "(kan|vill|ar|har|behover|fa|far) ~2O|^O( [^ ]+)?( F)*$|O ~2(kan|vill|ledig|hjalpa|ringa|kontakta|skriva)|(I|en P) som ~1(kan )?hjalpa",
    "(finns|ar) (det )?(I|en S) ~1(dar|har|online|tillganglig|ledig)",
    "^(F )*(A )?S( F)*$",
    // The business's own people ("veterinären", "er mekaniker") and those above the assistant
    // ("ledningen"): talked to, calling or writing back, or named alone. Not after "ska/bör
    // jag" ("ska jag prata med läkaren först" asks for advice).
    "(?<!(ska|bor|maste) (jag|vi|man) ([^ ]+ )?|(battre|bast|vart|nodvandigt|klokt) (att )?)T ~1(med|till) (W|(en|ett|er|ert|din|ditt) W|(en|nagon) av (era|dina|de) V|H)(?! (abonnemang|konto|profil|kurs|paket|roll|behorighet))",
    "(kan|kunde|skulle|vill) (W|en W) ~2(ringa|skriva|maila|mejla|kontakta) ~2(till )?mig|(klaga|klagar) ~3(till|hos|pa) H",
    "^(F )*(en |ett )?(?!(coach|guide|kock|bagare|designer|chef|expert|specialist) )W( F)+$|^(F )*(en|ett) (?!(coach|guide|kock|bagare|designer|chef|expert|specialist) )W( F)*$",
    // Round 5: an escalation asked for ("det här måste eskaleras"); not "hur eskalerar jag".
    "(maste|ska|bor|kan|vill) (det |detta |arendet |saken |mitt [^ ]+ |min [^ ]+ )?(eskaleras|skickas vidare|lyftas)(?= |$)|(eskalera|lyft) (det|detta|arendet|saken|mitt [^ ]+|min [^ ]+)(?= |$)|(eskalera|eskaleras|lyft|lyftas) ~2(till|upp till) (H|(en|ett|er|din) W)",
    // Round 6: a meeting or call booked with one of them ("boka ett kort möte med er
    // revisor"; not a time for a service, "en tid hos frisören"); asked to call back with no
    // "mig"; a talk of a moment ("prata en stund med en av era lärare"); one of them wished to
    // get in touch ("att ägaren hör av sig till mig").
    "(kan|kunde|far|vill|garna|mojligt att|mojlighet att) ~2(boka|bestalla|ordna|ha|fa|satta upp|planera|halla) (ett |en )?([^ ]+ ){0,2}(mote|videomote|telefonmote|samtal|videosamtal|pratstund|teamsmote|zoommote) med (W|(en|ett|er|ert|din|ditt) ([^ ]+ )?W|(en|nagon) av (era|dina|de) ([^ ]+ )?V|H)(?= |$)",
    "(kan|kunde|vill|skulle) (W|(en|ett|er|ert|din|ditt) W|nagon|(en|nagon) av (era|dina|de) V|(en |ett )?S) ~1(ringa|ringer) (mig )?(tillbaka|upp)(?= |$)|T (en stund|en minut|ett par minuter|nagra minuter|kort|snabbt|lite) (med|till) (W|(en|ett|er|ert|din) W|(en|nagon) av (era|dina|de) ([^ ]+ )?V|H)(?= |$)",
    "att (W|(en|ett|er|ert|din|ditt) W|H|(en |ett )?S|nagon) ~2(hor av sig|horde av sig|tar kontakt|kontaktar|ringer upp) ~1((till|med) )?mig(?= |$)",
    // Asked on the visitor's behalf ("kan ni be verkstaden att ringa mig"), a wish to talk to
    // one just named, the one in charge of something ("den som ansvarar för bröllop").
    "(kan|kunde) (ni|du) (be|fraga) ~3att ~1(ringa|kontakta|mejla|maila|skriva till|hora av sig till) (upp )?mig(?= |$)|(vill|kan jag|far jag) (prata|tala|snacka) med (honom|henne|dem)(?= |$)|T (med|till) (den|nagon) som (ansvarar|har hand om|ar ansvarig)(?= |$)",
    // Round 7, general frames over specific strings: any contact verb with the visitor as its
    // object after "kan/kunde", its subject one of the business's people or a part of it, alone
    // or coordinated ("kan hans lärare eller kansliet ringa mig"; not "skicka bilderna till
    // mig", something sent); a meeting with someone of the business ("ett möte med någon från
    // byrån"), asked for; an answer wished from a human; a visitor who has been talking to a
    // machine (not "pratar jag med en robot?"); one of them wished to call back, or who must.
    "(?<!(hur|nar|varfor) )(kan|kunde|skulle|vill) ([^ ]+ ){0,3}(W|V|U|S)( (eller|och) ([^ ]+ ){1,4}?| )~1(ringa|kontakta|mejla|maila|skriva till|hora av sig till|ringa upp) (upp )?mig(?= |$)(?! (nar|om|sa snart|ifall)( |$))|(kan|kunde|skulle|vill) ([^ ]+ ){0,3}(W|V|U|S) ~1skicka (ett |en )?(mejl|mail|meddelande|sms) till mig(?= |$)",
    "(kan|kunde|far|vill|garna|mojligt att|mojlighet att|hellre) ~3(mote|videomote|telefonmote|samtal|videosamtal) med (nagon|en person|en medarbetare|en av er) (fran|pa|hos) (er|ert|era [^ ]+|[^ ]+)(?= |$)|(kan|kunde|far|vill|garna|mojligt att|hellre) ~2(traffa|traffas med|sitta ner med) (nagon|en person|en medarbetare|en av er) (fran|pa|hos) (er|ert|era [^ ]+|[^ ]+) ~4(for att|och) ~1(prata|diskutera|ga igenom|snacka|titta pa|planera|stamma av)(?= |$)",
    "(vill|hellre|garna|behover|kan jag|far jag|onskar) ~2(ha |fa )?(ett )?(svar|besked|hjalp) (fran|av) (en |ett )?(riktig |levande |akta )?(manniska|person|medarbetare|anstalld)(?= |$)|jag (har )?(bara |suttit och |hela tiden )?(pratat|skrivit|chattat|snackat) ~3med (en |ett |den |denna )?(M|B)(?= |$)",
    "(vill|onskar|garna|hoppas) (ha )?att (W|(en|ett|er|ert|din|ditt) W|H|(en |ett )?S|nagon) ~1(ringer|ringa|horer av sig) (mig )?(tillbaka|upp)(?= |$)|(W|H) (maste|ska|bor) (genast |direkt |snarast |idag |gärna |garna )?(ringa|kontakta|hora av sig till) (upp )?(mig|tillbaka)(?= |$)",
  ].join("|"),
};
