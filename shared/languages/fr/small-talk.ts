import type { RepliedKind, SmallTalkPhrase } from "../types.ts";

/** Small talk in French: see `worker/chat/small-talk.ts` for the notation. */
export const SMALL_TALK: readonly SmallTalkPhrase[] = [
  [
    "greeting",
    "(bonjour|salut|coucou|bonsoir|allô|allo|ça va|ca va|comment ça va|comment allez-vous|comment allez vous|comment vas-tu|comment vas tu|vous allez bien|tu vas bien|bien le bonjour|rebonjour|re|bjr|slt|cc|bsr|re bonjour|enchanté|enchantée|bonne année|joyeux noël|joyeuses fêtes)",
  ],
  [
    "greeting",
    "j'espère que (vous allez bien|tu vas bien|tout va bien|vous passez une bonne journée)",
  ],
  [
    "thanks",
    "(merci|merci beaucoup|merci bien|merci mille fois|mille fois merci|mille mercis|mille merci|merci infiniment|grand merci|un grand merci|un énorme merci|je vous remercie|je te remercie|non merci|merci encore|encore merci|merci du fond du cœur|mrc|mci|msi|mercii|merki|remerciements|mes remerciements|je remercie|c'est gentil|c'est très gentil|c'est sympa|trop gentil|très gentil|vous êtes gentil|vous êtes gentille|merci à vous|merci à toi|merci d'avance|merci de même)",
  ],
  [
    "goodbye",
    "(au revoir|à vous aussi|à toi aussi|pareillement|de même|bonne journée|bonne soirée|bonne nuit|bon week-end|bon weekend|bonne fin de journée|à bientôt|à plus|à plus tard|à la prochaine|a+|à+|vous aussi|toi aussi|salut|à demain|à tout à l'heure|à tantôt|bisous|bises|cordialement|bien cordialement|c'est tout|ce sera tout|ça sera tout|c'est tout pour moi|c'est bon pour moi|ce sera tout pour moi|rien d'autre|ça sera tout pour moi|c'est tout ce que je voulais savoir|c'est tout ce que je voulais|adishatz)",
  ],
  [
    "goodbye",
    "[très|une très|une|je vous souhaite une|je vous souhaite un|je te souhaite une|je te souhaite un] (bonne|bon|belle|excellente|très bonne) (journée|soirée|nuit|semaine|week-end|weekend|fin de journée|fin de semaine|après-midi|continuation|fin d'après-midi|fêtes|année|matinée|dimanche) [à vous|à toi|à vous aussi|à toi aussi]",
  ],
  [
    "acknowledgement",
    "(d'accord|dac|daccord|d'acc|dacc|d'ac|dak|ok d'accord|parfait|génial|très bien|bien|compris|j'ai compris|j'ai bien compris|bien compris|entendu|noté|bien noté|c'est noté|ça marche|ca marche|c'est parfait|c'est clair|nickel|impeccable|ça roule|pas de souci|pas de soucis|pas de problème|aucun souci|aucun problème|sans souci|c'est bon|je vois|ok je vois|ah je vois|super|top|excellent|formidable|merveilleux|trop bien|trop cool|trop top|chouette|extra|magnifique|génialissime|bien vu|reçu|bien reçu|message reçu|je note|je comprends|je comprend|je comprends mieux|ah oui|ouais|oui|ok oui|voilà|tant mieux|bon à savoir|c'est bon à savoir|bien joué|au top|c'est top|nickel chrome|ça me va|ca me va|ça me convient|ça me suffit|ça me parle|ça fonctionne|ça marche bien|c'est réglé|c'est compris|parfait alors|d'accord alors|très bien alors|entendu alors|sympa|cool)",
  ],
  [
    "acknowledgement",
    "[c'est|c'était|ça a l'air|ça semble|ça paraît|tout est|voilà qui est|c'est vraiment|ça|ce|cela|tout] [très|vraiment|super|trop|hyper|parfaitement|tout à fait|bien|plus|beaucoup plus] (utile|clair|claire|parfait|génial|super|top|gentil|bon|bien|noté|compris|clair maintenant|réglé|ok|pratique|simple|logique|sympa|cool|intéressant|limpide|clair pour moi|bon pour moi|ok pour moi|parfait pour moi|parfait merci|excellent|formidable|rassurant)",
  ],
  [
    "acknowledgement",
    "[ça|cela|ceci|vous|tu|votre réponse|ta réponse|ça m'a|vous m'avez] [bien|vraiment|beaucoup] (m'aide|m'a aidé|m'a aidée|m'a beaucoup aidé|m'a bien aidé|m'a été utile|m'a été très utile|m'aide beaucoup|m'avez aidé|m'avez aidée|m'as aidé|m'avez bien aidé|m'avez beaucoup aidé|répond à ma question|répond à mes questions|a répondu à ma question|répondu à ma question|me va|me convient|me suffit|m'éclaire|m'a éclairé|été utile|très utile|résout mon problème|a résolu mon problème)",
  ],
  [
    "acknowledgement",
    "[c'est|c'était|ça|voilà] [tout|exactement|justement|précisément|pile|bien] (ce qu'il me fallait|ce que je voulais|ce que je voulais savoir|ce que je cherchais|ce dont j'avais besoin|ce que j'avais besoin de savoir|ce qu'il fallait|ce que j'attendais|la réponse que j'attendais|la réponse que je cherchais|ce que je voulais entendre)",
  ],
  [
    "filler",
    "(beaucoup|bien|infiniment|encore|à vous|à toi|à tous|madame|monsieur|tout le monde|alors|bon|ah|oh|très|vraiment|et|oui|bcp|bcq|vrmt|trop|tellement|énormément|encore une fois|mme|mr|à vous aussi|les amis|l'équipe|ben|bah|eh bien|donc|maintenant|d'avance|quand même|en tout cas|du coup|hihi|aussi|ouf|chef|mon ami|mon amie)",
  ],
  [
    "filler",
    "(pour|de|du|des) [votre|ton|ta|la|le|cette|ce|vos|tes|les|ces|l'|toute|tout] [rapide|précieuse|super|excellente|gentille|bonne|très bonne|grande|si rapide] (aide|réponse|réponses|info|infos|information|informations|l'aide|l'info|l'information|l'explication|l'éclaircissement|explication|explications|tout|retour|renseignement|renseignements|précision|précisions|conseil|conseils|temps|patience|rapidité|assistance|support|l'assistance|gentillesse|disponibilité|éclaircissement|service|l'accueil|accueil|réactivité|votre aide|tout ça) [rapide|rapides|claire|claires|précise|précises|détaillée|détaillées|efficace|si rapide|très rapide]",
  ],
  [
    "filler",
    "(pour tout|pour ça|pour cela|pour tout ça|de m'avoir aidé|de m'avoir répondu|pour m'avoir aidé|pour m'avoir répondu|de votre aide|pour la réponse)",
  ],
  [
    "greeting",
    "(tu es là|t'es là|tes la|vous êtes là|il y a quelqu'un|y a quelqu'un|ya quelqu'un|quelqu'un|re salut|rebonsoir|re bonsoir|resalut|salut salut|coucou coucou|wesh|bonjour bonjour|salut à toi|salut à vous|bonjour à vous|bonjour à toi|ça va bien|ca va bien|ça va et vous|ça va et toi|tout va bien|ça roule|quoi de neuf|la forme|en forme|comment tu vas|comment vous allez)",
  ],
  [
    "acknowledgement",
    "(laisse tomber|laissez tomber|tant pis|pas grave|c'est pas grave|ce n'est pas grave|cest pas grave|oublie|oubliez|oublie ça|oubliez ça|peu importe|oups|zut|non rien|rien|rien rien|non non rien|bref|ah bon|ah ok|okay d'accord|d'accord d'accord|ah d'accord|ah ouais|ah oui d'accord|ok ça marche|ok merci|mouais|bon bon|bon ok|bon d'accord|euh|ben ok|bah ok|cool cool|stylé|génial génial|top top|ok top|ok super|super super|bien bien)",
  ],
  [
    "acknowledgement",
    "(tu es|t'es|tes|vous êtes|vous etes|t'es vraiment|tu es vraiment|vous êtes vraiment) [vraiment|trop|super|très|le|la|un|une|au|génial|tellement] (génial|géniale|top|super|gentil|gentille|au top|meilleur|meilleure|ange|amour|adorable|formidable|parfait|parfaite|efficace|sympa|cool|crack|crème|perle|incroyable|chou|un amour|un ange|un crack|une perle|le meilleur|la meilleure|trop fort|fort|forte)",
  ],
  [
    "acknowledgement",
    "(bon|gentil|super|brave|petit|bravo|merci le|merci au) (bot|robot|chatbot|assistant)",
  ],
  [
    "about_assistant",
    "(tu es|t'es|tes|vous êtes|vous etes|êtes-vous|etes-vous|êtes vous|es-tu|es tu|est-ce|est ce|est-ce que tu es|est-ce que vous êtes|c'est|cest|je parle à|je parle a|je parle avec|je discute avec|je suis en train de parler à|je suis en train de parler avec|je m'adresse à|j'écris à|je converse avec|on parle avec|je chatte avec|c'est bien|c'est vraiment|je parle bien à|je parle bien avec|ça répond|qui répond c'est|tu serais|vous seriez) [un|une|le|la|juste un|juste une|vraiment un|vraiment une|bien un|bien une|encore un|encore une] [vrai|vraie|véritable] (bot|robot|chatbot|ia|intelligence artificielle|humain|humaine|personne|personne réelle|vraie personne|vrai humain|machine|ordinateur|programme|chatgpt|gpt|openai|assistant|assistante|assistant virtuel|assistante virtuelle|être humain|conseiller|conseillère|une ia|un humain|un robot|un bot|humain ou robot|robot ou humain|humain ou bot|bot ou humain|humain ou machine|une personne|une vraie personne) [qui répond|qui me répond|à qui je parle|avec qui je parle|de l'autre côté|derrière|ici]",
  ],
  [
    "about_assistant",
    "(qui êtes-vous|qui etes-vous|qui êtes vous|qui es-tu|qui es tu|t'es qui|tes qui|tu es qui|vous êtes qui|c'est qui|qui est là|qui est la|qui me répond|qui me parle|qui répond|à qui je parle|a qui je parle|à qui est-ce que je parle|à qui ai-je l'honneur|avec qui je parle|avec qui je discute|tu es quoi|t'es quoi|vous êtes quoi|qu'est-ce que tu es|qu'est-ce que vous êtes|qu'es-tu|quel genre de bot es-tu|quelle ia es-tu|qu'est-ce que tu sais faire|qu'est-ce que tu peux faire|qu'est-ce que vous pouvez faire|qu'est-ce que vous savez faire|que sais-tu faire|que peux-tu faire|que pouvez-vous faire|que savez-vous faire|tu sais faire quoi|tu peux faire quoi|vous pouvez faire quoi|vous savez faire quoi|à quoi tu sers|a quoi tu sers|à quoi sers-tu|à quoi servez-vous|à quoi vous servez|comment tu peux m'aider|comment peux-tu m'aider|comment pouvez-vous m'aider|comment vous pouvez m'aider|en quoi pouvez-vous m'aider|en quoi peux-tu m'aider|tu peux m'aider|vous pouvez m'aider|pouvez-vous m'aider|peux-tu m'aider|pouvez vous m'aider|peux tu m'aider|comment tu t'appelles|comment tu t'appelle|comment vous appelez-vous|comment vous vous appelez|tu t'appelles comment|vous vous appelez comment|c'est quoi ton nom|c'est quoi votre nom|quel est ton nom|quel est votre nom|tu as un nom|vous avez un nom|t'as un nom|qui t'a créé|qui vous a créé|qui t'a programmé|comment tu marches|comment tu fonctionnes|comment ça marche ici)",
  ],
  ["thanks", "(mrci|mersi|merciii|merki|mercie|mercii bcp|mci bcp|thx)"],
  [
    "filler",
    "(mdr|ptdr|lol|haha|hihi|aujourd'hui|ce soir|ce matin|au fait|par curiosité|juste par curiosité|petite question|dites|dis|svp|s'il vous plaît|s'il te plaît|stp|ou pas|ou quoi|alors|hein)",
  ],
  [
    "about_assistant",
    "(tu es|t'es|tes|vous êtes|es-tu|êtes-vous|es tu|êtes vous) [vraiment|bien] (réel|réelle|humain|humaine|vrai|vraie|un vrai|une vraie|une personne|un humain|vivant)",
  ],
  [
    "acknowledgement",
    "[ok|d'accord|bon|alors|parfait] (je vais faire ça|je fais ça|je vais essayer|j'essaie|j'essaye|je vais voir|je regarde|je vais regarder|je teste|je vais tester|je m'en occupe|je vais le faire|je le fais|je vais le faire merci|je vais essayer ça|je vais tester ça)",
  ],
  [
    "acknowledgement",
    "(ça|cela|ceci|ok ça) (aide|m'aide|aide beaucoup|m'aide beaucoup|aide bien|m'aide bien|m'a aidé|m'a bien aidé|aide déjà)",
  ],
  [
    "goodbye",
    "(non|nan) [merci] (c'est tout|ce sera tout|rien d'autre|c'est bon|ça ira|ça sera tout|c'est tout pour moi) [merci]",
  ],
  [
    "greeting",
    "(je peux|puis-je|est-ce que je peux|je pourrais|pourrais-je) (vous|te) poser (une question|une petite question|quelques questions)",
  ],
  ["greeting", "(j'ai|j'aurais) (une question|une petite question|quelques questions)"],
  [
    "greeting",
    "(quelqu'un lit ça|quelqu'un me lit|vous m'entendez|tu m'entends|vous me lisez|tu me lis|test)",
  ],
  [
    "about_assistant",
    "ou (un|une) [vrai|vraie] (bot|personne|humain|robot|machine|vraie personne|humaine)",
  ],
  [
    "about_assistant",
    "(c'est quoi ce chat|qu'est-ce que ce chat|c'est quoi ce truc|c'est quoi ce bot|c'est quoi ici)",
  ],
  [
    "acknowledgement",
    "[ah|ok] (ça a du sens|ça fait sens|c'est logique|c'est plus clair|tout s'explique) [maintenant]",
  ],
  ["acknowledgement", "(tout est|c'est) (bon|ok|clair|réglé|résolu) [maintenant|alors|pour moi]"],
  [
    "acknowledgement",
    "[parfait|bon|ok] (c'est réglé|c'est résolu|problème réglé|problème résolu) [alors]",
  ],
  [
    "greeting",
    "(je vais|moi ça va|ça va|je vais très|ça va très|moi je vais) [très|bien|super|plutôt] (bien|super|bien merci|pas mal|très bien) [merci]",
  ],
  [
    "greeting",
    "(bien|très bien|ça va|super|pas mal|ça va bien|tout va bien) [merci] (et vous|et toi|et de votre côté|et de ton côté|et vous-même)",
  ],
  [
    "greeting",
    "comment (se passe|va|s'est passée|se déroule) (votre|ta|la) (journée|matinée|soirée|semaine)",
  ],
  ["greeting", "(vous passez|tu passes) une (bonne|belle|excellente) (journée|soirée|semaine)"],
  [
    "goodbye",
    "(prenez soin de vous|prends soin de toi|porte-toi bien|portez-vous bien|à la revoyure)",
  ],
  [
    "about_assistant",
    "(c'est|est-ce|c'est bien) un (vrai chat|chat automatique|chat en direct|vrai humain|chat réel|chat avec un humain|chat avec une personne)",
  ],
  [
    "about_assistant",
    "(qu'est-ce que tu sais|qu'est-ce que vous savez|que savez-vous|que sais-tu)",
  ],
  [
    "filler",
    "ou [c'est|est-ce|bien] (automatique|un bot|une ia|un robot|une vraie personne|un humain|une machine|une personne)",
  ],
  [
    "filler",
    "(de m'avoir prévenu|de m'avoir prévenue|de me prévenir|de m'avoir informé|de m'avoir informée|de m'avoir répondu|pour la précision|pour l'explication|pour avoir répondu)",
  ],
  [
    "greeting",
    "(coucou|salut|bonjour|bonsoir|hello|re) (toi|vous|à toi|à vous|à tous|tout le monde|la compagnie|l'équipe)",
  ],

  // Which languages the assistant speaks: a verb of speaking and a language's name, or "langues".
  [
    "about_languages",
    "(tu parles|vous parlez|parles-tu|parlez-vous|parles tu|parlez vous|tu comprends|vous comprenez|comprends-tu|comprenez-vous|tu écris|vous écrivez|tu réponds|vous répondez|est-ce que tu parles|est-ce que vous parlez|tu sais parler|vous savez parler|tu peux parler|vous pouvez parler|peux-tu parler|pouvez-vous parler|tu peux répondre|vous pouvez répondre|tu peux écrire|vous pouvez écrire|je peux parler|je peux écrire|on peut parler|on peut écrire) [aussi|bien|d'autres langues que] [en] (anglais|français|allemand|danois|espagnol|suédois|italien|néerlandais|portugais|arabe|d'autres langues|plusieurs langues|ma langue|une autre langue|les langues étrangères)",
  ],
  [
    "about_languages",
    "(quelles|combien de|quelle) (langues|langue) (tu parles|vous parlez|parles-tu|parlez-vous|parles tu|parlez vous|tu comprends|vous comprenez|connais-tu|connaissez-vous|tu connais|vous connaissez|sais-tu parler|savez-vous parler|parle le bot|tu maîtrises|vous maîtrisez|tu sais parler|vous savez parler)",
  ],
  [
    "about_languages",
    "(tu parles|vous parlez|tu connais|vous connaissez) (quelles|combien de) langues",
  ],
  // About the assistant in other words: asking it to introduce itself, who made it.
  [
    "about_assistant",
    "(parle-moi|parlez-moi|parle moi|parlez moi|dis-moi|dites-moi|dis moi|dites moi|raconte-moi|racontez-moi) [un peu|en plus|plus] (de toi|de vous|qui tu es|qui vous êtes|de toi-même|de vous-même|sur toi|sur vous)",
  ],
  ["about_assistant", "(présente-toi|présentez-vous|présente toi|présentez vous)"],
  [
    "about_assistant",
    "qui (t'a|vous a|a) (fait|conçu|développé|créé|créée|programmé|entraîné|fabriqué|codé) [ce bot|ce chat|cet assistant]",
  ],
  [
    "about_assistant",
    "ou (à|a|avec) (un|une) [vrai|vraie|véritable] (ia|bot|robot|humain|humaine|personne|machine|intelligence artificielle|programme|ordinateur|chatbot)",
  ],
  // A complaint that asks nothing: the last reply did not help, or the assistant is no use. A
  // topic or a question after it makes it a question; a request for a person is read first.
  [
    "complaint",
    "(ça|ca|cela|ce|ta réponse|votre réponse|la réponse|tu|vous|ce bot|ce chat) [ne|n'] (m'a|m'as|m'avez|nous a|m'aide|m'aides|m'aidez|m'a servi|sert|sers|servez|répond|réponds|répondez|m'avance) (pas|vraiment pas|pas du tout|pas vraiment|pas beaucoup|pas trop|guère|en rien|jamais|à rien|a rien) [aidé|aidée|beaucoup aidé|vraiment aidé|servi|à ma question|a ma question|du tout|à grand-chose|à grand chose]",
  ],
  [
    "complaint",
    "(c'est|cest|c'était|t'es|tu es|vous êtes|ce bot est|ce chat est|ta réponse est|votre réponse est|la réponse est) [vraiment|complètement|totalement|super|trop|un peu|carrément|franchement|tellement|très|assez] (nul|nulle|inutile|inutiles|débile|bête|stupide|pénible|énervant|frustrant|faux|fausse|n'importe quoi|une perte de temps|ridicule|pas terrible|catastrophique|mauvais|mauvaise|à côté de la plaque|hors sujet|incompréhensible)",
  ],
  [
    "complaint",
    "(c'est|cest|ce n'est|ce nest|c'était|ce n'était|ça n'est|ta réponse n'est|votre réponse n'est|la réponse n'est) (pas|vraiment pas|pas du tout|pas vraiment|pas trop) (utile|clair|juste|correct|ça|ce que j'ai demandé|ce que je demandais|ce que je cherchais|ce que je voulais|ce que je voulais savoir|ce dont j'avais besoin|la réponse|ma question|la bonne réponse|une réponse)",
  ],
  [
    "complaint",
    "(nul|inutile|mauvaise réponse|merci pour rien|merci de rien|pff|pfff|bof|mouais|n'importe quoi)",
  ],
  ["filler", "(mais|malheureusement|désolé|désolée|pardon|franchement|encore)"],
  // Praise for the help after its noun: "pour votre aide précieuse".
  [
    "filler",
    "(pour|de) [votre|ton|ta|la|cette|vos|tes|les|l'] (aide|réponse|réponses|explication|explications|conseils|patience|gentillesse|réactivité|disponibilité|retour|infos|informations|précisions) (précieuse|précieuses|précieux|rapide|rapides|utile|utiles|efficace|claire|claires|gentille|détaillée|détaillées|sympa|super|excellente|formidable|impeccable)",
  ],
  // Waiting, and the visitor's own "you're welcome": an acknowledgement.
  [
    "acknowledgement",
    "[ok|d'accord|dac|bon|très bien|entendu|parfait|bien|ça marche|pas de souci|pas de problème|oui] [alors|donc|bon] (j'attends|je vais attendre|je patiente|je vais patienter|j'attends alors|je peux attendre|je reste là|pas pressé|pas pressée|rien ne presse|prenez votre temps|prends ton temps|pas d'urgence) [un peu|ici|alors|encore|la réponse|votre réponse|ta réponse|un moment]",
  ],
  [
    "acknowledgement",
    "(de rien|je vous en prie|je t'en prie|avec plaisir|pas de quoi|il n'y a pas de quoi|y a pas de quoi|ya pas de quoi|tout le plaisir est pour moi|c'est moi|c'est rien|ce n'est rien)",
  ],

  // Round 5 (issue #19): pauses, apologies and "found it", as in English: a visitor who steps
  // away, looks something up or says sorry asks nothing yet; a pause, whose reply
  // gives them time ("Great!" read oddly after "sorry"). Only these words: a question or a
  // topic beside them still asks.
  [
    "pause",
    "[ok|bon|ah|oh|euh] (attends|attendez|attends un peu|attendez un peu|attends deux secondes|un instant|un moment|une seconde|une minute|un petit instant|un petit moment|une petite seconde|une petite minute|deux secondes|deux minutes|une sec|un instant svp|un instant s'il vous plaît|un instant s'il te plaît|je reviens|je reviens tout de suite|je reviens vite|je reviens de suite|je reviens dans une minute|je reviens dans deux minutes|bouge pas|ne bougez pas|brb)",
  ],
  [
    "pause",
    "[ok|bon|hmm|euh|alors] (je vais|je dois|laisse-moi|laissez-moi|laisse moi|laissez moi|attends je|je vais juste) (vérifier|regarder|voir|réfléchir|checker|y réfléchir|y penser|demander à mon mari|demander à ma femme|demander à mon conjoint) [ça|cela|d'abord]",
  ],
  [
    "pause",
    "[ok|bon] (je regarde|je vérifie|je check|je réfléchis|je vais voir|on va voir|je vois ça|je regarde ça|je vérifie ça)",
  ],
  [
    "pause",
    "[oh|oups|ah|ah bon] [je suis] (désolé|désolée|desolee|pardon|toutes mes excuses|mes excuses|dsl|déso|désolé pour ça|désolée pour ça|désolé du dérangement|désolée du dérangement|pardon pour le dérangement|mon erreur|au temps pour moi|autant pour moi)",
  ],
  [
    "pause",
    "[c'est bon|ok|ah|bon|laisse tomber|ça y est|oublie|oubliez|en fait|non c'est bon] (j'ai trouvé|je l'ai trouvé|je l'ai trouvée|trouvé|c'est trouvé|j'ai la réponse|j'ai réussi|c'est réglé|j'ai trouvé la réponse|j'ai trouvé tout seul|j'ai trouvé toute seule)",
  ],
  ["greeting", "(excusez-moi|excuse-moi|excusez moi|excuse moi)"],
  [
    "thanks",
    "(merci ben|merci bin|merci ben gros|merci bien gros|merci gros|merci en masse|merci mille fois|merci infiniment)",
  ],
  [
    "acknowledgement",
    "(tiguidou|c'est correct|ok correct|pas pire|c'est beau|ben correct|parfait parfait)",
  ],

  // Round 5's check round (written after the rules above) showed two more kinds: a wish for the
  // visitor's day or week going well, and owning a mistake ("my fault", "c'est ma faute"), a
  // pause like an apology.
  [
    "greeting",
    "[j'espère|jespere] que (votre|ta|la|ton|vos) (semaine|journée|journee|soirée|soiree|matinée|matinee|week-end|weekend|après-midi|apres-midi) (se passe|se passera|se déroule|va|avance|s'est passée|s'est bien passée) [très|super|vraiment] [bien]",
  ],
  [
    "greeting",
    "[j'espère|jespere] que (vous passez|tu passes) (une|un) [très] (bonne|belle|excellente|agréable|bon|excellent) (journée|semaine|soirée|matinée|week-end|après-midi)",
  ],
  ["greeting", "(quelqu'un|y a quelqu'un|il y a quelqu'un) (est là|est la|là|la|ici|en ligne)"],
  [
    "pause",
    "[oups|pardon|désolé|désolée|ah] (c'est ma faute|c'est de ma faute|ma faute|mon erreur|c'est mon erreur|je me suis trompé|je me suis trompée|j'ai mal lu|au temps pour moi|autant pour moi)",
  ],

  // Round 6 (test/fixtures/small-talk-round6.json, written blind) showed five more kinds, as in
  // English. Praise for the assistant or the site: a subject, an adverb ("vraiment",
  // "franchement"), an intensifier ("trop", "pas") and a word of praise, singular or plural
  // ("vous êtes géniaux"); loving it ("j'adore"); a word of praise beside a noun of the site or
  // the chat. A thing the site sells ("j'adore cette robe") is no such noun: a question.
  [
    "acknowledgement",
    "(tu es|t'es|tes|vous êtes|vous etes|t'étais|vous étiez|ce site est|le site est|votre site est|ton site est|ce chat est|le chat est|ce bot est|le bot est|cet assistant est|l'assistant est|le service est|votre service est|ce service est|c'est|c'était|ça c'est|vous êtes vraiment|tu es vraiment|t'es vraiment) [vraiment|franchement|carrément|honnêtement|sincèrement|quand même|finalement|toujours|aussi|super|tellement|trop|très|vachement|grave|hyper|plutôt|assez|bien|un|une|le|la|les|des|au] [vraiment|trop|super|très|vachement|hyper|tellement|plutôt|assez|un|une|le|la|les|des|au|du] (génial|géniale|géniaux|géniales|top|super|gentil|gentille|gentils|gentilles|au top|meilleur|meilleure|meilleurs|meilleures|le meilleur|la meilleure|les meilleurs|les meilleures|ange|anges|amour|amours|adorable|adorables|formidable|formidables|parfait|parfaite|parfaits|parfaites|efficace|efficaces|sympa|sympas|cool|cools|crack|cracks|perle|incroyable|incroyables|chou|choux|pas mal|pas si mal|pas mal du tout|pas mal en fait|pas bête|pas mauvais|bon|bonne|bons|bonnes|doué|douée|doués|douées|fort|forte|forts|fortes|balèze|trop fort|trop forte|trop forts|excellent|excellente|excellents|excellentes|extra|magnifique|magnifiques|impressionnant|impressionnante|impressionnants|brillant|brillante|brillants|rapide|rapides|utile|utiles|top du top|au top du top|le top|génie|génies|un génie|des génies|champion|champions|championne|canon|bien|plutôt bien|plutôt bon|plutôt bonne|vraiment bien|nickel|génialissime|génialissimes|dingue|dingues|ouf|chouette|chouettes|un amour|des amours|des anges|un ange|un crack|des cracks|une perle|des perles|au point|serviable|serviables|efficace en fait|de bon conseil)",
  ],
  [
    "acknowledgement",
    "[j'|je|moi|moi j'|vraiment|franchement|trop|perso] (j'adore|jadore|adore|je kiffe|kiffe|j'aime|j'aime bien|j'aime beaucoup|j'aime trop|j'aime vraiment|j'adore vraiment|je t'adore|je vous adore|je t'aime|je vous aime|je kiffe trop|j'adore trop|je suis fan|je suis fan de|je suis fan de ce|je suis conquis|je suis conquise|je suis bluffé|je suis bluffée|je suis impressionné|je suis impressionnée|je suis ravi|je suis ravie) [ça|cela|ce site|ce bot|ce chat|le site|votre site|ton site|cet assistant|l'assistant|le chat|le bot|le concept|l'idée|cette idée|ce service|le service|votre service|vous|toi|ce truc|le truc|vraiment|trop|grave|franchement|carrément|beaucoup|énormément|déjà|sérieux]",
  ],
  [
    "acknowledgement",
    "[quel|quelle|un|une|c'est un|c'est une|ce|cette|le|la|vous avez un|vous avez une|t'es un|tu es un|vraiment un|vraiment une] [vraiment|très|super|trop|hyper] (super|excellent|excellente|génial|géniale|bon|bonne|beau|belle|joli|jolie|chouette|top|magnifique|formidable|parfait|parfaite|sympa|efficace|pratique|utile|incroyable|brillant|brillante|meilleur|meilleure) (site|bot|robot|chatbot|service|chat|assistant|assistante|travail|boulot|concept|outil|idée|appli|application|page|initiative|réponse|accueil|expérience|équipe|job|fonctionnalité)",
  ],
  [
    "acknowledgement",
    "(pas mal|pas mal du tout|pas si mal|pas mal en fait|pas bête|pas bête du tout|pas mauvais|pas trop mal|plutôt pas mal|vraiment pas mal|franchement pas mal|bien joué|trop fort|trop forte|trop bien|trop cool|trop top|trop génial|chapeau bas|bravo|bravo à vous|bravo à toi|bravo pour|bravo pour le site|bravo pour ce site|la classe|stylé)",
  ],
  [
    "filler",
    "(en fait|finalement|franchement|honnêtement|sincèrement|sérieux|sérieusement|vraiment|quand même|carrément|grave)",
  ],
  // Insults to the bot: a complaint, handed to a person as "t'es nul" is. A noun of the chat and a
  // word of scorn either side ("bot débile", "espèce de robot stupide", "saleté de bot"), "tu
  // m'énerves", "c'est chiant".
  [
    "complaint",
    "[espèce de|sale|quel|quelle|ce|cette|t'es un|tes un|tu es un|t'es une|tu es une|c'est un|c'est une|t'es qu'un|tes quun|tu n'es qu'un|t'es vraiment un|tu es vraiment un|vous êtes un|vous êtes une|vous n'êtes qu'un|foutu|foutue|putain de|satané|satanée|pauvre|bête|stupide|sale] (bot|robot|chatbot|ia|intelligence artificielle|machine|assistant|assistante|programme|truc|ordi|ordinateur|chat|logiciel|système|tas de ferraille|tas de boue|boîte de conserve) [vraiment|complètement|trop|super|totalement|vraiment trop|de] (débile|débiles|nul|nulle|nuls|stupide|stupides|inutile|inutiles|idiot|idiote|con|conne|de merde|pourri|pourrie|naze|nase|à la con|bête|à la noix|incompétent|incompétente|inutilisable|lamentable|pitoyable|minable|ridicule|merdique|débile mental|à chier|nul à chier|de mes deux|cassé|bidon|mal foutu|mal fichu|stupide et inutile|de pacotille|de merde)",
  ],
  [
    "complaint",
    "[espèce de|sale|quel|quelle|ce|cette|t'es un|tes un|tu es un|t'es une|tu es une|t'es qu'un|tu n'es qu'un|c'est un|c'est une|vous êtes un] (foutu|foutue|putain de|satané|satanée|stupide|débile|nul|nulle|pourri|pourrie|saleté de|sale|maudit|maudite|connard de|con de|crétin de|idiot de|imbécile de) (bot|robot|chatbot|ia|machine|assistant|programme|truc|ordi|ordinateur|chat|logiciel|système)",
  ],
  [
    "complaint",
    "(espèce d'|espèce de|t'es un|tu es un|t'es une|tu es une|vous êtes un|vous êtes une|t'es qu'un|tu n'es qu'un|quel|quelle|sale|pauvre) (idiot|idiote|imbécile|abruti|abrutie|crétin|crétine|débile|con|conne|connard|andouille|nullité|blague|boulet|bouffon|clown|incapable|incompétent|nul|nulle|naze|tocard|gros nul|gros naze|gros débile|boîte de conserve|tas de ferraille|tête de linotte|bon à rien|bonne à rien)",
  ],
  ["complaint", "(idiot|imbécile|abruti|crétin|connard|débile)"],
  [
    "complaint",
    "(ça|cela|tu|vous|ce bot|ce chat|ce truc|ce machin|ce site) [me|m'] [vraiment|trop|grave|carrément|franchement|sérieusement] (m'énerve|m'énerves|m'énervez|énerve|énerves|énervez|me saoule|me saoules|me soûle|me soûles|me gonfle|me gonfles|me gonflez|me fatigue|me fatigues|me fatiguez|me casse les pieds|me casses les pieds|me cassez les pieds|me rend fou|me rend folle|me rends fou|me rends folle|me tape sur les nerfs|me tapes sur les nerfs|me prend la tête|me prends la tête|m'agace|m'agaces|m'agacez|me soule|me soules|sert à rien|sers à rien|servez à rien|craint|crains)",
  ],
  [
    "complaint",
    "(c'est chiant|c'est saoulant|c'est soûlant|c'est agaçant|c'est relou|t'es relou|tu es relou|t'es chiant|tu es chiant|t'es lourd|tu es lourd|vous êtes lourds|relou|chiant|saoulant|agaçant|c'est une blague|c'est nul|trop nul|trop naze|naze|ça craint|ça sert à rien|ça ne sert à rien|nul à chier|de la merde|c'est de la merde|quelle blague|non mais sérieux|pfff sérieux|grave nul|quelle plaie|c'est la plaie)",
  ],
  // A slip: the wrong button, a message sent too soon. A pause, as an apology is.
  [
    "pause",
    "[oups|oops|pardon|désolé|désolée|ah|oh|zut|mince|aïe|dsl|oups désolé|oups désolée|oups pardon] [désolé|désolée|pardon|dsl] [je me suis|me suis|je suis|j'ai|jai] (trompé de bouton|trompée de bouton|trompé de touche|trompée de touche|trompé de fenêtre|trompée de fenêtre|trompé de chat|trompée de chat|trompé de conversation|trompée de conversation|trompé d'onglet|trompée d'onglet|trompé de personne|trompée de personne|trompé de page|trompée de page|trompé de site|trompée de site|trompé de case|trompée de case|cliqué trop vite|appuyé trop vite|envoyé trop vite|tapé trop vite|validé trop vite|cliqué par erreur|appuyé par erreur|envoyé par erreur|tapé par erreur|validé par erreur|cliqué par accident|appuyé par accident|envoyé par accident|cliqué sans faire exprès|appuyé sans faire exprès|envoyé sans faire exprès|cliqué au mauvais endroit|appuyé au mauvais endroit|cliqué sur le mauvais bouton|appuyé sur le mauvais bouton|appuyé sur la mauvaise touche|appuyé sur entrée|appuyé sur entrée trop vite|appuyé sur envoyer|appuyé sur envoyer trop vite|envoyé trop tôt|parti trop vite|fausse manip|fausse manipulation|fausse manœuvre|fausse manoeuvre|mauvaise manip|mauvaise manipulation|erreur de manip|erreur de manipulation|mauvais bouton|mauvaise touche|mauvais clic|mauvaise fenêtre|mauvais onglet|mauvaise conversation|mauvais chat|faute de frappe|une faute de frappe|envoyé par erreur|envoyé trop vite|parti trop vite|par erreur|sans faire exprès|pas fait exprès|j'ai pas fait exprès|je l'ai pas fait exprès|c'était une erreur|c'était pas pour vous|c'était pas pour toi|ce n'était pas pour vous|ce message n'était pas pour vous|le message est parti tout seul|c'est parti tout seul|c'est parti trop vite) [désolé|désolée|pardon|oups|dsl|mdr|haha]",
  ],
  // A bare "no" answers "Puis-je vous aider pour autre chose ?": a goodbye
  // (worker/chat/small-talk.ts says why). The longer answers that say the visitor is fine are
  // goodbyes of their own.
  ["no", "(non|nan|non non|nan nan|nope|nop|non non non|nenni|que dalle)"],
  [
    "goodbye",
    "(non|nan|nope) [merci] (ça va|ca va|ça ira|ca ira|tout va bien|c'est bon|je suis bon|je suis bonne|ça va merci|tout est bon|c'est ok|c'est parfait|c'est tout bon|ça me va|ça suffit|pas pour l'instant|pas pour le moment|pas maintenant|pas aujourd'hui|rien|rien de plus|plus rien|rien pour l'instant|rien pour le moment|je n'ai besoin de rien|j'ai besoin de rien|j'ai tout ce qu'il me faut|tout est clair|c'est clair|c'est réglé|c'est bien) [merci]",
  ],
  // Greetings round 6 showed: a season's wish, and asking back after answering "how are you".
  [
    "greeting",
    "[et] [je vous souhaite|je te souhaite|nous vous souhaitons|de|de très|une très|un très] (joyeux|joyeuses|joyeuse|bonne|bonnes|belle|belles|bon|bons|meilleurs|mes meilleurs|tous mes|très bonne|très bonnes|heureuse|excellente|excellentes) (noël|fêtes|année|pâques|réveillon|réveillons|vœux|voeux|fête|fêtes de fin d'année|fin d'année|saint-valentin|halloween|rentrée|ramadan|fête des mères|fête des pères|hanoukka|fête de l'aïd|santé|année et bonne santé|noël et bonne année|et heureuse année|fêtes et bonne année) [à vous|à toi|à tous|à toute l'équipe|à l'équipe|et bonne santé|et bonne année]",
  ],
  [
    "greeting",
    "(et toi|et vous|et de ton côté|et de votre côté|et vous-même|et toi-même|et toi ça va|et vous ça va|et toi comment ça va|et vous comment allez-vous|et toi tu vas bien|et vous vous allez bien|et chez vous|et chez toi|et pour toi|et pour vous|et toi alors|et vous alors)",
  ],
];

/**
 * The replies to small talk in French, one per kind: they invite a question and promise nothing;
 * a pause's gives the visitor time, the answer about the assistant says what it is and that a
 * person is a request away, the one about languages names the six it writes in (answers come
 * from the help centre), and a complaint gets none: the judge hands it to a person.
 */
export const SMALL_TALK_REPLIES: Readonly<Record<RepliedKind, string>> = {
  greeting: "Bonjour\u00A0! Comment puis-je vous aider\u00A0?",
  thanks: "Je vous en prie\u00A0! Puis-je vous aider pour autre chose\u00A0?",
  goodbye: "Au revoir\u00A0! N'hésitez pas si vous avez une autre question.",
  acknowledgement: "Très bien\u00A0! Puis-je vous aider pour autre chose\u00A0?",
  pause: "Pas de souci, prenez votre temps. Je suis là si vous avez besoin d'autre chose.",
  about_assistant:
    "Je suis l'assistant IA de ce site\u00A0: je réponds à partir de son centre d'aide et je peux vous mettre en relation avec une personne quand vous le souhaitez.",
  about_languages:
    "J'écris en français, anglais, danois, allemand, espagnol et suédois\u00A0; mes réponses viennent du centre d'aide de ce site, dans votre langue lorsqu'il la propose. Je peux aussi vous mettre en relation avec une personne.",
};
