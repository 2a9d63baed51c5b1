import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { findHandoffRequest } from "../../shared/decision.ts";
import { effectiveKeywords } from "../../shared/default-keywords.ts";
import { type Language, LANGUAGES } from "../../shared/languages.ts";
import { findPersonRequest, patternsOf } from "../../shared/person-request.ts";
import { HANDOFF_REQUESTS, readFixture } from "../dev-sets.ts";

interface HandoffRequests {
  requests: Record<string, string[]>;
  ordinary: { text: string; lang: Language; tricky: boolean }[];
}

// The dev set's requests, shipped as a fixture (test/fixtures/handoff-requests.json).
const dev: HandoffRequests = HANDOFF_REQUESTS;

const share = (texts: string[]) =>
  texts.filter((text) => findPersonRequest(text) !== null).length / texts.length;

// Written for this test, unlike the dev file's: other words, other constructions, other typos.
const MORE_REQUESTS = readFixture<Record<Language, string[]>>("person-requests-own.json");

// Questions a knowledge base should answer, with the words a request is made of.
const MORE_ORDINARY = readFixture<Record<Language, string[]>>("person-requests-own-ordinary.json");

const LANGS = Object.keys(MORE_REQUESTS) as Language[];
// The dev set's languages: the five it was written in.
const DEV_LANGS = Object.keys(dev.requests) as Language[];

describe("findPersonRequest on the dev set (test/fixtures/handoff-requests.json)", () => {
  it.each(DEV_LANGS)("recognises at least 95 percent of the requests in %s", (language) => {
    expect(share(dev.requests[language] ?? [])).toBeGreaterThanOrEqual(0.95);
  });

  it("takes at most one of the 55 ordinary questions for a request", () => {
    const taken = dev.ordinary.filter((q) => findPersonRequest(q.text) !== null);
    expect(taken.length, taken.map((q) => q.text).join(" | ")).toBeLessThanOrEqual(1);
  });

  it("reports as matched a substring of the message, in the message's language", () => {
    for (const language of DEV_LANGS) {
      for (const text of dev.requests[language] ?? []) {
        const found = findPersonRequest(text);
        if (!found) continue;
        expect(text).toContain(found.matched);
        expect(found.matched.length).toBeGreaterThan(0);
        expect(found.language).toBe(language);
      }
    }
  });
});

// Written before the grammar was extended for them (see each file's "source"), so their first
// scores were the held-out estimate; now they guard the patterns they led to. Ordinary questions
// that a default phrase ("customer service", "kundeservice") hands off are the list's doing, not
// the grammar's, and are not counted here.
const FRESH_SETS = ["", "-2", "-3", "-4"].map((suffix): HandoffRequests & { name: string } =>
  JSON.parse(
    fs.readFileSync(
      path.resolve(import.meta.dirname, `../../eval/person-requests-fresh${suffix}.json`),
      "utf8",
    ),
  ),
);

const DEFAULT_RULES = {
  keywords: effectiveKeywords({ mode: "add", phrases: [] }),
  personRequests: true,
};

describe.each(FRESH_SETS)("findPersonRequest on $name", (set) => {
  it.each(Object.keys(set.requests) as Language[])("recognises all its %s requests", (language) => {
    // With the default phrases, as `npm run eval` scores them: some requests are phrases' alone.
    const missed = (set.requests[language] ?? []).filter(
      (text) => findHandoffRequest(text, DEFAULT_RULES) === null,
    );
    expect(missed).toEqual([]);
  });

  it("takes at most one of its ordinary questions for a request", () => {
    const taken = set.ordinary.filter((q) => findPersonRequest(q.text) !== null);
    expect(taken.length, taken.map((q) => q.text).join(" | ")).toBeLessThanOrEqual(1);
  });
});

describe("findPersonRequest on requests written for this test", () => {
  for (const language of LANGS) {
    it.each(MORE_REQUESTS[language])(`recognises %j as a request in ${language}`, (text) => {
      const found = findPersonRequest(text);
      expect(found?.language).toBe(language);
      expect(text).toContain(found?.matched);
    });
  }
});

describe("findPersonRequest on ordinary questions written for this test", () => {
  for (const language of LANGS) {
    it.each(MORE_ORDINARY[language])(`does not take %j (${language}) for a request`, (text) => {
      expect(findPersonRequest(text)).toBeNull();
    });
  }
});

describe("findPersonRequest explains itself", () => {
  it("returns the visitor's own words, typos and all, not their normalised form", () => {
    expect(findPersonRequest("can i tlak to a humna")).toEqual({
      matched: "tlak to a humna",
      language: "en",
    });
    expect(findPersonRequest("Können Sie mich mit jemandem aus dem Support verbinden?")).toEqual({
      matched: "mich mit jemandem aus dem Support verbinden",
      language: "de",
    });
  });

  it("reads missing accents and curly apostrophes as the same words", () => {
    expect(findPersonRequest("Je voudrais parler à quelqu\u2019un")?.matched).toBe(
      "parler à quelqu\u2019un",
    );
    expect(findPersonRequest("paseme con soporte tecnico")?.language).toBe("es");
  });

  it("takes a one-word message naming a person as a request, but not that word in a question", () => {
    expect(findPersonRequest("Sachbearbeiter")?.matched).toBe("Sachbearbeiter");
    expect(findPersonRequest("opérateur !")?.matched).toBe("opérateur");
    expect(findPersonRequest("what is an agent in the shared inbox?")).toBeNull();
  });

  it("reads a compound ending in a person as that person, but not an inflection as a typo", () => {
    expect(findPersonRequest("ich will mit einem Kundenberater sprechen")?.matched).toContain(
      "Kundenberater",
    );
    expect(findPersonRequest("jeg vil gerne tale med en kundekonsulent")?.language).toBe("da");
    // "llaman" (they call) is one letter from "llamen" (let them call), a request.
    expect(findPersonRequest("¿Me llaman cuando el aparato esté listo?")).toBeNull();
    expect(findPersonRequest("quiero que me llamen")?.matched).toBe("me llamen");
  });

  it("keeps hyphenated words whole, so 'human-readable' names no human", () => {
    expect(findPersonRequest("I need a human-readable invoice")).toBeNull();
    expect(findPersonRequest("I need a human")?.matched).toBe("need a human");
  });

  it("asks for someone 'real' wherever it stands, whatever else the message says", () => {
    // Only a message that wholly asks whether the assistant is one ("¿eres una persona real?") is
    // answered instead, by the worker's judge (worker/chat/judge.ts).
    expect(findPersonRequest("¿Es una persona real la que aparece en el anuncio?")).not.toBeNull();
    expect(findPersonRequest("¿Es cuero real o sintético?")).toBeNull();
  });

  it("reads 'someone from your team' as a request only when asked for, not in a report", () => {
    expect(findPersonRequest("is anyone from support free right now")?.matched).toBe(
      "is anyone from support",
    );
    expect(findPersonRequest("someone from billing please")?.language).toBe("en");
    expect(findPersonRequest("Jemand vom Support bitte")?.language).toBe("de");
    expect(
      findPersonRequest("someone from your team installed it last week, is it covered?"),
    ).toBeNull();
    expect(
      findPersonRequest("en fra jeres team monterede den i går, virker garantien?"),
    ).toBeNull();
    expect(findPersonRequest("alguien de su equipo lo instaló ayer, ¿tiene garantía?")).toBeNull();
  });

  it("reads a past conversation or a promised call as a report, not a request", () => {
    expect(findPersonRequest("Ich habe mit jemandem gesprochen, wann kommt das Geld?")).toBeNull();
    expect(findPersonRequest("Ich hätte gern mit jemandem gesprochen")?.language).toBe("de");
    expect(findPersonRequest("j'ai parlé à quelqu'un hier, où est mon colis ?")).toBeNull();
    expect(findPersonRequest("je veux parlé à quelqu'un")?.language).toBe("fr");
    expect(findPersonRequest("ayer hablé con alguien, ¿dónde está el reembolso?")).toBeNull();
    expect(findPersonRequest("the courier said someone would call me but nobody did")).toBeNull();
    expect(findPersonRequest("Der Bote meinte, jemand würde mich anrufen")).toBeNull();
    expect(findPersonRequest("el mensajero dijo que alguien me llamaría")).toBeNull();
  });

  it("reads a device or courier calling the visitor as a question about them", () => {
    expect(findPersonRequest("does the alarm call me when the door opens")).toBeNull();
    expect(findPersonRequest("Ruft mich die Alarmanlage an, wenn die Tür aufgeht?")).toBeNull();
    expect(findPersonRequest("le livreur peut-il m'appeler avant la livraison")).toBeNull();
    expect(findPersonRequest("el repartidor me puede llamar antes de la entrega")).toBeNull();
    // The manager is one of the business's own people, so the whole ask is the match.
    expect(findPersonRequest("can the manager call me")?.matched).toBe("can the manager call me");
    expect(findPersonRequest("le conseiller peut-il me rappeler")?.language).toBe("fr");
  });

  it("reads being contacted, passed on or asked for in more forms", () => {
    const cases: [string, string][] = [
      ["Could a member of staff get in touch with me?", "member of staff get in touch with me"],
      ["kan du give mig videre til en kollega", "give mig videre"],
      ["Kan I skrive til mig på mail i stedet?", "Kan I skrive til mig"],
      ["kan I få nogen til at sende mig en mail", "få nogen til at"],
      ["Stopp, ich will einen Mitarbeiter", "will einen Mitarbeiter"],
      ["menschlicher Ansprechpartner bitte", "menschlicher Ansprechpartner bitte"],
      ["ich möchte zurückgerufen werden", "zurückgerufen werden"],
      ["Könnten Sie jemanden bitten, mich heute anzurufen?", "mich heute anzurufen"],
      ["transfère-moi à un humain", "transfère-moi à un humain"],
      ["un conseiller est-il disponible ?", "un conseiller est-il disponible"],
      ["je souhaite être contacté par un membre de l'équipe", "être contacté"],
      ["quiero quejarme con un gerente", "quejarme con un gerente"],
      ["Me gustaría que me contactara un empleado", "que me contactara"],
      ["¿alguien me puede mandar un correo?", "alguien me puede mandar un correo"],
      ["want to talk to real ppl", "real ppl"],
    ];
    for (const [text, matched] of cases)
      expect(findPersonRequest(text)?.matched, text).toBe(matched);
  });

  it("corrects a letter next to the last in a person, but not in a verb", () => {
    expect(findPersonRequest("i want to speak to a superviser")?.language).toBe("en");
    // "devuelven" (they give back) is one letter from "devuelvan" (let them call back).
    expect(findPersonRequest("me devuelven el dinero si el técnico no viene")).toBeNull();
  });

  it("returns null for an empty or wordless message", () => {
    expect(findPersonRequest("")).toBeNull();
    expect(findPersonRequest("?? 123 !!")).toBeNull();
  });
});

// Round 4: the business's own professionals ("the vet", "frisøren", "den Tierarzt"), the people
// above the assistant ("management", "la direction"), and a few other missed kinds. Written for
// this test, not taken from eval/person-requests-fresh-4.json.
const OWN_PEOPLE: Record<Language, string[]> = {
  en: [
    "can I speak to the dentist about my crown",
    "I'd rather talk with your electrician before booking",
    "is it possible to chat to one of your tutors",
    "would the physio give me a ring this afternoon",
    "have the plumber call me back please",
    "could I get in touch with the photographer",
    "connect me with the architect",
    "an instructor please",
    "the pharmacist pls",
    "I want to talk to management about this",
    "please escalate this up",
    "need a real staff member, not this",
    "can i chat w somebody from billing",
    "is there anyone I can go over my options with?",
    "is the groomer free for a quick chat",
    "can I get the owner on the phone",
    "escalate to head office please",
    "someone higher up please",
  ],
  da: [
    "må jeg tale med tandlægen om min krone",
    "kan jeg snakke med jeres elektriker inden jeg bestiller",
    "kan fysioterapeuten ringe til mig i eftermiddag",
    "kan jeg komme i kontakt med fotografen",
    "bed en af jeres konsulenter om at ringe til mig",
    "en instruktør tak",
    "jeg vil klage til ledelsen",
    "jeg vil gerne tale med en rigtig ansat",
    "er træneren ledig til en snak",
    "kan jeg få revisoren i telefonen",
  ],
  de: [
    "Kann ich mit der Zahnärztin wegen meiner Krone sprechen?",
    "Ich würde gern mit Ihrem Elektriker telefonieren",
    "Ich möchte bitte den Fotografen erreichen",
    "Könnte die Physiotherapeutin mich heute anrufen?",
    "Verbinden Sie mich mit dem Architekten",
    "eine Trainerin bitte",
    "Ich will mich direkt bei der Filialleitung beschweren",
    "Ist die Trainerin für ein kurzes Telefonat zu sprechen?",
    "Geben Sie mir bitte die Inhaberin",
  ],
  fr: [
    "je voudrais parler à la dentiste pour ma couronne",
    "puis-je discuter avec votre électricien avant de réserver",
    "est-ce que la kiné pourrait me rappeler cet après-midi",
    "j'aimerais avoir un entretien avec le photographe",
    "un moniteur svp",
    "je veux que ma réclamation soit transmise à la direction",
    "je voudrais en parler de vive voix",
    "je veux parler à qqn de reel",
    "la coiffeuse est-elle disponible pour discuter",
    "est-ce que je peux joindre l'architecte",
  ],
  es: [
    "quisiera hablar con la dentista sobre mi corona",
    "¿puedo comentar esto con su electricista antes de reservar?",
    "¿la fisioterapeuta me podría llamar esta tarde?",
    "pónganme en contacto con el fotógrafo",
    "una monitora por favor",
    "quiero escalar esto a la gerencia",
    "¿hay alguien a quien pueda explicarle mi caso?",
    "¿me pasa con la entrenadora?",
    "quisiera una llamada con el abogado",
  ],
  sv: [
    "kan jag prata med tandläkaren om min krona",
    "kan fysioterapeuten ringa mig",
    "en instruktör tack",
  ],
};

// Questions about those same people, which a knowledge base answers.
const ABOUT_OWN_PEOPLE: Record<Language, string[]> = {
  en: [
    "does the vet speak English",
    "is the mechanic certified",
    "do you sell trainers",
    "how much does the florist charge for delivery",
    "what qualifications do your teachers have",
    "can the hairdresser do curly hair",
    "should I talk to a doctor before taking this supplement",
    "do I need to speak with the pharmacist first",
    "how much does it cost to talk to the nutritionist",
    "is there a talk with the chef at the open day",
    "does the trainer talk to the owner about my dog",
    "a guide please",
    "can you move it up to thursday",
    "is it better to talk to a lawyer or an accountant",
    "I loved talking to the florist last time",
    "can the trainer give me a call reminder",
    "can the teacher email me the homework",
    "coach please",
  ],
  da: [
    "taler dyrlægen engelsk",
    "er mekanikeren certificeret",
    "sælger I løbesko til trænere",
    "hvad tager blomsterhandleren for levering",
    "hvilken uddannelse har jeres lærere",
    "kan frisøren klippe krøllet hår",
    "skal jeg tale med lægen før behandlingen",
    "er det bedre at tale med en advokat eller en revisor",
    "kan fotografen sende mig billederne på mail",
  ],
  de: [
    "Spricht der Tierarzt Englisch?",
    "Ist der Mechaniker zertifiziert?",
    "Verkaufen Sie Trainer?",
    "Was verlangt die Floristin für die Lieferung?",
    "Welche Qualifikationen haben Ihre Lehrer?",
    "Kann die Friseurin Locken schneiden?",
    "Muss ich vorher mit dem Arzt sprechen?",
    "Kann ich mit dem Trainer ein Probetraining machen?",
    "ein Koch bitte",
    "Ist es besser, mit einem Anwalt oder einem Steuerberater zu sprechen?",
    "Wie lange dauert ein Gespräch mit dem Berater?",
  ],
  fr: [
    "le vétérinaire parle-t-il anglais",
    "le mécanicien est-il certifié",
    "vendez-vous des chaussures pour entraîneurs",
    "combien le fleuriste facture-t-il la livraison",
    "quelles qualifications ont vos professeurs",
    "la coiffeuse peut-elle faire des cheveux bouclés",
    "faut-il parler au médecin avant la séance",
    "le prof parle avec les parents ?",
    "un guide svp",
    "vaut-il mieux parler à un avocat ou à un comptable",
    "comment joindre le vétérinaire le week-end",
  ],
  es: [
    "¿el veterinario habla inglés?",
    "¿el mecánico está certificado?",
    "¿venden zapatillas para entrenadores?",
    "¿cuánto cobra el florista por la entrega?",
    "¿qué titulación tienen sus profesores?",
    "¿la peluquera puede hacer pelo rizado?",
    "¿hay que hablar con el médico antes de la cita?",
    "¿cuánto cuesta hablar con la nutricionista?",
    "una guía por favor",
    "¿es mejor hablar con un abogado o con un contable?",
    "hablé con el dueño la semana pasada",
    "¿cómo contacto con el veterinario el fin de semana?",
  ],
  sv: [
    "pratar veterinären engelska",
    "är mekanikern certifierad",
    "ska jag prata med läkaren först",
  ],
};

describe("findPersonRequest on the business's own people and the other round-4 kinds", () => {
  for (const language of Object.keys(OWN_PEOPLE) as Language[]) {
    it.each(OWN_PEOPLE[language])(`recognises %j as a request in ${language}`, (text) => {
      const found = findPersonRequest(text);
      expect(found?.language).toBe(language);
      expect(text).toContain(found?.matched);
    });
    it.each(ABOUT_OWN_PEOPLE[language])(`does not take %j (${language}) for a request`, (text) => {
      expect(findPersonRequest(text)).toBeNull();
    });
  }

  it("keeps the whole ask as the match when one of them is asked to call", () => {
    expect(findPersonRequest("could the dentist give me a quick call")?.matched).toBe(
      "could the dentist give me a quick call",
    );
    expect(findPersonRequest("le dentiste pourrait-il me téléphoner")?.matched).toBe(
      "le dentiste pourrait-il me téléphoner",
    );
  });

  it("reads 'quelqu'un' as written and 'quelqun' as its typo", () => {
    expect(findPersonRequest("j'aimerais avoir quelqu'un")?.matched).toBe("avoir quelqu'un");
    expect(findPersonRequest("je veux parler a quelqun")?.matched).toBe("parler a quelqun");
  });
});

// Round 5: more verbs with one of the business's people ("a quick word with", "sparre med",
// "klären mit", "consultar con"), one of them on the phone or asked to call or write in the third
// person ("der Koch soll mich anrufen", "que le traiteur m'appelle"), escalation in more forms,
// "anyone human" and its idioms, sales departments, "kobl mig på", and many more professions
// with their Danish and German compounds. Written for this test, not taken from
// eval/person-requests-fresh-5.json.
const ROUND5_REQUESTS: Record<Language, string[]> = {
  en: [
    "could I have a quick word with your plumber about the leak",
    "can I go through the plans with the architect directly",
    "I'd like to run the quote by one of your electricians",
    "is the locksmith free to chat for a minute",
    "are any of your stylists free to talk",
    "can my accountant email me today",
    "could one of your tutors write to me personally",
    "I'd like the caterer to call me about the menu",
    "please get the chef to ring me back",
    "this needs escalating",
    "please escalate my complaint",
    "is anyone human there",
    "anyone human on the other end?",
    "connect me w the surveyor",
    "connect me with a physiotherapst",
    "put me through to your sales department",
    "an upholsterer please",
    "the midwife please",
    "can I get the landlord on the phone",
    "I'd like to speak with the letting agent",
    "is there a groomer I could have a quick word with",
    "are there any tutors I can talk to about the exam",
  ],
  da: [
    "kan jeg lige sparre med en af jeres rådgivere",
    "jeg vil gerne vende det med arkitekten",
    "kan jeg afklare det med tandlægen",
    "jeg vil gerne have at tømreren ringer mig op",
    "kan mekanikeren ringe mig op i dag",
    "kan revisoren skrive til mig",
    "det her skal eskaleres",
    "kan I eskalere det til ledelsen",
    "er der et menneske på den anden side",
    "er der et menneske derinde",
    "kobl mig på elektrikeren",
    "kobl mig sammen med en fysioterapeut",
    "øjenlægen tak",
    "en murer tak",
    "kan jeg få tømreren i telefonen",
    "jeg vil tale med salgsafdelingen",
    "kan jeg få fat i ejendomsmægleren",
  ],
  de: [
    "Kann ich das kurz mit dem Elektriker klären?",
    "Ich möchte das mit der Architektin absprechen",
    "Kann ich den Installateur ans Telefon bekommen?",
    "Können Sie mir den Tischler ans Telefon holen?",
    "Der Tierarzt soll mich bitte zurückrufen",
    "Ich möchte, dass mich der Dachdecker anruft",
    "Kann mir der Anwalt heute eine Mail schreiben?",
    "Könnte mich eine Ihrer Hebammen anrufen?",
    "Bitte eskalieren Sie das",
    "Das muss eskaliert werden",
    "Gibt es hier jemanden aus Fleisch und Blut?",
    "Ich muss mit dem Vertrieb wegen einer größeren Bestellung für die Firma sprechen",
    "Augenärztin bitte",
    "einen Zahntechniker bitte",
    "Hundetrainerin bitte",
    "Ich möchte mit der Kinderärztin sprechen",
    "Verbinden Sie mich mit dem Kundenberater",
    "Gibt es eine Hebamme, mit der ich kurz sprechen kann?",
    "Die Schreinerin soll mich wegen unserer Küche anrufen",
  ],
  fr: [
    "je peux avoir le plombier au téléphone ?",
    "pourriez-vous me passer le serrurier au téléphone",
    "je voudrais que le photographe m'appelle",
    "j'aimerais que la diététicienne me rappelle",
    "mon avocat peut m'envoyer un mail aujourd'hui ?",
    "merci de faire remonter ma plainte",
    "pouvez-vous faire remonter mon dossier",
    "il y a quelqu'un en chair et en os ?",
    "je dois voir avec le service commercial",
    "je peux voir ça avec l'électricien ?",
    "je voudrais faire le point avec ma conseillère",
    "le menuisier svp",
    "mettez-moi en relation avec le carreleur",
    "je voudrais parler à la sage-femme",
    "merci de faire remonter ma réclamation à la direction",
    "j'aimerais que l'un de vos artisans me rappelle",
    "je voudrais que la comptable m'envoie un mail",
  ],
  es: [
    "¿podría consultar con el abogado un momento?",
    "quiero consultarlo con la fisioterapeuta",
    "me gustaría que la veterinaria me devolviera la llamada",
    "¿puede el fontanero devolverme la llamada?",
    "quiero que el cerrajero me llame",
    "escalen esto por favor",
    "por favor escale mi queja",
    "¿hay alguien de carne y hueso?",
    "quiero hablar con el departamento comercial",
    "necesito hablar con ventas sobre un pedido grande",
    "páseme con el carpintero",
    "la podóloga por favor",
    "¿puedo hablar por teléfono con el electricista?",
    "¿hay algún abogado con quien pueda aclararlo?",
    "me gustaría que el cerrajero me llamara",
    "prefiero que la abogada me mande un correo",
  ],
  sv: [
    "kan jag stämma av med elektrikern",
    "det här måste eskaleras",
    "kan snickaren ringa upp mig",
    "ögonläkaren tack",
    "en snickare tack",
  ],
};

// The same words in questions a knowledge base answers: a call or mail between others, one of
// them seeing someone else, a product or a ladder ending in a profession, escalation asked about.
const ROUND5_ORDINARY: Record<Language, string[]> = {
  en: [
    "did the chef call the supplier",
    "can the dentist see my son on Friday",
    "the guide will email the itinerary",
    "will the plumber email the invoice",
    "does the architect write the planning application",
    "how do I escalate a ticket in the app",
    "what is your escalation policy",
    "is the caterer free on Saturday",
    "is the photographer free on the 12th",
    "can I go through the garden to the studio",
    "how much does the surveyor charge",
    "is the electrician certified",
    "does the vet speak English",
    "do you sell trainers",
    "the screwdriver please",
    "my accountant emailed me the figures",
    "do the human resources team handle payroll",
    "is there a groomer I could book for Friday",
    "is there a florist I can order from near the church",
  ],
  da: [
    "kan man tale engelsk til stemmeassistenten",
    "har kokken ringet til leverandøren",
    "kan tandlægen se min søn på fredag",
    "guiden sender programmet på mail",
    "er tømreren certificeret",
    "hvad koster en øjenlæge",
    "hvordan eskalerer jeg en sag i appen",
    "er der et menneske på billedet",
    "kan jeg koble min telefon til højttaleren",
    "hvad tager murer for en time",
    "kan mekanikeren skrive en regning til mig",
    "kan jeg koble min cykel til anhængeren",
    "er der en tømrer jeg kan anbefale",
    "hvornår bør en sag eskaleres",
  ],
  de: [
    "Kann ich mit der Sprachassistentin Deutsch sprechen?",
    "Hat der Koch den Lieferanten angerufen?",
    "Kann der Zahnarzt meinen Sohn am Freitag behandeln?",
    "Der Reiseleiter schickt die Route per Mail",
    "Ist der Elektriker zertifiziert?",
    "Was kostet ein Augenarzt?",
    "Wie eskaliere ich ein Ticket in der App?",
    "Muss ich das vorher mit dem Steuerberater klären?",
    "Die Stehleiter bitte",
    "Crosstrainer bitte",
    "Ist der Vertrieb am Samstag geöffnet?",
    "Wann ruft mich der Kurier an?",
    "Der Koch soll das Menü für unsere Feier anpassen",
    "Kann mir der Fotograf die Bilder schicken?",
    "Ich muss mit dem Auto zur Werkstatt",
    "Wann wird ein Ticket eskaliert?",
    "Gibt es einen Physiotherapeuten in der Nähe?",
    "Wochenplaner bitte",
    "Kann mir der Fotograf die Bilder mailen?",
    "Kann mir die Steuerberaterin meine Unterlagen schicken?",
  ],
  fr: [
    "le chef a-t-il appelé le fournisseur",
    "le dentiste peut-il voir mon fils vendredi",
    "le guide enverra l'itinéraire par mail",
    "le plombier est-il certifié",
    "combien coûte le serrurier",
    "comment faire remonter un bug dans l'application",
    "le service commercial est ouvert le samedi ?",
    "le photographe m'a envoyé les photos",
    "le photographe peut m'envoyer les photos ?",
    "je dois voir avec mon mari avant de réserver",
    "faut-il voir avec le syndic pour les travaux",
    "je voudrais que le menuisier fabrique une table",
    "le traiteur peut-il livrer samedi",
    "est-ce que le serrurier se déplace le dimanche",
    "je voudrais que le photographe m'envoie les photos",
  ],
  es: [
    "¿el chef llamó al proveedor?",
    "¿puede el dentista ver a mi hijo el viernes?",
    "el guía enviará el itinerario por correo",
    "¿el electricista está certificado?",
    "¿cuánto cuesta el cerrajero?",
    "¿cómo escalo una incidencia en la aplicación?",
    "¿el departamento comercial abre el sábado?",
    "¿hay que consultar con el médico antes?",
    "el fontanero me llamó ayer",
    "¿el cerrajero trabaja los domingos?",
    "quiero que el carpintero haga una mesa",
    "¿cómo escalo la pared de boulder?",
    "¿cuánto cuesta consultar con la abogada?",
    "la matrona me llamó ayer",
    "¿el departamento comercial abre el sábado?",
    "quiero que el fotógrafo me mande las fotos",
  ],
  sv: [
    "ringde kocken leverantören",
    "är elektrikern certifierad",
    "hur eskalerar jag ett ärende i appen",
    "kan snickaren bygga en altan",
    "vad kostar en ögonläkare",
  ],
};

describe("findPersonRequest on the round-5 kinds", () => {
  for (const language of Object.keys(ROUND5_REQUESTS) as Language[]) {
    it.each(ROUND5_REQUESTS[language])(`recognises %j as a request in ${language}`, (text) => {
      const found = findPersonRequest(text);
      expect(found?.language).toBe(language);
      expect(text).toContain(found?.matched);
    });
    it.each(ROUND5_ORDINARY[language])(`does not take %j (${language}) for a request`, (text) => {
      expect(findPersonRequest(text)).toBeNull();
    });
  }

  it("reads a Danish or German compound ending in a profession as that profession, but not a ladder", () => {
    expect(findPersonRequest("Zahntechniker bitte")?.matched).toBe("Zahntechniker bitte");
    expect(findPersonRequest("børnelægen tak")?.matched).toBe("børnelægen tak");
    expect(findPersonRequest("Tischlermeister bitte")?.matched).toBe("Tischlermeister bitte");
    expect(findPersonRequest("kan jeg tale med tømrermesteren")?.matched).toBe(
      "tale med tømrermesteren",
    );
    expect(findPersonRequest("kan jag prata med distriktssköterskan")?.language).toBe("sv");
    expect(findPersonRequest("Die Stehleiter bitte")).toBeNull();
  });

  it("still corrects a typo in a profession after the cheap pre-check", () => {
    expect(findPersonRequest("can I talk to the plumbr")?.matched).toBe("talk to the plumbr");
    expect(findPersonRequest("can I talk to the lpumber")?.matched).toBe("talk to the lpumber");
  });

  it("keeps the reason for a call inside the match when one of them is asked to call", () => {
    expect(findPersonRequest("Die Gärtnerin soll mich wegen unserer Hecke anrufen")?.matched).toBe(
      "Die Gärtnerin soll mich wegen unserer Hecke anrufen",
    );
  });
});

// Round 6: a meeting or call set up with one of the business's people (an appointment only with
// a talk for its purpose), one of several with a trade before them, a talk of a moment, one of
// them asked for a minute or to call back with no "me", asked to get in touch, and the visitor's
// matter wished escalated, passed on or seen by a manager. Written for this test, not taken from
// eval/person-requests-fresh-6.json.
const ROUND6_REQUESTS: Record<Language, string[]> = {
  en: [
    "is the owner in? I'd like to speak to her",
    "could you ask the manager to give me a ring",
    "please have someone reach out to me",
    "put me on to the workshop please",
    "is someone from the kitchen free to discuss allergies with me",
    "is the owner around? I'd like a word",
    "can the studio manager drop me a line",
    "could we arrange a call with your accountant next week",
    "I'd like to book a quick zoom with one of your architects",
    "could the plumber have five minutes to talk it through",
    "can someone from the garage give me a call",
    "can the electrician ring back this afternoon",
    "I want this escalated",
    "please get this escalated",
    "I'd like my complaint passed on to the manager",
    "I want a manager to look at my case",
    "I'd like a supervisor to review this",
    "can we have a word with the head gardener",
  ],
  da: [
    "vil I bede værkstedet om at kontakte mig",
    "er indehaveren til stede? jeg vil gerne tale med hende",
    "kan I sætte mig i forbindelse med jeres bogholder",
    "jeg vil gerne vende et tilbud med en af jeres konsulenter",
    "kan jeg tale med den ansvarlige for bryllupper",
    "jeg vil gerne have et møde med jeres arkitekt",
    "er det muligt at aftale et videomøde med jeres designer",
    "kan vi holde en kort samtale med en af jeres tømrere",
    "kan elektrikeren ringe tilbage i dag",
    "har kokken lige fem minutter til at snakke om en privat middag",
    "kan jeg tale et øjeblik med en af jeres kørelærere",
    "jeg vil gerne have at min klage sendes videre",
    "jeg vil gerne have at en leder kigger på min sag",
  ],
  de: [
    "Kann ich mit dem Zuständigen für Hochzeiten sprechen?",
    "Ist die Inhaberin heute da? Ich würde sie gern sprechen",
    "Ich möchte meine Beschwerde an die Geschäftsleitung richten",
    "Könnten wir einen Videocall mit Ihrem Steuerberater machen?",
    "Ist ein Gespräch mit Ihrer Tierärztin möglich?",
    "Hätte der Küchenchef kurz Zeit, mit mir über ein Catering zu sprechen?",
    "Kann ein Verkäufer zurückrufen?",
    "Ich möchte, dass sich ein Vorgesetzter meinen Fall ansieht",
    "Der Elektriker soll sich bitte bei mir melden",
    "Könnte ich mit einer Ihrer Trainerinnen sprechen?",
  ],
  fr: [
    "pourriez-vous demander à l'atelier de me rappeler ?",
    "est-ce que je peux avoir le responsable des mariages au téléphone ?",
    "le patron est là ? je voudrais lui parler",
    "j'aimerais discuter du devis avec votre décoratrice",
    "quelqu'un de l'atelier peut-il me contacter ?",
    "je voudrais organiser une visio avec votre architecte",
    "pourrions-nous caler une réunion avec l'un de vos électriciens ?",
    "votre chef aurait-il un moment pour discuter d'un dîner privé ?",
    "un commercial peut-il rappeler ?",
    "j'aimerais que la gérante prenne contact avec moi",
    "je voudrais que mon dossier soit examiné par un responsable",
    "je souhaite qu'un responsable regarde mon dossier",
    "est-ce que je peux parler deux minutes avec le fleuriste",
  ],
  es: [
    "¿está la dueña? quisiera hablar con ella",
    "me gustaría tratar el tema del presupuesto con su interiorista",
    "quisiera concertar una videollamada con su abogada",
    "¿podemos tener una reunión con uno de sus electricistas?",
    "quisiera una cita con el arquitecto para revisar el proyecto",
    "¿tendría el chef un momento para hablar de una cena privada?",
    "¿puede un comercial devolverme la llamada?",
    "quiero que un supervisor revise mi caso",
    "me gustaría hablar un rato con la fisioterapeuta",
  ],
  sv: [
    "kan ni be verkstaden att ringa mig",
    "jag vill prata med den som ansvarar för bröllop",
    "kan jag boka ett kort möte med er revisor",
    "kan en säljare ringa tillbaka",
    "kan jag prata en stund med en av era lärare",
    "jag vill att ägaren hör av sig till mig",
  ],
};

// Questions about those people, meetings, calls and forwarding, which a knowledge base answers:
// a meeting had or priced, a time booked for a service, a call between others, a parcel sent on.
const ROUND6_ORDINARY: Record<Language, string[]> = {
  en: [
    "should I talk to her about it first",
    "do I need to talk to them before booking",
    "I have a word document to print",
    "put me on the waiting list",
    "is someone from the kitchen at the market on saturday",
    "does the studio manager speak spanish",
    "I have a meeting with your architect tomorrow, where is your office",
    "did somebody from the bakery call me yesterday",
    "can I book a session with the personal trainer",
    "does the vet have time to see my cat on saturday",
    "I want my post forwarded to my new address",
    "will someone from the shop call me before delivery",
    "did the chef call the supplier",
    "does the vet speak English",
    "how do I contact my bank from the app",
    "can I have a meeting room with a projector",
    "is my complaint escalated automatically",
    "I want the vet to look at my dog's paw",
    "can the courier call back later",
    "how much is a meeting with the architect",
    "can a customer call back to change the order",
    "can I have a chat with the instructor during the lesson",
    "can we have a meeting with the wedding planner included in the package",
    "can the photographer call back the venue",
    "do you want this escalated",
  ],
  da: [
    "hvem er den ansvarlige for persondata",
    "hvad koster et møde med advokaten",
    "jeg har et møde med jeres arkitekt i morgen",
    "kan jeg booke en tid hos frisøren",
    "kan jeg ringe tilbage senere",
    "ringede kokken til leverandøren",
    "taler dyrlægen engelsk",
    "har dyrlægen tid på lørdag",
    "hvordan kontakter jeg min bank fra appen",
    "kan budet ringe til mig før levering",
    "jeg vil gerne have at frisøren klipper mit hår kort",
    "mødet med arkitekten gik godt",
    "jeg vil have at min pakke sendes videre",
  ],
  de: [
    "Bitte nennen Sie mir die zuständige Behörde",
    "Wer ist für Rücksendungen zuständig?",
    "Sprechen Sie Englisch?",
    "Muss ich ihn vorher sprechen?",
    "Kann ich einen Termin mit dem Fahrlehrer vereinbaren?",
    "Ist ein Termin mit dem Tierarzt am Samstag möglich?",
    "Meldet sich die Inhaberin bei mir, wenn die Ware da ist?",
    "Leiten Sie Bestellungen an den Hersteller weiter?",
    "Leiten Sie meine Daten an Dritte weiter?",
    "Wie lange dauert ein Gespräch mit dem Berater?",
    "Hat der Tierarzt am Samstag Zeit?",
    "Kann ich zurückrufen, wenn ich die Nummer habe?",
    "Kann ich mit dem Trainer ein Probetraining machen?",
    "Ich hatte gestern ein Gespräch mit Ihrer Architektin",
    "Hat der Koch den Lieferanten angerufen?",
    "Spricht der Tierarzt Englisch?",
    "Wie kontaktiere ich meine Bank über die App?",
    "Muss ich mit einem der Trainer sprechen, bevor ich anfange?",
    "Wäre ein Treffen mit dem Fahrlehrer am Bahnhof möglich?",
    "Leiten Sie die Bestellung an den Fahrer weiter?",
  ],
  fr: [
    "faut-il parler du régime avec le vétérinaire ?",
    "je voudrais lui offrir un bon cadeau",
    "le professeur parle des devoirs avec les parents",
    "quelqu'un du magasin m'a appelé hier",
    "quelqu'un de la boutique peut-il livrer demain ?",
    "comment prendre rendez-vous avec le mécanicien pour une révision ?",
    "puis-je prendre rendez-vous avec le mécanicien pour une révision ?",
    "j'ai une réunion avec votre architecte demain",
    "combien coûte un rendez-vous avec la diététicienne ?",
    "le livreur peut-il rappeler avant de passer ?",
    "le chef a-t-il appelé le fournisseur ?",
    "le vétérinaire parle-t-il anglais",
    "comment contacter ma banque depuis l'application",
    "la réunion avec l'architecte s'est bien passée",
    "le traiteur prend-il contact avec les invités ?",
    "le professeur parle un peu avec les parents",
  ],
  es: [
    "¿cuánto cuesta hablar de nutrición con la dietista?",
    "¿puedo pedir una cita con la dentista?",
    "¿cuánto cuesta una reunión con el abogado?",
    "tengo una reunión con su arquitecta mañana",
    "¿la reunión con el arquitecto fue bien?",
    "¿el chef llamó al proveedor?",
    "¿el veterinario habla inglés?",
    "¿cómo contacto con mi banco desde la aplicación?",
    "quiero que el veterinario vea a mi perro",
    "¿el profesor habla un rato con los padres?",
    "¿hay que hablar un momento con el médico antes?",
    "quiero que el fotógrafo me mande las fotos",
    "¿cuándo se pondrá en contacto conmigo el técnico?",
  ],
  sv: [
    "vem ansvarar för returer",
    "kan jag boka en tid hos frisören",
    "jag har ett möte med er arkitekt i morgon",
    "kan jag ringa tillbaka senare",
    "ringde kocken leverantören",
    "pratar veterinären engelska",
  ],
};

describe("findPersonRequest on the round-6 kinds", () => {
  for (const language of Object.keys(ROUND6_REQUESTS) as Language[]) {
    it.each(ROUND6_REQUESTS[language])(`recognises %j as a request in ${language}`, (text) => {
      const found = findPersonRequest(text);
      expect(found?.language).toBe(language);
      expect(text).toContain(found?.matched);
    });
    it.each(ROUND6_ORDINARY[language])(`does not take %j (${language}) for a request`, (text) => {
      expect(findPersonRequest(text)).toBeNull();
    });
  }

  it("reads 'wanna' as a word, not as the article 'a' before a talk", () => {
    expect(findPersonRequest("wanna talk to the mechanic about my brakes")?.matched).toBe(
      "talk to the mechanic",
    );
    expect(findPersonRequest("is there a talk with the chef at the open day")).toBeNull();
  });

  it("keeps the whole ask as the match when a meeting is asked for", () => {
    expect(
      findPersonRequest("could we arrange a call with your accountant next week")?.matched,
    ).toBe("could we arrange a call with your accountant");
  });

  // A pattern with no readable requirement compiles and runs on every message, the first an
  // isolate reads included: every reading of every pattern must name text a match needs.
  it("gives every pattern of every language, in both readings, something a match must contain", () => {
    const none = LANGUAGES.flatMap((language) =>
      patternsOf(language).flatMap((pattern) =>
        [pattern.whole, pattern.lean]
          .filter((reading) => reading.needs.length === 0)
          .map((reading) => `${language}: ${reading.source.slice(0, 80)}`),
      ),
    );
    expect(none).toEqual([]);
  });
});

// Round 7: general frames, not strings. Any contact verb with the visitor as its object whose
// subject is one of the business's people or a part of it, alone or coordinated; a meeting or
// appointment with someone of the business (an appointment, or meeting in person, only with a
// talk for its purpose); a complaint addressed to the owner or management; being transferred
// or given to someone who works there; a person contrasted with a machine; one of them who
// must call, or is wished to call back with no "me"; someone on the phone; the one in charge
// of something, however said.
const ROUND7_REQUESTS: Record<Language, string[]> = {
  en: [
    "could the instructor or the front desk give me a call?",
    "can her coach or someone at the club get in touch with me",
    "would the office or your accountant contact me about this",
    "could my daughter's tutor or the school ring me back",
    "please ask the school to reach me on my mobile",
    "can someone in the office follow up with me by email",
    "can we set up a meeting with someone from your design team to discuss the logo",
    "I'd like to meet with someone from the studio to talk about the wedding",
    "is it possible to have a call with one of your engineers about the API",
    "could I sit down with someone from the agency to go over the plan",
    "I want to make a complaint to the owner about my haircut",
    "I want to lodge a complaint with the manager",
    "I'd rather get an answer from a human",
    "I've been talking to a machine for ages",
    "I'm tired of talking to a computer",
    "the vet must call me back today",
    "the plumber needs to call back asap",
    "please could the head of the school contact me",
    "any chance of a chat with the head chef?",
    "I want to speak to the lady who did my nails last week",
  ],
  da: [
    "kunne hans lærer eller sekretariatet ringe til mig?",
    "kan træneren eller kontoret skrive til mig",
    "kan en af jeres konsulenter sende mig en mail",
    "kan vi aftale et møde med en fra jeres kontor om tilbuddet",
    "jeg vil gerne mødes med en fra firmaet for at tale om projektet",
    "kan vi mødes med en af jeres arkitekter for at gennemgå tegningerne",
    "overfør mig venligst til en medarbejder",
    "kan du overføre mig til en rådgiver",
    "giv mig en der arbejder i butikken",
    "jeg vil have svar fra en person",
    "jeg har snakket med en maskine i ti minutter",
    "jeg vil gerne have at tandlægen ringer tilbage",
    "jeg har brug for at kontoret ringer mig op",
    "kan jeg tale med den der står for bryllupper",
    "kan jeg få fat i den der lavede mit køkken",
    "jeg vil gerne høre fra en af jeres rådgivere",
    "kan vi tage et kort opkald med jeres projektleder",
  ],
  de: [
    "könnte sich der Trainer oder das Sekretariat bei mir melden?",
    "könnte sich die Praxis mit mir in Verbindung setzen",
    "können wir uns mit jemandem aus der Kanzlei treffen, um den Vertrag durchzugehen",
    "wir möchten uns mit einem Ihrer Berater treffen, um das Projekt zu besprechen",
    "könnten wir einen Videocall mit jemandem aus dem Vertrieb machen",
    "ich hätte gern einen Termin mit einer Mitarbeiterin, um das Angebot zu besprechen",
    "ich will mich bei Ihrem Chef über den Service beschweren",
    "ich möchte eine Beschwerde bei der Geschäftsführung einreichen",
    "ich möchte eine Antwort von einem Menschen",
    "ich rede hier seit zehn Minuten mit einer Maschine",
    "der Elektriker soll dringend zurückrufen",
    "kann ich jemanden ans Telefon bekommen",
    "ich möchte mit dem sprechen, der für Reklamationen zuständig ist",
    "ich verlange, den Geschäftsführer zu sprechen",
    "wäre es möglich, dass mich jemand heute Nachmittag zurückruft",
    "ich möchte gern mit der Dame sprechen, die mir die Haare geschnitten hat",
    "hätte Ihr Architekt nächste Woche Zeit für ein Gespräch",
  ],
  fr: [
    "son entraîneur ou l'accueil pourrait-il me rappeler ?",
    "le professeur ou la directrice pourraient-ils me contacter",
    "est-ce que quelqu'un du bureau pourrait revenir vers moi",
    "je voudrais rencontrer quelqu'un de l'équipe pour parler du projet",
    "pourrait-on organiser une réunion avec quelqu'un du studio pour discuter du mariage",
    "pourrait-on faire une visio avec quelqu'un de votre équipe",
    "je veux me plaindre au patron du service",
    "je voudrais adresser une réclamation à la direction",
    "je voudrais une réponse d'un humain",
    "depuis tout à l'heure je parle à un robot",
    "le plombier doit me rappeler aujourd'hui",
    "puis-je parler avec celui qui gère les réservations",
    "j'aimerais un rappel de votre comptable",
    "je voudrais parler à la dame qui m'a coiffée",
  ],
  es: [
    "¿podría su entrenador o la recepción llamarme?",
    "¿puede la secretaría ponerse en contacto conmigo?",
    "¿podría alguien de la oficina comunicarse conmigo?",
    "¿el director o la coordinadora pueden llamarme?",
    "quisiera reunirme con alguien del estudio para hablar de la boda",
    "¿podemos tener una cita con alguien de la gestoría para revisar los papeles?",
    "¿podemos hacer una videollamada con alguien de su equipo?",
    "quiero una respuesta de una persona",
    "llevo diez minutos hablando con una máquina",
    "me gustaría que alguien me llamara",
    "¿puedo hablar con quien se encarga de las reservas?",
    "¿sería posible que alguien me llamara esta tarde?",
    "quiero hablar con la chica que me cortó el pelo",
  ],
  sv: [
    "kan hans lärare eller kansliet ringa mig?",
    "kan en av era rådgivare skicka ett mejl till mig",
    "kan vi boka ett möte med någon från byrån om vår nya hemsida",
    "jag vill träffa någon från företaget för att prata om projektet",
    "överför mig till en tekniker",
    "jag vill hellre ha svar från en människa",
    "jag har pratat med en maskin i tio minuter",
    "jag vill att fysioterapeuten ringer tillbaka",
    "rörmokaren måste ringa mig direkt",
  ],
};

// Their guards: questions about people, calls, contacts, meetings and bots, which a knowledge
// base answers.
const ROUND7_ORDINARY: Record<Language, string[]> = {
  en: [
    "will the shop call me before delivery",
    "can my team contact me through the app",
    "can my team email me the report",
    "could the teacher or the school send me the timetable",
    "can the office or the reception print my ticket",
    "how do I make a complaint to the council",
    "can I meet other parents at the open day",
    "I had a meeting with someone from your agency last week",
    "is the answer from a human or an AI",
    "am I talking to a bot?",
    "is talking to a bot safe",
    "does the plumber need to call before he comes",
    "the technician has to call the landlord first",
    "I don't fancy a chat with the chef",
    "I talked to the guy who fixed it and he said it's fine",
    "did you speak to the man who delivered it",
    "would the studio contact me if a spot opens up",
    "how can the trainer reach me if I'm late",
    "can I book a call with one of your free webinars",
    "I'd like to make a complaint to the landlord about the noise, can you help me write it",
    "I have been talking to a bot company about automation, do you integrate with them",
  ],
  da: [
    "kan frisøren sende mig billederne",
    "kan kontoret sende mig fakturaen igen",
    "jeg havde et møde med en fra kommunen",
    "snakker jeg med en robot?",
    "er svaret fra et menneske eller en maskine",
    "ringer tandlægen tilbage i dag?",
    "skal elektrikeren ringe tilbage?",
    "giv mig en af de blå",
    "overfør pengene til min konto",
    "hvornår hører jeg fra jer",
    "vil klinikken sende mig en sms før min tid",
    "jeg har snakket med en maskine fra jer om leasing, hvad koster den",
    "kan butikken ringe til mig når varen er kommet",
    "hvordan kan skolen kontakte mig hvis mit barn er syg",
  ],
  de: [
    "Meldet sich der Tierarzt bei mir, wenn die Ergebnisse da sind?",
    "Wann meldet sich die Werkstatt bei mir?",
    "Muss der Klempner vorher anrufen?",
    "Der Fahrer soll vorher anrufen, bevor er liefert",
    "Der Techniker muss den Vermieter anrufen",
    "Rede ich mit einer Maschine?",
    "Ist die Antwort von einem Menschen geschrieben?",
    "Ich hatte einen Termin mit jemandem aus der Agentur",
    "ich rede seit Wochen mit meiner Maschine, sie braucht Entkalker",
    "ich möchte mich bei meinem Vermieter über den Lärm beschweren",
  ],
  fr: [
    "le livreur peut-il m'appeler avant de passer ?",
    "est-ce que je parle à un robot ?",
    "je me demande si je parle à une machine",
    "la réponse vient-elle d'un humain ?",
    "j'ai eu un rendez-vous avec quelqu'un de l'agence la semaine dernière",
    "combien coûte un rendez-vous avec quelqu'un de l'agence ?",
    "comment déposer une plainte à la mairie ?",
    "le magasin peut-il m'envoyer la facture ?",
    "j'ai une plainte à faire au propriétaire de mon logement, vous pouvez m'aider ?",
    "la boutique peut-elle m'appeler quand ma commande est prête ?",
    "comment le cabinet peut-il me contacter si je change de numéro ?",
    "est-ce que l'agence pourrait me rappeler si une place se libère",
  ],
  es: [
    "¿cuándo se pondrá en contacto conmigo el técnico?",
    "¿estoy hablando con un bot?",
    "¿la respuesta es de una persona?",
    "tuve una reunión con alguien de la agencia ayer",
    "¿cuánto cuesta una cita con alguien de la clínica?",
    "¿puede la tienda enviarme la factura?",
    "el mensajero dijo que alguien me llamaría pero nadie lo hizo",
  ],
  sv: [
    "pratar jag med en robot?",
    "kommer svaret från en människa?",
    "ringer tandläkaren tillbaka idag?",
    "jag hade ett möte med någon från kommunen",
    "kan frisören skicka bilderna till mig",
    "kan butiken ringa mig när varan har kommit",
  ],
};

describe("findPersonRequest on the round-7 kinds", () => {
  for (const language of Object.keys(ROUND7_REQUESTS) as Language[]) {
    it.each(ROUND7_REQUESTS[language])(`recognises %j as a request in ${language}`, (text) => {
      const found = findPersonRequest(text);
      expect(found?.language).toBe(language);
      expect(text).toContain(found?.matched);
    });
    it.each(ROUND7_ORDINARY[language])(`does not take %j (${language}) for a request`, (text) => {
      expect(findPersonRequest(text)).toBeNull();
    });
  }

  // A pattern naming the business's people has its whole reading's needs read when a message
  // first names one of them: in a fresh module, after an ordinary message, that message still
  // finds its request.
  it("finds a request naming one of the business's people as the first such message read", async () => {
    vi.resetModules();
    const fresh = await import("../../shared/person-request.ts");
    expect(fresh.findPersonRequest("can i return my shoes after a month")).toBeNull();
    expect(fresh.findPersonRequest("could the plumber call me tomorrow")?.matched).toBe(
      "could the plumber call me",
    );
    expect(fresh.findPersonRequest("Kan dyrlægen ringe til mig i morgen")?.matched).toBe(
      "Kan dyrlægen ringe til mig",
    );
  });

  it("keeps the whole ask, both subjects included, as the match", () => {
    expect(
      findPersonRequest("Could her coach or the club office get in touch with me? Thanks")?.matched,
    ).toBe("Could her coach or the club office get in touch with me");
  });
});

// Round 8 (eval/person-requests-fresh-8.json's misses, read after it judged round 7): one of the
// business's people asked after as there, someone from a team asked to get in touch, a part of
// the business asked to call back, a child's teacher or trainer, meeting someone of the team,
// "durchstellen zum…", Danish and German letters spelled out. Written for this test, not taken
// from the set.
const ROUND8_REQUESTS: Partial<Record<Language, string[]>> = {
  en: [
    "is the florist around? I want to change the flowers for friday",
    "is the manager in today",
    "are the instructors around",
    "is the owner available",
    "is anyone manning the phones today",
    "would it be possible for somebody from billing to reach out about my invoice",
    "could the office call back this afternoon",
    "I'd like to talk to her trainer about her progress",
    "can I have a word with one of the senior stylists",
  ],
  da: [
    "er ejeren til stede? jeg vil gerne klage",
    "er frisøren der i dag",
    "sidder der nogen ved telefonen",
    "kan klinikken ringe tilbage i eftermiddag",
    "jeg vil gerne tale med hendes træner om holdet",
    "saet mig i forbindelse med en medarbejder",
    "kan jeg faa fat i laereren",
  ],
  de: [
    "ist der Chef da? ich hätte eine Frage zur Rechnung",
    "ist die Tierärztin heute erreichbar",
    "bitte zur Buchhaltung durchstellen",
    "Können wir uns mit einem Ihrer Architekten kurz treffen, um die Pläne durchzugehen?",
    "ich möchte mit seinem Trainer sprechen",
    "ich moechte mit einem Mitarbeiter sprechen",
  ],
  fr: [
    "le patron est là ?",
    "est-ce que l'opticien est dispo",
    "je voudrais tchatter avec un conseiller",
    "j'aimerais qu'un membre du service client me rappelle",
    "je peux parler au proprio ?",
  ],
  es: ["¿está la dueña? quería hablar del pedido", "¿está el mecánico hoy?"],
};

const ROUND8_ORDINARY: Partial<Record<Language, string[]>> = {
  en: [
    "is the vet in on sundays",
    "when is the baker around",
    "is the physio available on saturdays",
    "is the owner in charge of refunds",
    "is your designer in london",
    "is the guide free",
    "someone from your team got in touch last week about the invoice, is it paid now",
    "how do i give my cat a calorie count",
  ],
  da: [
    "hvornår er dyrlægen der",
    "er frisøren der om lørdagen",
    "hvor lang tid er træneren der",
    "kan butikken ringe til mig når varen er kommet",
  ],
  de: [
    "wann ist der Arzt da",
    "ist der Trainer da auch am Wochenende",
    "können Sie Parkplätze zur Verfügung stellen",
    "kann ich mich mit anderen Eltern austauschen",
  ],
  fr: [
    "quand le véto est là",
    "le coiffeur est là le samedi ?",
    "le chat est-il accepté à la pension",
  ],
  es: [
    "¿cuándo está la veterinaria?",
    "¿está la veterinaria abierta hoy?",
    "¿cómo está el perro después de la operación?",
  ],
};

describe("findPersonRequest on the round-8 kinds", () => {
  for (const language of Object.keys(ROUND8_REQUESTS) as Language[]) {
    it.each(ROUND8_REQUESTS[language] ?? [])(
      `recognises %j as a request in ${language}`,
      (text) => {
        const found = findPersonRequest(text);
        expect(found?.language).toBe(language);
        expect(text).toContain(found?.matched);
      },
    );
    it.each(ROUND8_ORDINARY[language] ?? [])(
      `does not take %j (${language}) for a request`,
      (text) => {
        expect(findPersonRequest(text)).toBeNull();
      },
    );
  }

  it("reads a spelled-out æ, ø, å or ä, ö, ü only where that makes a word of the grammar", () => {
    expect(findPersonRequest("saet mig i forbindelse med en dyrlaege")?.matched).toBe(
      "saet mig i forbindelse med en dyrlaege",
    );
    // "neue" is a word of its own, not "neu" with its ü spelled out: nothing to read.
    expect(findPersonRequest("gibt es neue Kurse im Herbst")).toBeNull();
  });
});
