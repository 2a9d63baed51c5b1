import { describe, expect, it } from "vitest";
import type { Language } from "../../../shared/languages.ts";
import { judgeMessage } from "../../../worker/chat/judge.ts";
import { offerIn, onTopic, shopsByLanguage, site } from "./off-topic-sites.ts";

// Round 12 of issue #19: kinds of off-topic messages, each written here for the test (never the
// fixture's strings), and questions to the business that share their words and stay its own.

// A small shop's help centre in each language: an account to delete, delivery, paying by card.
const SHOPS: Record<Language, string[]> = {
  en: [
    "Deleting your account: go to Settings and choose Delete account. Your orders stay on record.",
    "We deliver in 2 to 3 working days. Orders over 50 euros ship free.",
    "You can pay by credit card, debit card or bank transfer at checkout.",
  ],
  da: [
    "Slet din konto: gå til Indstillinger og vælg Slet konto. Dine ordrer gemmes.",
    "Vi leverer på 2 til 3 hverdage. Ordrer over 500 kr. sendes gratis.",
    "Du kan betale med kreditkort, MobilePay eller bankoverførsel.",
  ],
  de: [
    "Konto löschen: Gehe zu Einstellungen und wähle Konto löschen. Deine Bestellungen bleiben gespeichert.",
    "Wir liefern in 2 bis 3 Werktagen. Bestellungen über 50 Euro versenden wir kostenlos.",
    "Du kannst mit Kreditkarte, PayPal oder Überweisung bezahlen.",
  ],
  fr: [
    "Supprimer votre compte : allez dans Paramètres et choisissez Supprimer le compte.",
    "Nous livrons en 2 à 3 jours ouvrés. La livraison est offerte dès 50 euros.",
    "Vous pouvez payer par carte bancaire, PayPal ou virement.",
  ],
  es: [
    "Eliminar tu cuenta: ve a Ajustes y elige Eliminar cuenta. Tus pedidos se conservan.",
    "Enviamos en 2 o 3 días laborables. Los pedidos de más de 50 euros tienen envío gratis.",
    "Puedes pagar con tarjeta de crédito, PayPal o transferencia.",
  ],
  sv: [
    "Radera ditt konto: gå till Inställningar och välj Radera konto. Dina beställningar sparas.",
    "Vi levererar på 2 till 3 arbetsdagar. Beställningar över 500 kr skickas fritt.",
    "Du kan betala med kort, Swish eller faktura.",
  ],
};

const indexes = shopsByLanguage(SHOPS);

const offer = (language: Language, message: string) => offerIn(indexes[language], message);

describe("round 12 kinds: the law, comparisons, holidays, abbreviations, other places' hours, the calendar, other platforms, banks, buying advice, the family, computers, directions, sport (issue #19)", () => {
  it.each<[Language, string]>([
    // Whether something is legal.
    ["en", "is it illegal to drive barefoot"],
    ["da", "må man filme naboen uden at spørge"],
    ["de", "darf man nachts ohne Licht Fahrrad fahren"],
    ["fr", "a-t-on le droit de filmer la police"],
    ["es", "¿es ilegal conducir descalzo?"],
    ["sv", "är det olagligt att köra barfota"],
    // Which of two is better.
    ["en", "is tea or coffee healthier"],
    ["da", "er el eller gas billigst at lave mad på"],
    ["de", "ist ein Gasherd oder Induktion besser"],
    ["fr", "hybride ou électrique pour rouler en ville ?"],
    ["es", "gasolina o híbrido para moverse por ciudad?"],
    ["sv", "är te eller kaffe nyttigast"],
    // The date of a holiday.
    ["en", "when is good friday next year"],
    ["da", "hvornår er pinse næste år"],
    ["de", "wann ist Pfingsten 2027"],
    ["fr", "quand tombe la pentecôte cette année"],
    ["es", "cuándo es el día de la madre este año"],
    ["sv", "när är midsommarafton i år"],
    // What an abbreviation of law, science or chat means.
    ["en", "what does fomo mean"],
    ["da", "hvad betyder fomo"],
    ["de", "was bedeutet NFT"],
    ["fr", "ça veut dire quoi mdr"],
    ["es", "qué quiere decir OTAN"],
    ["sv", "vad betyder yolo"],
    // When a place the site never names opens.
    ["en", "when does the Prado open on mondays"],
    ["da", "hvornår lukker rundetårn i dag"],
    ["fr", "le mont saint-michel ferme à quelle heure"],
    ["es", "cuándo abre el Prado los lunes"],
    ["sv", "när stänger skansen idag"],
    // How many units of time in another.
    ["en", "how many days are there in a leap year"],
    ["da", "hvor mange dage er der i et skudår"],
    ["de", "wie viele Tage hat ein Schaltjahr"],
    ["fr", "combien y a-t-il de jours dans une année bissextile"],
    ["es", "cuántas horas tiene una semana"],
    ["sv", "hur många timmar finns det på ett dygn"],
    // Another platform's account.
    ["en", "how do I deactivate my linkedin account"],
    ["da", "hvordan lukker jeg min linkedin profil"],
    ["de", "wie deaktiviere ich mein Google-Konto"],
    ["fr", "comment fermer mon compte google"],
    ["es", "cómo cierro mi cuenta de google"],
    ["sv", "hur tar jag bort mitt facebookkonto"],
    // The best bank or credit card.
    ["en", "which bank account is best for students"],
    ["da", "hvilken bank er billigst for studerende"],
    ["de", "welches Girokonto ist das beste für Studenten"],
    ["fr", "quelle est la meilleure banque en ligne pour un étudiant"],
    ["es", "cuál es el mejor banco para estudiantes"],
    ["sv", "vilken bank är bäst för studenter"],
    // A good cheap thing, the message's last words.
    ["en", "what's a good cheap electric toothbrush"],
    ["da", "hvad er en god billig støvsuger"],
    ["de", "was ist ein guter günstiger Staubsauger"],
    ["fr", "c'est quoi un bon aspirateur pas cher"],
    ["es", "cuál es el mejor cepillo eléctrico barato"],
    ["sv", "vad är en bra billig dammsugare"],
    // Music, books or films like another.
    ["en", "recommend me some artists like billie eilish"],
    ["da", "foreslå nogle kunstnere der minder om tina dico"],
    ["de", "empfiehl mir Künstler wie Nina Chuba"],
    ["fr", "conseille-moi des artistes comme stromae"],
    ["es", "recomiéndame grupos parecidos a vetusta morla"],
    ["sv", "tipsa om artister som liknar veronica maggio"],
    // Buying or leasing.
    ["en", "should I buy or lease an electric car"],
    ["da", "skal jeg købe eller lease en elbil"],
    ["de", "lohnt es sich ein E-Auto zu kaufen oder zu leasen"],
    ["fr", "vaut-il mieux acheter ou prendre en LOA une voiture"],
    ["es", "compensa comprar una moto o hacer renting"],
    ["sv", "ska man köpa eller leasa en elbil"],
    // The age for a child's first phone.
    ["en", "at what age should children have a smartphone"],
    ["da", "hvornår må børn få en smartphone"],
    ["de", "in welchem Alter sollten Kinder ein Smartphone bekommen"],
    ["fr", "à partir de quel âge un enfant peut avoir un portable"],
    ["es", "a partir de qué edad pueden los niños tener tablet"],
    ["sv", "vid vilken ålder bör barn få en mobil"],
    // Food ordered on a delivery app.
    ["en", "how do I get a refund on deliveroo"],
    ["da", "hvordan bestiller jeg fra foodora"],
    ["de", "wie bestelle ich Essen über Wolt"],
    ["fr", "comment commander chez deliveroo"],
    ["es", "cómo pido en uber eats"],
    ["sv", "hur beställer jag via wolt"],
    // A computer that freezes when a program opens.
    ["en", "my pc crashes every time I open photoshop"],
    ["da", "min bærbare fryser hver gang jeg åbner spotify"],
    ["de", "mein PC stürzt immer ab, wenn ich Steam starte"],
    ["fr", "mon pc se bloque quand je lance un jeu"],
    ["es", "mi ordenador se congela cuando abro excel"],
    ["sv", "min laptop kraschar varje gång jag startar spotify"],
    // A partner who hasn't answered for a while.
    ["de", "meine Freundin antwortet seit gestern nicht auf meine Nachrichten"],
    ["es", "mi pareja lleva una semana sin hablarme"],
    // Grammar doubts.
    ["da", "hedder det ligge eller lægge her"],
    ["de", "heißt es der oder das Joghurt"],
    ["fr", "on dit malgré que ou bien que ?"],
    ["es", "se dice haiga o haya"],
    ["sv", "säger man hen eller han"],
    // Directions between places the site never names.
    ["en", "how do I get to the colosseum from termini"],
    ["da", "hvordan kommer man fra nyhavn til den lille havfrue"],
    ["de", "wie komme ich vom Marienplatz zur Allianz Arena"],
    ["fr", "comment se rendre au mont saint-michel depuis rennes"],
    ["es", "cómo voy al retiro desde atocha"],
    ["sv", "hur tar jag mig till gröna lund från centralen"],
    // Champions and footballers' clubs.
    ["en", "which team does haaland play for"],
    ["da", "hvem blev danmarksmester sidste år"],
    ["de", "bei welchem Verein spielt Musiala"],
    ["fr", "qui a remporté le tour de france"],
    ["sv", "vem blev svenska mästare förra året"],
    // A public library, jump leads, an airline's luggage, the news.
    ["en", "can I renew my library books online"],
    ["da", "hvor afleverer jeg min biblioteksbog"],
    ["de", "kann man in der Stadtbücherei sonntags ausleihen"],
    ["fr", "la médiathèque prête-t-elle des jeux"],
    ["es", "puedo sacar libros de la biblioteca sin carnet"],
    ["sv", "hur förnyar jag min biblioteksbok"],
    ["da", "hvordan bruger man startkabler"],
    ["de", "wie gebe ich Starthilfe bei einem Auto"],
    ["fr", "comment démarrer ma voiture avec des pinces"],
    ["sv", "hur kopplar man startkablar"],
    ["fr", "combien coûte un bagage easyjet"],
    ["fr", "c'est quoi l'actu du jour"],
  ])("%s: %j is off-topic, with no suggestions", (language, message) => {
    expect(offer(language, message)).toEqual({ suggestions: [], about: "off_topic" });
  });

  it.each<[Language, string]>([
    // A holiday asked about the business's own hours or deliveries.
    ["en", "are you open on easter monday"],
    ["en", "when is the last order date for christmas delivery"],
    ["de", "habt ihr an Ostern offen"],
    ["es", "el gimnasio abre en semana santa?"],
    ["es", "¿hay descuento de estudiante en la cuota del gimnasio?"],
    ["es", "¿abrís el lunes de pascua?"],
    // A word of the trade, not an abbreviation of the world's.
    ["en", "what does RRP mean"],
    ["da", "hvad betyder restordre"],
    ["de", "was bedeutet Vorkasse"],
    ["sv", "vad betyder restnoterad"],
    // The business's own kitchen, pool or shop.
    ["en", "when does the kitchen close"],
    ["da", "hvornår lukker køkkenet"],
    ["de", "wann schließt die Küche"],
    ["fr", "la cuisine ferme à quelle heure ?"],
    ["es", "¿a qué hora cierra la cocina?"],
    ["sv", "när stänger köket"],
    // The site's own account, cards and classes.
    ["en", "how do I delete my account"],
    ["en", "how do I delete my account on your site"],
    ["en", "which credit cards do you accept"],
    ["fr", "quelles cartes bancaires acceptez-vous"],
    ["en", "from what age can children join the course"],
    ["en", "can I order from you on deliveroo"],
    ["en", "my app freezes when I open the basket"],
    ["fr", "on écrit le prénom ou le nom sur la carte ?"],
    ["en", "how do I get to your shop from the station"],
    ["es", "¿cómo llego a vuestra tienda desde la estación?"],
    ["da", "hvordan kommer jeg til butikken fra stationen"],
  ])("%s: %j is not off-topic", (language, message) => {
    expect(offer(language, message).about).not.toBe("off_topic");
  });

  it("checks the knowledge base for what is asked about", () => {
    // A coffee shop's grinder, a bookshop's books, a bike shop's e-bike to lease, a restaurant on
    // Wolt, a car dealer's diesel.
    const coffee = site(
      "Our best value grinder is the Baratza Encore, a cheap grinder that lasts.",
    );
    expect(onTopic(coffee, "what's a good cheap grinder")).toBe(true);
    expect(offer("en", "what's a good cheap grinder").about).toBe("off_topic");
    const books = site("Ask our booksellers: they recommend books like the ones you love.");
    expect(onTopic(books, "can you recommend books like the hunger games")).toBe(true);
    expect(offer("en", "can you recommend books like the hunger games").about).toBe("off_topic");
    const bikes = site(
      "Du kan købe eller lease en elcykel hos os. Leasing koster fra 299 kr. om måneden.",
    );
    expect(onTopic(bikes, "er det bedst at købe eller lease en elcykel")).toBe(true);
    const restaurant = site("Du kan bestille vores mad på Wolt og Just Eat, eller hente den selv.");
    expect(onTopic(restaurant, "hvordan bestiller jeg jeres mad på wolt")).toBe(true);
    // A campervan hire's own fuel: it writes diesel, so "petrol or diesel?" asks about its vans.
    const campervans = site("All our vans run on diesel. Return them with a full tank.");
    expect(onTopic(campervans, "petrol or diesel?")).toBe(true);
    expect(onTopic(campervans, "is petrol or diesel better for the van")).toBe(true);
    const dealer = site("Wir verkaufen Diesel, Benziner und Elektroautos mit Garantie.");
    expect(onTopic(dealer, "diesel oder benziner für die Langstrecke?")).toBe(true);
    expect(offer("de", "diesel oder benziner für die Langstrecke?").about).toBe("off_topic");
  });

  it("never answers another platform's account from the site's own account article", () => {
    // "delete my account" matches the shop's article; the platform named makes it off-topic.
    const judge = (message: string) =>
      judgeMessage({
        message,
        keywords: { mode: "add", phrases: [] },
        threshold: 0.4,
        index: indexes.en,
      });
    const own = judge("how do I delete my account");
    expect(own.decision.handoff).toBe(false);
    const other = judge("how do I delete my instagram account");
    expect(other.decision.handoff).toBe(true);
    expect(other.offer).toEqual({ suggestions: [], about: "off_topic" });
  });

  it("answers a platform's account question where the help centre is about that platform", () => {
    // StackFAQ's "How can I delete my facebook account?" lost its answer while the platform was
    // named without the knowledge base's check: a site that writes "Facebook" keeps it.
    const index = site(
      "To delete your Facebook account permanently, open Settings, choose Your Facebook information and then Deactivation and deletion.",
    );
    expect(onTopic(index, "How can I delete my facebook account?")).toBe(true);
    const judged = judgeMessage({
      message: "How can I delete my facebook account?",
      keywords: { mode: "add", phrases: [] },
      threshold: 0.4,
      index,
    });
    expect(judged.decision.handoff).toBe(false);
  });
});
