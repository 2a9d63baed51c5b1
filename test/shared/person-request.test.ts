import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Language } from "../../shared/languages.ts";
import { findPersonRequest } from "../../shared/person-request.ts";

interface HandoffRequests {
  requests: Record<Language, string[]>;
  ordinary: { text: string; lang: Language; tricky: boolean }[];
}

const dev: HandoffRequests = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, "../../../shared/eval/handoff-requests.json"),
    "utf8",
  ),
);

const share = (texts: string[]) =>
  texts.filter((text) => findPersonRequest(text) !== null).length / texts.length;

// Written for this test, unlike the dev file's: other words, other constructions, other typos.
const MORE_REQUESTS: Record<Language, string[]> = {
  en: [
    "is anyone there I could speak with",
    "Could I please speak with one of your staff?",
    "put me through to billing please",
    "can somebody from your support team give me a ring",
    "pls get a human",
    "how do I reach a person at your company?",
    "Please ask a team member to email me",
    "can you escalate my ticket to a manager",
    "spaek to an agnet",
    "Representative please!",
    "Could a colleague of yours phone me this afternoon?",
    "who can I speak to about a refund?",
    "is a human available to chat?",
    "I would like to be transferred to customer care",
  ],
  da: [
    "kan jeg blive stillet videre",
    "må jeg få lov at snakke med en fra kundeservice",
    "jeg vil gerne have fat i en medarbejder",
    "ring lige til mig på 12345678",
    "sæt mig over til en rigtig person",
    "Hvem kan jeg tale med om en reklamation?",
    "kan en rådgiver kontakte mig",
    "ikke mere bot, tak",
    "jeg vil gerne snake med en medarbeder",
    "jeg vil gerne ringes op",
    "er der en medarbejder ledig?",
    "personale tak",
  ],
  de: [
    "können Sie mich bitte verbinden",
    "Ich hätte gern einen Ansprechpartner",
    "Kann mich jemand aus dem Vertrieb zurückrufen?",
    "Wie erreiche ich einen Mitarbeiter?",
    "Gibt es hier auch echte Menschen?",
    "Kundendienst bitte",
    "keine Maschine, bitte einen Menschen",
    "Kann ich mit einem Mitarbieter sprehcen",
    "Stellen Sie mich bitte durch",
    "Ich hätte gern mit einem Techniker gesprochen",
    "Schreiben Sie mir bitte eine E-Mail, ein Mitarbeiter soll sich melden",
  ],
  fr: [
    "pouvez-vous me passer quelqu\u2019un",
    "J'aimerais échanger avec un conseiller",
    "je voudrais qu'on me rappelle",
    "mettez-moi en contact avec un technicien",
    "Est-ce que quelqu'un peut m'appeler cet après-midi ?",
    "Y a-t-il un vrai conseiller disponible ?",
    "je voudrais parlé avec un conseiler",
    "Redirigez-moi vers le service commercial",
    "je voudrais être mis en relation avec un conseiller",
    "Est-il possible de joindre quelqu'un par téléphone ?",
  ],
  es: [
    "me pasas con alguien",
    "quiero hablar con un humano de verdad",
    "¿alguien me puede llamar hoy?",
    "comuníqueme con un asesor",
    "necesito un agente ya",
    "¿Me pueden contactar por correo?",
    "quisiera ablar con un representatne",
    "pásame con ventas",
    "¿Hay algún asesor disponible?",
    "¿Alguien de soporte me puede escribir?",
    "¿con quién puedo hablar de mi pedido?",
  ],
};

// Questions a knowledge base should answer, with the words a request is made of.
const MORE_ORDINARY: Record<Language, string[]> = {
  en: [
    "Does the chat widget support talking to multiple agents at once?",
    "How many people can I add to my team plan?",
    "Is there a person field on the contact form?",
    "Do you offer support over the phone?",
    "Where can I find my account manager's email address?",
    "can I get a human-readable export of my data",
    "do I need a manager account to approve expenses",
    "how do I transfer an invoice to another client",
    "can my employees contact me through the app",
    "We have no bot protection, is that ok?",
  ],
  da: [
    "hvordan opretter jeg en ny medarbejder i systemet",
    "hvad er telefonnummeret til support",
    "kan jeg ringe til jer om lørdagen",
    "har I en rigtig butik i Aarhus",
    "hvordan ringer jeg til jeres værksted",
    "har I nogen af jeres cykler på lager",
    "er der nogen rabat her",
  ],
  de: [
    "Wie lege ich einen neuen Mitarbeiter an?",
    "Kann ich Rechnungen an einen Mitarbeiter weiterleiten?",
    "Sprechen Ihre Techniker auch Englisch?",
    "Wie lösche ich eine Person aus meinem Konto?",
    "Wie verbinde ich die App mit meinem Bankkonto?",
    "Ich möchte wissen, wen ich anrufen muss",
  ],
  fr: [
    "Quel est l'e-mail du support ?",
    "Est-ce que je peux transférer une facture à un collègue ?",
    "Comment contacter un client depuis l'application ?",
    "Je m'appelle Marie, comment changer mon mot de passe ?",
    "Comment transférer une facture à un autre client ?",
  ],
  es: [
    "¿Cuál es el teléfono de soporte?",
    "¿Puedo llamar al webhook desde mi servidor?",
    "¿Cómo hablo con mis clientes desde la app?",
    "¿Puedo pasar a un plan superior?",
    "Me llamo Ana, ¿cómo cambio mi contraseña?",
    "¿Cómo transfiero una factura a otro cliente?",
  ],
};

const LANGS = Object.keys(MORE_REQUESTS) as Language[];

describe("findPersonRequest on the dev set (handoff-requests.json)", () => {
  it.each(LANGS)("recognises at least 95 percent of the requests in %s", (language) => {
    expect(share(dev.requests[language])).toBeGreaterThanOrEqual(0.95);
  });

  it("takes at most one of the 55 ordinary questions for a request", () => {
    const taken = dev.ordinary.filter((q) => findPersonRequest(q.text) !== null);
    expect(taken.length, taken.map((q) => q.text).join(" | ")).toBeLessThanOrEqual(1);
  });

  it("reports as matched a substring of the message, in the message's language", () => {
    for (const language of LANGS) {
      for (const text of dev.requests[language]) {
        const found = findPersonRequest(text);
        if (!found) continue;
        expect(text).toContain(found.matched);
        expect(found.matched.length).toBeGreaterThan(0);
      }
    }
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

  it("keeps hyphenated words whole, so 'human-readable' names no human", () => {
    expect(findPersonRequest("I need a human-readable invoice")).toBeNull();
    expect(findPersonRequest("I need a human")?.matched).toBe("need a human");
  });

  it("asks for someone 'real' the way the default phrases do, whatever else the message says", () => {
    // "persona real" is a default handoff phrase, so such a message hands off either way.
    expect(findPersonRequest("¿Es una persona real la que aparece en el anuncio?")).not.toBeNull();
    expect(findPersonRequest("¿Es cuero real o sintético?")).toBeNull();
  });

  it("returns null for an empty or wordless message", () => {
    expect(findPersonRequest("")).toBeNull();
    expect(findPersonRequest("?? 123 !!")).toBeNull();
  });
});
