import type { PersonRequestGrammar } from "../types.ts";

/** How visitors ask for a person in German: see `shared/person-request.ts` for the notation. */
export const PERSON_REQUESTS: PersonRequestGrammar = {
  I: "jemand|jemanden|jemandem|irgendwer|irgendwen|irgendjemand|irgendjemanden|irgendjemandem|wen|ein mensch|einen menschen|eine person",
  S: "mensch|menschen|nem menschen|jemand|jemanden|jemandem|vorgesetzten|vorgesetzter|verantwortlichen|ansprechpartner|sachbearbeiter|sachbearbeiterin|berater|beraterin|kundendienst|kundenservice",
  P: "I|S|person|personen|mitarbeiter|mitarbeiterin|mitarbeitern|angestellten|angestellter|kollege|kollegen|kollegin|chef|chefin|support|agent|agenten|operator|vertrieb|vertriebsabteilung|vertriebsteam|verkauf|verkaufsabteilung|kundenbetreuung|buchhaltung|techniker|experten|fachmann|abteilung|zustandigen|zustandige|zustandiger",
  R: "(echte|echten|echter|echtem|richtige|richtigen|richtiger|realen|reale) (mensch|menschen|person|personen|mitarbeiter|leute|leuten)|wen echtes|(I|wer|irgendwer|mensch|menschen) aus fleisch und blut",
  T: "sprechen|reden|chatten|schreiben|besprechen|telefonieren|spreche|rede|beschweren|unterhalten|verbinden|verbunden|klaren|abklaren|absprechen|durchsprechen|durchgehen|austauschen|(?=ge)(?<=(hatte|wurde) ([^ ]+ ){0,6})(gesprochen|geredet|gechattet)",
  C: "verbinden|verbinde|verbindet|leiten|leite|stellen|stelle|stell|ubergeben|ubergib|eskalieren|weiterleiten|durchstellen|weitergeben",
  B: "(bot|bots|chatbot|roboter|ki)(?! (protection|detection|traffic|filter))",
  M: "maschine|computer",
  F: "bitte|jetzt|sofort|hallo|danke|schnell",
  A: "ein|einen|eine|nen|(ein |einen |eine |nen )?(menschlichen|menschlicher|echten|echter|personlichen|personlicher)",
  O: "(jemand|jemanden|jemandem) (vom|(aus|von) (ihrem|eurem|dem|der))",
  W: "tierarzt|tierarztin|tierarzte|arzt|arztin|zahnarzt|zahnarztin|hausarzt|mechaniker|mechanikerin|kfz-mechaniker|werkstattmeister|florist|floristin|blumenhandler|friseur|friseurin|frisor|trainer|trainerin|coach|lehrer|lehrerin|lehrkraft|klassenlehrer|klassenlehrerin|nachhilfelehrer|dozent|dozenten|dozentin|ausbilder|ausbilderin|fahrlehrer|fahrlehrerin|kursleiter|kursleiterin|physiotherapeut|physiotherapeuten|physiotherapeutin|therapeut|therapeuten|therapeutin|krankenschwester|pfleger|apotheker|apothekerin|optiker|optikerin|anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|steuerberater|steuerberaterin|buchhalter|buchhalterin|berater|beraterin|installateur|elektriker|monteur|handwerker|techniker|technikerin|fotograf|fotografen|fotografin|koch|kochin|backer|designer|designerin|architekt|architekten|architektin|reiseleiter|fahrer|fahrerin|inhaber|inhaberin|besitzer|besitzerin|geschaftsfuhrer|geschaftsfuhrerin|leiter|leiterin|filialleiter|filialleiterin|manager|managerin|direktor|direktorin|chef|chefin|spezialisten|spezialist|experten|experte|schlosser|schlosserin|schlusseldienst|tischler|tischlerin|schreiner|schreinerin|zimmermann|dachdecker|dachdeckerin|maler|malerin|maurer|fliesenleger|glaser|gartner|gartnerin|landschaftsgartner|sanitarinstallateur|heizungsbauer|klempner|hausmeister|hausverwalter|hausverwalterin|hausverwaltung|vermieter|vermieterin|makler|maklerin|immobilienmakler|hebamme|hebammen|heilpraktiker|heilpraktikerin|chiropraktiker|osteopath|osteopathin|podologe|podologin|logopade|logopadin|ergotherapeut|ergotherapeutin|psychologe|psychologin|psychotherapeut|psychotherapeutin|kinderarzt|kinderarztin|augenarzt|augenarztin|hautarzt|hautarztin|frauenarzt|frauenarztin|tierarzthelferin|arzthelferin|zahntechniker|augenoptiker|augenoptikerin|horakustiker|kosmetikerin|kosmetiker|nageldesignerin|tatowierer|tatowiererin|visagistin|schneider|schneiderin|goldschmied|goldschmiedin|juwelier|uhrmacher|metzger|fleischer|konditor|konditorin|caterer|sommelier|kellner|kellnerin|rezeption|rezeptionist|rezeptionistin|sekretarin|sekretariat|koordinator|koordinatorin|projektleiter|projektleiterin|bauleiter|bauleiterin|hochzeitsplaner|hochzeitsplanerin|eventplaner|eventplanerin|hundetrainer|hundetrainerin|fitnesstrainer|fitnesstrainerin|personal trainer|yogalehrer|yogalehrerin|musiklehrer|musiklehrerin|klavierlehrer|klavierlehrerin|gitarrenlehrer|gitarrenlehrerin|tanzlehrer|tanzlehrerin|nachhilfelehrerin|skilehrer|schwimmlehrer|schwimmlehrerin|erzieher|erzieherin|schulleiter|schulleiterin|rektor|rektorin|notar|notarin|steuerberaterin|finanzberater|finanzberaterin|versicherungsberater|kundenberater|kundenberaterin|kundenbetreuer|kundenbetreuerin|verkaufer|verkauferin|vertriebler|vertrieblerin|vertriebsleiter|gutachter|gutachterin|sachverstandiger|umzugshelfer|spediteur|betreuer|betreuerin|pflegekraft|altenpfleger|masseur|masseurin|physio|heilerziehungspfleger|ernahrungsberater|ernahrungsberaterin|dolmetscher|ubersetzer|ubersetzerin|tierpfleger|tierpflegerin|hundefriseur|hundefriseurin|fahrlehrer|kapitan|reiseberater|reiseberaterin|meister|meisterin|planerin|pflegerin|helferin|kuchenchef|kuchenchefin|chefkoch|chefkochin",
  V: "tierarzte|arzte|mechaniker|trainer|trainerinnen|lehrer|lehrerinnen|dozenten|therapeuten|therapeutinnen|physiotherapeuten|anwalte|anwaltinnen|berater|beraterinnen|handwerker|elektriker|installateure|monteure|fotografen|fotografinnen|architekten|architektinnen|designer|designerinnen|hebammen|makler|maklerinnen|hochzeitsplaner|hochzeitsplanerinnen|eventplaner|eventplanerinnen|tischler|schreiner|maler|gartner|friseure|friseurinnen|floristinnen|kosmetikerinnen|erzieherinnen|erzieher|experten|expertinnen|spezialisten|kundenberater|verkauferinnen|verkaufer|reiseleiter|reiseleiterinnen|nachhilfelehrer|musiklehrer|coaches|arztinnen|planerinnen",
  K: "arzt|arztin|arztinnen|optiker|optikerin|techniker|technikerin|therapeut|therapeutin|lehrer|lehrerin|lehrerinnen|berater|beraterin|beraterinnen|meister|meisterin|planerin|planerinnen|pfleger|pflegerin|trainerin|trainerinnen|betreuer|betreuerin|designerin|fotograf|fotografin|architekt|architektin|mechaniker|mechanikerin|installateur|monteur|elektriker|anwalt|anwaltin|gartner|gartnerin|tischler|schreiner|friseur|friseurin|helferin|verkaufer|verkauferin|makler|maklerin|lehrkraft|erzieherin|kosmetikerin",
  H: "geschaftsleitung|geschaftsfuhrung|leitung|filialleitung|chefetage|zentrale|direktion|management|hauptsitz|vorgesetzten|inhaber|inhaberin|chef|chefin",
  U: "buro|sekretariat|rezeption|empfang|praxis|kanzlei|werkstatt|agentur|studio|salon|team|geschaft|laden|schule|schulburo|verwaltung|zentrale",
  N: "andere|anderen|anderem|mehrere|alle|allen|jeden|jedem|neue|neuen|neuem|unsere|unseren",
  x: [
    "R",
    "mit ~P ~T",
    "P T",
    "T mit ~P",
    "(I mit (dem|der|denen)|mit wem) ~5T",
    "C (sie |du |ihr )?(mich|bitte|an|zu|zum|zur|mit) ~P",
    "verbinden (sie|du) mich|mich (bitte |mal |doch |jetzt )?(verbinden|weiterleiten|durchstellen|weiterverbinden)",
    "(stellen|leiten|verbinden|stell|leite|verbinde) (sie |du )?mich ~2(durch|weiter)",
    "mich ~P ~(verbinden|weiterleiten|durchstellen|weiter|durch)",
    "an ~P eskalieren",
    "(erreiche|erreichen|erreicht|kontaktiere|kontaktieren) ~2P",
    "(rufen|ruf|rufe|ruft) (sie |du )?mich (?!(der|die|das|ihr|sein|mein) )~6(an|zuruck)|(?=mich)(?<!(jemand|er|sie|man|der [^ ]+) (wurde|wollte|sollte|wird|hat) )mich ~(anrufen|zuruckrufen|kontaktieren|anzurufen|zuruckzurufen|zu kontaktieren)|ruckruf|(zuruckgerufen|angerufen|kontaktiert) werden",
    "mir ~P ~5(schreiben|mailen|melden)",
    "(mochte|will|hatte gern|wunsche) dass (sich )?(ein|eine|jemand) ~1P",
    "(mochte|will|brauche|hatte gern|verlange|verlangen|bitte|gib mir|geben sie mir|holen sie mir|hol mir|dass sich) ~S",
    "(kein|keine|keinen|nicht|ohne|genug) ~B|nicht ~T ~M|nicht mit ~1M",
    "B ist ~(nutzlos|sinnlos|dumm|unbrauchbar|schlecht|blod|mist)",
    "(kann|konnte|will|mochte|brauche|ist|gibt es|bitte) ~2O|^O( [^ ]+)?( F)*$|O ~3(kann|konnte|verfugbar|frei|helfen|anrufen|melden)|(I|ein P|eine P) der ~2(helfen|hilft)|(kann|konnte) (mir )?(ein|eine|jemand) ~1P ~3(helfen|weiterhelfen)",
    "gibt es (einen |eine )?S",
    "(holen|hol) (sie |du )?~2P",
    "sich ~4melden|melden sie sich|(bitte um|wunsche|mochte|hatte gern|hatte gerne) ~1(kontaktaufnahme|anruf|telefonat)|wer kann mir ~2(weiterhelfen|helfen)|hilfe (von|vom) ~1S",
    "bitte (einen |eine )?P( F)*$|(ist|sind) (da|hier|gerade) ~I",
    "(ein|eine|einen|jemand) (S|mitarbeiter|mitarbeiterin) (da|frei|verfugbar|erreichbar|online)|(will|mochte|brauche|hatte gern|verlange) (einen |eine |nen )?(echten |menschlichen )?(mitarbeiter|mitarbeiterin)( F)*$|P ~3bei mir ~1(melden|meldet)",
    "^(F )*(A )?(S|mitarbeiter|mitarbeiterin)( F)*$",
    // The business's own people ("den Tierarzt", "mit Ihrem Mechaniker") and those above the
    // assistant ("bei der Geschäftsleitung"): spoken to, calling or writing back, or named alone.
    // Not after "muss/soll ich" ("muss ich vorher mit dem Arzt sprechen" asks for advice), nor
    // with "meinem" (the visitor's own adviser is not the business's).
    "(?<!(muss|musste|soll|sollte|sollten|mussen) (ich|man|wir) ([^ ]+ ){0,2}|(besser|besten|sinnvoll|notig|ratsam|lohnt sich|lohnt es sich) ([^ ]+ )?)mit (dem|der|ihrem|eurem|einem|einer|ihrer|eurer|seinem|seiner|jemandem aus (dem|der)|einem ihrer|einer ihrer) W ~4(T|in verbindung setzen|kontakt aufnehmen)",
    "(?<!(muss|musste|soll|sollte|sollten|mussen) (ich|man|wir) ([^ ]+ ){0,2}|(besser|besten|sinnvoll|notig|ratsam|lohnt sich|lohnt es sich) ([^ ]+ )?)T ~2mit (dem|der|ihrem|eurem|einem|einer|ihrer|eurer|seinem|seiner) W",
    "(mochte|will|wurde gern|wurde gerne|hatte gern|hatte gerne|konnte ich|kann ich|darf ich) (bitte |kurz |mal )?(den|die|ihren|euren|ihre|eure|einen|eine) W ~4(sprechen|erreichen|anrufen|kontaktieren)",
    "(T|eskalieren|melden|wenden|weitergeben|weiterleiten) ~4(bei|an) (der |die |den |dem |ihre |ihren |eure |euren )?H|(an|bei) (der |die |den |dem )?H ~2(T|eskalieren|weiterleiten|weitergeben|wenden)",
    "(kann|konnte|konnten|wurde|darf) (der|die|ihr|ihre|euer|eure) W ~3(mich ~3(anrufen|zuruckrufen|kontaktieren)|mir ~3(schreiben|mailen|eine mail|eine e-mail))",
    "(verbinden|stellen|leiten|stell|leite|verbinde) (sie |du )?mich ~2(mit|zu|an) (dem|der|den|einem|einer|ihrem|ihrer) W",
    "^(F )*(ein |einen |eine |den |die |der )?(?!(koch|backer|designer|designerin|leiter|leiterin|fahrer|experte|experten) )W( F)+$|^(F )*(ein|einen|eine) (?!(koch|backer|designer|designerin|leiter|leiterin|fahrer|experte|experten) )W( F)*$",
    "(ist|sind) (der|die|ihr|ihre|euer|eure) W ~3(zu sprechen|fur ein ~1(gesprach|telefonat))|(mochte|will|hatte gern|hatte gerne|wunsche|brauche|bitte um|kann ich|konnte ich) ~4(gesprach|telefonat|austausch) mit (dem|der|ihrem|eurem|einem|einer) W|^(F )*(ein )?(gesprach|telefonat) mit (dem|der|ihrem|eurem|einem|einer) W( F)*$|(geben sie mir|gib mir|holen sie|hol) (bitte )?(den|die|einen|eine|ihren|ihre) W",
    // Round 5 (an open gap before "anrufen": the reason for a call may name "unsere Feier", which
    // a gap that stops at N's would not cross): one of them on the phone ("den Elektriker ans Telefon bekommen"); asked to call
    // or write ("der Koch soll mich anrufen", "dass mich der Dachdecker anruft", "kann mir mein
    // Steuerberater eine Mail schreiben"); a need to talk to them stated ("ich muss mit dem
    // Vertrieb … sprechen", not "muss ich …", which asks for advice); an escalation asked for.
    "(den|die|ihren|ihre|euren|eure|einen|eine) (W|P|H) ~2(ans telefon|an den apparat|an die strippe|an die leitung) ~1(bekommen|kriegen|holen|haben|bitten|geben)|(holen|hol|geben|gib) (sie |du )?(mir )?~2(den|die|ihren|ihre|einen|eine) W ~1(ans telefon|an den apparat)",
    "(der|die|ihr|ihre|euer|eure|mein|meine|ein|eine) W (soll|sollte|moge|mochte|kann|konnte|wurde|darf) (bitte |mal |doch |heute |kurz |gern |gerne )*mich ([^ ]+ ){0,8}(anrufen|zuruckrufen|kontaktieren)(?= |$)|(der|die|ihr|ihre|euer|eure|mein|meine|ein|eine) W (soll|sollte|moge|kann|konnte|wurde|darf) (bitte |mal |doch |heute |kurz |gern |gerne )*mir ~4(eine |ne )?(mail|e-mail|email|nachricht|sms) ~1(schreiben|schicken|senden)(?= |$)",
    "(kann|konnte|konnten|wurde|darf|soll|moge) (mich|mir) ~1(der|die|ihr|ihre|euer|eure|mein|meine|ein|eine|einer ihrer|eine ihrer|einer eurer|eine eurer|einer der|eine der|jemand) (W|V) (?!([^ ]+ ){0,3}(die|den|das|meine|meinen|unsere|unseren|alle|ihre|ihren|rechnung|bilder|fotos|unterlagen) )~4(anrufen|zuruckrufen|kontaktieren|schreiben|mailen|melden)(?= |$)|dass (mich|mir) (der|die|ihr|ihre|mein|meine|ein|eine) W ~4(anruft|zuruckruft|kontaktiert|schreibt|mailt|meldet)(?= |$)|dass (der|die|ihr|ihre|mein|meine|ein|eine) W (mich|mir) ~4(anruft|zuruckruft|kontaktiert|schreibt|mailt|meldet)(?= |$)",
    "(gibt es|ist da|haben sie|habt ihr) (einen|eine|ein) (W|V) ~1mit (dem|der) (ich|wir) ~2T(?= |$)",
    "(ich|wir) (muss|mussen|mochte|mochten|will|wollen|wurde gern|wurde gerne|wurden gern|brauche|mochte gern|mochte gerne) ~2mit (dem|der|ihrem|ihrer|eurem|eurer|einem|einer) (P|W|H) ~8(T|in verbindung setzen|kontakt aufnehmen)(?= |$)",
    "(bitte )?(eskalieren sie|eskaliert|eskalier|eskaliere) (das|dies|es|meine [^ ]+|mein [^ ]+|den fall|die sache|meinen [^ ]+)(?= |$)|bitte (eskalieren|weiterleiten an (die|den) (vorgesetzten|H))|(das|dies|es|meine [^ ]+|mein [^ ]+|der fall|die sache) (muss|soll|sollte|musste|bitte) ~1(eskaliert|weitergeleitet|weitergegeben) werden",
    // Round 6: a meeting or call with one of them asked for ("wäre ein Videocall mit Ihrer
    // Architektin möglich"); an appointment only with a talk for its purpose ("einen Termin …, um
    // die Pläne zu besprechen"), since "einen Termin mit dem Fahrlehrer" books a lesson; one of
    // several ("mit einem der Fahrlehrer kurz chatten"); one of them wished to get in touch
    // ("dass sich die Inhaberin bei mir meldet"; not "meldet sich der Tierarzt bei mir?"); the
    // visitor's case passed on ("leiten Sie meinen Fall an einen Vorgesetzten weiter"); asked for
    // a minute; asked to call back with no "mich".
    "(ware|waere|hatte gern|hatte gerne|mochte|mochten|konnte ich|kann ich|konnten wir|konnen wir|wurde gern|wurde gerne|bitte um|wunsche|gern|gerne) ~3(videocall|videotermin|videogesprach|videokonferenz|telefontermin|gesprachstermin|beratungsgesprach|gesprach|telefonat|call|meeting|zoom|austausch) mit (dem|der|ihrem|ihrer|eurem|eurer|einem|einer|einem der|einer der|einem ihrer|einer ihrer) ([^ ]+ )?(W|V|H)(?= |$)|(videocall|videotermin|videogesprach|telefontermin|gesprachstermin|gesprach|telefonat|call|meeting) mit (ihrem|ihrer|eurem|eurer|dem|der) W ~3(moglich|machbar|drin)(?= |$)|termin mit (ihrem|ihrer|eurem|eurer|dem|der|einem|einer) ([^ ]+ )?W ~6(um|zum|fur) ~4(zu )?(besprechen|sprechen|klaren|bereden|durchgehen|durchzugehen|abzusprechen|gesprach|austausch)(?= |$)",
    "(?<!(muss|musste|soll|sollte|sollten|mussen) (ich|man|wir) ([^ ]+ ){0,2})(mit|bei) (einem|einer) (der|ihrer|eurer|von (ihren|euren|den)) (W|V) ~4(T|in verbindung setzen|kontakt aufnehmen)(?= |$)",
    "dass sich (der|die|ihr|ihre|euer|eure|ein|eine|jemand|einer ihrer|eine ihrer) ~1(W|H|P|S) ~4bei (mir|uns) ~1(meldet|melden|melde)(?= |$)|dass (der|die|ihr|ihre|euer|eure|ein|eine|jemand) ~1(W|H|P|S) sich ~4bei (mir|uns) ~1(meldet|melden|melde)(?= |$)|(der|die|ihr|ihre) (W|H) (soll|sollte|moge|kann|konnte|mochte) sich ~4bei (mir|uns) melden(?= |$)",
    "(leiten|leitet|leite|geben|gebt|gib|reichen|reicht|reiche) (sie |du |ihr )?(bitte )?(meinen [^ ]+|meine [^ ]+|mein [^ ]+|den fall|die sache|die anfrage|die beschwerde|das anliegen|das|dies|es|diese sache|diesen fall) (bitte )?an (einen |eine |den |die |ihren |ihre |euren |eure |jemanden |jemand )?~1(P|H|S) ~1weiter(?= |$)",
    "hatte (der|die|ihr|ihre|euer|eure|einer ihrer|eine ihrer) ([^ ]+ )?(W|P|H) (mal |kurz |vielleicht |eventuell |bitte |heute |morgen |diese woche |nachste woche |am [^ ]+ )*(zeit|einen moment|eine minute|ein paar minuten|funf minuten|zwei minuten|kurz zeit) ~5(T|zu sprechen|zu telefonieren|zu besprechen|ein gesprach|ein telefonat)(?= |$)",
    "(kann|konnte|konnten|wurde|darf) (der|die|ihr|ihre|euer|eure|ein|eine|jemand|einer ihrer|eine ihrer) ~1(W|P|S) ~3zuruckrufen(?= |$)|(mochte|will|hatte gern|hatte gerne|wunsche) ~1dass (sich )?(ein|eine|der|die|jemand) ~1(S|H) ~3(ansieht|anschaut|pruft|ubernimmt|kummert|annimmt)(?= |$)",
    // A wish to talk to one just named ("Ich würde sie gern sprechen"), a complaint or matter
    // addressed to the people above ("meine Beschwerde an die Geschäftsleitung richten").
    "(wurde|mochte|will|muss|kann|konnte|darf) (ich )?(sie|ihn) (gern |gerne |bitte |kurz |mal |personlich |direkt )*sprechen(?= |$)|(mochte|will|wurde gern|wurde gerne|mochte gern) (meine|mein|meinen) [^ ]+ ~2an (die |den |der )?(H|S) ~1(richten|weiterleiten|weitergeben|eskalieren)(?= |$)",
    // Round 7, general frames over specific strings. One of the business's people or a part of
    // it, alone or coordinated, asked to get in touch ("könnte sich seine Lehrerin oder das Büro
    // bei mir melden"); not "meldet sich der Tierarzt bei mir?", a question about a routine.
    "(?<!(wie|wann|warum|wo) )(kann|konnte|konnten|wurde|wurden|moge|darf|soll|sollte) sich ~3(W|V|U|P|H|S) ~5(bei (mir|uns) ~1(melden|zuruckmelden)|mit (mir|uns) in (verbindung|kontakt) (setzen|treten))(?= |$)(?! (wenn|sobald|falls|ob)( |$))",
    // A meeting, talk or appointment with someone of the business ("einen Termin mit jemandem aus
    // der Agentur, um die Kampagne zu besprechen"), asked for; an appointment and a meeting in
    // person only with a talk for its purpose.
    "(ware|waere|hatte gern|hatte gerne|hatten gern|hatten gerne|mochte|mochten|konnte ich|kann ich|konnten wir|konnen wir|wurde gern|wurde gerne|wurden gern|wurden gerne|bitte um|wunsche|wunschen|gern|gerne) ~3(termin|treffen|gesprach|telefonat|videocall|videotermin|meeting|call|austausch|beratungsgesprach|beratungstermin) mit (jemandem|einem mitarbeiter|einer mitarbeiterin|einem ihrer [^ ]+|einer ihrer [^ ]+|einem eurer [^ ]+|einer eurer [^ ]+) ~4(um|zum|fur|uber|wegen) ~5(besprechen|sprechen|klaren|bereden|durchgehen|durchzugehen|abzusprechen|abstimmen|abzustimmen|gesprach|austausch|planen|zu planen)(?= |$)|((kann|konnte|konnen|konnten|mochte|mochten|wurde gern|wurden gern|wurde gerne|wurden gerne) (ich|wir)|(ich|wir) (mochte|mochten|wurde|wurden|will|wollen|konnten)) (uns |mich )?~1(gern |gerne )?mit (jemandem|einem mitarbeiter|einer mitarbeiterin|einem ihrer [^ ]+|einer ihrer [^ ]+) ~4(treffen|zusammensetzen|verabreden) ~2um ~5(besprechen|sprechen|klaren|bereden|durchzugehen|abzusprechen|abzustimmen|planen|zu planen)(?= |$)",
    // A complaint addressed to the people above or to one of them, with its topic between
    // ("mich bei der Geschäftsleitung über den Kellner beschweren").
    "mich ~1(bei|an) (der |die |den |dem |ihrem |ihrer |ihre |ihren |eurem |eurer )?(H|geschaftsfuhrer|geschaftsfuhrerin|filialleiter|filialleiterin|leiter|leiterin|manager|managerin|direktor|direktorin|chefkoch|kuchenchef|schulleiter|schulleiterin|rektor|rektorin|besitzer|besitzerin) ~5(beschweren|beklagen)(?= |$)|(beschwerde|reklamation|beanstandung) ~2(bei|an) (der |die |den |dem |ihrem |ihrer |ihre |ihren |eurem |eurer )?(H|geschaftsfuhrer|geschaftsfuhrerin|filialleiter|filialleiterin|leiter|leiterin|manager|managerin|direktor|direktorin|besitzer|besitzerin) ~2(einreichen|einlegen|richten|vorbringen|abgeben|loswerden|weiterleiten)(?= |$)",
    // A person contrasted with a machine: an answer wished from a human ("lieber eine Antwort
    // von einem Menschen"), a visitor who has been talking to a bot ("ich rede hier seit zehn
    // Minuten mit einer Maschine"; not "rede ich mit einer Maschine?", a question about the
    // assistant).
    "(mochte|will|hatte gern|hatte gerne|brauche|lieber|bitte|bekommen|kriegen|wunsche) ~3(eine |ne )?(antwort|ruckmeldung|auskunft) von (einem|einer|nem|ner) (echten |richtigen |realen )?(menschen|mensch|person|mitarbeiter|mitarbeiterin)(?= |$)|ich (rede|spreche|schreibe|chatte|unterhalte mich) (?=([^ ]+ ){0,4}?(seit|schon|nur|immer|ganze|hier) )~4mit (einer|einem|der|dem|nem|ner|diesem|dieser) (M|B)(?= |$)(?! (sie|er|es|die|der|das|von|uber|fur)( |$))",
    // One of them who must call ("der Klempner muss sofort anrufen"); not "muss der Klempner
    // vorher anrufen?", a question, nor an errand ("der Fahrer soll vorher anrufen").
    "(der|die|ihr|ihre|euer|eure|mein|meine) (W|P|S|H) (muss|soll|sollte|moge|mochte bitte) (bitte |sofort |dringend |umgehend |schnell |gleich |heute |jetzt |noch heute |mal |doch |unbedingt |schnellstmoglich |asap |so schnell wie moglich |morgen |mich |uns )*(anrufen|zuruckrufen|kontaktieren|durchrufen)(?= |$)",
    // Someone on the phone ("kann ich jemanden ans Telefon bekommen").
    "(I|einen P|eine P|(einen |eine |nen )?S) ~1(ans telefon|an den apparat|an die strippe|an die leitung) ~1(bekommen|kriegen|holen|haben|bitten)(?= |$)",
    // A call or talk with someone of the business, asked for with no purpose needed ("einen
    // Videocall mit jemandem aus dem Vertrieb"), and the one in charge of something, however
    // said ("mit dem sprechen, der für Reklamationen zuständig ist").
    "(ware|waere|hatte gern|hatte gerne|hatten gern|hatten gerne|mochte|mochten|konnte ich|kann ich|konnten wir|konnen wir|wurde gern|wurde gerne|wurden gern|wurden gerne|bitte um|wunsche|wunschen) ~3(gesprach|telefonat|videocall|videogesprach|videokonferenz|meeting|call|austausch|beratungsgesprach) mit (jemandem|einem mitarbeiter|einer mitarbeiterin|einem ihrer [^ ]+|einer ihrer [^ ]+) (aus|von|vom|bei|in|im) ([^ ]+ )?[^ ]+(?= |$)|mit (dem|der|demjenigen|derjenigen|jemandem) ~1T (der|die) ~4(zustandig|verantwortlich|kummert|betreut|bearbeitet|macht)(?= |$)",
    // One of them demanded ("ich verlange, den Geschäftsführer zu sprechen"); someone wished to
    // call ("wäre es möglich, dass mich jemand zurückruft"; not "ich will nicht, dass mich
    // jemand anruft").
    "(verlange|verlangen|bestehe darauf|fordere|bitte darum) ~2(den|die|ihren|ihre|einen|eine) ~1(W|H|S|P) ~2(zu sprechen|zu erreichen|sprechen)(?= |$)|(moglich|gern|gerne|mochte|mochten|will|wunsche|darum|sorgen|veranlassen|nett|schon) dass (mich|mir|uns) (I|(der|die|ein|eine|ihr|ihre|einer ihrer|eine ihrer) ~1(W|P|S|H)) ~4(anruft|zuruckruft|kontaktiert|schreibt|mailt|meldet)(?= |$)",
    // The one who served the visitor, described ("mit der Dame sprechen, die mir die Haare
    // geschnitten hat").
    "mit (der|dem) (dame|herrn|herren|mann|frau|jungen mann|jungen frau|kollegen|kollegin|person|mitarbeiterin|mitarbeiter) ~1T (die|der)(?= |$)",
    // Round 8: meeting someone of the business ("kann ich mich mit jemandem aus Ihrem Team zu
    // einem kurzen Gespräch treffen"); one of its people asked after as there ("ist der Chef
    // da?", "ist die Tierärztin heute im Haus"), at the message's end or before a new clause;
    // not "wann ist der Arzt da" (the hours).
    "(kann|konnte|konnen|konnten|darf|durfte|mochte|mochten|will|wurde gern|wurde gerne|wurden gern) (ich|wir) (mich|uns) (mal |kurz |bitte |gern |gerne )?mit (jemandem|einem mitarbeiter|einer mitarbeiterin|einem ihrer [^ ]+|einer ihrer [^ ]+|einem eurer [^ ]+|einer eurer [^ ]+|(dem|der|ihrem|ihrer|eurem|eurer) (W|H)) ~8(treffen|zusammensetzen|austauschen|unterhalten|kurzschliessen|abstimmen|besprechen)(?= |$)|(?<!(wann|wo|wie|warum|wieso|ob|bis wann) )(ist|sind) (der|die|ihr|ihre|euer|eure) (W|V|H) (heute |gerade |jetzt |grad |noch )?(da|im haus|im laden|vor ort|erreichbar|im buro|in der praxis|in der werkstatt)(?= (ich|wir|kann|konnte|will|mochte|muss|hatte|bitte|brauche)( |$)|$)|(zum|zur) ~2P ~1(durchstellen|verbinden)(?= |$)",
  ].join("|"),
};
