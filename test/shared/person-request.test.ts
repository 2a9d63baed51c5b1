import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Language } from "../../shared/languages.ts";
import { findHandoffRequest } from "../../shared/decision.ts";
import { effectiveKeywords } from "../../shared/default-keywords.ts";
import { findPersonRequest } from "../../shared/person-request.ts";
import { HANDOFF_REQUESTS } from "../dev-sets.ts";

interface HandoffRequests {
  requests: Record<string, string[]>;
  ordinary: { text: string; lang: Language; tricky: boolean }[];
}

// The dev set's requests, shipped as a fixture (test/fixtures/handoff-requests.json).
const dev: HandoffRequests = HANDOFF_REQUESTS;

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
    "I'd like to have a word with someone in customer relations",
    "get someone on the phone for me",
    "can a person please look at this",
    "this isn't working, human needed",
    "Let me talk to whoever is in charge",
    "any chance of talking to a real agent?",
    "please pass this on to a human",
    "I want to make a complaint to a supervisor",
    "can I speak with the account team",
    "ring me back on 0207 946 0000",
    "i'm fed up with this bot",
    "Are there any humans working here?",
    "could you get a manager to contact me",
    "I'd like a call from your sales people",
    "talk to someone",
    "Please escalate",
    "i need human help",
    "can I book a call with an advisor",
    "speak to real person plz",
    "Could I possibly talk to one of your team?",
    "connect me to billing",
    "u r useless, get me a person",
    "someone from sales please call me back",
    "rep please",
    "is there anybody I can email about this?",
    "I'd like a human to review my refund",
    "escalate to your manager",
    "Would someone be able to phone me tomorrow?",
    "Can you get somebody to ring me?",
    "I'd like to chat to a person about my subscription",
    "the assistant isn't helping - can I get through to your team?",
    "human agent pls",
    "Is it possible to talk to billing?",
    "put me through to a supervisor",
    "I need to speak with an actual person",
    "Can a real person email me back?",
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
    "kan jeg snakke med nogen i telefonen",
    "jeg vil gerne tale med en kundekonsulent",
    "stil mig videre til en person",
    "få fat i en chef",
    "må jeg få et opkald",
    "er der et menneske jeg kan skrive med",
    "ring til mig hurtigst muligt",
    "jeg vil gerne snakke med en person om min faktura",
    "kan jeg tale med nogen fra værkstedet",
    "giv mig et menneske",
    "kan jeg få lov at tale med en ekspedient",
    "jeg vil gerne kontaktes af en sælger",
    "skriv til mig på mail, tak",
    "kan I give mig et opkald i morgen",
    "jeg vil ikke snakke med en chatbot, giv mig en person",
    "hej, jeg vil gerne have en rådgiver",
    "kontakt mig venligst",
    "jeg har brug for hjælp fra et menneske",
    "Kunne jeg måske tale med en fra jeres team?",
    "stil mig over til regnskab",
    "du er ubrugelig, find en person",
    "kan en fra salg ringe mig op",
    "medarbejder!",
    "er der nogen jeg kan maile med om det?",
    "jeg vil gerne have at en medarbejder ser på min refusion",
    "eskaler til din leder",
    "kan jeg tale med en persn",
    "kan nogen ringe til mig i morgen?",
    "Kan jeg få en person i tale?",
    "jeg vil gerne tale med jeres bogholderi",
    "botten forstår mig ikke, kan jeg få en medarbejder",
    "kundeservice tak",
    "kan I sende mig videre til en tekniker",
    "jeg vil have en rigtig person",
    "ring mig op hurtigst muligt",
    "en person, tak",
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
    "Ich brauche einen Ansprechpartner",
    "Kann ich bitte mit einem Menschen telefonieren?",
    "Ruft mich bitte zurück",
    "ich will mit einem Kundenberater sprechen",
    "Bitte verbinden Sie mich mit der Buchhaltung",
    "Können Sie mich an den Support weiterleiten?",
    "Ich möchte gern mit Ihrem Chef sprechen",
    "Der Bot versteht mich nicht, ich will einen Menschen",
    "Ist jemand vom Support erreichbar?",
    "Kann sich ein Mitarbeiter bei mir melden?",
    "Können Sie mich mit einem Techniker verbinden?",
    "Ich hätte gerne einen Rückruf von einem Berater",
    "Bitte um Kontaktaufnahme durch einen Mitarbeiter",
    "Ich will mit einer echten Person chatten",
    "Kann ich bitte einen Menschen haben?",
    "Wer kann mir persönlich weiterhelfen?",
    "Rufen Sie mich an!",
    "Schicken Sie mir bitte jemanden, der sich auskennt",
    "Könnte ich vielleicht mit jemandem aus Ihrem Team sprechen?",
    "Verbinden Sie mich mit der Buchhaltung",
    "du bist nutzlos, hol mir einen Menschen",
    "kann mich jemand vom Vertrieb zurückrufen",
    "Berater bitte",
    "Gibt es jemanden, dem ich dazu eine Mail schreiben kann?",
    "Ich möchte, dass ein Mitarbeiter meine Erstattung prüft",
    "an Ihren Vorgesetzten eskalieren bitte",
    "kann ich mit einem menshcen sprechen",
    "Könnte mich morgen jemand anrufen?",
    "Kann ich bitte jemanden sprechen?",
    "Ich möchte mich mit einem Mitarbeiter unterhalten",
    "Der Chatbot hilft nicht, bitte einen Mitarbeiter",
    "Mitarbeiterin bitte",
    "Können Sie mich zum Vertrieb durchstellen?",
    "Ich brauche einen echten Berater",
    "Rufen Sie mich bitte so schnell wie möglich zurück",
    "Mit wem kann ich darüber reden?",
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
    "je souhaite parler à un conseiller clientèle",
    "Pouvez-vous me mettre en contact avec le support ?",
    "Rappelez-moi au 06 11 22 33 44",
    "je voudrais un rendez-vous téléphonique avec un conseiller",
    "quelqu'un peut m'aider svp, pas le robot",
    "Je veux parler à un être humain",
    "est-ce que je peux avoir quelqu'un au téléphone ?",
    "Transférez ma demande à un responsable",
    "Puis-je discuter avec quelqu'un du service technique ?",
    "Passez-moi votre supérieur",
    "J'ai besoin de parler à quelqu'un",
    "Est-ce qu'un conseiller peut me contacter ?",
    "Je voudrais être recontacté par un commercial",
    "Appelez-moi svp",
    "Vous pouvez me mettre en relation avec la comptabilité ?",
    "Un humain, vite !",
    "Je veux m'adresser à un responsable",
    "quelqu'un est là ?",
    "Pourrais-je éventuellement parler à quelqu'un de votre équipe ?",
    "passez-moi la comptabilité",
    "tu es nul, trouve-moi une personne",
    "quelqu'un du service commercial peut me rappeler ?",
    "conseiller !",
    "y a-t-il quelqu'un à qui je peux écrire à ce sujet ?",
    "je voudrais qu'un employé vérifie mon remboursement",
    "transmettez ça à votre responsable",
    "je peux parler a un humian",
    "Quelqu'un pourrait m'appeler demain ?",
    "Je peux parler à quelqu'un ?",
    "J'aimerais discuter avec votre service comptable",
    "Le chatbot ne comprend rien, je veux un conseiller",
    "Service client svp",
    "Vous pouvez me passer le service technique ?",
    "Je veux une vraie personne",
    "Rappelez-moi dès que possible",
    "Une personne, s'il vous plaît",
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
    "Quiero hablar con un agente humano",
    "¿Pueden llamarme al 600 123 456?",
    "me gustaría hablar con alguien de soporte",
    "Comuníqueme con su supervisor, por favor",
    "¿Hay alguna persona que me pueda ayudar?",
    "necesito que alguien me contacte",
    "no quiero bots, quiero una persona",
    "¿Me transfiere con un asesor?",
    "pásame a alguien de facturación",
    "¿Puedo chatear con un empleado?",
    "Necesito hablar con una persona de verdad",
    "¿Pueden contactarme?",
    "Quiero que me atienda una persona",
    "Quisiera hablar con el departamento de ventas",
    "Comuníquenme con un humano",
    "¿Hay alguien ahí?",
    "escríbanme por correo, por favor",
    "Páseme con su jefe",
    "¿Podría hablar con alguien de su equipo?",
    "páseme con contabilidad",
    "eres inútil, consígueme una persona",
    "¿alguien de ventas me puede devolver la llamada?",
    "¡asesor!",
    "¿hay alguien a quien pueda escribirle sobre esto?",
    "quiero que un empleado revise mi reembolso",
    "escálalo a tu gerente",
    "puedo hablar con una presona",
    "¿Alguien me podría llamar mañana?",
    "¿Puedo hablar con alguien?",
    "Me gustaría conversar con su departamento de facturación",
    "El chatbot no me entiende, quiero un asesor",
    "Atención al cliente, por favor",
    "¿Me puede pasar con el servicio técnico?",
    "Quiero una persona de verdad",
    "Llámenme lo antes posible",
    "Una persona, por favor",
  ],
  sv: [
    "jag vill prata med en människa",
    "kan jag få prata med någon på kundtjänst",
    "finns det någon riktig person där?",
    "koppla mig vidare till en handläggare",
    "kan ni ringa upp mig i morgon",
    "jag behöver en handläggare",
    "kan någon från er kontakta mig",
    "jag vill inte prata med en robot",
    "människa tack",
    "kan jag få tala med en chef",
    "boten är värdelös",
    "snälla låt mig chatta med en person",
    "vem kan jag prata med om min faktura?",
    "kan jag bli kopplad till supporten",
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
    "Can I assign a client to a team member?",
    "What's the difference between an admin and an agent seat?",
    "Do real-time notifications work on Android?",
    "Is support included in the free plan?",
    "How do I remove someone from my workspace?",
    "Can I ring-fence a budget for a project?",
    "Does the bot work in Spanish?",
    "how do I change the contact person on an invoice",
    "can customers call me through the app?",
    "how many people work at Pennywell?",
    "how do I let my staff log time",
    "What do your support plans include?",
    "Can a manager approve expenses on mobile?",
    "Are the people in your screenshots real customers?",
    "do you integrate with a phone system so clients can call me",
    "can I talk about pricing with my client in the app",
    "is there an agent mode for accountants",
    "how do I speak to the printer from the app",
    "Who is the contact person for GDPR requests?",
    "Where is your office? Can I visit in person?",
    "how do I give a team member access",
    "what are your phone support hours",
    "can I schedule an invoice to be emailed to a client",
    "does the manager role see all invoices",
    "is a real bank account needed",
    "what does human review of receipts cost",
    "Can I add a contact to several invoices?",
    "how do I call your API with curl",
    "Which plan includes priority support?",
    "how do I share an invoice with my accountant",
    "can I mention a person in a comment",
    "Is the human translation feature available?",
    "How do agents log in to the dashboard?",
    "what's the best way to contact a client who hasn't paid",
    "Do you call customers before their subscription renews?",
    "Can I speak to the app using Siri?",
  ],
  da: [
    "hvordan opretter jeg en ny medarbejder i systemet",
    "hvad er telefonnummeret til support",
    "kan jeg ringe til jer om lørdagen",
    "har I en rigtig butik i Aarhus",
    "hvordan ringer jeg til jeres værksted",
    "har I nogen af jeres cykler på lager",
    "er der nogen rabat her",
    "kan jeg tilføje en medarbejder til vores konto",
    "hvad koster support om året",
    "har I en person der kan montere cykelstativ",
    "kan man ringe til værkstedet",
    "er der telefonsupport i weekenden",
    "hvor mange personer kan være på en tandemcykel",
    "taler jeres mekanikere engelsk",
    "hvornår ringer I når cyklen er klar",
    "kan jeg tale med jer om en byttehandel i butikken",
    "har I en værkstedschef",
    "hvor mange ansatte har I",
    "kan mine medarbejdere få rabat",
    "kan jeg komme forbi personligt",
    "er jeres mekanikere uddannede",
    "har I support på el-cykler",
    "kan jeg skrive en anmeldelse",
    "hvordan giver jeg en medarbejder adgang",
    "hvornår har I telefonsupport",
    "kan jeg sende en faktura til en kunde automatisk",
    "kan lederen se alle fakturaer",
    "er det rigtigt at I lukker i juli",
    "hvor meget koster service på en elcykel",
    "kan jeg tilføje en kontaktperson",
    "ringer I til mig når cyklen er klar",
    "hvilken plan har prioriteret support",
    "hvordan deler jeg en faktura med min revisor",
    "kan jeg nævne en person i en kommentar",
    "hvordan logger medarbejdere ind",
    "ringer I før abonnementet fornyes",
    "kan jeg tale til appen med Siri",
    "hvad gør jeg hvis en kunde ikke betaler",
    "er jeres mekanikere certificerede",
  ],
  de: [
    "Wie lege ich einen neuen Mitarbeiter an?",
    "Kann ich Rechnungen an einen Mitarbeiter weiterleiten?",
    "Sprechen Ihre Techniker auch Englisch?",
    "Wie lösche ich eine Person aus meinem Konto?",
    "Wie verbinde ich die App mit meinem Bankkonto?",
    "Ich möchte wissen, wen ich anrufen muss",
    "Kann ich einen Mitarbeiter zu meinem Konto hinzufügen?",
    "Ruft der Techniker vorher an?",
    "Wie erreiche ich die Werkstatt mit dem Auto?",
    "Ist der Support kostenlos?",
    "Kann ein Techniker auch am Samstag kommen?",
    "Sprechen Sie auch Englisch?",
    "Was macht der Bot mit meinen Daten?",
    "Wie viele Personen passen in den Lieferwagen?",
    "Kann ich persönlich vorbeikommen?",
    "Wie viele Mitarbeiter haben Sie?",
    "Sprechen Ihre Mitarbeiter Englisch?",
    "Kann der Techniker mit Karte kassieren?",
    "Gibt es eine Supportnummer?",
    "Wird mein Gerät von einem Menschen geprüft oder automatisch?",
    "Kann ich einen Termin telefonisch vereinbaren?",
    "Kann ich mit einer Maschine von Bosch kommen?",
    "Wie gebe ich einem Mitarbeiter Zugriff?",
    "Wann ist die Telefon-Hotline besetzt?",
    "Kann ich eine Rechnung automatisch an einen Kunden schicken?",
    "Sieht die Rolle Manager alle Rechnungen?",
    "Stimmt es, dass Sie im Juli geschlossen haben?",
    "Was kostet eine Wartung?",
    "Kann ich eine Kontaktperson hinterlegen?",
    "Welcher Tarif hat Prioritäts-Support?",
    "Wie teile ich eine Rechnung mit meinem Steuerberater?",
    "Kann ich eine Person in einem Kommentar erwähnen?",
    "Wie melden sich Mitarbeiter im Dashboard an?",
    "Rufen Sie Kunden vor der Verlängerung an?",
    "Kann ich mit Siri mit der App sprechen?",
    "Was tun, wenn ein Kunde nicht zahlt?",
    "Sind Ihre Techniker zertifiziert?",
  ],
  fr: [
    "Quel est l'e-mail du support ?",
    "Est-ce que je peux transférer une facture à un collègue ?",
    "Comment contacter un client depuis l'application ?",
    "Je m'appelle Marie, comment changer mon mot de passe ?",
    "Comment transférer une facture à un autre client ?",
    "Comment ajouter un collaborateur à mon compte ?",
    "Le support est-il inclus ?",
    "Le technicien m'appellera-t-il avant de venir ?",
    "Combien de personnes travaillent chez vous ?",
    "Comment parler de votre produit sur mon blog ?",
    "Est-ce que le robot garde mes données ?",
    "Comment changer la personne de contact ?",
    "Parlez-vous anglais ?",
    "Combien de conseillers avez-vous ?",
    "Le conseiller vient-il à domicile ?",
    "Puis-je parler de votre produit à mes clients ?",
    "Quel est le numéro du support ?",
    "Est-ce un vrai cuir ?",
    "Puis-je contacter mes clients depuis l'application ?",
    "Comment ajouter un agent à mon équipe ?",
    "Vos techniciens sont-ils certifiés ?",
    "Comment donner accès à un collaborateur ?",
    "Quand le support téléphonique est-il ouvert ?",
    "Puis-je envoyer une facture automatiquement à un client ?",
    "Le rôle manager voit-il toutes les factures ?",
    "Est-il vrai que vous fermez en juillet ?",
    "Combien coûte un entretien ?",
    "Puis-je ajouter une personne de contact ?",
    "Vous m'appelez quand l'appareil est prêt ?",
    "Quel forfait inclut le support prioritaire ?",
    "Comment partager une facture avec mon comptable ?",
    "Puis-je mentionner une personne dans un commentaire ?",
    "Comment les employés se connectent-ils ?",
    "Appelez-vous les clients avant le renouvellement ?",
    "Puis-je parler à l'application avec Siri ?",
    "Que faire si un client ne paie pas ?",
    "Vos techniciens sont-ils certifiés ?",
  ],
  es: [
    "¿Cuál es el teléfono de soporte?",
    "¿Puedo llamar al webhook desde mi servidor?",
    "¿Cómo hablo con mis clientes desde la app?",
    "¿Puedo pasar a un plan superior?",
    "Me llamo Ana, ¿cómo cambio mi contraseña?",
    "¿Cómo transfiero una factura a otro cliente?",
    "¿Cómo agrego un empleado a mi cuenta?",
    "¿El soporte está incluido?",
    "¿El técnico me llama antes de venir?",
    "¿Cuántas personas trabajan en la tienda?",
    "¿El bot guarda mis datos?",
    "¿Cómo cambio la persona de contacto?",
    "¿Hablan inglés?",
    "¿Puedo hablar de su producto en mi blog?",
    "¿Cuántos asesores tienen?",
    "¿El técnico viene a domicilio?",
    "¿Puedo hablar de su producto con mis clientes?",
    "¿Cuál es el número de soporte?",
    "¿Es piel real?",
    "¿Puedo contactar a mis clientes desde la aplicación?",
    "¿Cómo agrego un agente a mi equipo?",
    "¿Sus técnicos están certificados?",
    "¿Cómo doy acceso a un colaborador?",
    "¿Cuándo está abierto el soporte telefónico?",
    "¿Puedo enviar una factura automáticamente a un cliente?",
    "¿El rol de gerente ve todas las facturas?",
    "¿Es verdad que cierran en julio?",
    "¿Cuánto cuesta un mantenimiento?",
    "¿Puedo añadir una persona de contacto?",
    "¿Me llaman cuando el aparato esté listo?",
    "¿Qué plan incluye soporte prioritario?",
    "¿Cómo comparto una factura con mi contador?",
    "¿Puedo mencionar a una persona en un comentario?",
    "¿Cómo inician sesión los empleados?",
    "¿Llaman a los clientes antes de renovar?",
    "¿Puedo hablarle a la app con Siri?",
    "¿Qué hago si un cliente no paga?",
    "¿Sus técnicos están certificados?",
  ],
  sv: [
    "hur många personer får plats i tältet?",
    "kan jag ändra min leveransadress",
    "ringer budet innan leveransen?",
    "kommer budet att ringa mig innan?",
    "har ni någon rea just nu",
    "pratar ni engelska i butiken",
    "vad kostar det att hyra skidor en vecka",
  ],
};

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
const FRESH_SETS = ["", "-2", "-3"].map((suffix): HandoffRequests & { name: string } =>
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

  it("asks for someone 'real' the way the default phrases do, whatever else the message says", () => {
    // "persona real" is a default handoff phrase, so such a message hands off either way.
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
    expect(findPersonRequest("can the manager call me")?.matched).toBe("call me");
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
