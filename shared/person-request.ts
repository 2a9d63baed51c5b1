/**
 * Recognises a visitor asking to be put in touch with a person, in their own words, in the five
 * default languages. Fixed phrases ("talk to a human") miss most real requests ("is anyone there
 * I could speak with", "können Sie mich bitte verbinden"), so each language has a small grammar:
 * word classes (who you can ask for, verbs of talking, of passing a visitor on, of calling back)
 * and a few patterns that combine them with a short gap of any words between the parts.
 *
 * A message is reduced to tokens in `normalizeForMatch` form (case, accents and apostrophes
 * folded); a token within one typo of a word of the grammar is read as that word, and a compound
 * ending in a person ("Kundenberater") as that person; the patterns then run over the tokens
 * joined by single spaces, and the tokens a match covers give back the visitor's own words.
 */
import { normalizeForMatch } from "./keywords.ts";
import type { Language } from "./languages.ts";

/** A visitor's request for a person, and what in their message made it one. */
export interface PersonRequest {
  /** The words of the message that make it a request, exactly as the visitor wrote them (a substring of the message). */
  matched: string;
  language: Language;
}

/**
 * Each language's grammar. Capital letters name word classes: P anyone a visitor may ask for
 * (people, roles, teams); I indefinite persons ("someone"), who may come before the verb
 * ("someone I can talk to"); S the persons that alone, or after "want/need/get", are a request;
 * R "real" (a real person is asked for, never asked about, as in the default phrases); T
 * talking; C passing a visitor on; B the bot; M a machine, only after "talk" ("no machine" is
 * as often the visitor's washing machine); F fillers around a one-word request ("please",
 * "now"); A articles before it; O "someone from your team", a request only after "can/need/is"
 * and the like, alone, or before "can/call/available" (not "someone from your team installed
 * it"); N words that make the person someone else's ("another agent",
 * "alle Mitarbeiter"), which no gap may cross. `x` lists the patterns, leftmost first; `~` is a
 * gap of up to 3 words (`~5`: up to 5). Words are listed whole (no `s?`, no `[nr]`): the typo
 * tolerance takes its vocabulary from here, and a stem in it would "correct" a real word.
 */
type Grammar = Record<string, string> & { x: string };

const GRAMMARS: Record<Language, Grammar> = {
  en: {
    I: "someone|somebody|anyone|anybody|a person|a human|a real person|a real human|an actual person|an actual human|a live person",
    S: "human|humans|hooman|person|someone|somebody|agent|representative|rep|operator|advisor|adviser|manager|supervisor|human being|live agent|real person|customer service",
    P: "I|S|whoever|people|agents|representatives|advisors|advisers|consultant|consultants|staff|employee|employees|operators|managers|boss|colleague|colleagues|specialist|expert|technician|member|team|support|sales|billing|service|department|helpdesk|customer care",
    R: "(real|actual|live) (human|humans|person|people|ppl|agent)|(someone|somebody|anyone|anybody) real",
    T: "talk|speak|chat|discuss|talking|speaking|chatting|complain|complaint|a word",
    B: "(bot|bots|robot|robots|chatbot|ai)(?! (protection|detection|traffic|filter))",
    M: "machine|machines",
    F: "please|pls|plz|now|asap|hello|hi|hey|thanks|needed|required",
    A: "a|an|the|real|live|actual|human|a real|a live",
    O: "(someone|somebody|anyone|anybody) (from|in|at|of) (your )?([^ ]+ )?(team|support|sales|billing|staff|department|office)",
    N: "other|another|multiple|several|each|all|their|new|our",
    x: [
      "R",
      "T ~2(to|with) ~P",
      "(I|who) ~T (to|with)|(I|who) ~(e-?mail|write to|message)",
      "(connect|conect|transfer|forward|redirect|pass|hand) me ~P",
      "put me (through|in touch)",
      "(be|get|being) (transferred|connected|forwarded|redirected|passed|put through|handed over) (to|with) ~P|(be|get) (called back|contacted by ~P)",
      "escalate ~(to|with) ~P|escalate (this|it|me)|please escalate",
      "(?<!(the|a|my|your) )(contact|reach|get hold of|get in touch with|get through to) (a |an |your |one of your )?P",
      "(pass|hand|forward|send|escalate|transfer|give) (this|it|that|my (question|case|request|issue)) ~1(to|with) ~P",
      "(can|could|would|will|may) (a |an |one of your )?S ~1(look|check|review|handle|help|read|deal|call)",
      "(fed up|done|sick|tired) (of|with) (this |the |your )?B",
      "(?=call|ring|phone)(?<!(customers|clients|users) (can |could |will )?|(would|did|does|do|didn't|never|the (?!P )[^ ]+) )(call|ring|phone) me(?! an? )|call (from|with) ~P|help from ~1S|get back to me|(get|have|request|want|need|book|arrange|schedule|like) ~call(-| )?back",
      "(?<!(^| )(my|our) )P ~(email|e-mail|mail|write to|message|contact|reach|get in touch with) me",
      "(want|need|like|get|give|bring|find|fetch|prefer|request|require) (me )?(a |an |some |one |your )?S(?! (account|role|seat|license|licence|plan|permission|permissions|access|view|level))",
      "(no|not|stop|hate|enough) (a |an |the |this |more |with )?B|not (a |an |with a )?M|(not|no) ~T ~(B|M)",
      "B (is|are|isn't) ~(useless|stupid|dumb|rubbish|terrible|worthless|annoying|not helping)",
      "(can|could|would|will|may|is|are|need|want|like|get|have|find|let|please) ~2O|^O( [^ ]+)?( F)*$|O ~2(can|could|would|will|available|free|help|call|contact|email)|I in charge",
      "(is|are) (there )?(I|(an|any) (S|agents|humans|people|representatives|advisors|operators)) ~1(there|here|out there|around|alive|available|free|online)",
      "I (who|that) ~help|S (needed|required)",
      "^(F )*(A )?S( F)*$",
    ].join("|"),
  },
  da: {
    I: "nogen|en person|et menneske|en rigtig person|et rigtigt menneske|en (der|som|fra|af)",
    S: "person|menneske|mennesker|personale|medarbejder|medarbejdere|chef|radgiver|agent|operatør|kundeservice|kundesupport",
    P: "I|S|personer|medarbejderen|ansat|ansatte|konsulent|sælger|saelger|leder|chef|ansvarlig|supporter|support|salg|salgsafdelingen|bogholderiet|bogholderi|tekniker|ekspedient|kollega|kolleger|kollegaer|team|afdeling",
    R: "(rigtig|rigtigt|rigtige|ægte|virkelig) (person|personer|menneske|mennesker|medarbejder)",
    T: "tale|tal|taler|snakke|snak|snakker|chatte|chat|skrive|skriver|maile|drøfte|klage",
    B: "(bot|robot|chatbot|botten|robotten)(?! (protection|detection|traffic|filter))",
    M: "maskine|maskinen|computer",
    F: "tak|nu|venligst|hallo|hej|please",
    A: "en|et|en rigtig|et rigtigt",
    O: "(nogen|en) fra (jeres|jer|din|dit|dine)",
    N: "andre|anden|andet|flere|alle|hver|ny|nye|deres|vores",
    x: [
      "R",
      "T (med|til) ~P",
      "(I|hvem) ~T (med|til)",
      "(viderestil|viderestille|viderestillet|forbind|forbinde|forbundet|eskaler|eskalere|eskaleret|henvis) ~4P",
      "(viderestil|viderestille|viderestillet|stil|stille|stillet|send|sende|sendt|sæt|sætte|fa|faa|kom|komme|giv|give) (mig )?(videre|om|over)|(send|sende|giv|give|stil|sæt) ~2videre til ~P|(find|skaf|hent) (mig )?(I|en P)",
      "i (forbindelse|kontakt) med ~P",
      "(?=ring)(?<!(?!P )[^ ]+(en|et) )(ring|ringe) ~1(til )?mig|(ringet|ringes) op|blive kontaktet|kontaktes",
      "P ~(skrive|skriv|skriver|maile|mail|mailer|kontakte|kontakt|kontakter|ringer) (til )?mig|(kan|vil|gider|må) (i|du|nogen) ~2(skrive|maile|ringe|kontakte|sende) (til )?mig|(fa|faa) (I|(en |et )?P) til at",
      "(fat i|kontakt med) (en |et )?P|(fa|faa|have|ønsker|onsker|giv mig|give mig) (et |en )?(opkald|opringning)",
      "(skriv|kontakt|ring) (til )?mig|(hjælp|hjaelp) fra ~1S",
      "(vil have|vil gerne have|har brug for|brug for|giv mig|fa|faa|find|skaf|hent|ønsker|onsker) (at )?(en |et )?S",
      "(ingen|ikke|nej|stop|uden) ~B|ikke ~T ~M",
      "B (er|virker) ~(ubrugelig|elendig|dum|haablos|hablos|uduelig|ikke)",
      "(kan|vil|er|har|brug for|fa|faa|have|må) ~2O|^O( [^ ]+)?( F)*$|O ~2(kan|vil|ledig|hjælpe|ringe|kontakte|skrive)|(I|en P) (der|som) ~1(kan )?(hjælpe|hjaelpe)",
      "er der (I|en S) (derude|her|online|til stede|ledig|ledige)",
      "^(F )*(A )?S( F)*$",
    ].join("|"),
  },
  de: {
    I: "jemand|jemanden|jemandem|wen|ein mensch|einen menschen|eine person",
    S: "mensch|menschen|nem menschen|jemand|jemanden|jemandem|vorgesetzten|vorgesetzter|verantwortlichen|ansprechpartner|sachbearbeiter|sachbearbeiterin|berater|beraterin|kundendienst|kundenservice",
    P: "I|S|person|personen|mitarbeiter|mitarbeiterin|mitarbeitern|angestellten|angestellter|kollege|kollegen|kollegin|chef|chefin|support|agent|agenten|operator|vertrieb|buchhaltung|techniker|experten|fachmann|abteilung",
    R: "(echte|echten|echter|echtem|richtige|richtigen|richtiger|realen|reale) (mensch|menschen|person|personen|mitarbeiter|leute|leuten)|wen echtes",
    T: "sprechen|reden|chatten|schreiben|besprechen|telefonieren|spreche|rede|beschweren|unterhalten|verbinden|verbunden|(?=ge)(?<=(hatte|wurde) ([^ ]+ ){0,6})(gesprochen|geredet|gechattet)",
    C: "verbinden|verbinde|verbindet|leiten|leite|stellen|stelle|stell|ubergeben|ubergib|eskalieren|weiterleiten|durchstellen|weitergeben",
    B: "(bot|bots|chatbot|roboter|ki)(?! (protection|detection|traffic|filter))",
    M: "maschine|computer",
    F: "bitte|jetzt|sofort|hallo|danke|schnell",
    A: "ein|einen|eine|nen|(ein |einen |eine |nen )?(menschlichen|menschlicher|echten|echter|personlichen|personlicher)",
    O: "(jemand|jemanden|jemandem) (vom|(aus|von) (ihrem|eurem|dem|der))",
    N: "andere|anderen|anderem|mehrere|alle|allen|jeden|jedem|neue|neuen|neuem|unsere|unseren",
    x: [
      "R",
      "mit ~P ~T",
      "P T",
      "T mit ~P",
      "(I mit (dem|der|denen)|mit wem) ~5T",
      "C (sie |du |ihr )?(mich|bitte|an|zu|mit) ~P",
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
    ].join("|"),
  },
  fr: {
    I: "quelqu'un|quelqu un|une personne|un humain|une vraie personne|un etre humain",
    S: "humain|humains|personne|quelqu'un|quelqu un|conseiller|conseillere|agent|operateur|operatrice|responsable|superviseur|superieur|service client|interlocuteur|etre humain",
    P: "I|S|personnes|conseillers|conseille|agents|employe|employee|employes|manager|commercial|commerciale|collegue|collegues|technicien|support|service|equipe|comptabilite|directeur|gerant",
    R: "(vrai|vraie|vrais|vraies|veritable|veritables) (humain|humains|personne|personnes|conseiller|conseillere|gens)|(personne|humain) (reelle|reel)",
    T: "parler|(?<!(ai|as|a|avons|avez|ont) )parle|discuter|echanger|ecrire|converser|causer|adresser|entretenir",
    B: "(bot|bots|robot|robots|chatbot|ia)(?! (protection|detection|traffic|filter))",
    M: "machine|ordinateur",
    F: "svp|stp|s' il vous plait|merci|maintenant|vite|allo|bonjour",
    A: "un|une|le|vrai|vraie",
    O: "I (de votre|de vos|du support|de l'equipe|chez vous)",
    N: "autre|autres|plusieurs|chaque|tous|toutes|nouvel|nouveau|nouvelle|nos",
    x: [
      "R",
      "T (a|avec|au|aux) ~4P",
      "(I (avec qui|a qui)|(avec|a) qui) ~T",
      "(mettre|mettez|mets|mis|mise) (moi )?en (relation|contact)|en relation avec ~P",
      "(joindre|contacter|appeler|parler) (un |une |le |la |l' |votre |vos )?P",
      "(transferez|transfere|passez|passe|redirigez|orientez|trouvez|trouve|amenez|mettez|donnez|donne|envoyez|envoie) moi ~P",
      "me (transferer|passer|rediriger|orienter|transferez|passez) ~P",
      "(transmettre|transmettez|transferer|transferez|escalader|escaladez|remonter|remontez) (ma|mon|ca|cela|ceci) ~P",
      "(?=me |m' )(?<!(le|la|l') (?!P )[^ ]+ ([^ ]+ ){0,2})(me|m') (rappeler|appeler|contacter|recontacter|telephoner|ecrire|joindre)|me (rappelle|rappeliez|recontacte|recontactiez|contacte|contactiez)|(rappelez|appelez|contactez|recontactez|ecrivez) moi|etre (rappele|rappelee|recontacte|recontactee|contacte|contactee|appele|appelee)|I ~2(me|m') (envoyer|ecrire)",
      "(veux|voudrais|souhaite|souhaiterais|besoin d'|besoin de|avoir|demande|exige|aimerais) (qu' |que )?(un |une |d' |de )?S",
      "(veux|voudrais|souhaite|aimerais) qu' (un|une) ~1P|(reclamation|plainte|plaindre) ~P|(telephonique|appel|rappel) (avec|d') ~P|I qui ~2(aider|aide)",
      "(pas|plus|sans|non|marre|assez) (de |d' |du |un |une |le |la |ce |avec )?B",
      "(pas|plus) ~T ~(B|M)",
      "B (ne sert|est nul|est inutile|nul|inutile)",
      "(peut|pourrait|pourriez|pouvez|veux|voudrais|besoin|avoir|a t il|y a|est ce que|svp|merci) ~2O|^O( [^ ]+)?( F)*$|O ~2(peut|pourrait|disponible|dispo|libre|aider|m' appeler|me contacter)|I (de reel|reel|reelle)|I (est )?(la|ici)$|aide (d'|de) ~1S",
      "(un|une|des|quelqu'un) ~1S ((est|sont) (il|elle|ils|elles) )?(disponible|dispo|libre|en ligne)",
      "^(F )*(A )?S( F)*$",
    ].join("|"),
  },
  es: {
    I: "alguien|una persona|alguna persona|un humano|un ser humano",
    S: "humano|humanos|persona|alguien|agente|asesor|asesora|operador|operadora|representante|supervisor|supervisora|encargado|encargada|responsable|gerente|ser humano|atencion al cliente",
    P: "I|S|personas|agentes|asesores|empleado|empleada|empleados|jefe|soporte|ventas|facturacion|contabilidad|equipo|companero|companeros|companera|tecnico|especialista|atencion al cliente|servicio|departamento",
    R: "(persona|personas|humano|humanos|alguien|agente|asesor|gente) (real|reales|de verdad|de carne)",
    T: "hablar|(?<!(ayer|ya|yo|antes|hoy|cuando) )hable|hablo|ablar|hablarle|chatear|conversar|escribir|escribirle|tratar|comunicarme|comunicar|charlar",
    C: "pasar|pasas|pasa|pase|pasen|poner|pones|pone|ponga|transferir|transfiere|comunicar|comunica|conectar|conecta|derivar|deriva",
    B: "(bot|bots|robot|robots|chatbot|ia)(?! (protection|detection|traffic|filter))",
    M: "maquina|computadora",
    F: "por favor|porfa|ya|ahora|hola|gracias",
    A: "un|una|el|la",
    O: "I (de su|de sus|de vuestro|de tu|del)",
    N: "otro|otra|otros|otras|varios|varias|cada|todos|todas|nuevo|nueva|nuestros|mis",
    x: [
      "R",
      "T ~2(con|a) ~P",
      "(I (con quien|con la que|con el que|a quien)|con quien) ~T",
      "(paseme|pasame|pasarme|pongame|ponme|ponerme|transfierame|transfiereme|transferirme|comuniqueme|comunicame|conecteme|conectame|derivame|derivarme|pasalo|paselo|pasala|derivalo) (con|a) ~P",
      "me ~1C (con|a) ~P",
      "(escalar|escalen|escale|escala|escalalo|escalelo|deriven) ~P",
      "(llamame|llameme|llamenme|llamadme|llamarme|contactarme|contacteme|contactenme|escribame|escribirme|escribanme)|me ~2(llamen|llame|contacten|contacte|devuelvan|devuelva|atienda|atiendan|escriban|escriba)|que me (llamara|llamaran|contactara|contactaran|escribiera|atendiera)|I ~2(mandar|enviar|mande|envie) ~1(un )?(correo|mail|email|mensaje)|(llamar|contactar|contactar con) (a )?(I|(un|una) S)|(queja|quejarme|quejar|reclamacion|reclamar|reclamo) ~3(ante|con|a|al) ~1P|(?=me )(?<!(el|la) (?!P )[^ ]+ )me [^ ]+ (llamar|contactar|atender|escribir|devolver)",
      "I que ~3(ayudar|ayude|atienda|atender)|ayuda de ~1S",
      "(quiero|quisiera|prefiero) que (un|una|alguien) ~1P",
      "(quiero|necesito|quisiera|deseo|busco|exijo|pido|denme|deme|dame|consigueme|consigame|traeme|traigame|buscame|busqueme|prefiero) (que )?(un |una |a |al |con )?S",
      "(no|nada de|sin|basta de) (un |una |el |la |mas |con )?B|no ~T ~(B|M)",
      "B (no sirve|no ayuda|no entiende|es inutil)",
      "(puede|podria|pueden|podrian|quiero|necesito|hay|busco|que|favor) ~2O|^O( [^ ]+)?( F)*$|O ~2(puede|podria|disponible|libre|ayudar|llamar|contactar)|I ahi",
      "(algun|alguna|un|una|alguien) ~1S (disponible|libre|en linea)",
      "^(F )*(A )?S( F)*$",
    ].join("|"),
  },
};

/** French clitics written after a hyphen ("passez-moi", "pouvez-vous") are words of their own. */
const CLITICS = /^(moi|vous|il|elle|nous|je|t|ce|on|toi|lui|les|la|le|y|en)$/;

/**
 * Words as typed, each with its span in the message. An elided French article or pronoun ("m'",
 * "l'", "qu'") is a word of its own, so "m'appeler" reads as "m' appeler"; other hyphenated
 * words stay whole, so "human-readable" and "real-time" are not "human" and "real".
 */
const WORD =
  /(?:[ldjmnstc]|qu)['\u2018\u2019\u02BC`\u00B4](?=\p{L})|[\p{L}\p{M}\p{N}]+(?:[-'\u2018\u2019\u02BC`\u00B4][\p{L}\p{M}\p{N}]+)*/giu;

interface Compiled {
  language: Language;
  pattern: RegExp;
  vocabulary: Set<string>;
  /** The longer person words, which Danish and German put at the end of compounds. */
  people: Set<string>;
}

/**
 * Whether `word` is `target` with one letter added or removed (5+ letters), replaced (6+: in
 * shorter words a replacement too often makes another real word, "teach" for "reach"), or two
 * neighbours swapped (4+: "tlak", "mcih"). Not in the last letters, where an edit makes another
 * form of the same verb ("llaman" is not "llamen", "contact" not "contacte"), except a letter
 * replaced next to the last in a person (`person`: nouns do not inflect there, "superviser").
 */
function isTypoOf(word: string, target: string, person: boolean): boolean {
  const shorter = Math.min(word.length, target.length);
  if (shorter < 4 || Math.abs(word.length - target.length) > 1) return false;
  let start = 0;
  while (start < shorter && word[start] === target[start]) start++;
  let end = 0;
  while (end < shorter - start && word[word.length - 1 - end] === target[target.length - 1 - end]) {
    end++;
  }
  const a = word.slice(start, word.length - end);
  const b = target.slice(start, target.length - end);
  if (a.length + b.length === 1) return shorter >= 5 && end > 0;
  if (a.length === 1 && b.length === 1) return shorter >= 6 && end > (person ? 0 : 1);
  return a.length === 2 && a === `${b[1]}${b[0]}`;
}

/**
 * `word`, or the grammar's word it is a typo of, or the person a compound ends in
 * ("kundekonsulent", "Kundenberater", "salesperson"). Short words are left alone: too many
 * collide.
 */
function correct(word: string, { vocabulary, people }: Compiled): string {
  if (word.length < 4 || vocabulary.has(word) || /\d/.test(word)) return word;
  for (const known of vocabulary) if (isTypoOf(word, known, people.has(known))) return known;
  for (const known of people)
    if (word.length > known.length + 2 && word.endsWith(known)) return known;
  return word;
}

function compile(language: Language): Compiled {
  const grammar = GRAMMARS[language];
  // Classes name other classes (P includes S), so expand until no capital is left.
  const expand = (source: string): string =>
    source.replace(/[A-Z]/g, (name) => `(?:${expand(grammar[name] ?? name)})`);
  // A gap is any words but N's; it is written before classes expand, and with `[^ ]` not `\S`,
  // whose capital would read as a class.
  const gaps = grammar.x.replace(/~(\d?)/g, (_, n: string) => `(?:(?!N )[^ ]+ ){0,${n || 3}}`);
  const source = expand(gaps);
  // N stays out: a typo read as "autres" would block a gap instead of filling one.
  const { N, ...words } = grammar;
  const vocabulary = new Set(
    Object.values(words)
      .join(" ")
      .match(/[a-zæøß]{4,}/g),
  );
  const people = new Set(expand("P").match(/[a-zæøß]{6,}/g));
  return { language, pattern: new RegExp(`(?<!\\S)(?:${source})(?!\\S)`), vocabulary, people };
}

let compiled: Compiled[] | undefined;

/**
 * The request for a person in `message`, or null. Deterministic; no network; pure. Each
 * language reads the message with its own typo vocabulary; of several readings, the language
 * that knows most of the message's words wins, so "agent" alone is English (listed first) but
 * "un agente por favor" Spanish.
 *
 * @example
 * findPersonRequest("is anyone there I could speak with?");
 * // { matched: "is anyone there", language: "en" }
 * findPersonRequest("Können Sie mich bitte verbinden?");
 * // { matched: "mich bitte verbinden", language: "de" }
 * findPersonRequest("What are your support hours on Saturdays?"); // null
 */
export function findPersonRequest(message: string): PersonRequest | null {
  compiled ??= (Object.keys(GRAMMARS) as Language[]).map(compile);
  const words = [...message.matchAll(WORD)].map((m) => ({
    from: m.index,
    to: m.index + m[0].length,
    text: normalizeForMatch(m[0]),
  }));
  let best: (PersonRequest & { known: number }) | null = null;
  for (const grammar of compiled) {
    const starts: number[] = [];
    let text = "";
    let known = 0;
    for (const word of words) {
      starts.push(text.length);
      text += `${word.text
        .split("-")
        .map((part, i) => {
          if (grammar.vocabulary.has(part)) known++;
          return (i === 0 ? "" : CLITICS.test(part) ? " " : "-") + correct(part, grammar);
        })
        .join("")} `;
    }
    const found = grammar.pattern.exec(text.trimEnd());
    if (!found) continue;
    // The words the match starts and ends in, as the visitor typed them.
    const first = starts.findLastIndex((s) => s <= found.index);
    const last = starts.findLastIndex((s) => s < found.index + found[0].length);
    const matched = message.slice(words[first]?.from, words[last]?.to);
    // A typo can make a word of another language ("contact" → Spanish "contacte"), so the
    // language that knows more of the message's words as they are wins, then the longer match.
    if (
      !best ||
      known > best.known ||
      (known === best.known && matched.length > best.matched.length)
    ) {
      best = { matched, language: grammar.language, known };
    }
  }
  return best && { matched: best.matched, language: best.language };
}
