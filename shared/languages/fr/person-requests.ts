import type { PersonRequestGrammar } from "../types.ts";

/** How visitors ask for a person in French: see `shared/person-request.ts` for the notation. */
export const PERSON_REQUESTS: PersonRequestGrammar = {
  I: "quelqu'un|quelqu un|quelqun|quelquun|qqun|qqn|une personne|un humain|une vraie personne|un etre humain",
  S: "humain|humains|personne|quelqu'un|quelqu un|conseiller|conseillere|agent|operateur|operatrice|responsable|superviseur|superieur|service client|interlocuteur|etre humain",
  P: "I|S|personnes|conseillers|conseille|agents|employe|employee|employes|manager|commercial|commerciale|collegue|collegues|technicien|support|service|equipe|comptabilite|directeur|gerant|service commercial|service client|service apres vente|sav|service des ventes|equipe commerciale",
  R: "(vrai|vraie|vrais|vraies|veritable|veritables) (humain|humains|personne|personnes|conseiller|conseillere|gens)|(personne|humain) (reelle|reel)|(I|quelqu'un|personne|humain|humains|etre humain|gens) en chair et en os",
  T: "parler|chatter|tchatter|tchater|(?<!(ai|as|a|avons|avez|ont) )parle|discuter|echanger|ecrire|converser|causer|adresser|entretenir",
  B: "(bot|bots|robot|robots|chatbot|ia)(?! (protection|detection|traffic|filter))",
  M: "machine|ordinateur",
  F: "svp|stp|s' il vous plait|merci|maintenant|vite|allo|bonjour",
  A: "un|une|le|vrai|vraie",
  O: "I (de votre|de vos|du support|de l'equipe|chez vous)",
  W: "veterinaire|veto|mecanicien|mecanicienne|garagiste|fleuriste|coiffeur|coiffeuse|entraineur|entraineuse|coach|professeur|professeure|prof|enseignant|enseignante|instituteur|institutrice|maitresse|moniteur|monitrice|formateur|formatrice|medecin|docteur|dentiste|infirmier|infirmiere|pharmacien|pharmacienne|opticien|opticienne|kine|kinesitherapeute|osteopathe|therapeute|avocat|avocate|notaire|comptable|expert comptable|conseiller|conseillere|consultant|consultante|plombier|electricien|technicien|technicienne|installateur|photographe|chef|cuisinier|cuisiniere|boulanger|boulangere|patissier|designer|architecte|guide|chauffeur|proprietaire|patron|patronne|gerant|gerante|directeur|directrice|responsable|specialiste|expert|experte|serrurier|menuisier|ebeniste|charpentier|couvreur|carreleur|peintre|macon|jardinier|paysagiste|vitrier|chauffagiste|frigoriste|demenageur|agent immobilier|agente immobiliere|syndic|gestionnaire|gestionnaire de biens|bailleur|sage-femme|sage femme|osteo|podologue|orthophoniste|psychologue|psy|ergotherapeute|dermatologue|pediatre|chirurgien|estheticienne|estheticien|manucure|tatoueur|tatoueuse|maquilleuse|couturiere|couturier|retoucheuse|bijoutier|bijoutiere|horloger|boucher|bouchere|traiteur|sommelier|serveur|serveuse|receptionniste|secretaire|assistante|coordinateur|coordinatrice|chef de projet|conducteur de travaux|artisan|entrepreneur|wedding planner|organisatrice|organisateur|dieteticien|dieteticienne|nutritionniste|educateur|educatrice|toiletteur|toiletteuse|maitre nageur|proviseur|directrice d'ecole|traducteur|traductrice|huissier|commercial|commerciale|vendeur|vendeuse|charge de clientele|chargee de clientele|responsable commercial|conseiller commercial|conseillere commerciale|concierge|agent de voyage|geometre|expert-comptable|diagnostiqueur|prof de yoga|professeur de musique|professeur de piano|moniteur d'auto-ecole|moniteur de ski|photographe de mariage|fleuriste|accompagnateur|accompagnatrice|decorateur|decoratrice|proprio",
  V: "veterinaires|mecaniciens|fleuristes|coiffeurs|coiffeuses|entraineurs|coachs|professeurs|profs|enseignants|moniteurs|formateurs|medecins|dentistes|infirmiers|infirmieres|pharmaciens|opticiens|therapeutes|avocats|comptables|conseillers|consultants|techniciens|installateurs|photographes|architectes|specialistes|experts|serruriers|menuisiers|charpentiers|couvreurs|peintres|jardiniers|paysagistes|demenageurs|agents immobiliers|psychologues|osteopathes|kines|kinesitherapeutes|estheticiennes|tatoueurs|traiteurs|coordinateurs|artisans|commerciaux|vendeurs|vendeuses|guides|chefs|moniteurs|monitrices|formatrices|coiffeuses|dieteticiens|nutritionnistes|educateurs|organisatrices|wedding planners|sages-femmes|plombiers|electriciens|chauffagistes|macons|carreleurs|decorateurs|designers|graphistes|notaires|dieteticiennes|masseurs|masseuses|podologues|orthophonistes|sages femmes|cuisiniers|boulangers|patissiers|chauffeurs|conducteurs|instructeurs|animateurs|toiletteurs|conseilleres|responsables|proprios",
  H: "direction|la direction|hierarchie|superieur|un superieur|votre superieur|son superieur|un responsable|le responsable|le patron|la patronne|le gerant|la gerante|le siege|quelqu'un de plus haut place",
  U: "secretariat|accueil|bureau|cabinet|atelier|agence|equipe|reception|standard|studio|salon|boutique|magasin|ecole|clinique",
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
    // The business's own people ("au fleuriste", "avec son professeur") and those above the
    // assistant ("remonté à un supérieur"): talked to, an exchange had with them, calling back,
    // or named alone; and a problem explained "de vive voix". Not after "faut-il / dois-je"
    // ("faut-il parler au médecin avant" asks for advice).
    "(?<!(faut|dois|devrais|doit|devez|devrait|coute|coutent|mieux|preferable|necessaire|utile|recommande|conseille) ([^ ]+ ){0,2})T ~1(a|avec|au|aux) ((le |la |l' |un |une |votre |vos |ton |son |sa |leur )?W(?! (compte|abonnement|profil|forfait|mode))|(un de vos|une de vos|l' un de vos|un des|l' un des) V|H)",
    "(avoir|veux|voudrais|aimerais|souhaite|souhaiterais|demande|obtenir|organiser|prendre|possible d') (un |une )?(echange|entretien|conversation|discussion|appel|rendez vous telephonique) (telephonique )?avec ~1(P|W|H)",
    "(remonter|remonte|remontee|remontez|transmis|transmise|transmettre|transmettez|escalade|escalader|escaladez|escaladee|transfere|transferee|transferer|transferez) ~1(a|au|aux|vers|jusqu' a) (la |le |l' |un |une |votre )?(H|W)",
    "(I (a qui|avec qui)|(a|avec) qui) ~3(expliquer|exposer|raconter|detailler)|(expliquer|exposer|raconter|parler|discuter|echanger|dire) ~4de vive voix",
    "(le|la|l'|votre) W ~3(pourrait|peut|pourriez|pouvez) (il |elle )?~1(me|m') (telephoner|appeler|rappeler|contacter|recontacter|ecrire)",
    "^(F )*(un |une |le |la )?(?!(guide|chef|designer|patron|expert|prof) )W( F)+$|^(F )*(un|une) (?!(guide|chef|designer|patron|expert|prof) )W( F)*$",
    "(voir|rencontrer) (le |la |l' |un |une |votre )W ~2pour (en )?(discuter|parler|echanger)|(le|la|l'|votre|un|une) W ~3(disponible|dispo|libre) pour ~1(discuter|parler|echanger|un appel|un echange)|(?<!comment ([^ ]+ ){0,2})(joindre|contacter) (le |la |l' |un |une |votre )W",
    // Round 5: one of them on the phone ("avoir le serrurier au téléphone"), wished to call or
    // write ("que le traiteur m'appelle", "mon comptable peut m'envoyer un mail"), a matter to
    // see with them ("je dois voir avec le service commercial"), a complaint to be passed up
    // ("faire remonter ma réclamation"; not "comment faire remonter un bug").
    "(avoir|passer|passez moi|passe moi|me passer|me passez|joindre|mettre) ~1(le |la |l' |un |une |votre |vos )?(W|H|P) ~2(au telephone|en ligne|au bout du fil|a l' appareil)|(passez|passe|donnez|donne) moi (le |la |l' |votre )W",
    "(veux|voudrais|souhaite|souhaiterais|aimerais|prefererais|prefere|demande) (que|qu') (le |la |l' |votre |un |une |mon |ma |l' un de vos |un de vos |une de vos )?(W|V|membre (de|du|des|d') (la |le |l' |votre |vos )?[^ ]+) ~2(me|m') ((appelle|appellent|rappelle|rappellent|contacte|contactent|recontacte|ecrive|ecrivent|telephone)(?= |$)|(envoie|envoient) (un |une )?(mail|e-mail|email|courriel|message|sms|mot))",
    "(le|la|l'|votre|mon|ma) W ~3(pourrait|peut|pourriez|pouvez|pourraient) (il |elle )?~1(me|m') (envoyer|ecrire|adresser) (un |une )?(mail|e-mail|email|courriel|message|sms|mot)",
    "(je|j'|on|nous) (dois|doit|devons|peux|pourrais|pourrait|pouvons|voudrais|veux|voulons|aimerais|souhaite|souhaiterais|prefererais|prefere) ~1(voir|regler|faire le point|verifier|caler|organiser|preparer|arranger) ~2avec (le |la |l' |un |une |votre |vos |ma |mon |un de vos |une de vos )?(W|P|H)(?= |$)",
    "(?<!comment ([^ ]+ ){0,2})(faire |faites |fais )?(remonter|remontez|escalader|escaladez|transmettre|transmettez) (ma|mon|mes|ce|cette|ca|cela) ~1(reclamation|plainte|dossier|demande|probleme|cas|requete|souci|ticket|message|mecontentement)(?= |$)|(faire|faites|fais) (remonter|escalader) (ca|cela|ceci|le probleme|l' affaire)(?= |$)",
    // Round 6: a meeting or video call asked for with one of them ("organiser une visio avec
    // votre architecte"), an appointment only with a talk for its purpose ("un rendez-vous avec
    // votre paysagiste pour parler du jardin"; "un rendez-vous avec le mécanicien" books a
    // service); a talk of a moment ("discuter un instant avec l'un des professeurs"); asked for a
    // minute or to call back; to get in touch ("que la gérante prenne contact avec moi"); the
    // visitor's file seen by a manager.
    "(possible d'|possible de|peut on|pourrait on|pourrions nous|pouvons nous|puis je|pourrais je|voudrais|veux|aimerais|souhaite|souhaiterais|demande|avoir|organiser|prendre|caler|fixer|planifier) ~3(reunion|rencontre|visio|visioconference|appel video|petit point|point telephonique|call|zoom) avec ~1(le |la |l' |un |une |votre |vos |l' un de vos |l' une de vos |un de vos |une de vos |l' un des |l' une des )?(W|V|H)(?= |$)|(rendez vous|rdv|entretien|creneau) (telephonique |en visio |video )?avec ~1(le |la |l' |un |une |votre |vos |l' un de vos |un de vos )?(W|V|H) ~4pour ~2(parler|discuter|echanger|voir|faire le point|revoir|regarder|evoquer|presenter|expliquer)(?= |$)",
    "(?<!(faut|dois|devrais|doit|devez|devrait|coute|coutent|mieux|preferable|necessaire|utile|recommande|conseille) ([^ ]+ ){0,2})T (un instant|un moment|un petit moment|deux minutes|cinq minutes|quelques minutes|rapidement|brievement|un peu|deux secondes) (a|avec|au|aux) ((le |la |l' |un |une |votre |vos )?W|(un de vos|une de vos|l' un de vos|l' une de vos|un des|une des|l' un des|l' une des) V|H)(?= |$)",
    "(le|la|l'|votre) W (aurait|aurait il|aurait elle|a t il|a t elle|auriez vous) (un moment|une minute|un instant|cinq minutes|deux minutes|quelques minutes|le temps|un peu de temps) pour ~2(T|discuter|parler|un appel|un echange|me rappeler|m' appeler)(?= |$)|(le|la|l'|votre|un|une) (W|S|P) (peut|pourrait|pourraient|peuvent) (il |elle |ils )?(rappeler|recontacter)(?= |$)",
    "(que|qu') (le |la |l' |votre |un |une |mon |ma )?(W|H|S|P) ~2(prenne|prennent) contact avec moi|(que|qu') (le |la |l' |votre |un |une |mon |ma )?(W|H|S|P) ~2(revienne vers moi|reviennent vers moi|me joigne|me joignent|se mette en relation avec moi|se mette en contact avec moi)|(que|qu') (mon|ma|ce|cette|le|la) ([^ ]+ )?(soit|soient) (vu|vue|examine|examinee|traite|traitee|repris|reprise|transmis|transmise|remonte|remontee) (par|a) (un |une |le |la |votre )?~1(S|H)(?= |$)|(veux|voudrais|souhaite|souhaiterais|aimerais|prefererais) (qu' un|qu' une|que le|que la|que votre) (S|H) ~1(examine|regarde|voie|reprenne|traite|s' occupe de|se penche sur) ~1(mon|ma|mes|ce|cette|le|la)(?= |$)",
    // Someone of the business asked to call ("quelqu'un de l'atelier peut-il me contacter"; not
    // "quelqu'un du magasin m'a appelé", a call told of).
    "I (de|du|des|d') (la |l' |le |votre )?[^ ]+ ~2(me|m') (appeler|rappeler|contacter|recontacter|ecrire|telephoner)(?= |$)",
    // Asked on the visitor's behalf ("pourriez-vous demander à l'atelier de me rappeler"), a
    // wish to talk to one just named ("le patron est là ? je voudrais lui parler"), a topic
    // between the talk and the person in a request's frame ("j'aimerais discuter du devis avec
    // votre architecte"; not "faut-il parler du régime avec le vétérinaire").
    "(pourriez vous|pouvez vous|pourrais tu|peux tu|merci de|svp|s' il vous plait) demander (a|au|aux) ~3(de|d') (me|m') (rappeler|appeler|contacter|recontacter|ecrire|telephoner)(?= |$)|(voudrais|veux|aimerais|souhaite|souhaiterais|puis je|pourrais je|peux je) (lui|leur) (parler|ecrire|telephoner)(?= |$)|(voudrais|veux|aimerais|souhaite|souhaiterais|puis je|pourrais je|est ce que je peux) (parler|discuter|echanger) ~4(avec|a|au) (le |la |l' |votre |un de vos |une de vos )?(W|H)(?= |$)",
    // Round 7, general frames over specific strings. Any contact verb with the visitor as its
    // object after "pourrait-il/peut-il", whose subject is one of the business's people or a
    // part of it, alone or coordinated ("son professeur ou le secrétariat pourrait-il me
    // contacter"); not "le livreur peut-il m'appeler avant de passer ?", whose subject is none.
    "(?<!(comment|quand|pourquoi|ou) ([^ ]+ ){0,2})(le|la|l'|les|votre|vos|son|sa|ses|mon|ma|mes|leur|un|une|I|un de vos|une de vos|l' un de vos|l' une de vos) ([^ ]+ )?(W|V|U|S)( (ou|et) ([^ ]+ ){1,4}?| )(pourrait|peut|pourraient|peuvent|pourriez|pouvez|voudrait|voudraient|pourraient-ils|pourraient-elles|peuvent-ils|peuvent-elles) (il |elle |on )?~1((me|m') (telephoner|appeler|rappeler|contacter|recontacter|ecrire|joindre)|revenir vers moi|prendre contact avec moi|reprendre contact avec moi|entrer en contact avec moi|se mettre en (contact|relation) avec moi)(?= |$)(?! (quand|si|s'|lorsque|lorsqu'|des que|des qu'|une fois|pendant|au cas)( |$))|I (de|du|des|d') (la |l' |le |votre )?[^ ]+ ~2(revenir vers moi|prendre contact avec moi|reprendre contact avec moi|entrer en contact avec moi|se mettre en (contact|relation) avec moi)(?= |$)",
    // A meeting or appointment with someone of the business ("un rendez-vous avec quelqu'un de
    // l'agence pour parler de…", "rencontrer quelqu'un de l'équipe pour…"), asked for, with a
    // talk for its purpose; not "j'ai eu un rendez-vous avec quelqu'un de l'agence", one had.
    "(possible d'|possible de|peut on|pourrait on|pourrions nous|pouvons nous|puis je|pourrais je|voudrais|voudrions|veux|aimerais|aimerait|aimerions|souhaite|souhaiterais|souhaitons|souhaiterions|demande|avoir|organiser|prendre|caler|fixer|planifier) ~3(reunion|rencontre|visio|visioconference|appel|appel video|rendez vous|rdv|entretien|point|echange|call|zoom|rencontrer|voir|discuter|echanger|parler) avec ~1(I|un de vos [^ ]+|une de vos [^ ]+|l' un de vos [^ ]+|l' une de vos [^ ]+|un membre de (votre|l'|la|le) [^ ]+) ~4pour ~2(parler|discuter|echanger|voir|faire le point|revoir|regarder|evoquer|presenter|expliquer|preparer|organiser)(?= |$)|(voudrais|voudrions|veux|aimerais|aimerait|aimerions|souhaite|souhaiterais|souhaitons|puis je|pourrais je|peut on|pourrait on|possible de) (rencontrer|voir) (I|un de vos [^ ]+|une de vos [^ ]+|un membre de (votre|l'|la|le) [^ ]+) ~4pour ~2(parler|discuter|echanger|faire le point|revoir|regarder|evoquer|presenter|expliquer|preparer|organiser)(?= |$)",
    // A complaint addressed to the people above or to one of them ("adresser une réclamation à
    // la direction", "me plaindre au patron").
    "(plainte|reclamation|plaindre|plaintes|reclamations) ~3(a|au|aupres de|aupres du|aupres des|a la|chez) (la |le |l' |votre )?(H|patron|patronne|gerant|gerante|directeur|directrice|responsable|chef|proprietaire)(?= |$)(?! (de mon|de ma|de mes|du logement|de l' appartement|de la maison)( |$))",
    // A person contrasted with a machine: an answer wished from a human ("une réponse d'un
    // humain"), a visitor who has been talking to one ("ça fait dix minutes que je parle à une
    // machine"; not "est-ce que je parle à un robot ?", a question about the assistant).
    "(veux|voudrais|aimerais|besoin|prefere|prefererais|avoir|obtenir|souhaite|souhaiterais) ~3(une |un |des )?(reponse|reponses|retour) (d'|de|par) (un |une )(vrai |vraie |veritable )?(humain|personne|etre humain|conseiller|conseillere|employe|employee)(?= |$)|(?<!(est ce|si|est-ce) )(que |qu' )?(je|j') (ne fais que |suis en train de )?(parle|discute|ecris|cause|converse|tchatte|chatte|parler|discuter) (a|avec) (une |un |la |le |cette |ce |l' )?(M|B) (depuis|ca fait|deja|encore)(?= |$)|(ca fait|depuis|voila) ~4(que |qu' )?(je|j') (parle|discute|ecris|cause|converse|tchatte|chatte) (a|avec) (une |un |la |le |cette |ce |l' )?(M|B)(?= |$)",
    // One of them who must call ("le plombier doit me rappeler aujourd'hui"); not "le technicien
    // doit-il m'appeler avant ?", a question.
    "(le|la|l'|votre|mon|ma) (W|S|H) (doit|devrait|doit absolument|devrait vraiment|doit vraiment) (absolument |vraiment |vite |rapidement |urgemment |aujourd'hui )?(me|m') (rappeler|appeler|contacter|recontacter|telephoner)(?= |$)",
    // A call or video meeting with someone of the business, asked for with no purpose needed
    // ("une visio avec quelqu'un de votre équipe"), and the one in charge of something, however
    // said ("parler avec celui qui gère les réservations").
    "(possible d'|possible de|peut on|pourrait on|pourrions nous|pouvons nous|puis je|pourrais je|voudrais|voudrions|veux|aimerais|aimerait|aimerions|souhaite|souhaiterais|souhaitons|demande|avoir|organiser|caler|planifier) ~3(reunion|visio|visioconference|appel|appel video|point telephonique|call|zoom|echange telephonique) avec ~1(I|un de vos [^ ]+|une de vos [^ ]+|un membre de (votre|l'|la|le) [^ ]+) (de|du|des|d') (la |l' |le |votre |vos )?[^ ]+(?= |$)|T (a|avec|au) (celui|celle|ceux|celles) (qui|en charge)(?= |$)",
    // A call back wished from one of them ("j'aimerais un rappel de votre comptable").
    "(aimerais|voudrais|veux|souhaite|souhaiterais|demande|avoir|obtenir|besoin d') ~1(un )?(rappel|appel|coup de fil|coup de telephone) (de|du|d') (votre |le |la |l' |un |une |vos )?(W|H|S|P|U)(?= |$)",
    // The one who served the visitor, described ("parler à la dame qui m'a coiffée").
    "T (a|avec) (la|le|l') (dame|monsieur|jeune femme|jeune homme|fille|gars|type|personne|vendeuse|vendeur|employe|employee) qui (m'|me|nous|s' est|a|est)(?= |$)",
    // Round 8: one of the business's people asked after as there ("le patron est là ?", "est-ce
    // que l'opticien est dispo"), at the message's end or before a new clause; not "quand le
    // véto est là" (the hours).
    "(?<!(quand|ou|comment|pourquoi|si) ([^ ]+ )?)((le|la|l'|votre|ton|ta) (W|V)|H) (est|sont) (la|dispo|disponible|present|presente)( aujourd'hui| maintenant| en ce moment)?(?= (je|j'|on|svp|stp|merci|c'|c'est)( |$)|$)|est ce que ((le|la|l'|votre) (W|V)|H) (est|sont) (la|dispo|disponible)(?= |$)",
  ].join("|"),
};
