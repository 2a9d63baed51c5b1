import { describe, expect, it } from "vitest";
import { extractAnswer } from "../../../worker/kb/extract.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { expandQuestion } from "../../../worker/kb/lexicon-expansion.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";
import { Stems, tokenize, words } from "../../../worker/kb/text.ts";
import type { Language } from "../../../shared/languages.ts";

const HELP = [
  {
    id: "refunds",
    title: "Refunds",
    text: "We email you when your return has arrived. Refunds reach your original payment method within 5 business days after your return arrives.",
  },
  {
    id: "passwords",
    title: "Resetting your password",
    text: "Choose Forgot password on the sign-in page and we email you a link to set a new password.",
  },
  {
    id: "shipping",
    title: "Shipping",
    text: "Standard shipping takes 3 to 5 business days; express shipping takes 1 to 2 business days.",
  },
];

/** The index terms the lexicon relates to a question in `language`. */
function termsIn(language: Language, question: string): string[] {
  const stems = new Stems(language);
  return expandQuestion(
    tokenize(question, language, stems),
    words(question).map((w) => stems.of(w)),
    language,
  ).map((e) => e.term);
}

const terms = (question: string) => termsIn("en", question);
const daTerms = (question: string) => termsIn("da", question);
const termsDe = (question: string) => termsIn("de", question);
const termsEs = (question: string) => termsIn("es", question);
const termsFr = (question: string) => termsIn("fr", question);
const termsSv = (question: string) => termsIn("sv", question);

describe("the support-domain lexicon", () => {
  it("relates a visitor's everyday words to the help centre's, whole phrases only", () => {
    expect(terms("I want my money back")).toContain("refund");
    expect(terms("forgot pw")).toContain("password");
    // "back" alone is not "money back".
    expect(terms("I'll be back")).not.toContain("refund");
    expect(terms("deleted it by accident, can it be undone")).toContain("restor");
    expect(terms("my credit union isn't listed")).toContain("bank");
    expect(terms("where can I add a picture")).toContain("imag");
    // A phrase may hold stop words, and then it says what they ask: "where is my order" is tracking.
    expect(terms("where is my order??")).toContain("track");
    expect(termsIn("de", "Wo bleibt meine Bestellung")).toContain("sendungsverfolg");
    expect(terms("is my order confirmed")).not.toContain("track");
    expect(terms("bought a kettle, not keen on it, can i send it back")).toContain("withdraw");
    expect(terms("do you send to belfast and is it dearer")).toContain("expens");
    expect(terms("when does a voucher run out")).toContain("expir");
    expect(terms("only got half my order")).toContain("miss");
  });

  it("knows the words of shops, bookings and cafés alike: faults, delivery, payment, visits, diets", () => {
    expect(terms("tracking says delivered but there's nothing here")).toContain("miss");
    expect(terms("the kettle doesn't work any more")).toContain("faulti");
    expect(terms("can i pay contactless")).toContain("wallet");
    expect(terms("running late for my appointment, is that ok")).toContain("arriv");
    expect(terms("is it safe for coeliacs")).toContain("gluten");
    // A member with a common word in it would make a question it cannot answer look answered.
    expect(terms("do you have decaf")).not.toContain("free");
    expect(terms("can you show me my bookings")).not.toContain("attend");
  });

  it("relates no common word of another meaning: phrases whole, no member stemmed like a common word", () => {
    // "no charge" is not "charge" alone.
    expect(terms("do you charge a fee")).not.toContain("free");
    expect(terms("is delivery no charge")).toContain("free");
    // "used" would stem as "use" does.
    expect(terms("do you sell second hand gear")).not.toContain("us");
    // "customize" stems as "customer" does.
    expect(terms("can a customer pay by card")).not.toContain("brand");
    // "out of hours" would be "hours" alone.
    expect(terms("import my hours")).not.toContain("emerg");
  });

  it("reads a phrase word for word, in order, with at most two words between", () => {
    // "hand in" (drop off) is not in "second hand gear", though its one content word is.
    expect(terms("can I hand in my old boots at the store")).toContain("drop");
    expect(terms("do you sell second hand gear")).not.toContain("drop");
    expect(terms("i'm keen to order more")).not.toContain("withdraw");
    expect(terms("half the items are great, can i order more")).not.toContain("miss");
    expect(terms("can I send it back")).toContain("return");
    expect(terms("can I send the jackets back")).toContain("return");
    expect(terms("back then I could send it")).not.toContain("return");
  });

  it("finds the article in the help centre's words, and counts the related word for the match", () => {
    const { index } = buildIndex(HELP);
    const r = retrieve(index, "forgot my pw");
    expect(r.best?.docId).toBe("passwords");
    expect(r.features?.related).toBeGreaterThan(0);
    expect(r.features?.unknown).toBe(0);
  });

  it("never lets a related word outrank an article that uses the visitor's own word", () => {
    const { index } = buildIndex([
      ...HELP,
      {
        id: "money-back",
        title: "Money back guarantee",
        text: "Not happy? Money back within 30 days.",
      },
    ]);
    expect(retrieve(index, "money back?").best?.docId).toBe("money-back");
  });
});

describe("the Danish lexicon", () => {
  it("relates the everyday words of any small Danish business to the help centre's", () => {
    expect(daTerms("hvornår får jeg mine penge igen")).toContain("refusion");
    expect(daTerms("kan vi se priserne uden moms")).toContain("ekskl");
    expect(daTerms("hvor finder jeg manualen")).toContain("samlevejledning");
    expect(daTerms("kan i skrue den sammen for mig")).toContain("montering");
    expect(daTerms("sofaen er ødelagt fra fragten")).toContain("transportskad");
    expect(daTerms("har ikke fået noget track link")).toContain("sporing");
    expect(daTerms("har i studierabat")).toContain("studenterrabat");
    expect(daTerms("skal jeg betale told")).toContain("importafgift");
    expect(daTerms("kan jeg få en anden tid")).toContain("ombook");
    expect(daTerms("lampen er gået itu")).toContain("defek");
  });

  it("reads its phrases whole: their stop words and their order count", () => {
    // "stille op" (set up) is not "stille" (ask, quiet) alone.
    expect(daTerms("må jeg stille et spørgsmål")).not.toContain("montering");
    // "pengene igen" is not "igen" alone.
    expect(daTerms("kan jeg bestille igen")).not.toContain("refusion");
    // "ikke fået" (not received) is not "fået" alone.
    expect(daTerms("jeg har fået pakken")).not.toContain("forsvund");
    // "tidligere" is stemmed as "tid" is, so "få en tid" (book a time) is no member.
    expect(daTerms("kan jeg få en tidligere levering")).not.toContain("book");
  });
});

describe("the Spanish lexicon", () => {
  it("relates the everyday words of any small Spanish business to the help centre's", () => {
    expect(termsEs("no estaba en casa cuando vino el mensajero")).toContain("fall");
    expect(termsEs("puedo pagar al cartero")).toContain("contrareembols");
    expect(termsEs("es apto para celiacos")).toContain("glut");
    // "vale" is "ok" as often as it is a voucher, and "tarde" is the afternoon as often as late.
    expect(termsEs("vale, gracias")).not.toContain("regal");
    expect(termsEs("tengo cita por la tarde")).not.toContain("retras");
  });
});

describe("the French lexicon", () => {
  it("relates the everyday words of any small French-speaking business to the help centre's", () => {
    expect(termsFr("le colis est indiqué livré mais j'ai rien")).toContain("perdu");
    expect(termsFr("vous acceptez les chèques vacances ?")).toContain("titrerestaur");
    expect(termsFr("j'ai un empêchement, je peux décaler mon rdv")).toContain("report");
    expect(termsFr("vous livrez en Martinique ?")).toContain("outrem");
    // "montant" is stemmed as "monter" is, and "bosser" (to work) as "bosse" (a dent).
    expect(termsFr("à partir de quel montant")).not.toContain("install");
    expect(termsFr("je bosse ce jour là")).not.toContain("endommag");
  });
});

describe("the German lexicon", () => {
  it("knows a webshop visitor's everyday words for returns, refunds and paying later", () => {
    expect(termsDe("wann krieg ich meine kohle zurück")).toContain("erstatt");
    expect(termsDe("Muss ich das Porto für die Retoure selbst bezahlen?")).toContain("ruckporto");
    expect(termsDe("kann ich auch erst zahlen wenn das zeug da ist")).toContain("rechnungskauf");
    expect(termsDe("Ratenkauf möglich?")).toContain("ratenzahl");
    expect(termsDe("laut Paketdienst zugestellt aber hier ist nix angekommen")).toContain("verlor");
  });

  it("takes a phrase whole and no member the stemmer folds onto a common word", () => {
    // "kohle zurück" is a refund, "Kohle" alone is not.
    expect(termsDe("heizt ihr die werkstatt mit kohle")).not.toContain("erstatt");
    // "berichtigung" is stemmed as "bericht" is: a report is not a change.
    expect(termsDe("die versicherung will einen bericht")).not.toContain("and");
    expect(termsDe("kann ich die bestellung noch umändern")).toContain("bearbeit");
  });

  it("knows the everyday words of the whole customer journey, from ordering to appointments", () => {
    expect(termsDe("Kann ich bei euch als Gast bestellen?")).toContain("gastbestell");
    expect(termsDe("Ist der Preis zzgl. MwSt?")).toContain("netto");
    expect(termsDe("Termin nicht wahrgenommen, kostet das was?")).toContain("unentschuldigt");
    expect(termsDe("die app stürzt ständig ab")).toContain("absturz");
    // "Montage" is stemmed as "Montag" is: a question about Monday is not one about installation.
    expect(termsDe("Habt ihr am Montag offen?")).not.toContain("einbau");
  });
});

describe("extractive answers", () => {
  it("lead with the sentence that answers the question", () => {
    const { index } = buildIndex(HELP);
    const answer = extractAnswer(retrieve(index, "when will I get my money back"));
    expect(
      answer.text.startsWith("Refunds reach your original payment method within 5 business days"),
    ).toBe(true);
  });
});

describe("taught phrasings (a document's questions)", () => {
  it("don't answer another visitor's question from their article by their everyday words", () => {
    const kb = [
      {
        id: "returns",
        title: "Returns",
        text: "Unused items can be returned within 30 days for a full refund. Print the label from your account and drop the parcel at any post office.",
        url: null,
      },
      {
        id: "delivery",
        title: "Delivery",
        text: "We send orders to every part of the UK, Northern Ireland included, in 2 to 3 working days. Belfast and the islands cost the same as the mainland: £3.95, free over £40.",
        url: null,
      },
      {
        id: "account",
        title: "Your account",
        text: "Sign in with your email to see your orders, change your address or reset your password.",
        url: null,
      },
    ];
    // Two phrasings a returns visitor used, full of "send", "stuff" and "back".
    const taught = buildIndex(
      kb.map((doc) =>
        doc.id === "returns"
          ? {
              ...doc,
              questions: [
                "bought a kettle, not keen on it, can i send it back",
                "who pays for posting stuff back to you",
              ],
            }
          : doc,
      ),
    ).index;
    const question = "can you send stuff to belfast";
    expect(retrieve(buildIndex(kb).index, question).best?.docId).toBe("delivery");
    // It shares one word with each phrasing ("send", "stuff"), which matches neither: it is
    // answered from Delivery as before teaching. (In the title field, at three times a text
    // word's weight, they drew it to Returns at 0.49; merged into Returns' text, at 0.29, handed
    // off.)
    const before = retrieve(buildIndex(kb).index, question);
    const after = retrieve(taught, question);
    expect(after.best?.docId).toBe("delivery");
    expect(after.confidence).toBe(before.confidence);
    // The taught question itself finds its article, sure enough to answer.
    const asked = retrieve(taught, "bought a kettle, not keen on it, can i send it back");
    expect(asked.best?.docId).toBe("returns");
    expect(asked.confidence).toBeGreaterThanOrEqual(0.4);
  });

  it("make a phrasing find its document, and are never quoted as the answer", () => {
    const question = "my nephew's birthday is on friday";
    const plain = buildIndex(HELP).index;
    expect(retrieve(plain, question).confidence).toBeLessThan(0.2);
    const taught = buildIndex([
      ...HELP.filter((d) => d.id !== "shipping"),
      {
        ...(HELP[2] as (typeof HELP)[number]),
        questions: ["will it arrive before my nephew's birthday"],
      },
    ]).index;
    const r = retrieve(taught, question);
    expect(r.best?.docId).toBe("shipping");
    expect(r.confidence).toBeGreaterThanOrEqual(0.4);
    expect(extractAnswer(r).text).not.toContain("nephew");
  });
});

describe("the Spanish lexicon, widened to businesses of every kind", () => {
  it("relates the everyday words of Spain and Latin America to the help centre's", () => {
    expect(termsEs("mi planta llegó espachurrada")).toContain("aplast");
    expect(termsEs("puedo pasarme por la tienda a verlo")).toContain("visit");
    expect(termsEs("aceptáis amex")).toContain("metod");
    expect(termsEs("abrís el 24 de diciembre")).toContain("horari");
    expect(termsEs("hay que dejar fianza")).toContain("deposit");
    expect(termsEs("me cobran por el flete")).toContain("gast");
    expect(termsEs("tienen playeras de talla grande")).toContain("camiset");
    expect(termsEs("la heladera no enfría")).toContain("never");
    expect(termsEs("necesito un plomero")).toContain("fontaner");
    expect(termsEs("hay un apagón en la calle")).toContain("suministr");
    expect(termsEs("qué pasa si llueve el día del concierto")).toContain("lluvi");
  });

  it("relates no common word of another meaning, nor a member the stemmer folds onto one", () => {
    // "taller" (workshop) is stemmed as "talla" (size) is, so it is no shop word.
    expect(termsEs("tenéis la talla 42")).not.toContain("establec");
    // "llegada" alone matched every "llegó": a parcel that arrived is not a delivery date.
    expect(termsEs("mi pedido llegó ayer")).not.toContain("fech");
    // A slow website is not glasses ("lentes" is stemmed as "lento" is, so only its phrases).
    expect(termsEs("la web va lenta")).not.toContain("gaf");
    // Dry cleaning is not a dried-out plant, and a flat battery not a matte print finish.
    expect(termsEs("hacéis limpieza en seco")).not.toContain("marchit");
    expect(termsEs("se me ha acabado la batería")).not.toContain("satin");
  });
});

describe("the Danish lexicon beyond the core: many trades, written from how people ask", () => {
  it("relates a visitor's everyday words in shops, bookings, clinics and services to the help centre's", () => {
    // "Squashed" on arrival is damage in transit.
    expect(daTerms("min plante kom helt mast")).toContain("transportskad");
    // A card brand finds the article that lists the others.
    expect(daTerms("tager i amex")).toContain("dankort");
    expect(daTerms("kan jeg smutte forbi")).toContain("butik");
    expect(daTerms("kan jeg logge ud på min gamle bærbare")).toContain("enhed");
    expect(daTerms("har i åbent i helligdagene")).toContain("helligdagsabent");
    expect(daTerms("hvordan opsiger jeg mit abbonement")).toContain("abonnement");
    expect(daTerms("må jeg tage min kat med")).toContain("kæledyr");
    expect(daTerms("jeg har ondt i tanden")).toContain("tandpin");
    expect(daTerms("kan i sende til england")).toContain("storbritanni");
    expect(daTerms("kan jeg returnere en åbnet vare")).toContain("emballag");
  });

  it("relates no common word of another meaning", () => {
    // "hvor længe" (how long) is not "længde" (length): both stem alike, so length is no member.
    expect(daTerms("hvor længe tager levering")).not.toContain("dybd");
    // "gøre rent" (clean) is not "rente" (interest): both stem as "rent".
    expect(daTerms("kan i gøre rent hos mig")).not.toContain("rentesat");
    // "et par" (a couple) is not "parre" (pair a device).
    expect(daTerms("vi har et par spørgsmål")).not.toContain("bluetooth");
    // "begynder" (begins) is not a beginner.
    expect(daTerms("hvornår begynder kurset")).not.toContain("nybegynd");
    // "sidder" (fits) stems as "side" does, so "min side" (my page) is no member.
    expect(daTerms("min kjole sidder ikke godt")).not.toContain("dashboard");
    // "åbnet" (opened) stems as "åbner" (opens) does, so opening hours take "åbner" only in a phrase.
    expect(daTerms("kan jeg returnere en åbnet vare")).not.toContain("abningstid");
  });
});

describe("the French lexicon, widened to any kind of business", () => {
  it("relates everyday phrasings to help-centre words they share no word with", () => {
    // "do u take amex" is the article on cards and payment methods.
    expect(termsFr("vous prenez l'amex ?")).toContain("bancair");
    // A plant "showed up squashed" is damaged on arrival.
    expect(termsFr("ma plante est arrivée toute écrasée")).toContain("endommag");
    // "can I pop in" is a visit to the shop.
    expect(termsFr("je peux passer vous voir samedi ?")).toContain("magasin");
    // Holiday hours are the opening hours on public holidays.
    expect(termsFr("vous êtes ouverts pendant les fêtes ?")).toContain("feri");
    // Signing out an old laptop is the article on devices and sessions.
    expect(termsFr("comment déconnecter mon ancien ordinateur")).toContain("session");
    expect(termsFr("ma commande est arrivée incomplète")).toContain("manqu");
    expect(termsFr("le pull a bouloché après un lavage")).toContain("decousu");
    expect(termsFr("je voudrais faire opposition")).toContain("bloqu");
  });

  it("relates no common word of another meaning", () => {
    // "terrasse" is stemmed as "terre" is, so it is only a member inside a phrase.
    expect(termsFr("vous avez des pots en terre cuite")).not.toContain("exterieur");
    // "c'est nickel" (spot on) is no nickel allergy: "sans nickel" is a phrase.
    expect(termsFr("c'est nickel merci")).not.toContain("hypoallergen");
    // "formater" is stemmed as "formation" is, so factory reset leaves it out.
    expect(termsFr("je voudrais une formation")).not.toContain("usin");
    // "pâtée" (pet food) is stemmed as "pâtes" (pasta) is, and "data" as "date".
    expect(termsFr("vous avez des pâtes sans gluten")).not.toContain("croquet");
    expect(termsFr("elle est où la date de livraison")).not.toContain("gig");
    // "sur commande" (made to order) would be found in "sur ma commande".
    expect(termsFr("j'ai une question sur ma commande")).not.toContain("fabriqu");
    // "découvert" (overdraft) is stemmed as "découverte" is.
    expect(termsFr("je suis en retard pour la séance découverte")).not.toContain("agios");
    expect(termsFr("il faut de la crème solaire bio")).not.toContain("photovolta");
  });
});

describe("the German lexicon beyond the webshop", () => {
  it("relates a verb form the stemmer keeps apart to its noun, and any business's everyday words", () => {
    // "kostet", "liefert" and "öffnet" are stemmed apart from "Kosten", "Lieferung", "Öffnungszeiten".
    expect(termsDe("Was kostet das?")).toContain("preis");
    expect(termsDe("Liefert ihr auch nach Österreich?")).toContain("liefer");
    expect(termsDe("Wann öffnet ihr am Samstag?")).toContain("offnungszeit");
    expect(termsDe("Kann ich mit PayPal zahlen?")).toContain("zahlungsart");
    expect(termsDe("Display gesprungen, könnt ihr das reparieren?")).toContain("displaytausch");
    expect(termsDe("Kann ich meinen Hund mitbringen?")).toContain("hundefreund");
    expect(termsDe("Wann ist der Check-in?")).toContain("anreisezeit");
    expect(termsDe("Gibt es eine Kurtaxe?")).toContain("tourismusabgab");
    expect(termsDe("Ich bin gesetzlich versichert")).toContain("kassenpatient");
    expect(termsDe("meine daten sind weg nach dem update")).toContain("datenrett");
  });

  it("reads a separable verb split around its object as the verb", () => {
    expect(termsDe("Ich schicke die Jacke zurück")).toContain("retour");
    expect(termsDe("ich buche den termin um")).toContain("verschieb");
    expect(termsDe("wie logge ich mich aus")).toContain("logout");
    // "zurück" alone is not a return: "schicke … zurück" needs its verb.
    expect(termsDe("ich bin ab Montag zurück")).not.toContain("retour");
  });

  it("keeps a word with two meanings out of the group of the other meaning", () => {
    // "einschreiben" is enrolling as often as registered mail, "hinterlegt" a stored card as often
    // as a parcel left at the post office, "entsperren" an account as often as a phone's SIM lock.
    expect(termsDe("wie kann ich mich für den kurs einschreiben")).not.toContain("ruckschein");
    expect(termsDe("meine karte ist hinterlegt")).not.toContain("ersatzzustell");
    expect(termsDe("konto entsperren")).not.toContain("simlock");
    // "Poster" is stemmed as "Post" is, and "Vermietung" as "Vermieter".
    expect(termsDe("bitte per post schicken")).not.toContain("plakat");
    expect(termsDe("mein vermieter braucht eine bescheinigung")).not.toContain("leasing");
  });
});

describe("the English lexicon, widened to many kinds of business", () => {
  it("relates everyday phrasings to the help centre's word, from webshops to clinics, stays and telecom", () => {
    expect(terms("my plant showed up squashed")).toContain("damag");
    expect(terms("can I pop round to see the sofa")).toContain("visit");
    expect(terms("do u take amex")).toContain("credit");
    expect(terms("do you take klarna")).toContain("instal");
    expect(terms("how do I sign out my old laptop")).toContain("session");
    expect(terms("what are your holiday hours")).toContain("christma");
    expect(terms("my wifi keeps dropping")).toContain("intermitt");
    expect(terms("my cat needs her jabs")).toContain("vaccin");
    expect(terms("the heel came off my boots")).toContain("sole");
    expect(terms("i moved house")).toContain("address");
    expect(terms("is there a hole in my jumper")).toContain("seam");
  });

  it("relates no common word the new members share a stem with, and no phrase taken apart", () => {
    // "tights" would stem as "tight" does, "viewing" as "view", "stockings" as "stock".
    expect(terms("the jeans are too tight")).not.toContain("hosieri");
    expect(terms("how do I view my invoice")).not.toContain("person");
    expect(terms("the stock is low")).not.toContain("hosieri");
    // "manager" would stem as "manage" does, "session" is a gym's word for a class.
    expect(terms("can I manage my team")).not.toContain("supervisor");
    expect(terms("book a session")).not.toContain("devic");
    // "call in" would make a phone call a visit; "do you accept" would make returns a payment.
    expect(terms("can I call in advance")).not.toContain("visit");
    expect(terms("do you accept returns")).not.toContain("paypal");
    expect(terms("performance is slow")).not.toContain("headlin");
  });
});

describe("the Swedish lexicon", () => {
  it("relates the everyday words of any small Swedish business to the help centre's", () => {
    expect(termsSv("kan jag få stålarna tillbaka")).toContain("aterbetalning");
    expect(termsSv("krukan kom helt mosad")).toContain("transportskad");
    expect(termsSv("tar ni amex")).toContain("kreditkort");
    expect(termsSv("kan jag kika in på lördag")).toContain("besok");
    expect(termsSv("hur loggar jag ut min gamla dator")).toContain("utloggning");
    expect(termsSv("har ni öppet i jul")).toContain("helgdag");
    expect(termsSv("jag har fått punka")).toContain("punktering");
    expect(termsSv("går det att swisha")).toContain("mobilbetalning");
    expect(termsSv("kan ni komma hem till mig")).toContain("hembesok");
    expect(termsSv("kan ni skruva ihop sängen")).toContain("montering");
    // The Swedish stemmer leaves a neuter noun's "-et" on ("presentkortet" is not "presentkort"),
    // so the definite forms of the common ones are members of their own.
    expect(termsSv("hur länge gäller presentkortet")).toContain("presentkort");
  });

  it("takes a phrase whole and no member the stemmer folds onto a common word", () => {
    // "städa" is stemmed as "stad" (town) is, and "tanka" as "tänker" (thinks): neither is a member.
    expect(termsSv("vilken stad ligger ni i")).not.toContain("stadning");
    expect(termsSv("tänker ni ha öppet på söndag")).not.toContain("tankning");
    // "mina data" was found in "min gamla dator" ("dator" is stemmed as "data" is).
    expect(termsSv("hur loggar jag ut min gamla dator")).not.toContain("personuppgift");
    // "pengarna tillbaka" is a refund, "tillbaka" alone is not.
    expect(termsSv("jag kommer tillbaka imorgon")).not.toContain("aterbetalning");
  });
});
