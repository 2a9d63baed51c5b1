import type { OffTopicFrames } from "../types.ts";

/**
 * French words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    météo pluie pleuvoir pleut neige neiger soleil température orage football foot basket
    rugby tennis golf ligue championnat olympiques tournoi gagné match score film films
    cinéma netflix série séries acteur célébrité chanson paroles album blague blagues
    devinette poème horoscope loto devoir devoirs maths mathématiques équation dérivée
    intégrale fractions théorème pythagore dissertation python javascript java sql css html
    programmation coder boucle fonction recette recettes gâteau pâtes pizza crêpes lasagnes
    action actions bourse crypto bitcoin investir dividende élection élections président
    ministre parlement politique capitale population histoire guerre traduire traduction
    japonais chinois instructions prompt pirate train sncf
    cv avion aéroport férié fériés calories
    fortnite minecraft playstation xbox nintendo concert concerts chanteur chanteuse chimie biologie photosynthèse fièvre grippe covid trump biden putin macron openai gpt spaghetti sushi burger
    taxi lune
    guitare piano violon batterie ukulélé haïku haiku maigrir footballeur footballeurs rhume impôts
    router routeur modem wifi ps5 ps4 gta aliens extraterrestres ovni ovnis chatgpt ethereum dogecoin ibuprofene ibuprofène paracetamol paracétamol doliprane aspirine antibiotiques echecs échecs levain
    instagram tiktok snapchat facebook youtube youtubeur influenceur influenceuse imprimante casino poker tinder religion dieu bible église bouddhisme islam christianisme zodiaque avocat divorce université handball volley motivante motivantes
    hypothèque
    fourmis cafards guêpes puces punaises moisissure moisissures calcaire plombier électricien
    marées marée messe iphone oscars
    roblox robux pokemon pokémon zelda valorant genshin skyrim overwatch hearthstone pubg wordle warzone
    parcoursup baccalauréat crous affelnet euromillions euromillion
    locataire opérateur
    hoquet
    procrastiner procrastination procrastine
    bibliothèque médiathèque actu actus`;

/**
 * The business addressed and its own places and times that a visitor asks the opening hours of
 * ("when does the kitchen close"): never another place's hours, however unknown the word is to
 * the knowledge base.
 */
const OWN_PLACES =
  "vous|votre|vos|nous|notre|magasin|boutique|atelier|cabinet|salon|studio|cours|bureau|showroom|entrepot|cuisine|bar|restaurant|café|terrasse|accueil|réception|comptoir|piscine|sauna|spa|parking|soldes|inscriptions|inscription|réservations|saison|stage|salle|boulangerie|exposition|caisse|guichet|billetterie|buffet|brunch";

/** Shapes of off-topic messages whose words alone don't tell; see `LanguageData.offTopicFrames`. */
export const OFF_TOPIC_FRAMES: OffTopicFrames = {
  sumWords:
    "je on comment combien font fait ça c'est quoi calcule calculer calcul égal égale égalent est que le la résultat de peux tu me dire donne fais svp quelle résous resous résoudre resoudre l'équation équation",
  operators: `
    plus
    moins
    fois
    multiplié par
    divisé par
    au carré = × 2
    au cube = × 3
    puissance
    racine carrée de = √
    % de = ×`,
  things: `film films livre livres roman romans série séries chanson chansons podcast jeu jeux restaurant restaurants téléphone téléphones portable smartphone mobile voiture voitures ordinateur casque casques écouteurs hôtel hôtels tablette tablettes aspirateur aspirateurs frigo frigos réfrigérateur congélateur télé télévision téléviseur caméra caméras console consoles airfryer friteuse airpods`,
  patterns: [
    "capitale (?:de|du|des)",
    "combien (?:d'habitants|de personnes vivent)",
    "combien de (?:km|kilomètres|kilomètre) (?:entre|de|jusqu'à|pour aller) (?<places>.+)",
    "quelle distance (?:entre|de|sépare) (?<places>.+)",
    "quelle (?:est la )?(?:hauteur|altitude) (?:de|du|d'|des) (?<thing>.+)",
    "quel âge a (?<thing>.+)",
    "qui (?:a inventé|a découvert|a peint|est le président|est le premier ministre)",
    "quelle heure est il (?:à|en|au)",
    "quel temps (?:il |qu'il |qu'il va |il va )?(?:fait|fera|va|faisait|a fait|fera t il|va t il)",
    "^(?!.* s'il )(?:.* )?(?:va t il|qu'il va|il va) (?<topic>pleuvoir|neiger)",
    "(?:recommande|recommandez|conseille|conseillez|propose)(?: moi| nous)? (?:un |une |des |quelques )?(?:bon |bonne |bons |bonnes |super |nouveau |nouvelle )?(?:[^ ]+ ){0,2}{things}",
    "(?:quel|quelle|quels|quelles) {things}(?: [^ ]+)? (?:regarder|lire|acheter|choisir|prendre)",
    "(?:quel|quelle) est (?:le|la) (?:[^ ]+ )?{things} (?:[^ ]+ )?(?:le |la )?(?:moins cher|moins chère|meilleur|meilleure)",
    "(?:quel|quelle) est (?:le|la) (?:meilleur|meilleure) {things}",
    "comment (?:écrire|rédiger|cuisiner|préparer) (?!(?:un |une |le |la |mon |ma )?(?:avis|réclamation|commentaire))(?:un |une |le |la |mon |ma )?(?<thing>.+)",
    "comment (?:réinitialiser|redémarrer|mettre à jour|débloquer) (?:mon|ma|mes|un|une|le|la) (?<thing>.+)",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?à quelle heure (?:ouvre|ferme) (?<thing>.+)`,
    "(?:meilleur|meilleure|meilleurs|meilleures) {things} (?:à|de|en|près)",
    "comment (?:on dit|dit on|dire) (?:.+ )?en (?:anglais|espagnol|allemand|italien|japonais|chinois)",
    "quel jour (?:sommes nous|on est|est on)",
    "qui a gagné (?:le|la|les|hier|ce)",
    "écri(?:s|re|vez)(?: moi)? (?:un |une )?(?:mail|e mail|email|lettre|message) (?:à|a|pour) (?<thing>.+)",
    "perdre du (?<topic>poids)",
    "en quelle année (?<thing>.+)",
    "combien (?:de pays|d'états|de planètes|de personnes) (?:y a t il|en|dans|vivent)",
    "(?:quel|quelle) {things} (?:a|est) (?:le|la) (?:meilleur|meilleure|moins cher|moins chère|plus rapide)",
    "(?:donne|trouve|montre)(?: moi)? (?:un |une |des )?(?:bon |bonne |bons |bonnes )?(?:[^ ]+ ){0,2}{things}",
    "sens de la vie",
    "comment (?:faire )?cuire (?<thing>.+)",
    "(?:fera t il|il fera|qu'il fera|va t il faire|il va faire|qu'il va faire) (?:beau|chaud|froid)",
    "(?:organiser|planifier|préparer) (?:un |mon |notre )?(?:voyage|séjour|week end) (?:à|a|en|au) (?<thing>.+)",
    "qui est (?:plus grand|plus petit|plus vieux|plus rapide|plus lourd) (?<thing>.+)",
    "(?:quel|quelle) {things} pour",
    "qui (?:a réalisé|a chanté|chante|a écrit la chanson)",
    "dis moi (?:un truc|quelque chose) (?:de )?(?:drôle|marrant|rigolo)",
    "combien de (?:grammes|kilos|litres|centimètres|cm|mètres|pouces|onces) (?:dans|en|pour) (?:un |une )?(?<thing>.+)",
    "quel nom donner à (?:mon|ma|notre) (?<thing>.+)",
    "(?:quelle est la|c'est quoi la) (?<topic>météo)",
    "(?<topic>météo) (?:de|du|pour|ce|cette|demain|à)",
    "(?:écrire|écris|rédiger)(?: moi)? (?:un |une )?(?:message|mot|carte|discours) (?:d'anniversaire|de mariage|de noël)",
    "taux de change",
    "(?:qu'est ce que je peux|que puis je|quoi) (?:cuisiner|manger|préparer)",
    "expliqu(?:e|er|ez)(?: moi)? comment (?:marche|marchent|fonctionne|fonctionnent) (?<thing>.+)",
    "qui est le meilleur (?<thing>.+) (?:de tous les temps|du monde)",
    "quand commence (?:l'été|l'hiver|le printemps|l'automne)",
    // Une facture pour la déclaration d'impôts is the business's own.
    "^(?!(?:.* )?(?:facture|factures|recu|recus|justificatif|attestation|vous|votre|vos)(?: |$))(?:.* )?déclaration d'impôts",
    "que veut dire (?<thing>.+)",
    "(?:recommander|conseiller|proposer) (?:un |une |des )?(?:bon |bonne |bons |bonnes )?(?:[^ ]+ ){0,2}{things}",
    "apprendre (?:l'espagnol|l'anglais|l'allemand|l'italien|le chinois|le japonais|la guitare|le piano)",
    "(?:le |la )?plus (?:rapide|grand|grande|haut|haute|petit|petite|vieux|vieille|long|longue|riche) (?:[^ ]+ ){0,2}du monde",
    "il fait (?:froid|chaud|beau) (?:à|a|en) (?<thing>.+)",
    "(?:écris|raconte)(?: moi)? une (?:petite |courte )?histoire",
    "(?:copine|copain|mec|femme|mari|partenaire) (?:m'a|m a) (?:quitte|quittee|largue|larguee|trompe|trompee)",
    "(?:recuperer|recupere) (?:mon|ma) ex",
    "(?:que|quoi) (?:faire|voir|visiter) a (?<places>[^ ]+)",
    "boss (?:final|de fin)",
    "(?:nouvelle|prochaine|derniere) saison (?:de|du|des) (?<thing>.+)",
    "perdre (?:du |de )?(?:ventre|poids|kilos)",
    "pour qui (?:je dois |dois je |je devrais |faut il )?voter",
    "(?:tu penses|vous pensez|que penses tu|qu'est ce que tu penses) (?:quoi )?(?:de|du|des) (?<thing>.+)",
    "mal (?:a|au|aux) (?:la )?(?<thing>tete|ventre|gorge)",
    "demander une augmentation",
    "(?:homme|femme|personne) (?:le |la )?plus riche du monde",
    "traduis (?:.+ )?en (?:anglais|allemand|espagnol|italien|chinois|japonais|portugais)",
    "(?:le |du )?corps humain",
    "(?:c'est quoi|c est quoi|qu'est ce qui est|qu est ce qui est|quel est) (?:le )?mieux,? (?<thing>.+) ou [^ ]+",
    "(?<thing>.+) est (?:il |elle )?meilleur(?:e)? que [^ ]+",
    "(?:qu'est ce que|qu est ce que|que) (?:je dois|je peux|dois je|puis je) (?:voir|visiter|faire) a (?<places>[^ ]+)",
    "(?:lettre de motivation|entretien d'embauche|entretien d embauche)",
    "(?:femme|mari|copine|copain|compagne|compagnon) et moi (?:on )?(?:se dispute|nous disputons|on se dispute|se disputent)",
    "(?:veut dire|signifie|signification) .*(?:rever|reve|reves)",
    "(?:ta|ton) (?<thing>[^ ]+) (?:prefere|preferee)",
    "assurance (?:auto|voiture|habitation|vie)",
    "comment (?:marche|marchent|fonctionne|fonctionnent) (?!ca |cela |le |la |les )(?<thing>.+)",
    "difference entre (?<thing>.+)",
    "(?:organiser|planifier|preparer) (?:un |une |mon |ma )(?<thing>.+)",
    "ecris(?: moi)? (?:un |une )(?<thing>.+)",
    "(?:conseiller|recommander|conseille|recommande) (?:moi )?(?:un |une )?(?:bon |bonne )?(?<thing>[^ ]+) a [^ ]+",
    "vitesse de (?<thing>.+)",
    "faire une demande de (?<thing>.+)",
    // Round 6 (issue #19), kinds rather than messages: the day's news, a word's meaning or
    // spelling, role-play and dropped rules, the assistant itself, a partner's behaviour, life's
    // questions, daily amounts, another product's trouble, geography and history. Where a thing
    // is named (`thing`), the site's own things stay its own (docs/knowledge-base.md).
    "(?:les )?actualites du jour|dernieres actualites|quelles sont les actualites|les infos du jour|journal televise|(?:quoi de neuf|que se passe t il) dans le monde",
    "que (?:veut dire|signifie) le mot|definition du mot|synonyme de|comment s'ecrit|ca s'ecrit|dans cette phrase|orthographe|conjugaison|conjuguer",
    "fais comme si|faites comme si|imagine que tu es|joue le role|fais semblant|a partir de maintenant tu es|comporte toi comme",
    "(?:oublie|ignore|oubliez|ignorez) (?:toutes )?(?:tes|vos|les) (?:consignes|instructions|regles)",
    "(?:tu es|es tu|etes vous|vous etes) (?:un |une )?(?:robot|bot|humain|vraie personne|intelligence artificielle|ia|conscient|consciente|vivant|plus intelligent)|(?:tu as|as tu) des (?:sentiments|emotions)",
    "(?:mari|femme|copain|copine|conjoint|conjointe|compagnon|compagne) (?:ne )?(?:m'ecoute|me parle|me repond|m'aime|m'ecrit|me rappelle) (?:jamais|plus|pas)",
    "(?:dois je|je dois|est ce que je dois) (?:le|la) (?:quitter|larguer|pardonner)",
    "pourquoi (?:existons nous|vivons nous|sommes nous la|on existe)|libre arbitre|apres la mort",
    "est ce que (?<thing>.+) existe(?:nt)?$",
    "combien (?:de |d')?(?<thing>(?:[^ ]+ ){0,2}[^ ]+) (?:faut il|dois je|doit on|devrait on|devrais je) (?:manger|boire|marcher|prendre) par (?:jour|semaine)",
    "combien (?:d'heures )?(?:[^ ]+ ){0,3}dormir",
    "(?:mon|ma) (?!compte|commande|identifiant|mot de passe|profil|paiement|facture|code|carte|abonnement|reservation)(?<thing>[^ ]+) (?:n'a plus de|ne (?:marche|fonctionne|s'allume|charge|se connecte|demarre|s'ouvre) (?:plus|pas))",
    "(?:la |le |les )?plus (?:grande|grand|haute|haut|longue|long|peuplee|peuple|petite|petit|ancienne|ancien|profonde|profond)s? (?:ville|villes|pays|montagne|fleuve|riviere|lac|ocean|ile|desert|volcan|capitale|monument)",
    "quand (?:a ete|ont ete|est|fut) (?:.+ )?(?:occupe|occupee|libere|liberee|conquis|invente|inventee|decouvert|decouverte|aboli|abolie)",
    "(?:tu me conseilles|vous me conseillez|tu conseilles|vous conseillez|tu me recommandes|vous me recommandez) (?:quel|quelle|quels|quelles|un|une|des) {things}",
    "(?:script|programme|fonction|requete) (?:bash|python|shell|powershell|sql|java|javascript)",
    // Round 7 (issue #19), kinds rather than messages: a partner who stopped answering, the
    // weather asked in more words, pests, mould and stains at home, why the sky or sea is as it
    // is, when a country joined the EU or NATO, buying or renting a home, saving or investing,
    // school subjects' homework, unit conversions, spelling doubts, another device that is slow
    // or won't start (two words for the device). Things and topics stay the site's where it
    // names them (docs/knowledge-base.md).
    "(?:mari|femme|copain|copine|mec|conjoint|conjointe|compagnon|compagne|ex) (?:ne )?(?:me )?(?:repond|parle|ecrit|rappelle|ecoute|donne) (?:plus|pas|jamais)(?: de nouvelles| a mes messages| a mes appels)?",
    "(?:enlever|retirer|faire partir|se debarrasser des?|se debarrasser du|tuer|eliminer) (?:une |la |les |des |du |de la )?(?<topic>tache|taches|fourmis|cafards|souris|rats|guepes|puces|punaises|mites|moisissure|moisissures|calcaire)",
    "pourquoi (?:le |la |les |l')?(?<topic>ciel|mer|herbe|soleil|lune|etoiles|sang|ocean) (?:est|sont) (?:bleu|bleue|vert|verte|sale|salee|rouge|rond|ronde|jaune)",
    "quand (?:est ce que )?(?:.+ )?(?:a rejoint|est entre dans|est entree dans|a adhere a|a quitte|est devenu membre de|est devenue membre de) (?:l'|la |le )?(?<topic>ue|otan|onu|union europeenne|zone euro)",
    "(?:acheter ou louer|louer ou acheter) (?:un |une |mon |ma |le |la |l')?(?<thing>[^ ]+)",
    "(?:epargner|economiser|rembourser) (?:[^ ]+ ){0,3}ou investir|investir (?:[^ ]+ ){0,3}ou (?:epargner|economiser|rembourser)",
    "(?<topic>(?:dissertation|devoir|devoirs|expose|controle|examen|redaction) de (?:philo|philosophie|maths|histoire|geo|geographie|francais|anglais|physique|chimie|svt|espagnol|allemand))",
    "combien (?:de |d')(?:[^ ]+ )?(?:dans|en|font|fait|pour) (?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|[0-9.,]+) )?(?:miles?|pieds?|pouces?|yards?|onces?|livres?|gallons?|pintes?|fahrenheit|celsius|kilometres?|km|metres?)$",
    "(?:convertir|convertis|conversion) (?:de )?(?:[^ ]+ ){1,3}(?:en|a) (?:miles|pieds|pouces|onces|livres|gallons|fahrenheit|celsius|kilometres|km|metres|centimetres|cm|kilos|kg|grammes|litres)",
    "comment (?:on )?ecrit(?: on)? (?:.+ )?(?:avec ou sans|un ou deux|une ou deux|avec un|avec deux)|avec ou sans (?:tiret|accent|trait d'union|s|e|x|h)|(?:accord|accorder) (?:du|le) participe|ca prend (?:un|deux|une) [^ ]+",
    "(?:mon|ma) (?!compte|commande|identifiant|mot de passe|profil|paiement|facture|code|carte|abonnement|reservation|livraison|colis)(?<thing>[^ ]+ [^ ]+) (?:n'a plus de|ne (?:marche|fonctionne|s'allume|charge|se connecte|demarre|s'ouvre) (?:plus|pas))",
    "(?:mon|ma) (?!compte|commande|identifiant|mot de passe|profil|paiement|facture|code|carte|abonnement|reservation|livraison|colis|appli|application|site|page|panier)(?<thing>[^ ]+(?: [^ ]+)?) (?:est|devient|est devenu|est devenue|rame) (?:tres |trop |super |hyper )?(?:lent|lente|lents|chaud|chaude|bruyant|bruyante)",
    // Round 7, the kinds a near-miss read as a service question lets through (offer.ts,
    // `readsAsService`): cooking times, flights, buying advice for consumer goods, DIY on a car,
    // a noise a thing makes, what a pet may eat, a series' seasons, a blocked drain, conversions
    // written the short way. The thing, topic or places stay the site's where it names them.
    "combien de temps (?:pour |faut il pour |faut il |de |dois je )?(?:faire )?(?:cuire|cuisson (?:d'un|d'une|du|de la|des)|bouillir) (?:un |une |le |la |les |des |l')?(?<thing>[^ ]+(?: [^ ]+)?)",
    "(?:vol|vols|billet d'avion|billets d'avion) (?:pas chers? |pas cher |low cost |direct |directs )?(?:pour|vers|a destination de|entre) (?<places>.+)",
    "(?:temps|duree|heures) de vol (?:pour|vers|jusqu'a|entre) (?<places>.+)",
    "(?:meilleur|meilleure|meilleurs|meilleures|bon|bonne) (?:[^ ]+ )?{things} (?:pour|a moins de)",
    "(?:changer|change|reparer|repare|regonfler|verifier|vidanger) (?:[^ ]+ ){0,3}(?:de|d'une|sur|de ma|sur ma|a ma|de la) (?<topic>voiture|moto|scooter|camionnette|bagnole)",
    "(?:mon|ma) (?<thing>[^ ]+) fait (?:un |des )?(?:bruit|bruits) (?:bizarre|bizarres|etrange|etranges|bizarre)",
    "(?:les chiens|les chats|mon chien|mon chat|les lapins|un chien|un chat) (?:peuvent|peut il|peut elle|peut|ont le droit de) (?:manger|boire) (?:du |de la |des |de l'|le |la |les )?(?<thing>[^ ]+)",
    "combien (?:de saisons|d'episodes|de tomes|de films) (?:a|dans|de|compte|y a t il (?:dans|de)) (?<thing>.+)",
    "(?<topic>toilettes|wc|evier|lavabo|canalisation|douche|baignoire) (?:est |sont )?(?:bouche|bouchee|bouches|bouchees)",
    // Round 8 (issue #19), kinds rather than messages: a timer or alarm to set, when a train,
    // ferry or bus leaves, a self-employed person's tax, renewing an ID card or passport, tide
    // times, the weather in a named town, a puncture or a dripping tap, home remedies and what
    // helps an ailment, cooking an egg or pasta (the food checked, not its stem: a candle shop's
    // "durée" is not "durs"), a mountain's height, the Wi-Fi at home, the royal family, a mobile
    // plan, a pet that is ill, a recipe for a named dish, awards. Each checks the knowledge base
    // for what it asks about: a bike shop's puncture, a vet's sick cat stay theirs.
    "^(?:tu peux |peux tu |pourrais tu |pouvez vous |stp |svp )?(?:mets|mettre|met|lance|lancer|regle|regler|programme|programmer) (?:moi )?(?:un |une |le |la |mon |ma )?(?<topic>minuteur|minuterie|chrono|chronometre|reveil|alarme|rappel|compte a rebours)",
    "^(?:tu peux |peux tu )?(?:reveille|reveiller) moi",
    "(?:a quelle heure|quand) (?:part|passe|arrive|partent|passent) (?:le |la |les )?(?:dernier |derniere |prochain |prochaine |premier |premiere )?(?<topic>tgv|train|trains|ter|ferry|bateau|ouigo|avion|vol)",
    "(?:horaires?|horaire) (?:du |des |de la |de )?(?<topic>tgv|train|trains|ter|ferry|bateau|marees|maree)",
    "(?<topic>coefficient de maree|coefficients de maree|maree haute|maree basse)",
    "(?:impots|impot|charges|cotisations|taxes) (?:en tant qu'|en tant que |pour un |pour une |quand on est |comme )(?<topic>auto entrepreneur|autoentrepreneur|micro entrepreneur|independant|independante|freelance|auto entrepreneuse)",
    "^(?!(?:.* )?(?:facture|factures|recu|recus|justificatif|attestation|vous|votre|vos)(?: |$))(?:.* )?(?<topic>impot sur le revenu|declaration d'impots|declaration de revenus|prelevement a la source)",
    "(?:renouveler|renouvelle|refaire|refais|demander|obtenir|faire) (?:ma |mon |une |un |la |le |sa |son )?(?:nouvelle |nouveau )?(?:carte|piece) d'(?<topic>identite)",
    "(?:renouveler|renouvelle|refaire|refais|demander|obtenir|faire) (?:ma |mon |une |un |la |le |sa |son )?(?:nouvelle |nouveau )?(?<topic>passeport|permis de conduire|carte vitale|carte grise)",
    "(?:meteo|quel temps (?:fait il|fera t il|va t il faire)|pleuvoir|neiger) (?:[^ ]+ ){0,4}(?:a|au|en) (?!quel|quelle|la |le |l')(?<places>[^ ]+)(?: (?:ce week end|ce weekend|demain|aujourd'hui|ce soir|cette semaine|la semaine prochaine|samedi|dimanche|ce samedi|ce dimanche|apres demain))?$",
    "^(?!.*(?:pouvez vous|vous pouvez|pourriez vous|faites vous|reparez vous) )(?:.* )?(?:reparer|repare|changer|change|reparer un|boucher) (?:un |une |le |la |mon |ma )?(?<topic>pneu|pneus|crevaison|chambre a air)",
    "(?<topic>robinet|robinets|chasse d'eau) (?:qui )?(?:fuit|goutte|fuient|gouttent|coule)",
    "(?:remede|remedes) (?:de grand mere|maison|naturel|naturels)|(?<topic>grand mere) contre",
    "(?:contre|pour soigner|pour calmer|soulager) (?:le |la |les |un |une |mon |ma |l')?(?<topic>rhume|mal de dents|mal de gorge|migraine|gueule de bois|mal de tete|toux|angine|mal d'oreille)",
    "^(?!.* (?:votre|vos|avec votre|avec vos)(?: |$))(?:.* )?(?:cuire|bouillir|cuisson (?:d'un|d'une|du|de la|des)) (?:un |une |le |la |les |des |l')?(?<topic>oeuf|oeufs|œuf|œufs|pates|riz|pommes de terre|patates|poulet|roti|gigot|homard|artichaut|brocolis)",
    "(?:hauteur|altitude|taille) (?:du |de la |de l'|des |de )?(?<topic>mont|montagne|pic|sommet|volcan|everest|kilimandjaro|tour eiffel|mont blanc)",
    "(?:mon |ma |le |la )?(?<topic>wi fi|wifi|connexion internet|box internet|livebox|freebox) (?:se coupe|coupe|saute|ne marche plus|ne fonctionne plus|est lent|est lente|rame|plante)",
    "(?:le |la |du |de la )?(?<topic>roi|reine|prince|princesse|famille royale|monarchie)(?: [^ ]+)? (?:a (?:combien d')?enfants|age|fils|fille|femme|mari|petits enfants|heritier)|(?:qui est|age de) (?:le |la )?(?<thing>roi|reine|pape) ",
    "(?<topic>forfait mobile|forfait telephone|forfait portable|forfaits mobiles|forfait 5g|forfait 4g|operateur mobile|abonnement internet|box internet)",
    "^(?!.* (?:rendez vous|reserver|reservation|annuler|vous|votre|vos)(?: |$))(?:.* )?(?:mon |ma )(?<topic>chat|chien|chaton|chiot|lapin|hamster|perruche|cheval|cochon d'inde) (?:vomit|a vomi|boite|tousse|ne mange plus|a la diarrhee|est malade|saigne|eternue)",
    "^(?!.*(?:avez vous|vous avez|vendez vous|proposez vous) )(?:.* )?recette (?:de |du |des |de la |d'|pour )(?!votre |vos |ton |tes )(?<thing>.+)",
    "qui a (?:gagne|remporte|eu) (?:la |le |l'|un |une )?(?:palme d'or|oscar|oscars|cesar|cesars|goncourt|prix nobel|ballon d'or|eurovision)",
    // Round 9 (issue #19), kinds rather than messages: another company's order, bill or
    // contract (a marketplace, a phone or energy company: never a carrier or a way to pay, which
    // are the site's), a neighbour's noise or tree, a landlord, dating, a game named or its
    // level, the lottery's numbers, what's on in a town the site never names, how long an animal
    // lives, a song's lyrics. Each checks the
    // knowledge base for what it names (`topic`, `thing`, `places`).
    "(?:mon|ma|mes) (?:colis |commande |compte |abonnement |forfait |box |facture )?(?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|orange|sfr|free|bouygues|sosh|red by sfr|edf|engie)(?: |$)",
    "(?:colis|commande|compte|abonnement|contrat|facture|livraison|remboursement|forfait|box) (?:de |chez |sur |avec |d'|du )?(?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|orange|sfr|free|bouygues|sosh|edf|engie|canal|canalplus|deezer)",
    "(?<!moins cher |prix )chez (?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|orange|sfr|free|bouygues|sosh|edf|engie|canal|canalplus|deezer)",
    "^(?!(?:.* )?(?:vous|votre|vos|colis|commande|livraison|livrer|recuperer|retirer|facture|installation|pose)(?: |$))(?:.* )?(?:mon|ma|mes) (?<topic>operateur|fournisseur d'acces|fournisseur internet|fournisseur d'energie|fournisseur d'electricite|fournisseur de gaz|box internet)",
    "carte (?<topic>grise)|titre de sejour|pole emploi|france travail",
    "^(?!(?:.* )?(?:vous|votre|vos|colis|commande|livraison|livrer|recuperer|retirer|facture|installation|pose)(?: |$))(?:.* )?(?:voisin|voisins|voisine|voisines) (?:[^ ]+ ){0,4}(?<topic>bruit|bruyant|bruyants|musique|fete|fetes|aboie|aboyer|arbre|arbres|haie|branches|cloture|fumee|fume)",
    "^(?!(?:.* )?(?:vous|votre|vos|colis|commande|livraison|livrer|recuperer|retirer|facture|installation|pose)(?: |$))(?:.* )?(?:mon|ma|notre) (?<topic>proprietaire|proprio|bailleur|bailleuse|syndic)",
    "(?:il|elle|un garcon|une fille|un mec|une femme|un homme) (?:[^ ]+ )?(?:s'interesse a moi|m'aime|est amoureux de moi|est amoureuse de moi|me kiffe)|(?:draguer|seduire|aborder) (?:une|un) (?:fille|femme|garcon|mec|homme)|premier rendez vous amoureux|(?:site|appli|application) de rencontre",
    "(?<topic>candy crush|clash royale|clash of clans|brawl stars|league of legends|call of duty|among us|animal crossing|mario kart|elden ring|counter strike|the sims|los sims|les sims|die sims|pokemon go|grand theft auto)",
    "^(?!(?:.* )?(?:vous|votre|vos|colis|commande|livraison|livrer|recuperer|retirer|facture|installation|pose)(?: |$))(?:.* )?(?:concerts?|evenements?|festivals?|spectacles?|sorties?|que faire|quoi faire) (?:[^ ]+ ){0,4}a (?!la |le |l'|domicile |votre |vos |nous |partir |quelle |quel )(?<places>[^ ]+)",
    "combien de temps (?:vit|vivent|peut vivre|peuvent vivre) (?:un |une |les |le |la |l')?(?<thing>[^ ]+)",
    "(?:esperance|duree) de vie (?:d'un|d'une|des|du|de la) (?<thing>[^ ]+)",
    "(?:paroles|les paroles) (?:de|du|des|d') (?!votre |vos )(?<thing>.+)",
    // Round 10 (issue #19), kinds rather than messages: the weather asked with a pronoun or a day
    // after the town, local transport's times (bus, tram, metro, local trains, a numbered line),
    // the on-duty pharmacy or doctor, a film or book to watch or read tonight, how many legs an
    // animal has and why it does what it does, travelling safely somewhere, a symptom and what to
    // take for it, a word's meaning, a name for a pet or a baby, a summary or essay for school.
    // Each checks the knowledge base for what it names (`topic`, `thing`, `places`), and those
    // that read as the visitor's own life stand aside when the message asks the business itself.
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?(?:il va faire|va t il faire|fera t il|il fera) (?:beau|chaud|froid|mauvais|soleil|moche)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?(?:a quelle heure|quand) (?:part|passe|arrive|partent|passent) (?:le |la |les )?(?:dernier |derniere |prochain |prochaine |premier |premiere )?(?<topic>tram|tramway|metro|rer|bus|noctilien|transilien)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?(?:horaires?|horaire) (?:du |des |de la |de )?(?<topic>tram|tramway|metro|rer|bus|noctilien|transilien)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?ligne [0-9a-e]+ (?:du |de |de la )?(?<topic>tram|tramway|metro|rer|bus)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?(?<topic>pharmacie|pharmacies|medecin|medecins|dentiste|veterinaire) (?:de garde|ouverte (?:le dimanche|la nuit|maintenant|ce soir|aujourd'hui|24h)|ouvertes (?:le dimanche|la nuit|maintenant|ce soir|aujourd'hui|24h))",
    "{things} (?:a|pour) (?:regarder|voir|lire|ecouter|jouer|binger|mater)(?! sur | au sujet | a propos )",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?(?:qu'est ce qu'on|qu'est ce que je|quoi|que) (?:peux |peut |pourrais )?(?:regarder|regarde|mater|mate) (?:ce soir|sur netflix|ce week end|ce weekend)",
    "combien (?:de pattes|d'yeux|de dents|de coeurs|de cœurs|d'ailes|d'os|d'estomacs|de bras) (?:a|ont|possede|possedent) (?:un |une |les |le |la |l')?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez|accepte|acceptes|acceptee|acceptees|autorise|autorises|interdit|interdits|venir|amener|entrer)(?: |$))(?:.* )?pourquoi (?:[^ ]+ ){0,2}(?<topic>chats|chat|chiens|chien|oiseaux|abeilles|vaches|chevaux|zebres|girafes|serpents|araignees|flamants|hiboux|chouettes|pingouins|manchots|requins|baleines|dauphins|elephants|fourmis|grenouilles|perroquets|mouches|moustiques|poules|cochons|moutons|chameaux|pieuvres|ecureuils)",
    "(?:dangereux|sur|securitaire|risque|risqué|prudent) (?:de voyager|de partir|d'aller|de se rendre|voyager|aller|partir) (?:au |en |a |aux )(?!velo |voiture |moto |train |bus |avion |vacances )(?<places>[^ ]+)",
    "meilleure (?:periode|saison|epoque) pour (?:visiter|voyager (?:au|en|a)|aller (?:au|en|a)|partir (?:au|en|a)) (?<places>[^ ]+)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?j'ai (?:de la |une |la |des |un )?(?<topic>fievre|migraine|migraines|grippe|toux|nausees|vertiges|diarrhee|angine|rhume|otite|cystite|eczema|boutons) depuis",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?(?:qu'est ce que je (?:peux|dois) prendre|que prendre|quoi prendre|je prends quoi|que dois je prendre) (?:contre|pour) (?:le |la |les |l'|un |une |mon |ma |mes )?(?<topic>fievre|migraine|migraines|grippe|toux|nausees|vertiges|diarrhee|angine|rhume|otite|cystite|eczema|boutons|mal de tete|mal de gorge|mal de dos|mal de ventre|mal aux dents|gueule de bois|insomnie|brulures d'estomac)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?(?:aller voir|aller chez|consulter|appeler) (?:un |le |mon |une |les )?(?<topic>medecin|docteur|generaliste|urgences|samu)",
    "(?:prenom|prenoms|nom) (?:pour|a donner a) (?:mon|ma|notre|un|une|mes|nos|le|la) (?:futur |future |nouveau |nouvelle |petit |petite )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|commande|colis|reservation|cours|seance|annule|annulee|annulation|si|s'il|magasin|boutique|atelier|cabinet|clinique|quand meme|malgre)(?: |$))(?:.* )?(?:pour|sur) (?:mon|ma|mes|un|une|notre) (?<topic>expose|exposes|devoir|devoirs|dm|dissertation|memoire|these|redaction|fiche de lecture|commentaire de texte|brevet|bac|partiel|partiels)",
    "^(?!(?:.* )?(?:ma|mon|mes|votre|vos)(?: |$))(?:.* )?(?:resume|resumer|resume moi|fais moi un resume|fais un resume) (?:de |du |des |d'|de la )?(?<thing>[^ ]+(?: [^ ]+)?)",
    // Round 10, a second pass of kinds written from what visitors ask a chat (not from a fixture):
    // blocking one's bank card, tipping, sunset, the best car or phone, a pet's bad habit, a
    // grammar check, the richest person, whether a food is bad for you, a flight's refund from an
    // airline, time differences, hiccups, a tweet or caption to write, a wobbly table, where to
    // watch the match, learning to code, a screenshot on a named device, how long to get somewhere.
    "^(?!(?:.* )?(?:vous|votre|vos|commande|reservation|paiement|payer|paye|achat|remboursement)(?: |$))(?:.* )?(?:faire opposition (?:sur|a) (?:ma |une |la )?carte|(?:bloquer|debloquer|annuler) (?:ma |une |la )?carte (?:bancaire|bleue|de credit|visa))",
    "combien (?:de |faut il laisser de |laisser de |donner de |on laisse de )?(?<topic>pourboire)",
    "(?:a quelle heure|quand) se (?:couche|leve) le (?<topic>soleil)|heure du (?:coucher|lever) (?:du |de )soleil",
    "^(?!(?:.* )?(?:vous|votre|vos|vendez|pour mon|pour ma|commande)(?: |$))(?:.* )?(?:quelle est|c'est quoi|quel est) (?:la |le )?meilleure? (?:[^ ]+ )?{things}",
    "(?:empecher|empeche) (?:mon |ma )(?<topic>chat|chien|chiot|chaton) de",
    "(?:corrige|corriger|verifie|verifier|relis|relire) (?:moi |mon |ma |la |l')?(?<topic>grammaire|orthographe|ponctuation)",
    "(?:le |la |les )?(?:[^ ]+ )?(?:le |la )?plus riche du monde",
    "^(?!(?:.* )?(?:votre|vos|vous)(?: |$))(?:.* )?(?:le |la |les |l')(?<thing>[^ ]+) (?:est|sont|c'est) (?:il |elle )?(?:mauvais|mauvaise|bon|bonne|dangereux|dangereuse) pour la sante|est ce que (?:le |la |les |l')[^ ]+ (?:est|sont) (?:mauvais|mauvaise|bon|bonne) pour la sante",
    "(?:remboursement|indemnisation|retard|bagage|valise) (?:de |chez |avec |par )(?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly)",
    "(?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly) (?:remboursement|vol|indemnisation|bagage|retard|carte d'embarquement)",
    "(?<topic>decalage) horaire",
    "(?:ecris|ecrire|ecris moi|redige|invente) (?:moi )?(?:un |une )(?:petit |petite |court |courte |bon |bonne |drole )?(?<topic>tweet|legende|slogan|toast|discours|rap|devinette|phrase d'accroche|phrase de drague)",
    "ou (?:regarder|voir|streamer) (?:le |la |les )?(?<topic>match|finale|course|combat|grand prix|derby|coupe du monde)",
    "apprendre a (?:coder|programmer)",
    "(?<topic>capture d'ecran|screenshot) (?:sur|avec) (?:un |une |mon |ma )?(?:mac|macbook|iphone|ipad|pc|windows|android|samsung|ordinateur)",
    "combien de temps (?:pour aller|faut il pour aller|de route|de trajet) (?:de [^ ]+ )?(?:a|au|en) (?<places>[^ ]+)$",
    "(?:tu connais|connais tu) (?:un |une )(?:bon |bonne )?(?<thing>[^ ]+) (?:a|au|en|sur|pres de) [^ ]+",
    // Round 10, a third pass: the council's services (bins, potholes, voting, a parking fine), the
    // police's number, converting a sum of money, making one's own website, falling asleep, an
    // excuse for work, a table at a restaurant, tying a tie. Topics checked as before.
    "^(?!(?:.* )?(?:payer|paye|prix|coute|facture|vous|votre)(?: |$))(?:.* )?[0-9.,]+ (?:euros?|dollars?|livres?|francs?) en (?:dollars?|euros?|livres?|francs?|yens?)$",
    "(?:passent|passe|ramassage|ramasse|collecte) (?:des |les )?(?<topic>poubelles|ordures|encombrants|dechets)",
    "nid de poule|nids de poule",
    "listes? electorales?|bureau de vote|voter par procuration|carte electorale",
    "numero (?:de la|du|des) (?<topic>police|gendarmerie|pompiers|samu|commissariat)",
    "^(?!(?:.* )?(?:vous|votre|avec|chez)(?: |$))(?:.* )?(?:(?:creer|cree|faire|fais|construire) (?:mon|ma|un|une) (?:propre )?(?<topic>site web|site internet|blog|application|boutique en ligne) (?:moi meme|soi meme|tout seul)?$|(?:creer|faire) (?:mon|ma) propre (?:site|blog|application))",
    "(?<topic>s'endormir|m'endormir|dormir) (?:vite|rapidement|plus vite|facilement)",
    "excuse (?:pour|quand) (?:arriver en retard|etre en retard|ne pas aller|secher|manquer)|(?:poser|demander) (?:un |une )?(?:jour de conge|journee de conge|rtt) (?:a mon|au) (?:patron|chef|manager)",
    "(?:noeud|nœud) de (?<topic>cravate)|(?:nouer|faire) (?:une |sa |ma )cravate",
    "(?:contester|payer) (?:une |mon |ma )?(?<topic>amende|contravention|pv)",
    // Round 11 (issue #19), kinds rather than messages: another shop's or a public office's opening
    // hours (checked: a dentist or a pool keeps its own), where to buy or which consumer goods to get,
    // life and career advice, who wrote, composed or painted something, a shape's area or an average,
    // role-play without rules, how many countries. Topics, things and places checked.
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|nous|notre|nos|colis|commande|livraison|boutique|magasin)(?: |$))(?:.* )?(?:a quelle heure|jusqu'a quelle heure|quand|jusqu'a quand|a partir de quelle heure) (?:ferme|ouvre|fermera|ouvrira|ferment|ouvrent|est ouvert|est ouverte|est ferme|est fermee) (?:le |la |les |l')?(?<topic>carrefour|carrefour market|leclerc|auchan|intermarche|lidl|aldi|monoprix|franprix|super u|hyper u|geant|ikea|decathlon|fnac|darty|leroy merlin|castorama|picard|la poste|poste|bureau de poste|la banque|banque|la mairie|mairie|la bibliotheque|bibliotheque|la mediatheque|mediatheque|la piscine|piscine|la dechetterie|dechetterie|le supermarche|supermarche|la caf|caf|la cpam|cpam|la prefecture|prefecture|pole emploi|france travail|le dentiste|dentiste|le medecin|la salle de sport|le coiffeur|coiffeur)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous|nous|notre|nos|colis|commande|livraison|boutique|magasin)(?: |$))(?:.* )?(?:le |la |l')?(?<topic>carrefour|carrefour market|leclerc|auchan|intermarche|lidl|aldi|monoprix|franprix|super u|hyper u|geant|ikea|decathlon|fnac|darty|leroy merlin|castorama|picard|la poste|poste|bureau de poste|la banque|banque|la mairie|mairie|la bibliotheque|bibliotheque|la mediatheque|mediatheque|la piscine|piscine|la dechetterie|dechetterie|le supermarche|supermarche|la caf|caf|la cpam|cpam|la prefecture|prefecture|pole emploi|france travail|le dentiste|dentiste|le medecin|la salle de sport|le coiffeur|coiffeur) (?:est il |est elle |est-il |est-elle |est |sont )?(?:ouvert|ouverte|ouverts|ferme|fermee|fermes|ouvre|ferme) (?:aujourd'hui|demain|ce soir|le dimanche|dimanche|le samedi|les jours feries|maintenant|a midi|en aout)",
    "horaires (?:d'ouverture )?(?:de |du |des |d')?(?:la |le |l')?(?<topic>carrefour|carrefour market|leclerc|auchan|intermarche|lidl|aldi|monoprix|franprix|super u|hyper u|geant|ikea|decathlon|fnac|darty|leroy merlin|castorama|picard|la poste|poste|bureau de poste|la banque|banque|la mairie|mairie|la bibliotheque|bibliotheque|la mediatheque|mediatheque|la piscine|piscine|la dechetterie|dechetterie|le supermarche|supermarche|la caf|caf|la cpam|cpam|la prefecture|prefecture|pole emploi|france travail|le dentiste|dentiste|le medecin|la salle de sport|le coiffeur|coiffeur)",
    "^(?!(?:.* )?(?:vous|votre|vos|chez vous)(?: |$))(?:.* )?(?:ou (?:acheter|trouver|commander)|ou (?:puis je|je peux|est ce que je peux|peut on|on peut) (?:acheter|trouver|commander)|ou est ce qu'on peut acheter|meilleur site pour acheter) (?:un |une |des |de |du |le |la |les |mon |ma |l')?(?:bon |bons |bonne |bonnes |nouveau |nouvelle |nouveaux )?(?:[^ ]+ ){0,3}{things}",
    "^(?!(?:.* )?(?:vous|votre|vos|vendez|pour mon|pour ma|pour votre)(?: |$))(?:.* )?(?:quel|quelle|quels|quelles) {things}(?: [^ ]+){0,3} (?:tu me conseilles|vous me conseillez|me conseilles tu|me conseillez vous|tu conseilles|vous conseillez|conseilles tu|tu recommandes|vous recommandez|me recommandes tu|acheter|choisir|est le meilleur|est la meilleure)",
    "^(?!(?:.* )?(?:vous|votre|vos|cours|seance|seances|stage|stages|atelier|ateliers|prof|professeur|coach|entrainement|aider|aide)(?: |$))(?:.* )?(?:arreter de|ne plus|moins|eviter de) (?<topic>procrastiner)",
    "^(?!(?:.* )?(?:vous|votre|vos|cours|seance|seances|stage|stages|atelier|ateliers|prof|professeur|coach|entrainement|aider|aide)(?: |$))(?:.* )?(?<topic>confiance) en (?:moi|soi)",
    "^(?!(?:.* )?(?:vous|votre|vos|cours|seance|seances|stage|stages|atelier|ateliers|prof|professeur|coach|entrainement|aider|aide)(?: |$))(?:.* )?(?<topic>estime) de soi",
    "(?:devrais je|dois je|je devrais|faut il que je) (?:demissionner|quitter mon (?:travail|boulot|job|emploi|cdi)|changer de (?:metier|travail|boulot|carriere|job)|faire (?:des etudes|une annee sabbatique|une annee de cesure|medecine|droit))|(?:quel|quelle|quels|quelles) (?:metier|etudes|carriere|orientation|filiere|master) (?:choisir|faire|me conviendrait)|je ne sais pas quoi faire (?:de ma vie|comme metier|comme etudes)",
    "^(?!(?:.* )?(?:vous|votre|vos|cours|seance|seances|stage|stages|atelier|ateliers|prof|professeur|coach|entrainement|aider|aide)(?: |$))(?:.* )?(?:oublier|surmonter|me remettre d'|me remettre de|passer a autre chose apres|guerir d') ?(?:une |ma |la |mon |cette )?(?<topic>rupture|ex|chagrin d'amour|divorce|separation)",
    "qui a (?:ecrit|compose|peint) (?!(?:cet|cette|ce|votre|vos|l'article|l'avis|le mail|le message|le texte|la description|la page|le site)(?: |$))(?<thing>.+)",
    "qui est l'(?:auteur|auteure|compositeur) (?:de |du |des |d')(?!votre |vos |cet |ce |cette )(?<thing>.+)",
    "(?:aire|surface|perimetre|volume|circonference|rayon|diametre) (?:d'un |d'une |du |de la |de l')?(?<topic>cercle|triangle|carre|rectangle|sphere|cylindre|cube|cone|pyramide|trapeze|losange|parallelogramme|hexagone)",
    "(?:calculer|calcule|calcul|calculer la|trouver) (?:la |le |une |un |l')?(?<topic>moyenne|mediane|ecart type|hypotenuse)",
    "tu es (?:maintenant|desormais|a partir de maintenant|dorenavant) (?:un|une|mon|ma|dan) [^ ]+|tu n'as (?:plus )?(?:aucune|pas de|plus de) (?:regle|regles|limite|limites|restriction|restrictions|filtre|filtres)|(?:ia|bot|chatbot|assistant) sans (?:regles|filtre|filtres|restrictions|limites)",
    "^(?!(?:.* )?(?:vous|votre|vos|livrez|livraison|livraisons|livrer|expedition|expediez|envoyez|boutique|magasin)(?: |$))(?:.* )?combien y a t il (?:de |d')(?:pays|etats|planetes|continents|habitants|oceans|departements|regions|langues) (?:en|dans|au|aux|sur|du monde|d'europe|d'afrique)",
    "^(?!(?:.* )?(?:facture|factures|recu|justificatif|attestation|vous|votre|vos|tva)(?: |$))(?:.* )?(?:payer|paie|paye|payer des|paie t on|declarer|declare) (?:des )?(?:impots|impot|taxes) (?:sur|pour) (?:mon |ma |mes |les |le |la |l'|un |une )?(?<topic>heritage|salaire|pourboires|gains|loyers|revenus|plus value|crypto|bitcoin|actions|prime|retraite|pension|bourse|vente|ventes|donation)",
    // Round 12 (issue #19), kinds rather than messages (the English list says which); each checks
    // the knowledge base for what it asks about or stands aside when the business is addressed.
    "^(?!(?:.* )?(?:vous|votre|vos|nous|notre|nos|ici|acheter|commander|livrer|vendre|importer)(?: |$))(?:.* )?(?:(?:a t on|on a|qu'on a|ai je|j'ai|a t il) le droit (?:de|d'[^ ]+|d)|(?:est ce|c'est|est il|est ce que c'est|est ce qu'il est) (?:legal|illegal|interdit par la loi|autorise par la loi) (?:de|d'[^ ]+))",
    "(?<thing>(?:diesel|essence|electrique|hybride) ou (?:un |une )?(?:diesel|essence|electrique|hybride))",
    "^(?!(?:.* )?(?:vous|votre|vos|ouvert|ouverts|ouverte|ferme|fermes|fermee|livraison|livrez|commande)(?: |$))(?:.* )?(?:c'est quand|quand (?:est|tombe|sera|a lieu|c'est)|quel jour (?:est|tombe|sera)|quelle date (?:est|tombe)|a quelle date (?:est|tombe)) (?:pâques|le lundi de pâques|lundi de pâques|noël|la pentecôte|pentecôte|l'ascension|ascension|la toussaint|toussaint|le nouvel an|nouvel an|la fête des mères|fête des mères|la fête des pères|fête des pères|halloween|le ramadan|ramadan|mardi gras|la chandeleur|chandeleur)(?: cette année| l'année prochaine| en [0-9]+)?$",
    "(?:ça|ca|sa) veut dire quoi (?<topic>rgpd|otan|nasa|adn|pib|nft|lol|mdr|ptdr|jpp|tkt|fomo|yolo|osef|wesh|rizz)$",
    "^(?<topic>rgpd|otan|nasa|adn|pib|nft|lol|mdr|ptdr|jpp|tkt|fomo|yolo|osef|wesh|rizz) (?:ça|ca|sa) veut dire quoi$",
    "que (?:signifie|veut dire) (?<topic>rgpd|otan|nasa|adn|pib|nft|lol|mdr|ptdr|jpp|tkt|fomo|yolo|osef|wesh|rizz)$",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:le |la |les )?(?<thing>[^ ]+(?: [^ ]+){0,2}) (?:ouvre|ferme|ouvrent|ferment) a quelle heure`,
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?(?:a quelle heure|quand) (?:ouvre|ferme|ouvrent|ferment) (?:le |la |les )?(?<thing>[^ ]+(?: [^ ]+)?)(?: le [^ ]+| aujourd'hui| demain| ce [^ ]+)?$`,
    "combien (?:de |d'|y a t il de |y a t il d'|il y a de |il y a d')?(?:secondes|minutes|heures|jours|semaines|mois|années|ans) (?:y a t il |il y a |compte )?(?:dans|en|par) (?:une|un) (?:minute|heure|journée|jour|semaine|mois|année|an|année bissextile|siècle)$",
    "^(?!(?:.* )?(?:vous|votre|vos|site|boutique|appli|application)(?: |$))(?:.* )?(?:supprimer|supprime|suppression|désactiver|désactive|fermer|ferme|clôturer|récupérer|récupère|piraté|pirate) (?:de )?(?:mon |ma |un |le |son )?(?:compte|profil|abonnement) (?<topic>instagram|facebook|fb|tiktok|snapchat|snap|whatsapp|google|gmail|netflix|spotify|twitter|linkedin|pinterest|reddit|discord|icloud|apple|microsoft|outlook|hotmail|youtube|paypal|tinder|telegram)",
    "^(?!(?:.* )?(?:vous|votre|vos|payer|paiement|payez|acceptez|accepte|acceptées|commande|acompte|caution)(?: |$))(?:.* )?(?:meilleure|meilleur|moins chère|moins cher|quelle|quel) (?:carte bancaire|carte de crédit|cb|banque|banque en ligne|néobanque|compte bancaire|compte courant|livret) (?:est la meilleure |est le meilleur )?(?:pour|à l'étranger|en ligne|quand on)",
    "^(?!(?:.* )?(?:vous|votre|vos|vendez|conseillez)(?: |$))(?:c'est quoi|quel est|quelle est) (?:un|une|le|la) (?:(?:bon|bonne|meilleur|meilleure) )+(?<thing>[^ ]+(?: [^ ]+)?)(?: pas cher| pas chère| pas chers| abordable| fiable)?$",
    "(?:conseille|conseiller|conseillez|recommande|recommander|recommandez|propose|proposer) (?:moi |nous )?(?:des |quelques |de bons |de bonnes |un |une )?(?<topic>groupes|groupe|musique|musiques|livres|livre|films|film|séries|série|artistes|chansons|podcasts|jeux|albums|auteurs) (?:comme|du même genre que|similaires à|dans le style de|qui ressemblent à|proches de)",
    "(?:acheter ou (?:prendre )?en (?:loa|lld|leasing)|(?:prendre )?en (?:loa|lld|leasing) ou acheter) (?:une |un |sa |ma )?(?<thing>[^ ]+)",
    "(?:acheter|d'acheter) (?:une |un |sa |ma )?(?<thing>[^ ]+) ou (?:de )?(?:la |le )?(?:louer|prendre en (?:loa|lld|leasing)|leasing|loa|lld|location)",
    "^(?!(?:.* )?(?:vous|votre|vos|cours|stage|club|inscrire|inscription|atelier|leçon|leçons)(?: |$))(?:.* )?(?:à quel âge|à partir de quel âge|quel âge) (?:les enfants|un enfant|mon fils|ma fille|mon enfant|mes enfants|les ados|un ado) (?:devraient|doivent|peuvent|peut|doit|devrait|pourraient) (?:ils |elles |il |elle )?(?:avoir|recevoir|utiliser) (?:un |une |leur (?:premier |propre )?|son (?:premier |propre )?)?(?:téléphone|portable|smartphone|tablette|ipad|instagram|tiktok|snapchat|réseaux sociaux|ordinateur)",
    "^(?!(?:.* )?(?:vous|votre|vos|nous|notre|nos)(?: |$))(?:.* )?(?:commander|commande|commandes|compte|remboursement|code promo) (?:[^ ]+ ){0,2}(?:sur|via|avec|chez|par) (?<topic>uber eats|ubereats|deliveroo|just eat|justeat|glovo|wolt|foodora|lieferando|too good to go)",
    "(?:mon|ma) (?!compte|commande|profil|mot de passe|appli|application|site|panier|paiement)(?<thing>[^ ]+(?: [^ ]+)?) (?:plante|bug|bugue|beugue|freeze|rame|crash|crashe|se bloque|se fige|redémarre|s'éteint) (?:[^ ]+ ){0,3}(?:quand|dès que|chaque fois que|à chaque fois que|lorsque) (?:j'ouvre|je lance|j'utilise|je démarre)",
    "^(?!(?:.* )?(?:vous|votre|vos|site|page|paiement|panier)(?: |$))(?:.* )?(?:plante|bug|bugue|freeze|rame|crash|crashe|se bloque|se fige) (?:[^ ]+ ){0,4}(?:quand|dès que|chaque fois que|à chaque fois que|lorsque) (?:j'ouvre|je lance|j'utilise) (?<topic>chrome|google chrome|firefox|safari|edge|excel|outlook|spotify|teams|zoom|photoshop|steam|discord|minecraft|fortnite)",
    "^(?!(?:.* )?(?:vous|votre|vos|nous|notre|magasin|boutique|atelier|cabinet|salon|studio|salle|école|bureau|ici|entrepôt)(?: |$))(?:.* )?(?:comment (?:aller|se rendre|rejoindre|je vais|on va)|itinéraire|chemin) (?:à |au |aux |de |du |jusqu'à |jusqu'au )?(?:la |le |les )?(?<places>[^ ]+(?: [^ ]+){0,2}) (?:depuis|en partant de|à partir de) [^ ]+",
    "^(?!(?:.* )?(?:vous|votre|vos|carte|gravure|message|facture|commande|étiquette)(?: |$))(?:.* )?(?:on écrit|on dit|ça s'écrit|ça se dit|faut il écrire|faut il dire|doit on écrire|doit on dire|j'écris|je dois écrire) (?:plutôt )?[^ ]+(?: [^ ]+)? ou [^ ]+(?: [^ ]+)?$",
    "^(?!(?:.* )?(?:vous|votre|vos|nous|notre|nos|ici)(?: |$))(?:.* )?(?:(?:joue|jouait|va jouer|évolue) (?:dans|pour|à|au) quel(?:le)? (?:club|équipe)|(?:dans|pour) quel(?:le)? (?:club|équipe) (?:joue|jouait|évolue)|qui (?:a gagné|a remporté|est champion|a été champion|était champion) (?:[^ ]+ ){0,3}(?:championnat|ligue 1|ligue des champions|coupe du monde|l'euro|la coupe|le tour de france|roland garros))",
    "(?:vol|vols|billet|billets|bagage|bagages|siège|valise) (?:de |chez |avec |avec la compagnie )?(?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly)",
    "(?:démarrer|démarre|redémarrer|relancer) (?:une |la |ma |sa |un )?(?<topic>voiture|bagnole|auto|moto) (?:avec des|avec les|aux|avec) (?:câbles|pinces|cable|câble)",
  ],
  siteFrames: [
    "payer (?:en|par|avec|via)",
    "paiement",
    "(?:livrez|livrer|livraison|livraisons|livre t il|expedition|expediez|envoyez)",
    "(?:ma|la|une) commande",
    "(?:rembourse|remboursee|remboursement|rembourser)",
    "(?:annuler|reporter|decaler|modifier) (?:ma|mon|la|le|une|un)",
    "(?:je peux|puis je|peut on|on peut|je voudrais) (?:annuler|reporter|decaler)",
    "(?:rendez vous|reservation)",
    "(?:vous avez|avez vous|vous vendez|vendez vous|vous faites|faites vous|vous acceptez|acceptez vous|vous proposez|proposez vous)",
    "(?:votre|vos) (?!instructions|prompt|regles|consignes)[^ ]+",
    "(?:ouvert|ouverte|ouverts|horaires)",
    "(?:laver|lavage|nettoyer)",
    "facture",
    "(?:resiste|resistent|tient|tiennent|fond|fondent|supporte|supportent|adapte|adaptee|adaptes|adaptees) (?:elle |il |ils |elles )?(?:a|au|aux|par|sous|pour|en|bien)",
    "(?:est|sont) (?:ok|bien) (?:sous|pour|par|en|avec)",
    "(?:quel|quelle|quels|quelles) [^ ]+ est (?:le |la )?(?:meilleur|meilleure) pour",
    "(?:parking|se garer)",
    "(?:recuperer|recupere|retrait|retirer)",
    "(?:bien|bon|bonne|ok) (?:sous|pour|par) (?:la |le )?(?:pluie|neige|vent|froid|hiver)",
    // Round 7: a class called off for the weather, a gift card's validity, stock.
    "(?:annule|annulee|annules|annulees|annulez|annulation|maintenu|maintenue|reporte|reportee) (?:en cas|s'il|si|quand|par|pour)|est (?:il |elle )?(?:annule|annulee|maintenu|maintenue)",
    "carte cadeau|cartes cadeaux|bon d'achat|valable|valables|expire",
    "(?:en|de) stock|rupture|disponible|disponibles|reassort",
    // Round 11: the way to the business itself.
    "(?:venir|aller|arriver|se rendre) (?:chez vous|a votre|au magasin|a la boutique)",
    "(?:commander|acheter|trouver|recevoir) (?:[^ ]+ ){0,3}chez vous",
  ],
};
